// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "models/api/ApiError.h"
#include "models/domain/Resource.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace wpc {

class ProviderResourcesApi;

// Every resource that matches a query, read page by page for a bulk run ("all N matching the filter")
// without touching the table: pages of 300 with the query's sparse field set, one page in flight (nothing
// is sent to the resources until it is done, so there is no hurry to compete with), each resource once
// even when the list shifts while it is read. The first failure ends it (failed()); cancel() drops the
// page in flight.
class TargetCollector : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 300;

    TargetCollector(
        ProviderResourcesApi *api, ResourceQuery query, QObject *parent = nullptr, int pageSize = kPageSize);
    ~TargetCollector() override;

    void start();
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }
    const QList<Resource> &resources() const
    {
        return m_resources;
    }
    qint64 total() const // the server's count; -1 before the first page or when it sent none
    {
        return m_total;
    }

Q_SIGNALS:
    void progressed(int collected, qint64 total);
    void finished();
    void failed(const wpc::ApiError &error);

private:
    void request(int page);

    ProviderResourcesApi *m_api;
    ResourceQuery m_query;
    int m_pageSize;
    QList<Resource> m_resources;
    QSet<QString> m_seen;
    qint64 m_total = -1;
    quint64 m_generation = 0; // answers to a cancelled collection are dropped
    bool m_running = false;
};

} // namespace wpc
