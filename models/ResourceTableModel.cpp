// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"

#include "models/api/ProviderResourcesApi.h"
#include "models/domain/StringPool.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModels, "wpc.models")

namespace wpc {

namespace {
// Loading everything: room for every row up front, so that neither the row list nor the uuid index
// regrows (moving or rehashing every row loaded so far, in one GUI-thread event) between two pages, and
// no capacity is left over.
// Reserving ahead saves the regrowths of a long load; the server's count is a hint, never a size to trust
// with memory, so the reservation stops at what a large fleet needs.
constexpr qint64 kMaxReservedRows = 250'000;

void reserveForTotal(bool loadingAll, qint64 total, QList<Resource> &rows, QHash<QString, int> &index)
{
    const qint64 wanted = std::min(total, kMaxReservedRows);
    if (loadingAll && wanted > rows.capacity()) {
        rows.reserve(wanted);
        index.reserve(wanted);
    }
}
} // namespace

ResourceTableModel::ResourceTableModel(ProviderResourcesApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_query(ResourceQuery::defaults())
    , m_visibleColumns(ResourceColumns::defaultVisible())
    , m_strings(std::make_shared<StringPool>())
    , m_appendTimer(new QTimer(this))
{
    m_query.fields = ResourceColumns::fieldsFor(m_visibleColumns);
    m_appendTimer->setSingleShot(true);
    connect(m_appendTimer, &QTimer::timeout, this, &ResourceTableModel::onAppendTimer);
}

ResourceTableModel::~ResourceTableModel() = default;

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ResourceColumns::kCount;
}

QString ResourceTableModel::formatted(const Resource &r, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Offering:
        return r.offeringName;
    case Column::Customer:
        return r.customerName;
    case Column::Project:
        return r.projectName;
    case Column::Category:
        return r.categoryTitle;
    case Column::State:
        return ResourceStates::displayName(r.state);
    case Column::Created:
        return r.created.isValid() ? locale.toString(r.created.toLocalTime(), QLocale::ShortFormat) : QString();
    case Column::EndDate:
        return r.endDate.isValid() ? locale.toString(r.endDate, QLocale::ShortFormat) : QString();
    case Column::BackendId:
        return r.backendId;
    case Column::LastSync:
        return r.lastSync.isValid() ? locale.toString(r.lastSync.toLocalTime(), QLocale::ShortFormat) : QString();
    case Column::Flags:
        return ResourceColumns::flagNames(r).join(QStringLiteral(" · "));
    case Column::Count:
        break;
    }
    return {};
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Resource &r = m_rows.at(index.row());
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatted(r, column);
    case Qt::ToolTipRole:
        if (column == Column::State) {
            QStringList lines { ResourceStates::displayName(r.state) };
            lines.append(ResourceColumns::flagNames(r));
            if (!r.errorMessage.isEmpty()) {
                lines.append(r.errorMessage);
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (column == Column::Created || column == Column::LastSync) {
            const QDateTime &when = column == Column::Created ? r.created : r.lastSync;
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        return {};
    case UuidRole:
        return r.uuid;
    case StateRole:
        return static_cast<int>(r.state);
    case ErrorMessageRole:
        return r.errorMessage;
    case BusyRole:
        return r.hasOrderInProgress || m_busy.contains(r.uuid);
    case FlagsRole:
        return (r.paused ? FlagPaused : 0) | (r.downscaled ? FlagDownscaled : 0)
            | (r.restrictMemberAccess ? FlagRestricted : 0);
    case RawValueRole:
        switch (column) {
        case Column::Created:
            return r.created;
        case Column::EndDate:
            return r.endDate;
        case Column::LastSync:
            return r.lastSync;
        case Column::State:
            return static_cast<int>(r.state);
        default:
            return formatted(r, column);
        }
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ResourceColumns::kCount) {
        return {};
    }
    const Column column = columnAt(section);
    if (role == Qt::DisplayRole) {
        return ResourceColumns::title(column);
    }
    if (role == Qt::ToolTipRole && ResourceColumns::orderingKey(column).isEmpty()) {
        return tr("The server cannot sort by %1.").arg(ResourceColumns::title(column));
    }
    return {};
}

bool ResourceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && m_inFlight.isEmpty() && !m_lastError.isError() && !m_loadingAll;
}

void ResourceTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    requestPage(m_nextPageToRequest++, m_pageSize);
}

