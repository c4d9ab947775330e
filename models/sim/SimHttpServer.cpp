// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimHttpServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace wpc::sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// A reply that says "Connection: close" itself ends its connection.
bool closes(const HttpReply &reply)
{
    return std::any_of(reply.headers.cbegin(), reply.headers.cend(), [](const auto &header) {
        return header.first.compare("Connection", Qt::CaseInsensitive) == 0 && header.second.toLower() == "close";
    });
}

QByteArray serialize(const HttpReply &reply, bool close, bool withBody)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty()) {
        out += "Content-Type: " + reply.contentType + "\r\n";
    }
    for (const auto &[name, value] : reply.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (close && !closes(reply)) {
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    if (withBody) {
        out += reply.body;
    }
    return out;
}

enum class Parse { Incomplete, Complete, Invalid };

// Decodes a chunked body from `data`. Complete: *body holds it and *consumed the bytes it took.
Parse decodeChunked(QByteArrayView data, QByteArray *body, qsizetype *consumed)
{
    qsizetype pos = 0;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            return Parse::Incomplete;
        }
        QByteArrayView sizeText = data.sliced(pos, lineEnd - pos);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0) {
            sizeText = sizeText.first(extension);
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > SimHttpServer::kMaxBodyBytes - body->size()) {
            return Parse::Invalid;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers are not used by any client here; the body ends at the empty line.
            const qsizetype end = data.indexOf("\r\n", pos);
            if (end < 0) {
                return Parse::Incomplete;
            }
            *consumed = end + 2;
            return Parse::Complete;
        }
        if (data.size() < pos + size + 2) {
            return Parse::Incomplete;
        }
        body->append(data.sliced(pos, size));
        pos += size + 2;
    }
}

} // namespace

// One client connection: buffers what arrives, hands one whole request at a time to the server's handler,
// and writes its reply whenever the exchange is answered.
class SimHttpConnection : public QObject
{
public:
    SimHttpConnection(SimHttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &SimHttpConnection::onDisconnected);
        // A TLS client's first request can arrive with the end of the handshake, before this connection
        // listened for it.
        if (socket->bytesAvailable() > 0) {
            QMetaObject::invokeMethod(this, &SimHttpConnection::onReadyRead, Qt::QueuedConnection);
        }
    }

    bool isPending(quint64 serial) const
    {
        return m_pending && serial == m_serial && m_socket->state() == QAbstractSocket::ConnectedState;
    }

    void respond(quint64 serial, const HttpReply &reply, qsizetype truncateAt)
    {
        if (!isPending(serial)) {
            return;
        }
        const bool truncated = truncateAt >= 0;
        const bool close = !m_keepAlive || truncated || closes(reply);
        // A reply to HEAD says how long the body would be, and sends none.
        QByteArray out = serialize(reply, close, m_method != "HEAD");
        if (truncated && m_method != "HEAD") {
            out.chop(reply.body.size() - std::min(truncateAt, reply.body.size()));
        }
        finish();
        m_socket->write(out);
        if (close) {
            m_socket->disconnectFromHost();
        } else {
            // The next request may already be buffered; read it after this reply, not from inside it.
            QMetaObject::invokeMethod(this, &SimHttpConnection::processBuffer, Qt::QueuedConnection);
        }
    }

    void drop(quint64 serial)
    {
        if (isPending(serial)) {
            finish();
            m_socket->abort();
        }
    }

