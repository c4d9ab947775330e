// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimHttp.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace wpc::sim {

class SimHttpConnection;

// One request's way back to its client. It is a small copyable handle, so a reply can be sent later from
// a timer. Once the request is answered, or its connection has gone, every call does nothing.
class SimHttpExchange
{
public:
    void respond(const HttpReply &reply) const;
    // The status line and the headers with the full Content-Length, then only `bytes` of the body, then the
    // connection closes: a reply cut off mid-body.
    void respondTruncated(const HttpReply &reply, qsizetype bytes) const;
    void drop() const; // closes the connection without a reply
    bool isPending() const;

private:
    friend class SimHttpConnection;
    QPointer<SimHttpConnection> m_connection;
    quint64 m_serial = 0;
};

// The simulator's HTTP/1.1 transport on a QTcpServer (a QSslServer for https), the same on every Qt
// version: persistent connections, Content-Length and chunked request bodies, `Expect: 100-continue`, and
// replies that may come later, be cut off, or never come at all. A request that is not HTTP gets 400 and
// the connection closes, as do headers over 64 KiB (431) and bodies over 32 MiB (413). Requests on one
// connection are answered in order, one at a time, so concurrency comes from connections, as with a
// multi-worker server.
class SimHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &request, const SimHttpExchange &exchange)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    // The same over TLS, with a PEM certificate file (intermediates may follow the certificate) and its PEM
    // private key, RSA or EC and not encrypted.
    bool listen(const QHostAddress &address, quint16 port, const QString &certificateFile, const QString &keyFile);
    bool isEncrypted() const
    {
        return m_encrypted;
    }
    QString errorString() const;
    quint16 port() const;
    QHostAddress address() const;

    int openConnections() const
    {
        return m_openConnections;
    }
    // Requests received whole and not yet answered, now and at most since the last reset. Thread-safe.
    int requestsInFlight() const
    {
        return m_inFlight.load();
    }
    int maxRequestsInFlight() const
    {
        return m_maxInFlight.load();
    }
    void resetMaxRequestsInFlight()
    {
        m_maxInFlight.store(m_inFlight.load());
    }

    static constexpr qsizetype kMaxHeaderBytes = qsizetype(64) * 1024;
    static constexpr qsizetype kMaxBodyBytes = qsizetype(32) * 1024 * 1024;

Q_SIGNALS:
    void connectionClosed();

private:
    friend class SimHttpConnection;
    void onNewConnection();
    bool adopt(QTcpServer *server, const QHostAddress &address, quint16 port);
    void requestStarted();
    void requestEnded();

    Handler m_handler;
    QTcpServer *m_tcp = nullptr;
    QString m_error;
    bool m_encrypted = false;
    int m_openConnections = 0;
    std::atomic<int> m_inFlight { 0 };
    std::atomic<int> m_maxInFlight { 0 };
};

} // namespace wpc::sim
