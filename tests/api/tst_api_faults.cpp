// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ProviderResourcesApi.h"
#include "tests/api/ApiTestHelpers.h"
#include "tests/support/TestServer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

using namespace wpc;

// Failures a real server or the network in front of it produce, injected into the in-process simulator:
// slow answers, dropped connections, broken JSON, a proxy's HTML 502; and which of them are retried.
class TestApiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatorDelayTimesOut();
    void simulatorDropIsANetworkError();
    void simulatorMalformedJsonIsAProtocolError();
    void simulatorHtml502IsAServerError();
    void viewOfAScalarIsAProtocolError();
    void simulatorGetIsRetriedAfterTransientFault();
    void simulatorPostIsNeverRetried();
};

namespace {
ApiClient::Options fastOptions(int retries = 0, int timeoutMs = 10000)
{
    ApiClient::Options options;
    options.maxGetRetries = retries;
    options.retryBaseDelayMs = 5;
    options.transferTimeoutMs = timeoutMs;
    return options;
}

int countRequests(const sim::Simulator *simulator, const QByteArray &method, const QString &path)
{
    int count = 0;
    for (const sim::RecordedRequest &request : simulator->requests()) {
        count += request.method == method && request.path == path ? 1 : 0;
    }
    return count;
}

QString firstResourcePath(const wpc::test::TestServer &server)
{
    return QStringLiteral("/api/marketplace-provider-resources/%1/").arg(server.simulator()->resourceUuids().first());
}
} // namespace

void TestApiFaults::simulatorDelayTimesOut()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Delay;
    fault.pathPattern = QStringLiteral("^/api/users/me/$");
    fault.delayMs = 3000;
    server.simulator()->injectFault(fault);
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), server.staffToken(), fastOptions(0, 300));
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/users/me/")), this);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
}

void TestApiFaults::simulatorDropIsANetworkError()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Drop;
    fault.pathPattern = QStringLiteral("^/api/users/me/$");
    fault.count = 10; // Qt itself sends a dropped GET again before giving up
    server.simulator()->injectFault(fault);
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), server.staffToken(), fastOptions(0));
    const auto outcome = test::sendTracked(client, test::getRequest(QStringLiteral("api/users/me/")), this);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QVERIFY(!outcome->error.message.isEmpty());
}

// A view answered with valid JSON that is neither an object nor a list: said as such, not shown as empty.
void TestApiFaults::viewOfAScalarIsAProtocolError()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    sim::Fault fault;
    fault.status = 200;
    fault.body = R"("fine")";
    fault.pathPattern = QStringLiteral("/team/$");
    server.simulator()->injectFault(fault);
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), server.staffToken(), fastOptions(0));
    ProviderResourcesApi api(&client);
    const QString uuid = server.simulator()->resourceUuids().first();
    const auto result = test::await<ViewReply>([&](QObject *c, auto cb) { api.view(Operation::Team, uuid, c, cb); });
    WPC_VERIFY_ERROR(result, ApiError::Kind::Protocol);
    QVERIFY(!result->error.message.isEmpty());
}

void TestApiFaults::simulatorMalformedJsonIsAProtocolError()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::MalformedJson;
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.count = 5;
    server.simulator()->injectFault(fault);
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), server.staffToken(), fastOptions(2));
    ProviderResourcesApi api(&client);
    const auto result = test::await<ResourcePage>(
        [&](QObject *context, auto callback) { api.list(ResourceQuery(), 1, 10, context, callback); });
    WPC_VERIFY_ERROR(result, ApiError::Kind::Protocol);
    QVERIFY(result->error.message.startsWith(QLatin1StringView("The server's reply could not be read: ")));
    QCOMPARE(countRequests(server.simulator(), "GET", QStringLiteral("/api/marketplace-provider-resources/")), 1);
}

void TestApiFaults::simulatorHtml502IsAServerError()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Html502;
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.count = 10;
    server.simulator()->injectFault(fault);
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), server.staffToken(), fastOptions(1));
    ProviderResourcesApi api(&client);
    const auto result = test::await<ResourcePage>(
        [&](QObject *context, auto callback) { api.list(ResourceQuery(), 1, 10, context, callback); });
    WPC_VERIFY_ERROR(result, ApiError::Kind::Server);
    QCOMPARE(result->error.httpStatus, 502);
    QVERIFY2(result->error.message.contains(QLatin1StringView("web page instead of data")),
        qPrintable(result->error.message));
    QVERIFY(!result->error.message.contains(QLatin1Char('<')));
    QCOMPARE(countRequests(server.simulator(), "GET", QStringLiteral("/api/marketplace-provider-resources/")), 2);
}

void TestApiFaults::simulatorGetIsRetriedAfterTransientFault()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const QString path = firstResourcePath(server);
    for (const auto kind : { sim::Fault::Kind::Drop, sim::Fault::Kind::Html502 }) {
        server.simulator()->clearRequests();
        sim::Fault fault;
        fault.kind = kind;
        fault.method = "GET";
        fault.pathPattern = QLatin1Char('^') + QRegularExpression::escape(path) + QLatin1Char('$');
        server.simulator()->injectFault(fault);
        QNetworkAccessManager network;
        ApiClient client(&network, server.url(), server.staffToken(), fastOptions(2));
        ProviderResourcesApi api(&client);
        const QString uuid = server.simulator()->resourceUuids().first();
        const auto result = test::await<Resource>(
            [&](QObject *context, auto callback) { api.retrieve(uuid, {}, context, callback); });
        WPC_VERIFY_OK(result);
        QCOMPARE(result->value.uuid, uuid);
        QCOMPARE(countRequests(server.simulator(), "GET", path), 2);
    }
}

void TestApiFaults::simulatorPostIsNeverRetried()
{
    wpc::test::TestServer server;
    WPC_REQUIRE_SIMULATOR(server);
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const QString uuid = server.simulator()->resourceUuids().first();
    const QString path = QStringLiteral("/api/marketplace-provider-resources/%1/set_paused/").arg(uuid);
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Drop;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral(".*/set_paused/$");
    fault.count = 5;
    server.simulator()->injectFault(fault);
    QNetworkAccessManager network;
    ApiClient client(&network, server.url(), server.staffToken(), fastOptions(3));
    ProviderResourcesApi api(&client);
    const auto result = test::await<ActionOutcome>([&](QObject *context, auto callback) {
        api.perform(ResourceAction::setPaused(uuid, true), context, callback);
    });
    WPC_VERIFY_ERROR(result, ApiError::Kind::Network);
    QCOMPARE(countRequests(server.simulator(), "POST", path), 1);
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
