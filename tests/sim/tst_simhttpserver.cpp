// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's own HTTP/1.1 transport, spoken to byte by byte over a raw socket: persistent
// connections, chunked and 100-continue bodies, limits, and replies that come late, cut off or never.

#include "models/sim/SimHttpServer.h"

#include <QTcpSocket>
#include <QTest>

using namespace wpc::sim;

namespace {

// A reply as read off the wire.
struct Wire
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;
};

class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }

    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
    }

    // Waits for one whole reply (headers and Content-Length bytes of body, none after HEAD), or for the
    // connection to close.
    Wire read(int timeoutMs = 5000, bool headOnly = false)
    {
        Wire wire;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const QByteArray head = m_buffer.first(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:")) {
                            length = headOnly ? 0 : line.mid(15).trimmed().toLongLong();
                        }
                    }
                    if (m_buffer.size() >= end + 4 + length) {
                        wire.head = head;
                        wire.status = head.mid(9, 3).toInt();
                        wire.body = m_buffer.mid(end + 4, length);
                        m_buffer.remove(0, end + 4 + length);
                        return true;
                    }
                }
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        if (wire.status == 0) {
            wire.body = m_buffer; // whatever came before the end
            m_buffer.clear();
        }
        wire.closed = m_socket.state() == QAbstractSocket::UnconnectedState;
        return wire;
    }

    bool closes(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class tst_SimHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keepAliveServesRequestsInOrder();
    void bodiesByLengthChunkedAndContinue();
    void malformedAndOversizedRequests_data();
    void malformedAndOversizedRequests();
    void http10ClosesAfterTheReply();
    void lateTruncatedDroppedAndNeverAnswered();
    void countsRequestsInFlight();

private:
    std::unique_ptr<SimHttpServer> m_server;
    QList<HttpRequest> m_seen;
    QList<SimHttpExchange> m_held; // requests the handler did not answer
};