void ResourceTableModel::sort(int section, Qt::SortOrder order)
{
    if (section < 0 || section >= ResourceColumns::kCount) {
        return;
    }
    const QString key = ResourceColumns::orderingKey(columnAt(section));
    if (key.isEmpty()) {
        return;
    }
    ResourceQuery query = m_query;
    query.ordering = order == Qt::DescendingOrder ? QLatin1Char('-') + key : key;
    if (query.ordering != m_query.ordering) {
        setQuery(query);
    }
}

Column ResourceTableModel::sortColumn() const
{
    QString key = m_query.ordering;
    if (key.startsWith(QLatin1Char('-'))) {
        key.remove(0, 1);
    }
    for (Column column : ResourceColumns::all()) {
        if (!key.isEmpty() && ResourceColumns::orderingKey(column) == key) {
            return column;
        }
    }
    return Column::Count;
}

Qt::SortOrder ResourceTableModel::sortOrder() const
{
    return m_query.ordering.startsWith(QLatin1Char('-')) ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ResourceTableModel::setQuery(const ResourceQuery &query)
{
    const bool wasLoading = isLoading();
    const bool wasLoadingAll = m_loadingAll;
    beginResetModel();
    m_query = query;
    m_query.fields = ResourceColumns::fieldsFor(m_visibleColumns);
    ++m_generation;
    m_rows.clear();
    m_rowByUuid.clear();
    m_strings = std::make_shared<StringPool>();
    m_busy.clear();
    m_inFlight.clear();
    m_readyPages.clear();
    m_appendTimer->stop();
    m_totalCount = -1;
    m_hasMore = true;
    m_pageSize = kScrollPageSize;
    m_nextPageToAppend = 1;
    m_nextPageToRequest = 1;
    m_loadingAll = false;
    m_firstPageSignalled = false;
    m_failedPage = 0;
    m_refreshing = false;
    endResetModel();
    if (m_stale) {
        m_stale = false;
        Q_EMIT staleChanged(false);
    }
    if (wasLoadingAll) {
        Q_EMIT loadAllFinished(false);
    }
    if (m_lastError.isError()) {
        m_lastError = {};
        Q_EMIT errorCleared();
    }
    Q_EMIT totalCountChanged(m_totalCount);
    requestPage(m_nextPageToRequest++, m_pageSize);
    if (!wasLoading) {
        Q_EMIT loadingChanged(true);
    }
}

void ResourceTableModel::setVisibleColumns(const QList<Column> &columns)
{
    const QStringList before = ResourceColumns::fieldsFor(m_visibleColumns);
    m_visibleColumns = columns;
    // A newly shown column needs fields the loaded rows lack; hiding one needs nothing new.
    const QStringList after = ResourceColumns::fieldsFor(m_visibleColumns);
    bool needsMore = false;
    for (const QString &field : after) {
        needsMore = needsMore || !before.contains(field);
    }
    if (needsMore) {
        setQuery(m_query);
    } else {
        m_query.fields = after;
    }
}

void ResourceTableModel::refresh()
{
    if (m_rows.isEmpty()) {
        setQuery(m_query);
        return;
    }
    const bool wasLoading = isLoading();
    if (m_loadingAll) {
        m_loadingAll = false;
        Q_EMIT loadAllFinished(false);
    }
    ++m_generation;
    m_inFlight.clear();
    m_readyPages.clear();
    m_appendTimer->stop();
    m_refreshing = true;
    m_pageSize = kScrollPageSize;
    m_hasMore = false; // no more of the old rows while the new ones are on their way
    m_failedPage = 0;
    if (m_lastError.isError()) {
        m_lastError = {};
        Q_EMIT errorCleared();
    }
    requestPage(1, m_pageSize);
    if (!wasLoading) {
        Q_EMIT loadingChanged(true);
    }
}

// The first page of a refresh is in: the rows it replaces go, and the load continues as a new one.
void ResourceTableModel::replaceRowsForRefresh()
{
    beginResetModel();
    m_rows.clear();
    m_rowByUuid.clear();
    m_strings = std::make_shared<StringPool>();
    m_busy.clear();
    m_totalCount = -1;
    m_hasMore = true;
    m_pageSize = kScrollPageSize;
    m_nextPageToAppend = 1;
    m_nextPageToRequest = 2;
    m_firstPageSignalled = false;
    m_refreshing = false;
    endResetModel();
    if (m_stale) {
        m_stale = false;
        Q_EMIT staleChanged(false);
    }
}

void ResourceTableModel::retry()
{
    if (!m_lastError.isError()) {
        return;
    }
    m_lastError = {};
    Q_EMIT errorCleared();
    const int page = m_failedPage > 0 ? m_failedPage : m_nextPageToRequest++;
    m_failedPage = 0;
    requestPage(page, m_pageSize);
    Q_EMIT loadingChanged(true);
}

void ResourceTableModel::loadAll()
{
    if (m_loadingAll || !m_hasMore) {
        return;
    }
    if (m_lastError.isError()) {
        m_lastError = {};
        Q_EMIT errorCleared();
        m_nextPageToRequest = m_failedPage > 0 ? m_failedPage : m_nextPageToRequest;
        m_failedPage = 0;
    }
    m_loadingAll = true;
    // Bigger pages cost fewer round trips (a third of them at 300 rows).
    if (m_pageSize == kScrollPageSize && !m_refreshing && m_rows.isEmpty() && m_readyPages.isEmpty()
        && m_inFlight == QSet<int> { 1 }) {
        // Load all right after a new query, before its first page of 100 is in: page 1 is asked for again as
        // 300 rows, and the 100 are dropped when they come. Left as it was, every page would be of 100. The
        // request is not aborted: that would close its connection, and the next request would open another.
        ++m_generation;
        m_inFlight.clear();
        m_pageSize = kBulkPageSize;
        m_nextPageToAppend = m_nextPageToRequest = 1;
    } else if (m_inFlight.isEmpty() && m_readyPages.isEmpty() && m_pageSize != kBulkPageSize) {
        // They restart at the 300-row page that holds the next missing row; the rows of that page already
        // shown are dropped by uuid on arrival, so at most one page's worth is fetched twice.
        m_pageSize = kBulkPageSize;
        m_nextPageToAppend = m_nextPageToRequest = static_cast<int>(m_rows.size() / kBulkPageSize) + 1;
    }
    reserveForTotal(m_loadingAll, m_totalCount, m_rows, m_rowByUuid);
    Q_EMIT loadAllProgress(static_cast<int>(m_rows.size()), m_totalCount);
    pumpLoadAll();
}

void ResourceTableModel::cancelLoadAll()
{
    if (!m_loadingAll) {
        return;
    }
    m_loadingAll = false;
    Q_EMIT loadAllFinished(false);
}

void ResourceTableModel::pumpLoadAll()
{
    if (!m_loadingAll) {
        return;
    }
    if (!m_hasMore && m_inFlight.isEmpty()) {
        if (hasPagesToAppend()) { // the last slices follow; the append timer comes back here
            scheduleAppend(0);
            return;
        }
        m_loadingAll = false;
        Q_EMIT loadAllFinished(true);
        return;
    }
    // Without a known total, pages go one at a time; with it, a few are in flight at once.
    const int lastPage = m_totalCount >= 0 ? static_cast<int>((m_totalCount + m_pageSize - 1) / m_pageSize) : -1;
    const int limit = lastPage < 0 ? 1 : kMaxPagesInFlight;
    while (m_hasMore && m_inFlight.size() < limit && (lastPage < 0 || m_nextPageToRequest <= lastPage)) {
        requestPage(m_nextPageToRequest++, m_pageSize);
    }
}

void ResourceTableModel::requestPage(int page, int pageSize)
{
    m_inFlight.insert(page);
    const quint64 generation = m_generation;
    qCDebug(lcModels) << "requesting page" << page << "size" << pageSize << "generation" << generation;
    const auto onPage = [this, generation, page, pageSize](const Result<ResourcePage> &result) {
        if (generation != m_generation) {
            qCDebug(lcModels) << "dropping page" << page << "of an old query";
            return;
        }
        m_inFlight.remove(page);
        if (!result.ok()) {
            // Waldur answers 404 "Invalid page." past the end: rows vanished between pages.
            if (result.error.kind == ApiError::Kind::NotFound && page > 1) {
                m_hasMore = false;
                appendReadyPages();
            } else {
                m_failedPage = page;
                if (m_refreshing && !m_stale) {
                    m_stale = true; // the old rows stay, marked, until a retry brings new ones
                    Q_EMIT staleChanged(true);
                }
                setError(result.error);
            }
        } else {
            onPageReceived(generation, page, pageSize, result.value);
        }
        if (m_loadingAll) {
            pumpLoadAll();
        }
        if (!isLoading()) {
            Q_EMIT loadingChanged(false);
        }
    };
    m_api->list(m_query, page, pageSize, this, onPage, m_strings);
}

void ResourceTableModel::onPageReceived(quint64, int page, int pageSize, const ResourcePage &result)
{
    if (m_refreshing) {
        replaceRowsForRefresh();
    }
    if (page == 1) {
        m_loadedAt = QDateTime::currentDateTime();
    }
    if (result.page.totalCount >= 0 && result.page.totalCount != m_totalCount) {
        m_totalCount = result.page.totalCount;
        reserveForTotal(m_loadingAll, m_totalCount, m_rows, m_rowByUuid);
        Q_EMIT totalCountChanged(m_totalCount);
    }
    QList<Resource> rows = result.resources;
    const bool lastPage = !result.page.hasNext() || rows.size() < pageSize;
    if (lastPage) {
        m_hasMore = false;
        // Pages requested beyond the end will come back empty or 404; nothing after this one counts.
        for (auto it = m_readyPages.begin(); it != m_readyPages.end();) {
            it = it.key() > page ? m_readyPages.erase(it) : std::next(it);
        }
    }
    m_readyPages.insert(page, rows);
    if (m_loadingAll && m_firstPageSignalled && !lastPage) {
        scheduleAppend();
    } else {
        appendReadyPages();
    }
    if (m_lastError.isError()) {
        m_lastError = {};
        Q_EMIT errorCleared();
    }
}

void ResourceTableModel::scheduleAppend(int delayMs)
{
    if (!m_appendTimer->isActive() || m_appendTimer->remainingTime() > delayMs) {
        m_appendTimer->start(delayMs);
    }
}

bool ResourceTableModel::hasPagesToAppend() const
{
    return m_readyPages.contains(m_nextPageToAppend);
}

void ResourceTableModel::onAppendTimer()
{
    appendReadyPages();
    if (m_loadingAll) {
        pumpLoadAll();
    }
}

void ResourceTableModel::appendReadyPages()
{
    m_appendTimer->stop();
    QList<QList<Resource>> pages;
    qsizetype arrived = 0;
    for (auto next = m_readyPages.find(m_nextPageToAppend);
         next != m_readyPages.end() && (pages.isEmpty() || arrived + next->size() <= kAppendSliceRows);
         next = m_readyPages.find(m_nextPageToAppend)) {
        arrived += next->size();
        pages.append(std::move(*next));
        m_readyPages.erase(next);
        ++m_nextPageToAppend;
    }
    if (hasPagesToAppend()) {
        scheduleAppend(0); // the rest of the burst, after what else is waiting (a paint, input)
    }
    QList<Resource> batch;
    batch.reserve(arrived); // a Resource is not relocatable: a regrow would move every row collected so far
    for (QList<Resource> &rows : pages) {
        for (Resource &r : rows) {
            // Inserts between two page requests shift rows by one; never show the same resource twice, not
            // even within one batch. The index gets the row number the resource is about to have.
            const qsizetype known = m_rowByUuid.size();
            int &row = m_rowByUuid[r.uuid];
            if (m_rowByUuid.size() > known) {
                row = static_cast<int>(m_rows.size() + batch.size());
                batch.append(std::move(r));
            }
        }
    }
    if (!batch.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
        for (Resource &r : batch) {
            m_rows.append(std::move(r));
        }
        endInsertRows();
    }
    if (!m_firstPageSignalled && m_nextPageToAppend > 1) {
        m_firstPageSignalled = true;
        Q_EMIT firstPageLoaded();
    }
    settleTotal();
    if (m_loadingAll) {
        Q_EMIT loadAllProgress(static_cast<int>(m_rows.size()), m_totalCount);
    }
}

// The count shown never contradicts the rows shown: once the last page is in, the total is the rows; a
// count below the rows already loaded (or none at all) gives way to them.
void ResourceTableModel::settleTotal()
{
    const qint64 loaded = m_rows.size();
    const bool complete = !m_hasMore && m_inFlight.isEmpty() && m_readyPages.isEmpty();
    qint64 total = m_totalCount;
    if (complete || (total >= 0 && total < loaded)) {
        total = loaded;
    }
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged(m_totalCount);
    }
}

