// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QString>

namespace wpc {

class ApiClient;

// How many resources each view matches, from the server's X-Result-Count: a HEAD request with page_size=1,
// which carries no body. Where a proxy refuses HEAD (405), the same as a GET of one row, from then on. At
// most kMaxInFlight requests at once; asking again for a view already waiting changes nothing.
class ViewCounter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 2;

    explicit ViewCounter(ApiClient *client, QObject *parent = nullptr);

    // Queues a count of query under id (the latest query for an id wins).
    void count(const QString &id, const ResourceQuery &query);
    void cancelAll();
    qint64 lastCount(const QString &id) const
    {
        return m_counts.value(id, -1);
    }
    bool usesGet() const
    {
        return m_useGet;
    }

Q_SIGNALS:
    void counted(const QString &id, qint64 count);
    void failed(const QString &id, const QString &message);

private:
    void pump();
    void send(const QString &id, const ResourceQuery &query);

    ApiClient *m_client;
    QQueue<QString> m_queue;
    QHash<QString, ResourceQuery> m_waiting; // id → its query, while queued
    QHash<QString, qint64> m_counts;
    QObject *m_requests; // the context of the requests in flight: deleted to drop them
    int m_inFlight = 0;
    bool m_useGet = false;
};

} // namespace wpc
