#include "models/sim/Simulator.h"

#include "models/sim/SimBackend.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace wpc::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

void writeReply(QHttpServerResponder &responder, const HttpReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", reply.contentType);
    }
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    const QByteArray body = reply.headOnly ? QByteArray() : reply.body;
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

HttpReply faultReply(const Fault &fault, const HttpReply &normal)
{
    HttpReply reply;
    switch (fault.kind) {
    case Fault::Kind::Status:
        reply.status = fault.status;
        reply.contentType = fault.body.isEmpty() ? QByteArray() : fault.contentType;
        reply.body = fault.body;
        break;
    case Fault::Kind::MalformedJson:
        reply.status = 200;
        reply.contentType = "application/json";
        reply.body
            = normal.body.size() > 2 ? normal.body.left(normal.body.size() / 2) : QByteArray("[{\"uuid\":\"8f1c");
        break;
    case Fault::Kind::Html502:
        reply.status = 502;
        reply.contentType = "text/html";
        reply.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                     "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        break;
    default:
        return normal;
    }
    return reply;
}

} // namespace

// The pimpl: the backend plus everything that makes it a server. Data is guarded by `mutex` because tests
// read requests() and call advanceClock() while the server may run elsewhere.
class SimState
{
public:
    explicit SimState(const Simulator::Config &c)
        : config(c)
        , backend(c.seed, c.resourceCount)
    {
        // The console's first request is its default view (every state but Terminated, newest first).
        // Indexing it now, as a database has its indexes before the first query, keeps the first page of a
        // large world as quick as the next ones. Query parameter order matters to the cache key only
        // between values of one name, and these states are in the console's order.
        const QByteArray defaultView
            = QByteArrayLiteral("state=Creating&state=OK&state=Erred&state=Updating&state=Terminating&o=-created");
        for (const int user : { World::kStaff, World::kOwner }) {
            backend.warmListIndex(user, defaultView);
        }
    }

    std::optional<Fault> takeFault(const QByteArray &method, const QString &path)
    {
        for (qsizetype i = 0; i < faults.size(); ++i) {
            Fault &f = faults[i];
            if (!f.method.isEmpty() && f.method.toUpper() != method) {
                continue;
            }
            if (!QRegularExpression(f.pathPattern).match(path).hasMatch()) {
                continue;
            }
            const Fault taken = f;
            if (--f.count <= 0) {
                faults.removeAt(i);
            }
            return taken;
        }
        return std::nullopt;
    }

    Simulator::Config config;
    mutable QMutex mutex;
    SimBackend backend;
    QList<Fault> faults;
    QList<RecordedRequest> recorded;
    QHttpServer *http = nullptr;
    QTcpServer *tcp = nullptr;
    QString error;
};

Simulator::Simulator(const Config &config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SimState>(config))
{
    // Every QObject here is a child of the simulator, so moveToThread() takes all of them along.
    m_state->http = new QHttpServer(this);
    m_state->http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serve(request, std::move(responder));
    });
    if (config.autoProcessOrdersAfterSecs > 0) {
        auto *timer = new QTimer(this);
        timer->setInterval(500);
        connect(timer, &QTimer::timeout, this, [this] {
            QMutexLocker lock(&m_state->mutex);
            m_state->backend.processDueOrders(
                QDateTime::currentMSecsSinceEpoch(), qint64(m_state->config.autoProcessOrdersAfterSecs) * 1000);
        });
        timer->start();
    }
}

Simulator::~Simulator()
{
    // Sockets first: pending delayed replies must not outlive the connections they answer.
    delete m_state->http;
    m_state->http = nullptr;
}

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        m_state->error = tcp->errorString();
        delete tcp;
        return false;
    }
    m_state->http->bind(tcp);
    m_state->tcp = tcp;
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.setDefaultHost(url().authority());
    return true;
}

QString Simulator::errorString() const
{
    return m_state->error;
}

quint16 Simulator::port() const
{
    return m_state->tcp ? m_state->tcp->serverPort() : 0;
}

QUrl Simulator::url() const
{
    if (!m_state->tcp) {
        return {};
    }
    const QHostAddress address = m_state->tcp->serverAddress();
    const bool local = address.isLoopback() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(local ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QByteArray Simulator::staffToken()
{
    return QByteArrayLiteral("5f1d0c9a3b7e4f2a8c6d1e0b9a7f3c2d4e5f6a7b");
}

QByteArray Simulator::ownerToken()
{
    return QByteArrayLiteral("9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b");
}

void Simulator::injectFault(const Fault &fault)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.append(fault);
}

void Simulator::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
}

QList<RecordedRequest> Simulator::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->recorded;
}

void Simulator::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->recorded.clear();
}

void Simulator::advanceClock(int seconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.advanceClock(seconds);
}

QJsonObject Simulator::resourceJson(const QString &uuid) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->backend.resourceJson(uuid);
}

QStringList Simulator::resourceUuids() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->backend.resourceUuids();
}

void Simulator::serve(const QHttpServerRequest &incoming, QHttpServerResponder &&responder)
{
    HttpRequest request;
    request.method = methodName(incoming.method());
    request.path = incoming.url().path();
    request.rawQuery = incoming.url().query(QUrl::FullyEncoded).toUtf8();
    request.query = QueryParams::parse(request.rawQuery);
    request.body = incoming.body();
    request.authorization = incoming.value("Authorization");
    request.accept = incoming.value("Accept");
    request.host = QString::fromLatin1(incoming.value("Host"));

    std::optional<Fault> fault;
    HttpReply reply;
    {
        QMutexLocker lock(&m_state->mutex);
        HttpReply ignored;
        const int user = m_state->backend.authenticate(request.authorization, &ignored);
        m_state->recorded.append(RecordedRequest {
            request.method, request.path, incoming.query(), request.body, m_state->backend.userTag(user) });
        fault = m_state->takeFault(request.method, request.path);
        const bool process = !fault || fault->kind == Fault::Kind::Delay
            || (fault->kind == Fault::Kind::MalformedJson && (request.method == "GET" || request.method == "HEAD"));
        if (process) {
            reply = m_state->backend.handle(request);
        }
    }
    if (fault && fault->kind == Fault::Kind::Drop) {
        responder.socket()->abort();
        Q_EMIT requestServed(request.method, request.path, 0);
        return;
    }
    if (fault) {
        reply = faultReply(*fault, reply);
    }
    if (fault && fault->kind == Fault::Kind::Delay) {
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket = pending->socket();
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timer, pending, socket, reply, request] {
            timer->deleteLater();
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                writeReply(*pending, reply);
                Q_EMIT requestServed(request.method, request.path, reply.status);
            }
        });
        timer->start(fault->delayMs);
        return;
    }
    writeReply(responder, reply);
    Q_EMIT requestServed(request.method, request.path, reply.status);
}

} // namespace wpc::sim