void ResourceTableModel::setError(const ApiError &error)
{
    m_lastError = error;
    if (m_loadingAll) {
        m_loadingAll = false;
        Q_EMIT loadAllFinished(false);
    }
    qCInfo(lcModels) << "list failed:" << ApiError::kindName(error.kind) << error.httpStatus;
    Q_EMIT errorOccurred(error);
}

const Resource *ResourceTableModel::resourceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ResourceTableModel::rowOf(const QString &uuid) const
{
    return m_rowByUuid.value(uuid, -1);
}

void ResourceTableModel::updateResource(const Resource &fresh)
{
    const int row = rowOf(fresh.uuid);
    if (row < 0) {
        return;
    }
    Resource copy = fresh;
    copy.raw = {};
    copy.shareStrings(*m_strings);
    m_rows[row] = std::move(copy);
    Q_EMIT dataChanged(index(row, 0), index(row, ResourceColumns::kCount - 1));
}

bool ResourceTableModel::modifyResource(const QString &uuid, const std::function<void(Resource &row)> &change)
{
    const int row = rowOf(uuid);
    if (row < 0) {
        return false;
    }
    change(m_rows[row]);
    Q_EMIT dataChanged(index(row, 0), index(row, ResourceColumns::kCount - 1));
    return true;
}

void ResourceTableModel::setRowBusy(const QString &uuid, bool busy)
{
    setRowsBusy({ uuid }, busy);
}

