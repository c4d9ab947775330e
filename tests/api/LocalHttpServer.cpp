// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/api/LocalHttpServer.h"

#include <QTimer>

namespace wpc::test {

LocalHttpServer::LocalHttpServer(Responder responder, QObject *parent)
    : QObject(parent)
    , m_server(
          [this](const sim::HttpRequest &request, const sim::SimHttpExchange &exchange) { serve(request, exchange); })
    , m_responder(std::move(responder))
{
    connect(&m_server, &sim::SimHttpServer::connectionClosed, this, &LocalHttpServer::connectionClosed);
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

void LocalHttpServer::serve(const sim::HttpRequest &incoming, const sim::SimHttpExchange &exchange)
{
    Request request { incoming.method, incoming.target, {}, incoming.body };
    for (const auto &[name, value] : incoming.headers) {
        request.headers.insert(name, value);
    }
    m_requests.append(request);
    const Response response = m_responder(request);
    Q_EMIT requestReceived();
    if (response.hold) {
        return;
    }
    if (response.drop) {
        exchange.drop();
        return;
    }
    sim::HttpReply reply;
    reply.status = response.status;
    reply.headers = response.headers;
    reply.addHeader("Connection", "close");
    reply.body = response.body;
    if (response.delayMs <= 0) {
        exchange.respond(reply);
        return;
    }
    QTimer::singleShot(response.delayMs, this, [exchange, reply] { exchange.respond(reply); });
}

} // namespace wpc::test