private:
    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        processBuffer();
    }

    void onDisconnected()
    {
        finish();
        deleteLater();
        Q_EMIT m_server->connectionClosed();
    }

    void finish()
    {
        if (m_pending) {
            m_pending = false;
            m_server->requestEnded();
        }
    }

    void refuse(int status, const char *message)
    {
        m_buffer.clear();
        m_socket->write(serialize(HttpReply::text(status, message), true, true));
        m_socket->disconnectFromHost();
    }

    void processBuffer()
    {
        if (m_pending || m_socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > SimHttpServer::kMaxHeaderBytes) {
                refuse(431, "Request header fields too large.\n");
            }
            return;
        }
        if (headerEnd > SimHttpServer::kMaxHeaderBytes) {
            refuse(431, "Request header fields too large.\n");
            return;
        }
        HttpRequest request;
        const QList<QByteArray> lines = m_buffer.first(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || requestLine.at(1).isEmpty()) {
            refuse(400, "Bad request line.\n");
            return;
        }
        request.method = requestLine.at(0).toUpper();
        request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                refuse(400, "Bad header line.\n");
                return;
            }
            request.headers.emplaceBack(line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed());
        }
        const bool http10 = requestLine.at(2) == "HTTP/1.0";
        const QByteArray connection = request.header("connection").toLower();
        m_keepAlive = http10 ? connection == "keep-alive" : connection != "close";

        qsizetype consumed = headerEnd + 4;
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(consumed);
        if (request.header("transfer-encoding").toLower().contains("chunked")) {
            if (request.header("expect").toLower() == "100-continue" && !m_continued) {
                m_continued = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            qsizetype bodyBytes = 0;
            switch (decodeChunked(rest, &request.body, &bodyBytes)) {
            case Parse::Incomplete:
                if (rest.size() > SimHttpServer::kMaxBodyBytes + SimHttpServer::kMaxHeaderBytes) {
                    refuse(413, "Request body too large.\n");
                }
                return;
            case Parse::Invalid:
                refuse(400, "Bad chunked body.\n");
                return;
            case Parse::Complete:
                consumed += bodyBytes;
                break;
            }
        } else {
            const QByteArray lengthText = request.header("content-length");
            bool ok = lengthText.isEmpty();
            const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(400, "Bad Content-Length.\n");
                return;
            }
            if (length > SimHttpServer::kMaxBodyBytes) {
                refuse(413, "Request body too large.\n");
                return;
            }
            if (rest.size() < length) {
                if (length > 0 && request.header("expect").toLower() == "100-continue" && !m_continued) {
                    m_continued = true;
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                }
                return;
            }
            request.body = rest.first(length).toByteArray();
            consumed += length;
        }
        m_buffer.remove(0, consumed);
        m_continued = false;

        const qsizetype question = request.target.indexOf('?');
        const QByteArray rawPath = question < 0 ? request.target : request.target.first(question);
        request.rawQuery = question < 0 ? QByteArray() : request.target.sliced(question + 1);
        request.path = QUrl::fromPercentEncoding(rawPath);
        request.query = QueryParams::parse(request.rawQuery);

        m_method = request.method;
        m_pending = true;
        ++m_serial;
        m_server->requestStarted();
        SimHttpExchange exchange;
        exchange.m_connection = this;
        exchange.m_serial = m_serial;
        m_server->m_handler(request, exchange);
    }

    SimHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QByteArray m_method; // of the request being answered
    quint64 m_serial = 0;
    bool m_pending = false;
    bool m_keepAlive = true;
    bool m_continued = false;
};

void SimHttpExchange::respond(const HttpReply &reply) const
{
    if (m_connection) {
        m_connection->respond(m_serial, reply, -1);
    }
}

void SimHttpExchange::respondTruncated(const HttpReply &reply, qsizetype bytes) const
{
    if (m_connection) {
        m_connection->respond(m_serial, reply, std::max<qsizetype>(0, bytes));
    }
}

void SimHttpExchange::drop() const
{
    if (m_connection) {
        m_connection->drop(m_serial);
    }
}

bool SimHttpExchange::isPending() const
{
    return m_connection && m_connection->isPending(m_serial);
}

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

// Connections are children: QObject deletes them after cutting every signal, so none calls the handler.
SimHttpServer::~SimHttpServer() = default;

bool SimHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return adopt(new QTcpServer(this), address, port);
}

bool SimHttpServer::listen(
    const QHostAddress &address, quint16 port, const QString &certificateFile, const QString &keyFile)
{
    QFile certificateIn(certificateFile);
    QFile keyIn(keyFile);
    if (!certificateIn.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(certificateFile, certificateIn.errorString());
        return false;
    }
    if (!keyIn.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(keyFile, keyIn.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateIn.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        m_error = QStringLiteral("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }
    // QSslKey wants to be told the algorithm; a PEM "PRIVATE KEY" may hold either.
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        if (key.isNull()) {
            key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        }
    }
    if (key.isNull()) {
        m_error = QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with a token
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    return adopt(server, address, port);
}

bool SimHttpServer::adopt(QTcpServer *server, const QHostAddress &address, quint16 port)
{
    if (!server->listen(address, port)) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    delete m_tcp;
    m_tcp = server;
    m_encrypted = qobject_cast<QSslServer *>(server) != nullptr;
    // Not newConnection: QSslServer emits that on accepting, and queues the socket only once its handshake
    // is done. This signal comes when a socket is queued, for either server.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &SimHttpServer::onNewConnection);
    return true;
}

QString SimHttpServer::errorString() const
{
    return m_error;
}

quint16 SimHttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress SimHttpServer::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        ++m_openConnections;
        auto *connection = new SimHttpConnection(this, socket);
        connect(connection, &QObject::destroyed, this, [this] { --m_openConnections; });
    }
}

void SimHttpServer::requestStarted()
{
    const int now = ++m_inFlight;
    int max = m_maxInFlight.load();
    while (now > max && !m_maxInFlight.compare_exchange_weak(max, now)) { }
}

void SimHttpServer::requestEnded()
{
    --m_inFlight;
}

} // namespace wpc::sim
