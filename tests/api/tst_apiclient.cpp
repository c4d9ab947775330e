// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiClient.h"
#include "models/api/ReplyInterpreter.h"
#include "tests/api/ApiTestHelpers.h"
#include "tests/api/LocalHttpServer.h"
#include "wpc/Version.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace wpc;
using wpc::test::LocalHttpServer;
using wpc::test::Outcome;

// The client's transport rules over real loopback sockets: headers, same-origin redirects only, timeouts,
// retries for GETs only, context-bound handlers. Tiny local servers give exact control here; the
// simulator's fault injection is exercised in tst_api_faults.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestHeaders_data();
    void requestHeaders();
    void noTokenNoAuthorization();
    void sameOriginRedirectIsFollowed();
    void crossOriginRedirectKeepsTheToken_data();
    void crossOriginRedirectKeepsTheToken();
    void absoluteUrlElsewhereIsNotSent();
    void transferTimeout();
    void oversizedBodyIsNotRead();
    void transientStatusIsRetried();
    void retryAfterIsHonoured();
    void longRetryAfterIsNotWaitedFor();
    void serverErrorIsNotRetried();
    void postIsNeverRetried_data();
    void postIsNeverRetried();
    void droppedActionIsSentOnce_data();
    void droppedActionIsSentOnce();
    void contextDestroyedBeforeReply();
    void clientDestroyedWithCallsInFlight();
    void manyCallsInFlight();
    void unauthorizedEmitsAuthenticationFailed();
    void preconnectOpensAConnectionAndSendsNothing();
};

namespace {
const QByteArray kToken = "0123456789abcdef-secret";

ApiClient::Options fastOptions(int retries = 0, int timeoutMs = 10000)
{
    ApiClient::Options options;
    options.maxGetRetries = retries;
    options.retryBaseDelayMs = 5;
    options.transferTimeoutMs = timeoutMs;
    return options;
}

LocalHttpServer::Response okJson()
{
    return LocalHttpServer::json(200, "{}");
}

} // namespace

void TestApiClient::requestHeaders_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("accept");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("wireMethod");
    QTest::addColumn<QByteArray>("wireAccept");

    const int json = int(ApiRequest::Accept::Json);
    QTest::newRow("GET json") << int(ApiRequest::Method::Get) << json << QByteArray() << QByteArray("GET")
                              << QByteArray("application/json");
    QTest::newRow("GET text") << int(ApiRequest::Method::Get) << int(ApiRequest::Accept::Text) << QByteArray()
                              << QByteArray("GET") << QByteArray("text/plain, */*");
    QTest::newRow("POST body") << int(ApiRequest::Method::Post) << json << QByteArray(R"({"paused":true})")
                               << QByteArray("POST") << QByteArray("application/json");
    QTest::newRow("POST empty") << int(ApiRequest::Method::Post) << json << QByteArray() << QByteArray("POST")
                                << QByteArray("application/json");
    QTest::newRow("PUT") << int(ApiRequest::Method::Put) << json << QByteArray(R"({"name":"n"})") << QByteArray("PUT")
                         << QByteArray("application/json");
    QTest::newRow("PATCH") << int(ApiRequest::Method::Patch) << json << QByteArray(R"({"description":"d"})")
                           << QByteArray("PATCH") << QByteArray("application/json");
}

void TestApiClient::requestHeaders()
{
    QFETCH(int, method);
    QFETCH(int, accept);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, wireMethod);
    QFETCH(QByteArray, wireAccept);

    LocalHttpServer server([](const LocalHttpServer::Request &) { return okJson(); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions());
    ApiRequest request = test::getRequest(QStringLiteral("api/marketplace-provider-resources/"));
    request.method = ApiRequest::Method(method);
    request.accept = ApiRequest::Accept(accept);
    if (!body.isEmpty()) {
        request.body = QJsonDocument::fromJson(body);
    }
    const auto outcome = test::sendTracked(client, request, this);
    QTRY_VERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));

    QCOMPARE(server.requests().size(), 1);
    const LocalHttpServer::Request seen = server.requests().first();
    QCOMPARE(seen.method, wireMethod);
    QCOMPARE(seen.target, QByteArray("/api/marketplace-provider-resources/"));
    QCOMPARE(seen.headers.value("accept"), wireAccept);
    QCOMPARE(seen.headers.value("authorization"), "Token " + kToken);
    QCOMPARE(seen.headers.value("user-agent"), QByteArray("waldur-provider-console/") + kVersion + " Qt/" + qVersion());
    QCOMPARE(seen.body, body);
    if (wireMethod != "GET") {
        QCOMPARE(seen.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.headers.value("content-length"), QByteArray::number(body.size()));
    }
}

