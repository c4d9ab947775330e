// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/Simulator.h"

#include "models/sim/SimBackend.h"
#include "models/sim/SimFormat.h"
#include "models/sim/SimHttpServer.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QTimer>

#include <deque>

namespace wpc::sim {

namespace {

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
    case Fault::Kind::Delay:
    case Fault::Kind::Drop:
    case Fault::Kind::Truncate:
    case Fault::Kind::Stall:
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
        , backend(c.seed, c.resourceCount, c.extraCustomers)
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

    void record(RecordedRequest request)
    {
        if (config.requestLogCapacity <= 0) {
            return;
        }
        if (qsizetype(recorded.size()) >= config.requestLogCapacity) {
            recorded.pop_front();
        }
        recorded.push_back(std::move(request));
    }

    Simulator::Config config;
    mutable QMutex mutex;
    SimBackend backend;
    QList<Fault> faults;
    std::deque<RecordedRequest> recorded;
    SimHttpServer *http = nullptr;
};

Simulator::Simulator(const Config &config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SimState>(config))
{
    // Every QObject here is a child of the simulator, so moveToThread() takes all of them along.
    m_state->http = new SimHttpServer(
        [this](const HttpRequest &request, const SimHttpExchange &exchange) { serve(request, exchange); }, this);
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
    // Connections first: delayed replies must not outlive the connections they answer.
    delete m_state->http;
    m_state->http = nullptr;
}

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    if (!m_state->http->listen(address, port)) {
        return false;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.setDefaultHost(url().authority());
    m_state->backend.setScheme(url().scheme());
    return true;
}

bool Simulator::listen(
    const QHostAddress &address, quint16 port, const QString &certificateFile, const QString &keyFile)
{
    if (!m_state->http->listen(address, port, certificateFile, keyFile)) {
        return false;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.setDefaultHost(url().authority());
    m_state->backend.setScheme(url().scheme());
    return true;
}

QString Simulator::errorString() const
{
    return m_state->http->errorString();
}

quint16 Simulator::port() const
{
    return m_state->http->port();
}

QUrl Simulator::url() const
{
    if (port() == 0) {
        return {};
    }
    const QHostAddress address = m_state->http->address();
    const bool local = address.isLoopback() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
    QUrl url;
    url.setScheme(m_state->http->isEncrypted() ? QStringLiteral("https") : QStringLiteral("http"));
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

void Simulator::grantToken(const QByteArray &key, Role role, bool bearer)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.grantToken(key, role == Role::Staff ? World::kStaff : World::kOwner, bearer);
}

void Simulator::revokeToken(const QByteArray &key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.revokeToken(key);
}

void Simulator::expireToken(const QByteArray &key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.expireToken(key);
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
    return QList<RecordedRequest>(m_state->recorded.cbegin(), m_state->recorded.cend());
}

void Simulator::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->recorded.clear();
}

int Simulator::requestsInFlight() const
{
    return m_state->http->requestsInFlight();
}

int Simulator::maxRequestsInFlight() const
{
    return m_state->http->maxRequestsInFlight();
}

void Simulator::resetMaxRequestsInFlight()
{
    m_state->http->resetMaxRequestsInFlight();
}

void Simulator::advanceClock(int seconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->backend.advanceClock(seconds);
}

QDate Simulator::today() const
{
    QMutexLocker lock(&m_state->mutex);
    return dateOf(m_state->backend.now());
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

void Simulator::serve(const HttpRequest &request, const SimHttpExchange &exchange)
{
    std::optional<Fault> fault;
    HttpReply reply;
    int latencyMs = 0;
    {
        QMutexLocker lock(&m_state->mutex);
        HttpReply ignored;
        const int user = m_state->backend.authenticate(request.header("authorization"), &ignored);
        m_state->record(RecordedRequest { request.method, request.path, QUrlQuery(QString::fromUtf8(request.rawQuery)),
            request.body, m_state->backend.userTag(user) });
        fault = m_state->takeFault(request.method, request.path);
        // A fault that replaces the reply leaves the world as it was, as a proxy that never reached Waldur
        // would; malformed JSON is a read whose body broke on the way.
        const bool process = !fault || fault->kind == Fault::Kind::Delay || fault->kind == Fault::Kind::Truncate
            || fault->kind == Fault::Kind::Stall
            || (fault->kind == Fault::Kind::MalformedJson && (request.method == "GET" || request.method == "HEAD"));
        if (process) {
            reply = m_state->backend.handle(request);
        }
        latencyMs = m_state->config.latencyMs;
    }
    if (fault) {
        reply = faultReply(*fault, reply);
        for (const auto &header : fault->headers) {
            reply.headers.removeIf(
                [&header](const auto &own) { return own.first.compare(header.first, Qt::CaseInsensitive) == 0; });
            reply.addHeader(header.first, header.second);
        }
        if (fault->kind == Fault::Kind::Delay) {
            latencyMs += fault->delayMs;
        }
    }
    if (latencyMs <= 0) {
        answer(request, exchange, fault, reply);
        return;
    }
    QTimer::singleShot(
        latencyMs, this, [this, request, exchange, fault, reply] { answer(request, exchange, fault, reply); });
}

void Simulator::answer(const HttpRequest &request,
    const SimHttpExchange &exchange,
    const std::optional<Fault> &fault,
    const HttpReply &reply)
{
    if (!exchange.isPending()) {
        return; // the client gave up first
    }
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::Delay;
    switch (kind) {
    case Fault::Kind::Stall:
        return;
    case Fault::Kind::Drop:
        exchange.drop();
        Q_EMIT requestServed(request.method, request.path, 0);
        return;
    case Fault::Kind::Truncate:
        exchange.respondTruncated(reply, reply.body.size() / 2);
        break;
    case Fault::Kind::Status:
    case Fault::Kind::Delay:
    case Fault::Kind::MalformedJson:
    case Fault::Kind::Html502:
        exchange.respond(reply);
        break;
    }
    Q_EMIT requestServed(request.method, request.path, reply.status);
}

} // namespace wpc::sim
