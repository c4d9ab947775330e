// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/BulkRun.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/domain/Entities.h"
#include "models/sim/Simulator.h"
#include "tests/support/TestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace wpc;

namespace {
const QByteArray kFirst = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
const QByteArray kSecond = "0f9e8d7c6b5a49382716051f2e3d4c5b6a798877";
const QByteArray kPat = "w_4102444800_Zm9yLXRlc3RzLW9ubHk";
} // namespace

// What a client does when the server stops accepting its token mid-session, against the simulator: GETs wait
// for a new token and go out again with it, a change refused with 401 is reported as not applied (never sent
// again by the client), a change asked for while waiting is not sent at all, declining to sign in fails what
// waited, and a bulk run pauses and sends its refused rows once more after sign-in. Also how the token is
// presented: Token or Bearer, whitespace trimmed, and never over plain http to another host without consent.
class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void getWaitsAndGoesOutAgainAfterSignIn();
    void changeRefusedWith401IsNotAppliedAndNotResent();
    void changeAskedForWhileWaitingIsNotSent();
    void decliningFailsWhatWaitedAndRefusesUntilRenewed();
    void checkingPolicyFailsAtOnce();
    void bearerTokenNeedsTheBearerKind();
    void whitespaceAroundTheTokenIsTrimmed();
    void plainHttpToAnotherHostNeedsConsent();
    void pathPrefixIsKept();
    void bulkRunWaitsAndSendsRefusedRowsOnceMore();

private:
    std::unique_ptr<ApiClient> client(const QByteArray &token, ApiClient::Options options = {}) const;
    QList<int> statusesOf(const QByteArray &method, const QString &pathPart) const;

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<std::tuple<QByteArray, QString, int>> m_served;
};

void TestSignIn::init()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    if (!m_server->simulator()) {
        QSKIP("needs the in-process simulator to revoke tokens");
    }
    m_server->simulator()->grantToken(kFirst, sim::Simulator::Role::Staff);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_served.clear();
    connect(m_server->simulator(), &sim::Simulator::requestServed, this,
        [this](const QByteArray &method, const QString &path, int status) {
            m_served.append({ method, path, status });
        });
}

void TestSignIn::cleanup()
{
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<ApiClient> TestSignIn::client(const QByteArray &token, ApiClient::Options options) const
{
    auto made = std::make_unique<ApiClient>(m_network.get(), m_server->url(), token, options);
    made->setSignInPolicy(ApiClient::SignIn::Pausing);
    return made;
}

QList<int> TestSignIn::statusesOf(const QByteArray &method, const QString &pathPart) const
{
    QList<int> statuses;
    for (const auto &[m, path, status] : m_served) {
        if (m == method && path.contains(pathPart)) {
            statuses.append(status);
        }
    }
    return statuses;
}

void TestSignIn::getWaitsAndGoesOutAgainAfterSignIn()
{
    auto api = client(kFirst);
    ProviderResourcesApi resources(api.get());
    QSignalSpy required(api.get(), &ApiClient::signInRequired);
    QSignalSpy signedIn(api.get(), &ApiClient::signedIn);
    m_server->simulator()->revokeToken(kFirst);

    int answers = 0;
    Result<CurrentUser> last;
    for (int i = 0; i < 3; ++i) {
        resources.currentUser(this, [&](const Result<CurrentUser> &result) {
            ++answers;
            last = result;
        });
    }
    QVERIFY(required.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return statusesOf("GET", QStringLiteral("users/me")).size() == 3; }, 5000));
    QTest::qWait(100);
    QCOMPARE(answers, 0); // held, not failed
    QCOMPARE(required.size(), 1); // one prompt for three refusals
    QCOMPARE(api->signInState(), ApiClient::SignInState::Waiting);
    QCOMPARE(required.constFirst().constFirst().value<ApiError>().detail, QStringLiteral("Invalid token."));

    // A GET asked for while waiting waits too, without reaching the server.
    resources.currentUser(this, [&](const Result<CurrentUser> &result) {
        ++answers;
        last = result;
    });
    QTest::qWait(100);
    QCOMPARE(statusesOf("GET", QStringLiteral("users/me")).size(), 3);

    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    api->renewToken(kSecond, TokenKind::Token);
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return answers == 4; }, 5000));
    QVERIFY2(last.ok(), qPrintable(last.error.message));
    QCOMPARE(last.value.username, QStringLiteral("stella.admin"));
    QCOMPARE(statusesOf("GET", QStringLiteral("users/me")), (QList<int> { 401, 401, 401, 200, 200, 200, 200 }));
}

