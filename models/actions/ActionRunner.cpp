// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/ActionRunner.h"

#include "models/ResourceTableModel.h"
#include "models/actions/OperationTable.h"
#include "models/journal/Journal.h"
#include "models/journal/JournalValues.h"

#include <QPointer>
#include <QScopeGuard>

namespace wpc {

ActionRunner::ActionRunner(ProviderResourcesApi *api, ResourceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
}

ActionRunner::~ActionRunner() = default;

namespace {
JournalOutcome journalOutcome(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return JournalOutcome::Ok;
    case RunOutcome::Failed:
        return JournalOutcome::Failed;
    case RunOutcome::Unknown:
        return JournalOutcome::Unknown;
    case RunOutcome::Gone:
        return JournalOutcome::Gone;
    }
    return JournalOutcome::Unknown;
}
} // namespace

RunOutcome ActionRunner::classify(const Result<ActionOutcome> &result)
{
    if (result.ok()) {
        return RunOutcome::Succeeded;
    }
    switch (result.error.kind) {
    case ApiError::Kind::NotFound:
        return RunOutcome::Gone;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return result.error.requestMayHaveArrived ? RunOutcome::Unknown : RunOutcome::Failed;
    default:
        return RunOutcome::Failed;
    }
}

void ActionRunner::setJournal(Journal *journal, const QString &server, const QString &user)
{
    m_journal = journal;
    m_server = server;
    m_user = user;
}

quint64 ActionRunner::run(
    const ResourceAction &action, QObject *context, const Done &done, Reread rereadPolicy, const JournalTag &tag)
{
    const quint64 id = m_nextId++;
    const QString uuid = action.resourceUuid;
    ++m_running[uuid];
    m_model->setRowBusy(uuid, true);
    Q_EMIT started(id, uuid);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (!m_journal || !m_journal->isAvailable()) {
        send(id, action, guard, hasContext, done, rereadPolicy, QString());
        return id;
    }
    JournalEntry entry = journalEntry(action.resourceUuid, action.operation, tag.bulkRun);
    entry.key = tag.key;
    entry.requestId = id;
    entry.undoes = tag.undoes;
    entry.body = action.body && action.body->isObject() ? action.body->object() : QJsonObject();
    if (const Resource *row = m_model->resourceAt(m_model->rowOf(action.resourceUuid))) {
        entry.before = JournalValues::before(entry.body, *row, m_model->rowFields());
    }
    const auto journalThenSend = [this, id, action, guard, hasContext, done, rereadPolicy](const JournalEntry &e) {
        // The entry is on disk before the request leaves: a crash in between leaves it "sending", never missing.
        auto key = std::make_shared<QString>();
        *key = m_journal->begin(e, this, [this, id, action, guard, hasContext, done, rereadPolicy, key](bool written) {
            send(id, action, guard, hasContext, done, rereadPolicy, written ? *key : QString());
        });
    };
    const QStringList unread = JournalValues::fieldsToRead(entry.body, entry.before);
    if (OperationTable::facts(action.operation).undo != Undo::PreviousValue || unread.isEmpty()) {
        journalThenSend(entry);
        return id;
    }
    // What the change overwrites and the row does not hold (metadata, options, a project's URL) is read
    // first, so that it can be undone. A read that fails holds nothing up: the entry cannot be undone, that is all.
    m_api->retrieve(
        action.resourceUuid, unread, this, [entry, journalThenSend](const Result<Resource> &result) mutable {
            if (result.ok()) {
                const QJsonObject read = JournalValues::beforeFromServer(entry.body, result.value.raw);
                for (auto it = read.constBegin(); it != read.constEnd(); ++it) {
                    entry.before.insert(it.key(), it.value());
                }
            }
            journalThenSend(entry);
        });
    return id;
}

JournalEntry ActionRunner::journalEntry(const QString &uuid, Operation operation, const QString &bulkRun) const
{
    JournalEntry entry;
    entry.server = m_server;
    entry.user = m_user;
    entry.operation = Endpoints::info(operation).name;
    entry.resourceUuid = uuid;
    entry.bulkRun = bulkRun;
    if (const Resource *row = m_model->resourceAt(m_model->rowOf(uuid))) {
        entry.resourceName = row->name;
        entry.offering = row->offeringName;
        entry.customer = row->customerName;
        entry.project = row->projectName;
    }
    return entry;
}