void TestApiClient::noTokenNoAuthorization()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) { return okJson(); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), QByteArray(), fastOptions());
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/users/me/")), this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!server.requests().first().headers.contains("authorization"));
}

void TestApiClient::sameOriginRedirectIsFollowed()
{
    LocalHttpServer server([](const LocalHttpServer::Request &request) {
        if (request.target.startsWith("/old/")) {
            LocalHttpServer::Response moved;
            moved.status = 301;
            moved.headers.emplaceBack("Location", "/api/new/");
            return moved;
        }
        return LocalHttpServer::json(200, R"({"where":"new"})");
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions());
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("old/")), this);
    QTRY_VERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));
    QCOMPARE(outcome->response.json.object().value(QLatin1StringView("where")).toString(), QStringLiteral("new"));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).target, QByteArray("/api/new/"));
    QCOMPARE(server.requests().at(1).headers.value("authorization"), "Token " + kToken);
}

void TestApiClient::crossOriginRedirectKeepsTheToken_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("GET 302") << int(ApiRequest::Method::Get) << 302;
    QTest::newRow("GET 301") << int(ApiRequest::Method::Get) << 301;
    QTest::newRow("POST 307") << int(ApiRequest::Method::Post) << 307;
    QTest::newRow("POST 302") << int(ApiRequest::Method::Post) << 302;
}

void TestApiClient::crossOriginRedirectKeepsTheToken()
{
    QFETCH(int, method);
    QFETCH(int, status);

    // The other origin: same host, another port. It records whatever reaches it.
    LocalHttpServer elsewhere([](const LocalHttpServer::Request &) { return okJson(); });
    QVERIFY(elsewhere.listen());
    const QByteArray target = elsewhere.url().toEncoded() + "steal/";
    LocalHttpServer origin([target, status](const LocalHttpServer::Request &) {
        LocalHttpServer::Response redirect;
        redirect.status = status;
        redirect.headers.emplaceBack("Location", target);
        return redirect;
    });
    QVERIFY(origin.listen());

    // Control: a plain request with the same header does reach the other origin (and Qt 6.4's default
    // policy even forwards Authorization there), so the check below can fail.
    QNetworkAccessManager network;
    QNetworkRequest plain(origin.url());
    plain.setRawHeader("Authorization", "Token " + kToken);
    QNetworkReply *controlReply = network.get(plain);
    QTRY_COMPARE(elsewhere.requests().size(), 1);
    QTRY_VERIFY(controlReply->isFinished());
    delete controlReply;

    ApiClient client(&network, origin.url(), kToken, fastOptions(2));
    ApiRequest request = test::getRequest(QStringLiteral("api/marketplace-provider-resources/"));
    request.method = ApiRequest::Method(method);
    if (request.method == ApiRequest::Method::Post) {
        request.body = QJsonDocument(QJsonObject { { QStringLiteral("paused"), true } });
    }
    const auto outcome = test::sendTracked(client, request, this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Redirect);
    QVERIFY2(outcome->error.message.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
        qPrintable(outcome->error.message));
    QVERIFY2(
        outcome->error.message.contains(QLatin1StringView("token was not sent")), qPrintable(outcome->error.message));
    QCOMPARE(origin.requests().size(), 2); // control + ours; a refused redirect is not retried either
    QCOMPARE(elsewhere.requests().size(), 1); // only the control request
    QCOMPARE(client.inFlightCount(), 0);
}

void TestApiClient::absoluteUrlElsewhereIsNotSent()
{
    LocalHttpServer elsewhere([](const LocalHttpServer::Request &) { return okJson(); });
    QVERIFY(elsewhere.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:1/")), kToken, fastOptions());
    const auto outcome
        = test::sendTracked(client, test::getRequest(elsewhere.url().toString() + QLatin1StringView("x/")), this);
    QVERIFY(!outcome->called); // never inside send()
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Redirect);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestApiClient::transferTimeout()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) {
        LocalHttpServer::Response never;
        never.hold = true;
        return never;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(1, 300));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QVERIFY(elapsed.elapsed() >= 600);
    QCOMPARE(server.requests().size(), 2); // a timed-out GET is sent once more
}

