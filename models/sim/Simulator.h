// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace wpc::sim {

class SimState;
class SimHttpExchange;
struct HttpRequest;
struct HttpReply;

// A request as it reached the simulator, for tests to assert on. It records which built-in user made
// it, never the token itself.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QString user; // "staff", "owner", or empty when unauthenticated
};

// A failure to serve instead of the real reply, for tests only. It matches the method (empty = any) and
// a regular expression against the path, and applies to the next `count` matching requests.
struct Fault
{
    enum class Kind {
        Status, // reply with status/body/contentType
        Delay, // answer normally, but only after delayMs
        Drop, // close the connection without a reply (QNetworkAccessManager silently resends an idempotent
              // request once or twice on a closed connection: for GET use count >= 3)
        MalformedJson, // 200 with a truncated JSON body
        Html502, // 502 with an HTML page, as a reverse proxy would send
        Truncate, // the real reply with its full Content-Length, cut off halfway through the body
        Stall, // never answer; the connection stays open until the client gives up
    };
    Kind kind = Kind::Status;
    QByteArray method;
    QString pathPattern;
    int status = 500;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
    int count = 1;
    // Set on the reply of any kind that answers, replacing the server's own header of that name.
    QList<std::pair<QByteArray, QByteArray>> headers;

    // The next `count` requests matching method and pathPattern are answered normally, delayMs late.
    static Fault delay(const QByteArray &method, const QString &pathPattern, int delayMs, int count = 1)
    {
        Fault fault;
        fault.kind = Kind::Delay;
        fault.method = method;
        fault.pathPattern = pathPattern;
        fault.delayMs = delayMs;
        fault.count = count;
        return fault;
    }
};

// An in-process Waldur 8.0.5 server for /api/marketplace-provider-resources/ (and /api/users/me/,
// /api/projects/, /api/customers/, /api/marketplace-provider-offerings/) on loopback. Deterministic data
// for a seed; behaviour as in shared/reference/waldur-api-behaviour.md. It lives on the thread it is
// moved to after listen(); tests use it on their own thread.
class Simulator : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        quint32 seed = 1;
        int resourceCount = 1000;
        // Real seconds after which a pending order finishes on its own; 0 = only advanceClock() finishes it.
        int autoProcessOrdersAfterSecs = 0;
        // Every reply leaves this long after its request arrived, without holding up other connections, as
        // a real Waldur takes 50-300 ms a request.
        int latencyMs = 0;
        // requests() keeps at most this many, dropping the oldest; 0 keeps none. Tests read the log; a demo
        // or a waldur-sim left running for a week must not grow.
        int requestLogCapacity = 100000;
        // Customers beyond the data set's own, with no projects ("Customer 00001 …"): a site with thousands
        // of customers for the pickers. Added after everything else, so the rest of the world is unchanged.
        int extraCustomers = 0;
    };

    explicit Simulator(const Config &config, QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on address:port (0 = a free port). Returns false with errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The same over https, with a PEM certificate file and its unencrypted PEM private key.
    bool listen(const QHostAddress &address, quint16 port, const QString &certificateFile, const QString &keyFile);
    QString errorString() const;
    quint16 port() const;
    QUrl url() const; // "http://127.0.0.1:<port>/", or https:// when serving TLS

    static QByteArray staffToken();
    static QByteArray ownerToken();
    // More tokens, and their end, for sign-in tests. A bearer token is read from "Authorization: Bearer …"
    // only (a personal access token or an OIDC token); the others from "Authorization: Token …" only.
    enum class Role { Staff, Owner };
    void grantToken(const QByteArray &key, Role role, bool bearer = false);
    void revokeToken(const QByteArray &key);
    void expireToken(const QByteArray &key);

    void injectFault(const Fault &fault);
    void clearFaults();
    QList<RecordedRequest> requests() const;
    void clearRequests();

    // Requests received and not yet answered, and the most there were at once since the last reset.
    int requestsInFlight() const;
    int maxRequestsInFlight() const;
    void resetMaxRequestsInFlight();

    // Moves simulated time forward: pending orders finish (Terminating → Terminated, Creating/Updating → OK).
    void advanceClock(int seconds);
    // The simulated date as Waldur reads it (timezone.now().date(), in UTC): the day its date rules count from.
    QDate today() const;

    // Read access for test assertions: the resource as the server would render it in full.
    QJsonObject resourceJson(const QString &uuid) const;
    QStringList resourceUuids() const; // in creation order

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QString &path, int status);

private:
    void serve(const HttpRequest &request, const SimHttpExchange &exchange);
    void answer(const HttpRequest &request,
        const SimHttpExchange &exchange,
        const std::optional<Fault> &fault,
        const HttpReply &reply);

    std::unique_ptr<SimState> m_state;
};

} // namespace wpc::sim