void ResourceTableModel::setRowsBusy(const QStringList &uuids, bool busy)
{
    int first = -1;
    int last = -1;
    for (const QString &uuid : uuids) {
        bool changed = false;
        if (busy) {
            changed = ++m_busy[uuid] == 1;
        } else if (auto it = m_busy.find(uuid); it != m_busy.end() && --it.value() <= 0) {
            m_busy.erase(it);
            changed = true;
        }
        if (const int row = rowOf(uuid); changed && row >= 0) {
            first = first < 0 ? row : std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (first >= 0) {
        const int state = static_cast<int>(Column::State);
        Q_EMIT dataChanged(index(first, state), index(last, state), { BusyRole });
    }
}

QStringList ResourceTableModel::rowFields() const
{
    QStringList fields = m_query.fields;
    if (!fields.isEmpty()) {
        for (const char *needed : { "uuid", "state", "backend_id", "paused", "downscaled", "restrict_member_access" }) {
            if (!fields.contains(QLatin1StringView(needed))) {
                fields.append(QString::fromLatin1(needed));
            }
        }
    }
    return fields;
}

void ResourceTableModel::removeResource(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowByUuid.remove(uuid);
    for (int i = row; i < m_rows.size(); ++i) {
        m_rowByUuid[m_rows.at(i).uuid] = i;
    }
    endRemoveRows();
    if (m_totalCount > 0) {
        --m_totalCount;
        Q_EMIT totalCountChanged(m_totalCount);
    }
}

} // namespace wpc
