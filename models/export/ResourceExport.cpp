// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/ResourceExport.h"

#include "models/api/ApiClient.h"
#include "models/api/Endpoints.h"
#include "models/export/ExportSink.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace wpc {

namespace {
// A page's body must be a list of objects; the check runs as the call's decoder (off the GUI thread for
// a large page) and keeps the list in response.decoded.
ApiError decodePage(ApiResponse &response)
{
    ApiError error;
    QString problem;
    if (!response.json.isArray()) {
        problem = QCoreApplication::translate("wpc::ResourceExport", "a list was expected");
    } else {
        const QJsonArray objects = response.json.array();
        for (qsizetype i = 0; i < objects.size() && problem.isEmpty(); ++i) {
            if (!objects.at(i).isObject()) {
                problem
                    = QCoreApplication::translate("wpc::ResourceExport", "item %1 of the list is not an object").arg(i);
            }
        }
        response.decoded = objects;
    }
    if (!problem.isEmpty()) {
        error.kind = ApiError::Kind::Protocol;
        error.httpStatus = response.httpStatus;
        error.detail = problem;
        error.message = QCoreApplication::translate(
            "wpc::ResourceExport", "The server's reply did not have the expected form: %1")
                            .arg(problem);
    }
    return error;
}
} // namespace

ResourceExport::ResourceExport(ApiClient *client, const ExportRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
{
}

ResourceExport::~ResourceExport()
{
    if (m_sink) {
        QMetaObject::invokeMethod(m_sink, &ExportSink::finish, Qt::QueuedConnection);
    }
}

void ResourceExport::start()
{
    if (m_state != State::Idle) {
        return;
    }
    m_state = State::Running;
    m_request.query.fields = ResourceColumns::fieldsFor(m_request.columns);
    m_sink = ExportSink::start(ExportWriter::create(m_request.format, m_request.path, m_request.columns));
    connect(m_sink, &ExportSink::written, this, &ResourceExport::onWritten);
    connect(m_sink, &ExportSink::committed, this, &ResourceExport::onCommitted);
    QMetaObject::invokeMethod(m_sink, &ExportSink::open, Qt::QueuedConnection);
    m_requests = new QObject(this);
    ++m_atSink; // the open: no page is asked for before the file could be made
}

void ResourceExport::cancel()
{
    if (m_state == State::Running) {
        stop(QCoreApplication::translate("wpc::ResourceExport", "Cancelled."));
    }
}

int ResourceExport::lastPage() const
{
    if (m_total < 0) {
        return -1;
    }
    return int(qMax<qint64>(1, (m_total + m_request.pageSize - 1) / m_request.pageSize));
}

void ResourceExport::requestMore()
{
    while (m_state == State::Running && m_inFlight < kMaxRequestsInFlight
        && m_inFlight + m_ready.size() + m_atSink < kPagesAhead) {
        const int last = lastPage();
        // Without a count, the next page is asked for only once the one before says there is one.
        const bool known
            = last > 0 ? m_nextRequest <= last : m_nextRequest == 1 || (m_inFlight == 0 && m_previousHadNext);
        if (m_lastDelivered || !known) {
            return;
        }
        requestPage(m_nextRequest++);
    }
}

void ResourceExport::requestPage(int page)
{
    ApiRequest request;
    request.path = Endpoints::pathFor(Operation::List);
    request.query = m_request.query.toUrlQuery();
    request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    request.query.addQueryItem(QStringLiteral("page_size"), QString::number(m_request.pageSize));
    ++m_inFlight;
    m_client->send(
        request, m_requests,
        [this, page](const ApiResponse &response, const ApiError &error) {
            --m_inFlight;
            if (m_state != State::Running) {
                return; // stopped meanwhile: its requests are on their way out
            }
            if (error.isError()) {
                onPageFailed(page, error);
                return;
            }
            if (page == 1) {
                m_total = response.page.totalCount;
                Q_EMIT progress(m_written, m_total);
            }
            m_previousHadNext = response.page.hasNext();
            const QJsonArray *objects = std::any_cast<QJsonArray>(&response.decoded);
            onPage(page, { response.body, objects ? *objects : QJsonArray(), response.page.hasNext() });
            requestMore();
        },
        decodePage);
}

void ResourceExport::onPage(int page, const Page &result)
{
    m_ready.insert(page, result);
    deliverReady();
}

void ResourceExport::onPageFailed(int page, const ApiError &error)
{
    // Rows removed while exporting leave the last page empty: Waldur says 404 for a page past the end.
    if (page > 1 && error.httpStatus == 404) {
        m_ready.insert(page, {});
        deliverReady();
        requestMore();
        return;
    }
    stop(error.message);
}

void ResourceExport::deliverReady()
{
    while (m_state == State::Running && !m_lastDelivered && m_ready.contains(m_nextDelivery)) {
        const Page page = m_ready.take(m_nextDelivery);
        const int last = lastPage();
        m_lastDelivered
            = page.objects.size() < m_request.pageSize || !page.hasNext || (last > 0 && m_nextDelivery >= last);
        ++m_nextDelivery;
        ++m_atSink;
        QMetaObject::invokeMethod(
            m_sink, [sink = m_sink, page] { sink->write(page.body, page.objects); }, Qt::QueuedConnection);
    }
    if (m_lastDelivered) {
        m_ready.clear();
        // Later pages are not needed: their requests are aborted once their context goes. Not deleted here:
        // this may run inside one of those requests' own handlers.
        m_requests->deleteLater();
        m_requests = new QObject(this);
    }
}

void ResourceExport::onWritten(qint64 rows, const QString &error)
{
    if (m_state != State::Running) {
        return;
    }
    --m_atSink;
    if (!error.isEmpty()) {
        stop(error);
        return;
    }
    m_written = rows;
    Q_EMIT progress(m_written, m_total);
    if (m_lastDelivered && m_atSink == 0) {
        QMetaObject::invokeMethod(m_sink, &ExportSink::commit, Qt::QueuedConnection);
        return;
    }
    requestMore();
}

void ResourceExport::onCommitted(const QString &error)
{
    if (m_state != State::Running) {
        return;
    }
    QMetaObject::invokeMethod(m_sink, &ExportSink::finish, Qt::QueuedConnection);
    m_sink = nullptr;
    m_state = State::Done;
    Q_EMIT finished(error.isEmpty(), error);
}

void ResourceExport::stop(const QString &message)
{
    m_state = State::Stopping;
    m_requests->deleteLater(); // perhaps from inside one of its requests' handlers
    m_requests = new QObject(this);
    m_ready.clear();
    if (!m_sink) {
        m_state = State::Done;
        Q_EMIT finished(false, message);
        return;
    }
    // finished() only once the file is gone: the sink's thread removes it, then says so.
    ExportSink *sink = m_sink;
    m_sink = nullptr;
    connect(sink, &QObject::destroyed, this, [this, message] {
        m_state = State::Done;
        Q_EMIT finished(false, message);
    });
    QMetaObject::invokeMethod(sink, &ExportSink::finish, Qt::QueuedConnection);
}

} // namespace wpc