void tst_SimHttpServer::init()
{
    m_seen.clear();
    m_held.clear();
    m_server = std::make_unique<SimHttpServer>([this](const HttpRequest &request, const SimHttpExchange &exchange) {
        m_seen.append(request);
        if (request.path == u"/hold/") {
            m_held.append(exchange);
            return;
        }
        if (request.path == u"/drop/") {
            exchange.drop();
            return;
        }
        HttpReply reply = HttpReply::text(200, request.method + ' ' + request.target + '\n' + request.body);
        reply.addHeader("X-Seen", QByteArray::number(m_seen.size()));
        if (request.path == u"/cut/") {
            exchange.respondTruncated(reply, 4);
        } else {
            exchange.respond(reply);
        }
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_SimHttpServer::keepAliveServesRequestsInOrder()
{
    Client client(m_server->port());
    QVERIFY(client.connected());
    // Two requests in one write (pipelined) and a third later, all on one connection.
    client.write("GET /a/?x=1%202 HTTP/1.1\r\nHost: h\r\n\r\nGET /b/ HTTP/1.1\r\nHost: h\r\n\r\n");
    Wire first = client.read();
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray("GET /a/?x=1%202\n"));
    Wire second = client.read();
    QCOMPARE(second.body, QByteArray("GET /b/\n"));
    client.write("HEAD /c/ HTTP/1.1\r\nHost: h\r\n\r\n");
    Wire head = client.read(5000, true); // the headers say how long the body would be, none follows
    QVERIFY(head.head.contains("Content-Length: 9"));
    QVERIFY(!head.closed);
    client.write("GET /d/ HTTP/1.1\r\n\r\n"); // the next reply starts right after HEAD's headers
    QCOMPARE(client.read().body, QByteArray("GET /d/\n"));
    QCOMPARE(m_seen.size(), 4);
    QCOMPARE(m_seen.at(0).path, QStringLiteral("/a/"));
    QCOMPARE(m_seen.at(0).rawQuery, QByteArray("x=1%202"));
    QCOMPARE(m_seen.at(0).query.value(u"x"), QStringLiteral("1 2"));
    QCOMPARE(m_seen.at(0).header("host"), QByteArray("h"));
    QCOMPARE(m_server->openConnections(), 1);
}

void tst_SimHttpServer::bodiesByLengthChunkedAndContinue()
{
    Client client(m_server->port());
    QVERIFY(client.connected());
    client.write("POST /p/ HTTP/1.1\r\nContent-Length: 7\r\n\r\n{\"a\":1}");
    QCOMPARE(client.read().body, QByteArray("POST /p/\n{\"a\":1}"));

    client.write("POST /p/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"b\"\r\n");
    client.write("3;ext=1\r\n:2}\r\n0\r\n\r\n");
    QCOMPARE(client.read().body, QByteArray("POST /p/\n{\"b\":2}"));

    // curl sends Expect: 100-continue and waits for the interim reply before the body.
    client.write("POST /p/ HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
    Wire interim = client.read(2000);
    QCOMPARE(interim.status, 100);
    client.write("{}");
    QCOMPARE(client.read().body, QByteArray("POST /p/\n{}"));
    QCOMPARE(m_seen.size(), 3);
}

void tst_SimHttpServer::malformedAndOversizedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("bad header line") << QByteArray("GET / HTTP/1.1\r\nno colon\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << 400;
    QTest::newRow("bad chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 40000000\r\n\r\n") << 413;
    QTest::newRow("headers too large") << (QByteArray("GET / HTTP/1.1\r\nX-Big: ")
        + QByteArray(qsizetype(70) * 1024, 'a') + "\r\n\r\n")
                                       << 431;
}

void tst_SimHttpServer::malformedAndOversizedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Client client(m_server->port());
    QVERIFY(client.connected());
    client.write(request);
    const Wire wire = client.read();
    QCOMPARE(wire.status, status);
    QVERIFY(client.closes());
    QVERIFY(m_seen.isEmpty()); // nothing reached the handler
}

void tst_SimHttpServer::http10ClosesAfterTheReply()
{
    Client client(m_server->port());
    QVERIFY(client.connected());
    client.write("GET /old/ HTTP/1.0\r\n\r\n");
    const Wire wire = client.read();
    QCOMPARE(wire.status, 200);
    QVERIFY(wire.head.contains("Connection: close"));
    QVERIFY(client.closes());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void tst_SimHttpServer::lateTruncatedDroppedAndNeverAnswered()
{
    Client cut(m_server->port());
    QVERIFY(cut.connected());
    cut.write("GET /cut/ HTTP/1.1\r\n\r\n");
    Wire wire = cut.read();
    QCOMPARE(wire.status, 0); // the promised body never came whole
    QVERIFY(wire.body.contains("Content-Length: 10"));
    QVERIFY(wire.body.endsWith("\r\n\r\nGET "));
    QVERIFY(wire.closed);

    Client dropped(m_server->port());
    QVERIFY(dropped.connected());
    dropped.write("GET /drop/ HTTP/1.1\r\n\r\n");
    wire = dropped.read();
    QCOMPARE(wire.status, 0);
    QVERIFY(wire.body.isEmpty());
    QVERIFY(wire.closed);

    Client held(m_server->port());
    QVERIFY(held.connected());
    held.write("GET /hold/ HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(m_held.size(), 1);
    QVERIFY(m_held.constFirst().isPending());
    wire = held.read(300);
    QCOMPARE(wire.status, 0);
    QVERIFY(!wire.closed); // still waiting
    m_held.constFirst().respond(HttpReply::text(200, "late"));
    wire = held.read();
    QCOMPARE(wire.body, QByteArray("late"));
    QVERIFY(!m_held.constFirst().isPending());
    m_held.constFirst().respond(HttpReply::text(200, "twice")); // answered already: nothing is sent
    QCOMPARE(held.read(300).status, 0);
}

void tst_SimHttpServer::countsRequestsInFlight()
{
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<Client>(m_server->port()));
        QVERIFY(clients.back()->connected());
        clients.back()->write("GET /hold/ HTTP/1.1\r\n\r\n");
    }
    QTRY_COMPARE(m_server->requestsInFlight(), 3);
    QCOMPARE(m_server->maxRequestsInFlight(), 3);
    m_held.at(0).respond(HttpReply::text(200, "one"));
    QCOMPARE(clients.at(0)->read().body, QByteArray("one"));
    QCOMPARE(m_server->requestsInFlight(), 2);
    clients.at(1).reset(); // the client gives up: its request is no longer in flight
    QTRY_COMPARE(m_server->requestsInFlight(), 1);
    QCOMPARE(m_server->maxRequestsInFlight(), 3);
    m_server->resetMaxRequestsInFlight();
    QCOMPARE(m_server->maxRequestsInFlight(), 1);
}

QTEST_GUILESS_MAIN(tst_SimHttpServer)
#include "tst_simhttpserver.moc"
