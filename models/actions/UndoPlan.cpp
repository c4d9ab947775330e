// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/UndoPlan.h"

#include "models/actions/OperationTable.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/journal/JournalValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace wpc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::UndoPlan", text);
}

// A value as JSON writes it (a string as it is), cut to fit a line.
QString shortJson(const QJsonValue &value)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
    text = value.isString() ? value.toString() : text.mid(1, text.size() - 2);
    return text.size() > 60 ? text.left(59) + QStringLiteral("…") : text;
}
} // namespace

std::optional<QJsonObject> UndoPlan::inverse(const JournalEntry &entry, QString *whyNot)
{
    const Operation operation = Endpoints::fromName(entry.operation);
    if (operation == Operation::Count) {
        *whyNot = tr("This console does not know the operation “%1”.").arg(entry.operation);
        return std::nullopt;
    }
    const OperationFacts &facts = OperationTable::facts(operation);
    if (facts.undo == Undo::None) {
        switch (operation) {
        case Operation::SetAsErred:
            *whyNot = tr("Setting a resource as erred cannot be undone: its earlier error message and traceback are "
                         "not kept. Use Set as OK once it is fine again.");
            break;
        case Operation::UpdateOptions:
        case Operation::UpdateOptionsDirect:
            *whyNot = tr("Options cannot be undone: Waldur merges the options sent into the resource's, so an "
                         "option the change added would stay.");
            break;
        default:
            *whyNot = tr("“%1” cannot be undone.").arg(OperationTable::text(facts.label).remove(QStringLiteral("…")));
            break;
        }
        return std::nullopt;
    }
    if (entry.outcome != JournalOutcome::Ok) {
        *whyNot = tr("Only a change that was made can be undone; this one is “%1”.")
                      .arg(JournalOutcomes::displayName(entry.outcome));
        return std::nullopt;
    }
    QJsonObject body;
    for (auto it = entry.body.constBegin(); it != entry.body.constEnd(); ++it) {
        if (!entry.before.contains(it.key())) {
            *whyNot = tr("Its earlier value of “%1” was not recorded, so it cannot be restored.").arg(it.key());
            return std::nullopt;
        }
        QJsonValue earlier = entry.before.value(it.key());
        if (it.key() == u"project") {
            // A move back names the project as a move does: by its URL.
            const QString url = earlier.toObject().value(QStringLiteral("url")).toString();
            if (url.isEmpty()) {
                *whyNot = tr("Its earlier project was not recorded, so it cannot be moved back.");
                return std::nullopt;
            }
            earlier = QJsonObject { { QStringLiteral("url"), url } };
        }
        body.insert(it.key(), earlier);
    }
    if (body.isEmpty()) {
        *whyNot = tr("It sent nothing that could be restored.");
        return std::nullopt;
    }
    return body;
}

UndoPlanner::UndoPlanner(ProviderResourcesApi *api, const QList<JournalEntry> &entries, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    QSet<Operation> operations;
    // Newest first: the newest change of an operation to a resource is the one undone, back to the value
    // before the oldest chosen (two slug changes undone together restore the slug before both).
    QHash<std::pair<QString, QString>, int> undone;
    for (const JournalEntry &entry : entries) {
        UndoItem item;
        item.entry = entry;
        QString whyNot;
        if (const auto body = UndoPlan::inverse(entry, &whyNot)) {
            item.body = *body;
            const std::pair key { entry.resourceUuid, entry.operation };
            if (const auto it = undone.constFind(key); it != undone.cend()) {
                item.status = UndoItem::Status::Superseded;
                item.reason = tr("Undone with the later change of it to this resource: back to the value before "
                                 "this one.");
                m_items[*it].body = *body;
            } else {
                undone.insert(key, int(m_items.size()));
                operations.insert(Endpoints::fromName(entry.operation));
                m_reads.append(int(m_items.size()));
            }
        } else {
            item.status = UndoItem::Status::NotReversible;
            item.reason = whyNot;
        }
        m_items.append(item);
    }
    if (operations.size() == 1) {
        m_operation = *operations.cbegin();
    } else if (operations.size() > 1) {
        for (int index : std::as_const(m_reads)) {
            m_items[index].status = UndoItem::Status::NotReversible;
            m_items[index].reason = tr("Changes of different operations are undone one operation at a time.");
        }
        m_reads.clear();
    }
    m_toRead = int(m_reads.size());
}

int UndoPlanner::count(UndoItem::Status status) const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [status](const UndoItem &item) { return item.status == status; }));
}

void UndoPlanner::start()
{
    readMore();
    if (m_toRead == 0) {
        Q_EMIT finished();
    }
}

void UndoPlanner::readMore()
{
    while (m_inFlight < kConcurrency && m_next < m_reads.size()) {
        const int index = m_reads.at(m_next++);
        ++m_inFlight;
        m_api->retrieve(m_items.at(index).entry.resourceUuid, {}, this, [this, index](const Result<Resource> &result) {
            --m_inFlight;
            ++m_done;
            UndoItem &item = m_items[index];
            if (!result.ok() && result.error.kind == ApiError::Kind::NotFound) {
                item.status = UndoItem::Status::Gone;
                item.reason = tr("The resource no longer exists.");
            } else if (!result.ok()) {
                item.status = UndoItem::Status::Unreadable;
                item.reason = tr("It could not be read again: %1").arg(result.error.message);
            } else if (JournalValues::shows(item.entry.body, result.value.raw) != JournalValues::Shown::Yes) {
                item.status = UndoItem::Status::Conflict;
                QStringList now;
                for (auto it = item.entry.body.constBegin(); it != item.entry.body.constEnd(); ++it) {
                    const QString field = it.key() == u"project" ? QStringLiteral("project_name") : it.key();
                    now.append(QStringLiteral("%1 %2").arg(it.key(), shortJson(result.value.raw.value(field))));
                }
                item.reason = tr("Changed since: now %1.").arg(now.join(QStringLiteral(", ")));
            }
            Q_EMIT progressed(m_done, m_toRead);
            readMore();
            if (m_done == m_toRead) {
                Q_EMIT finished();
            }
        });
    }
}

} // namespace wpc