void TestApiClient::oversizedBodyIsNotRead()
{
    // A "page" past the body limit: the client stops reading it and says why, instead of holding it all.
    const QByteArray huge = "[" + QByteArray(Limits::kMaxBodyBytes + 1024, ' ') + "]";
    LocalHttpServer server([&huge](const LocalHttpServer::Request &) { return LocalHttpServer::json(200, huge); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(2));
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 30000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Protocol);
    QVERIFY2(outcome->error.message.contains(QStringLiteral("larger than 64 MiB")), qPrintable(outcome->error.message));
    QCOMPARE(server.requests().size(), 1); // not a transient failure: not sent again
}

void TestApiClient::transientStatusIsRetried()
{
    int served = 0;
    LocalHttpServer server([&served](const LocalHttpServer::Request &) {
        return ++served <= 2 ? LocalHttpServer::json(503, R"({"detail":"busy"})") : LocalHttpServer::json(200, "[]");
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(2));
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(outcome->calls, 1);
}

void TestApiClient::retryAfterIsHonoured()
{
    int served = 0;
    LocalHttpServer server([&served](const LocalHttpServer::Request &) {
        if (++served == 1) {
            LocalHttpServer::Response busy = LocalHttpServer::json(503, "{}");
            busy.headers.emplaceBack("Retry-After", "1");
            return busy;
        }
        return LocalHttpServer::json(200, "[]");
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(1));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY(outcome->called);
    QVERIFY(!outcome->error.isError());
    QCOMPARE(server.requests().size(), 2);
    QVERIFY2(elapsed.elapsed() >= 950, qPrintable(QString::number(elapsed.elapsed()))); // not the 5 ms backoff
}

void TestApiClient::longRetryAfterIsNotWaitedFor()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) {
        LocalHttpServer::Response busy = LocalHttpServer::json(503, R"({"detail":"Maintenance until noon."})");
        busy.headers.emplaceBack("Retry-After", "3600");
        return busy;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(2));
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Server);
    QCOMPARE(outcome->error.httpStatus, 503);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::serverErrorIsNotRetried()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) { return LocalHttpServer::json(500, "{}"); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(2));
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Server);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::postIsNeverRetried_data()
{
    QTest::addColumn<bool>("hold");
    QTest::newRow("503") << false;
    QTest::newRow("timeout") << true;
}