void ActionRunner::plan(Operation operation,
    const QList<PlannedTarget> &targets,
    const QString &bulkRun,
    QObject *context,
    const std::function<void(const QStringList &keys)> &done)
{
    if (!m_journal || !m_journal->isAvailable() || targets.isEmpty()) {
        done({});
        return;
    }
    QList<JournalEntry> entries;
    entries.reserve(targets.size());
    for (const PlannedTarget &target : targets) {
        JournalEntry entry = journalEntry(target.uuid, operation, bulkRun);
        entry.undoes = target.undoes;
        if (entry.resourceName.isEmpty()) {
            entry.resourceName = target.name; // collected from the server ("all matching"), not in the table
        }
        entries.append(entry);
    }
    m_journal->plan(entries, context, done);
}

void ActionRunner::unplan(const QStringList &keys, const QString &why)
{
    if (m_journal) {
        m_journal->complete(keys, JournalOutcome::NotSent, why);
    }
}

void ActionRunner::send(quint64 id,
    const ResourceAction &action,
    const QPointer<QObject> &guard,
    bool hasContext,
    const Done &done,
    Reread rereadPolicy,
    const QString &journalKey)
{
    const QString uuid = action.resourceUuid;
    const AfterSuccess after = OperationTable::facts(action.operation).afterSuccess;
    m_api->perform(action, this,
        [this, id, uuid, guard, hasContext, done, after, rereadPolicy, action, journalKey](
            const Result<ActionOutcome> &result) {
            if (auto it = m_running.find(uuid); it != m_running.end() && --it.value() <= 0) {
                m_running.erase(it);
            }
            m_model->setRowBusy(uuid, false);
            const RunOutcome outcome = classify(result);
            if (m_journal && !journalKey.isEmpty()) {
                m_journal->complete(journalKey, journalOutcome(outcome), result.error.message);
            }
            if (done && (!hasContext || guard)) {
                done(outcome, result);
            }
            switch (outcome) {
            case RunOutcome::Succeeded:
                switch (after) {
                case AfterSuccess::RemoveRow:
                    m_model->removeResource(uuid);
                    Q_EMIT rowGone(uuid);
                    break;
                case AfterSuccess::WriteFlag:
                    if (writeFlag(action)) {
                        Q_EMIT rowRefreshed(uuid);
                    }
                    break;
                case AfterSuccess::Reread:
                    if (rereadPolicy == Reread::Now) {
                        reread(uuid);
                    }
                    break;
                }
                break;
            case RunOutcome::Unknown:
                if (rereadPolicy == Reread::Now) {
                    reread(uuid);
                }
                break;
            case RunOutcome::Gone:
                m_model->removeResource(uuid);
                Q_EMIT rowGone(uuid);
                break;
            case RunOutcome::Failed:
                break;
            }
            Q_EMIT finished(id, uuid, outcome, result.error);
        });
}

bool ActionRunner::writeFlag(const ResourceAction &action)
{
    // The body is the one flag sent, e.g. {"paused": true}; Waldur sets exactly that and nothing else.
    const QJsonObject body = action.body ? action.body->object() : QJsonObject();
    if (body.size() != 1 || !body.constBegin().value().isBool()) {
        return false;
    }
    const bool value = body.constBegin().value().toBool();
    const ToggledFlag flag = OperationTable::facts(action.operation).toggles;
    return m_model->modifyResource(action.resourceUuid, [flag, value](Resource &row) {
        switch (flag) {
        case ToggledFlag::Paused:
            row.paused = value;
            break;
        case ToggledFlag::Downscaled:
            row.downscaled = value;
            break;
        case ToggledFlag::RestrictMemberAccess:
            row.restrictMemberAccess = value;
            break;
        case ToggledFlag::None:
            break;
        }
    });
}

bool ActionRunner::isShown(const QString &uuid) const
{
    return m_model->rowOf(uuid) >= 0;
}

void ActionRunner::reread(const QString &uuid, QObject *context, const std::function<void()> &done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_api->retrieve(
        uuid, m_model->rowFields(), this, [this, uuid, guard, hasContext, done](const Result<Resource> &result) {
            const auto tell = qScopeGuard([&] {
                if (done && (!hasContext || guard)) {
                    done();
                }
            });
            if (result.ok()) {
                m_model->updateResource(result.value);
                Q_EMIT rowRefreshed(uuid);
            } else if (result.error.kind == ApiError::Kind::NotFound) {
                m_model->removeResource(uuid);
                Q_EMIT rowGone(uuid);
            } else {
                Q_EMIT rereadFailed(uuid, result.error);
            }
        });
}

} // namespace wpc
