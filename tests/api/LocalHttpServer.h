// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace wpc::test {

// A scripted HTTP server on loopback for what the simulator cannot do on purpose: redirect to another
// origin, record every request header exactly, or never answer. It speaks through the simulator's own
// transport (sim::SimHttpServer), and closes each connection after its reply.
class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hold = false; // keep the connection open and never answer
        int delayMs = 0; // answer this much later
        bool drop = false; // close the connection without answering
    };
    using Responder = std::function<Response(const Request &)>;

    explicit LocalHttpServer(Responder responder, QObject *parent = nullptr);

    bool listen();
    quint16 port() const
    {
        return m_server.port();
    }
    QUrl url() const; // "http://127.0.0.1:<port>/"
    QList<Request> requests() const
    {
        return m_requests;
    }
    int openConnections() const
    {
        return m_server.openConnections();
    }

    static Response json(int status, const QByteArray &body);

Q_SIGNALS:
    void requestReceived();
    void connectionClosed();

private:
    void serve(const sim::HttpRequest &request, const sim::SimHttpExchange &exchange);

    sim::SimHttpServer m_server;
    Responder m_responder;
    QList<Request> m_requests;
};

} // namespace wpc::test
