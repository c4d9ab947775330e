// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalModel.h"

#include "models/actions/OperationTable.h"
#include "models/api/ResourceAction.h"
#include "models/journal/Journal.h"

#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>

namespace wpc {

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalModel::setJournal(Journal *journal)
{
    m_journal = journal;
    reload();
}

void JournalModel::open(Journal *journal, const JournalFilter &filter)
{
    m_journal = journal;
    m_filter = filter;
    reload();
}

void JournalModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalModel::reload()
{
    ++m_generation;
    m_refreshPending = false;
    m_refreshing = false;
    beginResetModel();
    m_entries.clear();
    m_loading = false;
    m_exhausted = !m_journal;
    endResetModel();
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalChanged(m_total);
    }
    if (!m_journal) {
        return;
    }
    fetchMore({});
    m_journal->count(m_filter, this, [this, generation = m_generation](int total) {
        if (generation == m_generation) {
            m_total = total;
            Q_EMIT totalChanged(total);
        }
    });
}

void JournalModel::refresh()
{
    if (!m_journal) {
        return;
    }
    if (m_loading || m_refreshing) {
        m_refreshPending = true; // once the read under way has come back
        return;
    }
    // An entry may leave or join an outcome filter as its outcome moves on: only reading again is right.
    if (m_entries.isEmpty() || m_filter.outcome) {
        reload();
        return;
    }
    constexpr int kMostToRefresh = 5000; // past that, the rows further down are read when scrolled to again
    const int limit = std::clamp(int(m_entries.size()), kPageSize, kMostToRefresh);
    m_refreshing = true;
    m_journal->page(m_filter, 0, limit, this,
        [this, generation = m_generation](const QList<JournalEntry> &fresh, const QString &problem) {
            m_refreshing = false;
            if (generation != m_generation || !problem.isEmpty()) {
                return;
            }
            const auto again = qScopeGuard([this] { refreshIfPending(); });
            // Where the rows shown so far begin among the fresh ones; what comes before them is new.
            const qint64 firstId = m_entries.first().id;
            const auto at = std::find_if(
                fresh.cbegin(), fresh.cend(), [firstId](const JournalEntry &e) { return e.id == firstId; });
            if (at == fresh.cend()) {
                if (!fresh.isEmpty() && fresh.last().id > firstId) {
                    reload(); // more new entries than one refresh reads: start over
                }
                return;
            }
            const int added = int(at - fresh.cbegin());
            if (added > 0) {
                beginInsertRows({}, 0, added - 1);
                m_entries = fresh.mid(0, added) + m_entries;
                endInsertRows();
            }
            for (int row = added; row < fresh.size() && row < m_entries.size(); ++row) {
                JournalEntry &shown = m_entries[row];
                const JournalEntry &now = fresh.at(row);
                if (shown.id != now.id) {
                    reload(); // entries are never deleted; if they no longer line up, start over
                    return;
                }
                if (shown.outcome != now.outcome || shown.message != now.message) {
                    shown = now;
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
            }
            if (added > 0 && m_total >= 0) {
                m_total += added;
                Q_EMIT totalChanged(m_total);
            }
            Q_EMIT loaded();
        });
}

void JournalModel::refreshIfPending()
{
    if (std::exchange(m_refreshPending, false)) {
        QMetaObject::invokeMethod(this, &JournalModel::refresh, Qt::QueuedConnection);
    }
}

const JournalEntry *JournalModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_journal && !m_loading && !m_exhausted;
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_loading = true;
    const qint64 below = m_entries.isEmpty() ? 0 : m_entries.last().id;
    m_journal->page(m_filter, below, kPageSize, this,
        [this, generation = m_generation](const QList<JournalEntry> &entries, const QString &problem) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            const auto again = qScopeGuard([this] { refreshIfPending(); });
            m_exhausted = entries.size() < kPageSize;
            if (!problem.isEmpty()) {
                m_exhausted = true;
                Q_EMIT failed(problem);
            }
            if (!entries.isEmpty()) {
                beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
                m_entries.append(entries);
                endInsertRows();
            }
            Q_EMIT loaded();
        });
}

QString JournalModel::changeText(const JournalEntry &entry)
{
    const Operation operation = Endpoints::fromName(entry.operation);
    if (operation == Operation::Count) {
        return entry.operation; // written by a later version
    }
    const OperationFacts &facts = OperationTable::facts(operation);
    const QString who
        = entry.resourceName.isEmpty() ? entry.resourceUuid : QStringLiteral("“%1”").arg(entry.resourceName);
    if (!facts.endpoint.bodyKey.isEmpty() && !entry.body.contains(facts.endpoint.bodyKey)) {
        // Queued and never sent: there is no body to word it by.
        QString label = OperationTable::text(facts.label);
        label.remove(QStringLiteral("…"));
        return QStringLiteral("%1: %2").arg(label, who);
    }
    ResourceAction action
        = ResourceAction::of(operation, who, entry.body.isEmpty() ? std::nullopt : std::optional(entry.body));
    return entry.undoes.isEmpty() ? action.describe() : tr("Undo: %1").arg(action.describe());
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    const JournalEntry *entry = entryAt(index.row());
    if (!entry || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    if (role == EntryRole) {
        return QVariant::fromValue(*entry);
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(entry->time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Change:
            return changeText(*entry);
        case Resource:
            return entry->resourceName.isEmpty() ? entry->resourceUuid : entry->resourceName;
        case Project:
            return entry->project;
        case Outcome:
            return JournalOutcomes::displayName(entry->outcome);
        case Message:
            return entry->message.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Time:
            return entry->time.toUTC().toString(Qt::ISODateWithMs);
        case Resource:
            return entry->resourceUuid;
        case Message:
            return entry->message;
        default:
            return {};
        }
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Change:
        return tr("Change");
    case Resource:
        return tr("Resource");
    case Project:
        return tr("Project");
    case Outcome:
        return tr("Outcome");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace wpc
