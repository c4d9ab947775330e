// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"
#include "models/ResourceQuery.h"
#include "models/export/ExportFormat.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace wpc {

class ApiClient;
class ExportSink;
struct ApiError;

// What to export: the view's query (filters, search, ordering) and columns, and where to.
struct ExportRequest
{
    ResourceQuery query;
    QList<Column> columns;
    ExportFormat format = ExportFormat::Csv;
    QString path;
    int pageSize = 300; // Waldur's largest page; a test asks for smaller ones to get several
};

// Every resource a query matches, written to a file page by page, whatever the table has loaded. It pages
// the list endpoint itself (never through the table model) with the columns' `field=` set, keeps at most
// kPagesAhead pages between the server and the disk, so memory stays flat however many rows there are, and
// writes on a worker thread. The file appears whole when finished(true) or not at all.
class ResourceExport : public QObject
{
    Q_OBJECT

public:
    // Pages asked for, arrived or waiting for the disk, all counted. Six requests overlap their round trips,
    // the bound Load all keeps too (QNetworkAccessManager's connections per host); eight pages of a few
    // hundred sparse rows are a few megabytes whatever the export's size.
    static constexpr int kPagesAhead = 8;
    static constexpr int kMaxRequestsInFlight = 6;

    ResourceExport(ApiClient *client, const ExportRequest &request, QObject *parent = nullptr);
    ~ResourceExport() override; // a running export is cancelled; its file is removed off the GUI thread

    const ExportRequest &request() const
    {
        return m_request;
    }
    void start();
    // Stops asking, drops the half-written file, then finished(false, "Cancelled").
    void cancel();
    bool isRunning() const
    {
        return m_state == State::Running;
    }
    qint64 rowsWritten() const
    {
        return m_written;
    }
    qint64 total() const
    {
        return m_total;
    }

Q_SIGNALS:
    void progress(qint64 written, qint64 total); // total is -1 when the server sent no count
    // message: why it failed ("Cancelled." when cancelled); empty on success.
    void finished(bool ok, const QString &message);

private:
    enum class State { Idle, Running, Stopping, Done };
    struct Page
    {
        QByteArray body;
        QJsonArray objects;
        bool hasNext = false;
    };

    void requestMore();
    void requestPage(int page);
    void onPage(int page, const Page &result);
    void onPageFailed(int page, const ApiError &error);
    void deliverReady();
    void onWritten(qint64 rows, const QString &error);
    void onCommitted(const QString &error);
    void stop(const QString &message); // discards the file, then finished(false, message)
    int lastPage() const;

    ApiClient *m_client;
    ExportRequest m_request;
    State m_state = State::Idle;
    QPointer<ExportSink> m_sink; // lives on its own thread, which deletes it
    QObject *m_requests = nullptr; // the context of the page requests: deleted to abort them
    QMap<int, Page> m_ready; // arrived, waiting for the pages before them
    int m_nextRequest = 1;
    int m_nextDelivery = 1;
    int m_inFlight = 0;
    int m_atSink = 0; // handed to the writer, not yet written
    bool m_lastDelivered = false;
    bool m_previousHadNext = false; // the last page that arrived had a "next" link
    qint64 m_total = -1;
    qint64 m_written = 0;
};

} // namespace wpc
