// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"
#include "models/ResourceQuery.h"
#include "models/api/ApiError.h"
#include "models/domain/Resource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace wpc {

class ProviderResourcesApi;
class StringPool;
struct ResourcePage;

// The provider's resources as a table that pages through the server. Rows arrive a page at a time as
// the view scrolls (canFetchMore/fetchMore) or all at once (loadAll); sorting, filtering and search are
// the server's (`o=`, filters, `query`), and only the visible columns' fields are requested. Every query
// change bumps a generation so that late replies of an old query are dropped. After an action one row is
// replaced in place; the model is never reset for it.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        StateRole, // ResourceState as int
        RawValueRole, // the unformatted value (QDateTime, QDate, bool list…) for sorting proxies and exports
        ErrorMessageRole,
        BusyRole, // bool: an order is in progress or the row is being re-read until it settles
        FlagsRole, // int: the set flags, FlagPaused | FlagDownscaled | FlagRestricted
    };
    enum Flag { FlagPaused = 1, FlagDownscaled = 2, FlagRestricted = 4 };

    static constexpr int kScrollPageSize = 100;
    static constexpr int kBulkPageSize = 300;
    // The polite bound on list requests of one Load all: QNetworkAccessManager opens at most six HTTP/1.1
    // connections per host (as browsers do), so a seventh request would only queue in the client, and the
    // console never holds more of a server's connections than a browser tab would. Against a server that
    // takes 150 ms a request, six at once load 10,000 rows in about a fifth of the time one at a time takes.
    static constexpr int kMaxPagesInFlight = 6;
    // While loading everything, arrived pages wait this long to reach the view together: each insert re-lays
    // out and repaints the table, which would otherwise happen for every 300 rows. A backlog then goes in
    // slices of kAppendSliceRows, one per turn of the event loop.
    static constexpr int kBulkAppendIntervalMs = 100;
    // One append takes whole pages up to this many rows (at least one page); the rest of a burst follows
    // in the next turns of the event loop, so a paint or a key press never waits behind thousands of rows.
    static constexpr int kAppendSliceRows = 600;

    explicit ResourceTableModel(ProviderResourcesApi *api, QObject *parent = nullptr);
    ~ResourceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ResourceQuery query() const
    {
        return m_query;
    }
    // Replaces the query (filters, search, ordering) and loads its first page. The field set is the
    // model's own, from the visible columns.
    void setQuery(const ResourceQuery &query);
    void setVisibleColumns(const QList<Column> &columns);
    QList<Column> visibleColumns() const
    {
        return m_visibleColumns;
    }
    static Column columnAt(int section)
    {
        return static_cast<Column>(section);
    }
    // Sort column and order implied by the query's `o=` (Column::Count when none maps to a column).
    Column sortColumn() const;
    Qt::SortOrder sortOrder() const;

    // The same query again, from page 1. The rows on screen stay until the new first page is in; if it
    // fails they stay, stale, until a refresh or a retry succeeds.
    void refresh();
    void loadAll(); // every remaining page, a few in flight
    void cancelLoadAll();
    bool isLoadingAll() const
    {
        return m_loadingAll;
    }
    bool isLoading() const
    {
        return !m_inFlight.isEmpty();
    }
    qint64 totalCount() const
    {
        return m_totalCount;
    }
    ApiError lastError() const
    {
        return m_lastError;
    }
    // After an error: asks again for what failed (the first page, or the next one).
    void retry();
    // Rows kept from an earlier load because refreshing them failed.
    bool isStale() const
    {
        return m_stale;
    }
    // When the rows on screen arrived from the server (their first page); invalid before any did.
    QDateTime loadedAt() const
    {
        return m_loadedAt;
    }

    const Resource *resourceAt(int row) const;
    int rowOf(const QString &uuid) const;
    // Replaces the row with that uuid by `fresh` (one dataChanged); re-read it with rowFields().
    void updateResource(const Resource &fresh);
    // Changes the row with that uuid in place (one dataChanged); false when no row has it.
    bool modifyResource(const QString &uuid, const std::function<void(Resource &row)> &change);
    void removeResource(const QString &uuid);
    // The fields a re-read of one row asks for: the table's, plus what the poller and the rules need.
    QStringList rowFields() const;
    // BusyRole: a change is in flight for the row (the action runner) or it is watched until it settles
    // (the poller). Counted: each true is matched by one false, whoever sets it.
    void setRowBusy(const QString &uuid, bool busy);
    // The same for many rows, with one dataChanged (BusyRole) over the State cells from the first row
    // that changed to the last.
    void setRowsBusy(const QStringList &uuids, bool busy);
    bool isRowBusy(const QString &uuid) const
    {
        return m_busy.contains(uuid);
    }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const wpc::ApiError &error);
    void errorCleared();
    void totalCountChanged(qint64 total);
    void loadAllProgress(int loaded, qint64 total);
    void loadAllFinished(bool complete);
    void firstPageLoaded();
    void staleChanged(bool stale);

private:
    void requestPage(int page, int pageSize);
    void onPageReceived(quint64 generation, int page, int pageSize, const ResourcePage &result);
    void appendReadyPages(); // one slice; schedules the next when more pages are ready
    bool hasPagesToAppend() const;
    void onAppendTimer();
    void settleTotal();
    void replaceRowsForRefresh();
    void scheduleAppend(int delayMs = kBulkAppendIntervalMs);
    void pumpLoadAll();
    void setError(const ApiError &error);
    QString formatted(const Resource &resource, Column column) const;

    ProviderResourcesApi *m_api;
    ResourceQuery m_query;
    QList<Column> m_visibleColumns;
    QList<Resource> m_rows;
    QHash<QString, int> m_rowByUuid;
    std::shared_ptr<StringPool> m_strings; // shared names of this query's rows; a new query starts a new pool
    QHash<QString, int> m_busy; // uuid → how many say the row is busy
    qint64 m_totalCount = -1;
    bool m_hasMore = false; // nothing to fetch before the first setQuery()
    quint64 m_generation = 0;
    int m_pageSize = kScrollPageSize;
    QSet<int> m_inFlight; // page numbers of the current generation
    QMap<int, QList<Resource>> m_readyPages; // arrived out of order, or waiting for the next bulk append
    QTimer *m_appendTimer;
    int m_nextPageToAppend = 1;
    int m_nextPageToRequest = 1;
    bool m_loadingAll = false;
    ApiError m_lastError;
    int m_failedPage = 0;
    bool m_firstPageSignalled = false;
    bool m_refreshing = false; // the old rows stay until page 1 of the refresh arrives
    bool m_stale = false;
    QDateTime m_loadedAt;
};

} // namespace wpc