void TestApiClient::postIsNeverRetried()
{
    QFETCH(bool, hold);
    LocalHttpServer server([hold](const LocalHttpServer::Request &) {
        LocalHttpServer::Response response = LocalHttpServer::json(503, "{}");
        response.hold = hold;
        return response;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(3, 300));
    ApiRequest request = test::getRequest(QStringLiteral("api/x/pull/"));
    request.method = ApiRequest::Method::Post;
    const auto outcome = test::sendTracked(client, request, this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, hold ? ApiError::Kind::Timeout : ApiError::Kind::Server);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::droppedActionIsSentOnce_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("POST with body") << int(ApiRequest::Method::Post) << QByteArray(R"({"paused":true})");
    QTest::newRow("POST without body") << int(ApiRequest::Method::Post) << QByteArray();
    QTest::newRow("PUT") << int(ApiRequest::Method::Put) << QByteArray(R"({"name":"n"})");
    QTest::newRow("PATCH") << int(ApiRequest::Method::Patch) << QByteArray(R"({"name":"n"})");
}

void TestApiClient::droppedActionIsSentOnce()
{
    // Qt 6.4 on its own sends a request again when the connection closes before the answer; for an
    // action that would run it twice on the server.
    QFETCH(int, method);
    QFETCH(QByteArray, body);
    LocalHttpServer server([](const LocalHttpServer::Request &) {
        LocalHttpServer::Response dropped;
        dropped.drop = true;
        return dropped;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(3));
    ApiRequest request = test::getRequest(QStringLiteral("api/x/set_paused/"));
    request.method = ApiRequest::Method(method);
    if (!body.isEmpty()) {
        request.body = QJsonDocument::fromJson(body);
    }
    const auto outcome = test::sendTracked(client, request, this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QCOMPARE(outcome->error.message, QStringLiteral("The connection to the server was closed before it answered."));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().body, body);

    // The same drop on a GET is retried, and a later answer wins.
    int served = 0;
    LocalHttpServer flaky([&served](const LocalHttpServer::Request &) {
        LocalHttpServer::Response response = okJson();
        response.drop = ++served == 1;
        return response;
    });
    QVERIFY(flaky.listen());
    ApiClient reader(&network, flaky.url(), kToken, fastOptions(1));
    const auto read = test::sendTracked(reader, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_VERIFY(read->called);
    QVERIFY2(!read->error.isError(), qPrintable(read->error.message));
    QCOMPARE(flaky.requests().size(), 2);
}

void TestApiClient::contextDestroyedBeforeReply()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) {
        LocalHttpServer::Response never;
        never.hold = true;
        return never;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions());
    QSignalSpy inFlight(&client, &ApiClient::inFlightCountChanged);
    auto context = std::make_unique<QObject>();
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/x/")), context.get());
    QCOMPARE(client.inFlightCount(), 1);
    QTRY_COMPARE(server.requests().size(), 1);
    QCOMPARE(server.openConnections(), 1);

    context.reset();
    QCOMPARE(client.inFlightCount(), 0);
    QTRY_COMPARE(server.openConnections(), 0); // the reply was aborted, not left hanging
    QTRY_VERIFY(network.findChildren<QNetworkReply *>().isEmpty()); // and deleted
    QVERIFY(!outcome->called);
    QCOMPARE(inFlight.size(), 2);
    QCOMPARE(inFlight.last().first().toInt(), 0);
}

void TestApiClient::clientDestroyedWithCallsInFlight()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) {
        LocalHttpServer::Response never;
        never.hold = true;
        return never;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    auto client = std::make_unique<ApiClient>(&network, server.url(), kToken, fastOptions());
    const auto outcome = test::sendTracked(*client, test::getRequest(QStringLiteral("api/x/")), this);
    QTRY_COMPARE(server.requests().size(), 1);
    client.reset();
    QTRY_COMPARE(server.openConnections(), 0);
    QTRY_VERIFY(network.findChildren<QNetworkReply *>().isEmpty());
    QVERIFY(!outcome->called);
}

void TestApiClient::manyCallsInFlight()
{
    LocalHttpServer server([](const LocalHttpServer::Request &request) {
        LocalHttpServer::Response response = LocalHttpServer::json(200, "{\"path\":\"" + request.target + "\"}");
        response.delayMs = 200;
        return response;
    });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions());
    QSignalSpy inFlight(&client, &ApiClient::inFlightCountChanged);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i) {
        outcomes.append(test::sendTracked(client, test::getRequest(QStringLiteral("api/n%1/").arg(i)), this));
    }
    QCOMPARE(client.inFlightCount(), 5);
    QTRY_COMPARE(client.inFlightCount(), 0);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(outcomes.at(i)->calls, 1);
        QCOMPARE(outcomes.at(i)->response.json.object().value(QLatin1StringView("path")).toString(),
            QStringLiteral("/api/n%1/").arg(i)); // each handler got its own reply
    }
    QCOMPARE(inFlight.size(), 10);
}

void TestApiClient::unauthorizedEmitsAuthenticationFailed()
{
    LocalHttpServer server(
        [](const LocalHttpServer::Request &) { return LocalHttpServer::json(401, R"({"detail":"Invalid token."})"); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions(2));
    QSignalSpy failed(&client, &ApiClient::authenticationFailed);
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/users/me/")), this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().detail, QStringLiteral("Invalid token."));
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::preconnectOpensAConnectionAndSendsNothing()
{
    LocalHttpServer server([](const LocalHttpServer::Request &) { return okJson(); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), kToken, fastOptions());
    client.preconnect();
    QTRY_COMPARE(server.openConnections(), 1);
    QCOMPARE(client.inFlightCount(), 0);
    // The connection carries the first request; nothing, no token above all, went over it before.
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/users/me/")), this);
    QTRY_VERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), test::describe(outcome->error));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().target, QByteArray("/api/users/me/"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
