// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/views/ViewCounter.h"

#include "models/api/ApiClient.h"
#include "models/api/Endpoints.h"

namespace wpc {

ViewCounter::ViewCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(new QObject(this))
{
}

void ViewCounter::count(const QString &id, const ResourceQuery &query)
{
    if (!m_waiting.contains(id)) {
        m_queue.enqueue(id);
    }
    m_waiting.insert(id, query);
    pump();
}

void ViewCounter::cancelAll()
{
    m_queue.clear();
    m_waiting.clear();
    delete m_requests;
    m_requests = new QObject(this);
    m_inFlight = 0;
}

void ViewCounter::pump()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.dequeue();
        send(id, m_waiting.take(id));
    }
}

void ViewCounter::send(const QString &id, const ResourceQuery &query)
{
    ResourceQuery sparse = query;
    sparse.fields = { QStringLiteral("uuid") }; // for the GET fallback: one small row
    sparse.ordering.clear();
    ApiRequest request;
    request.method = m_useGet ? ApiRequest::Method::Get : ApiRequest::Method::Head;
    request.path = Endpoints::pathFor(Operation::List);
    request.query = sparse.toUrlQuery();
    request.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
    ++m_inFlight;
    m_client->send(
        request, m_requests, [this, id, query, head = !m_useGet](const ApiResponse &response, const ApiError &error) {
            --m_inFlight;
            if (error.isError() && head && error.httpStatus == 405) {
                m_useGet = true; // a proxy that refuses HEAD: every later count is a GET of one row
                count(id, query);
                return;
            }
            if (error.isError()) {
                Q_EMIT failed(id, error.message);
            } else if (response.page.totalCount < 0) {
                Q_EMIT failed(id, tr("The server sent no X-Result-Count."));
            } else {
                m_counts.insert(id, response.page.totalCount);
                Q_EMIT counted(id, response.page.totalCount);
            }
            pump();
        });
}

} // namespace wpc