void TestSignIn::changeRefusedWith401IsNotAppliedAndNotResent()
{
    auto api = client(kFirst);
    ProviderResourcesApi resources(api.get());
    const QString uuid = m_server->simulator()->resourceUuids().constFirst();
    const bool pausedBefore = m_server->simulator()->resourceJson(uuid).value(QStringLiteral("paused")).toBool();
    m_server->simulator()->expireToken(kFirst);
    QSignalSpy required(api.get(), &ApiClient::signInRequired);

    std::optional<Result<ActionOutcome>> outcome;
    resources.perform(ResourceAction::setPaused(uuid, !pausedBefore), this,
        [&](const Result<ActionOutcome> &result) { outcome = result; });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    QCOMPARE(outcome->error.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(outcome->error.message.contains(QStringLiteral("Token has expired.")), qPrintable(outcome->error.message));
    QVERIFY2(
        outcome->error.message.contains(QStringLiteral("Nothing was changed")), qPrintable(outcome->error.message));
    QCOMPARE(required.size(), 1);
    QCOMPARE(m_server->simulator()->resourceJson(uuid).value(QStringLiteral("paused")).toBool(), pausedBefore);

    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    api->renewToken(kSecond, TokenKind::Token);
    QTest::qWait(200);
    QCOMPARE(statusesOf("POST", QStringLiteral("set_paused")), QList<int> { 401 }); // the client sent it once
}

void TestSignIn::changeAskedForWhileWaitingIsNotSent()
{
    auto api = client(kFirst);
    ProviderResourcesApi resources(api.get());
    m_server->simulator()->revokeToken(kFirst);
    QSignalSpy required(api.get(), &ApiClient::signInRequired);
    resources.currentUser(this, [](const Result<CurrentUser> &) {});
    QVERIFY(required.wait(5000));

    const QString uuid = m_server->simulator()->resourceUuids().constFirst();
    std::optional<Result<ActionOutcome>> outcome;
    resources.perform(
        ResourceAction::setPaused(uuid, true), this, [&](const Result<ActionOutcome> &result) { outcome = result; });
    QVERIFY(!outcome.has_value()); // never inside the call
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    QCOMPARE(outcome->error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!outcome->error.requestMayHaveArrived);
    QVERIFY(statusesOf("POST", QString()).isEmpty());
}

void TestSignIn::decliningFailsWhatWaitedAndRefusesUntilRenewed()
{
    auto api = client(kFirst);
    ProviderResourcesApi resources(api.get());
    m_server->simulator()->revokeToken(kFirst);
    QSignalSpy abandoned(api.get(), &ApiClient::signInAbandoned);
    std::optional<Result<CurrentUser>> first;
    resources.currentUser(this, [&](const Result<CurrentUser> &result) { first = result; });
    QVERIFY(QTest::qWaitFor([&] { return api->signInState() == ApiClient::SignInState::Waiting; }, 5000));

    api->abandonSignIn();
    QCOMPARE(abandoned.size(), 1);
    QVERIFY(first.has_value());
    QCOMPARE(first->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(first->error.detail, QStringLiteral("Invalid token."));

    // Signed out: nothing goes to the server, and nothing asks again.
    QSignalSpy required(api.get(), &ApiClient::signInRequired);
    std::optional<Result<CurrentUser>> second;
    resources.currentUser(this, [&](const Result<CurrentUser> &result) { second = result; });
    QVERIFY(QTest::qWaitFor([&] { return second.has_value(); }, 5000));
    QCOMPARE(second->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(statusesOf("GET", QStringLiteral("users/me")).size(), 1);
    QCOMPARE(required.size(), 0);

    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    api->renewToken(kSecond, TokenKind::Token);
    std::optional<Result<CurrentUser>> third;
    resources.currentUser(this, [&](const Result<CurrentUser> &result) { third = result; });
    QVERIFY(QTest::qWaitFor([&] { return third.has_value(); }, 5000));
    QVERIFY2(third->ok(), qPrintable(third->error.message));
}

void TestSignIn::checkingPolicyFailsAtOnce()
{
    ApiClient api(m_network.get(), m_server->url(), "not-a-token");
    ProviderResourcesApi resources(&api);
    std::optional<Result<CurrentUser>> result;
    resources.currentUser(this, [&](const Result<CurrentUser> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QCOMPARE(result->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(api.signInState(), ApiClient::SignInState::SignedIn);
}

void TestSignIn::bearerTokenNeedsTheBearerKind()
{
    m_server->simulator()->grantToken(kPat, sim::Simulator::Role::Staff, true);
    ApiClient::Options bearer;
    bearer.tokenKind = TokenKind::Bearer;
    for (const auto &[kind, expectOk, detail] :
        { std::tuple { TokenKind::Token, false, QStringLiteral("Invalid token.") },
            std::tuple { TokenKind::Bearer, true, QString() } }) {
        ApiClient::Options options;
        options.tokenKind = kind;
        ApiClient api(m_network.get(), m_server->url(), kPat, options);
        ProviderResourcesApi resources(&api);
        std::optional<Result<CurrentUser>> result;
        resources.currentUser(this, [&](const Result<CurrentUser> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QCOMPARE(result->ok(), expectOk);
        QCOMPARE(result->error.detail, detail);
    }
    // A Waldur API token sent as Bearer is no JWT.
    ApiClient api(m_network.get(), m_server->url(), kFirst, bearer);
    ProviderResourcesApi resources(&api);
    std::optional<Result<CurrentUser>> result;
    resources.currentUser(this, [&](const Result<CurrentUser> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QCOMPARE(result->error.detail, QStringLiteral("Invalid JWT token."));
}

void TestSignIn::whitespaceAroundTheTokenIsTrimmed()
{
    ApiClient api(m_network.get(), m_server->url(), "  \t" + kFirst + "\r\n ");
    ProviderResourcesApi resources(&api);
    std::optional<Result<CurrentUser>> result;
    resources.currentUser(this, [&](const Result<CurrentUser> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QVERIFY2(result->ok(), qPrintable(result->error.message));
}

void TestSignIn::plainHttpToAnotherHostNeedsConsent()
{
    // 192.0.2.1 (TEST-NET-1) is never this computer; nothing may even be tried without consent.
    ApiClient api(m_network.get(), QUrl(QStringLiteral("http://192.0.2.1/")), kFirst);
    QVERIFY(!api.isLoopback());
    ProviderResourcesApi resources(&api);
    std::optional<Result<CurrentUser>> result;
    QElapsedTimer clock;
    clock.start();
    resources.currentUser(this, [&](const Result<CurrentUser> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QCOMPARE(result->error.kind, ApiError::Kind::Tls);
    QVERIFY(!result->error.requestMayHaveArrived);
    QVERIFY2(result->error.message.contains(QStringLiteral("unencrypted")), qPrintable(result->error.message));
    QVERIFY(clock.elapsed() < 2000); // refused before any connection: an attempt would have waited for a timeout

    ApiClient local(m_network.get(), m_server->url(), kFirst); // loopback: fine without consent
    QVERIFY(local.isLoopback());
}

void TestSignIn::pathPrefixIsKept()
{
    // Waldur behind a reverse proxy under a path: every call goes below it, never to the host's root.
    QString why;
    const QUrl root = ApiClient::normaliseServerUrl(m_server->url().toString() + QStringLiteral("waldur/api/"), &why);
    QVERIFY2(root.isValid(), qPrintable(why));
    QCOMPARE(root.path(), QStringLiteral("/waldur/"));
    ApiClient api(m_network.get(), root, kFirst);
    ProviderResourcesApi resources(&api);
    std::optional<Result<CurrentUser>> result;
    resources.currentUser(this, [&](const Result<CurrentUser> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QCOMPARE(m_served.size(), 1);
    QCOMPARE(std::get<1>(m_served.constFirst()), QStringLiteral("/waldur/api/users/me/"));
    QCOMPARE(result->error.kind, ApiError::Kind::NotFound); // the simulator serves no prefix
}

void TestSignIn::bulkRunWaitsAndSendsRefusedRowsOnceMore()
{
    auto api = client(kFirst);
    ProviderResourcesApi resources(api.get());
    ResourceTableModel model(&resources);
    ActionRunner runner(&resources, &model);
    model.setQuery(ResourceQuery());
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 10000));
    QList<BulkItem> items;
    for (int row = 0; row < model.rowCount() && items.size() < 30; ++row) {
        const Resource *r = model.resourceAt(row);
        if (r->state == ResourceState::OK && !r->paused) {
            items.append({ r->uuid, r->name });
        }
    }
    QCOMPARE(items.size(), 30);
    m_served.clear();
    // Slow enough that the token goes while the run is under way.
    m_server->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("set_paused"), 60, 1000));
    BulkRun run(&runner, Operation::SetPaused, items,
        [](const QString &uuid) { return ResourceAction::setPaused(uuid, true); });
    QSignalSpy waiting(&run, &BulkRun::waitingForSignIn);
    run.start();
    QVERIFY(QTest::qWaitFor([&] { return run.counts().succeeded >= 8; }, 10000));
    m_server->simulator()->revokeToken(kFirst);
    QVERIFY(waiting.wait(5000));
    // The requests already on their way are answered (401 too) before counting.
    QVERIFY(QTest::qWaitFor([&] { return run.counts().inFlight == 0; }, 5000));
    const int sentBefore = statusesOf("POST", QStringLiteral("set_paused")).size();
    QTest::qWait(300);
    QVERIFY(run.isWaitingForSignIn());
    QVERIFY(!run.isFinished());
    QCOMPARE(statusesOf("POST", QStringLiteral("set_paused")).size(), sentBefore); // nothing more while waiting
    QVERIFY(statusesOf("POST", QStringLiteral("set_paused")).contains(401));

    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    api->renewToken(kSecond, TokenKind::Token);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 15000));
    QCOMPARE(run.counts().succeeded, 30);
    QCOMPARE(run.counts().failed, 0);
    // Each row changed exactly once: one 200 per resource, and at most one 401 before it.
    QHash<QString, QList<int>> perRow;
    for (const auto &[method, path, status] : std::as_const(m_served)) {
        if (method == "POST") {
            perRow[path.section(QLatin1Char('/'), 3, 3)].append(status);
        }
    }
    QCOMPARE(perRow.size(), 30);
    for (auto it = perRow.cbegin(); it != perRow.cend(); ++it) {
        QVERIFY2(it.value() == QList<int> { 200 } || it.value() == (QList<int> { 401, 200 }), qPrintable(it.key()));
        QVERIFY(m_server->simulator()->resourceJson(it.key()).value(QStringLiteral("paused")).toBool());
    }
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
