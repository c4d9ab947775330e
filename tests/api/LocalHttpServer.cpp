// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/api/LocalHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace wpc::test {

namespace {
// Returns true once buffer holds a whole request (headers and Content-Length bytes of body).
bool parseRequest(const QByteArray &buffer, LocalHttpServer::Request *request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request->method = requestLine.value(0);
    request->target = requestLine.value(1);
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request->headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request->headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length) {
        return false;
    }
    request->body = buffer.mid(end + 4, length);
    return true;
}
} // namespace

LocalHttpServer::LocalHttpServer(Responder responder, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

LocalHttpServer::Response LocalHttpServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "application/json");
    response.body = body;
    return response;
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_open;
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
            Q_EMIT connectionClosed();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            Request request;
            if (!parseRequest(*buffer, &request)) {
                return;
            }
            buffer->clear();
            m_requests.append(request);
            const Response response = m_responder(request);
            Q_EMIT requestReceived();
            if (response.hold) {
                return;
            }
            if (response.drop) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            for (const auto &[name, value] : response.headers) {
                out += name + ": " + value + "\r\n";
            }
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
            if (request.method != "HEAD") {
                out += response.body;
            }
            const QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [guard, out] {
                if (guard) {
                    guard->write(out);
                    guard->disconnectFromHost();
                }
            });
        });
    }
}

} // namespace wpc::test
