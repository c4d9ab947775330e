// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator as test infrastructure: fault injection, request recording, determinism for a seed, and
// serving from another thread as the demo mode does.

#include "models/sim/Simulator.h"
#include "tests/sim/SimFixture.h"
#include "tests/sim/SimTestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

using namespace wpc;
using namespace wpc::test;

namespace {

const QString kList = QStringLiteral("/api/marketplace-provider-resources/");

} // namespace

class tst_SimulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faults();
    void dropAndDelay();
    void truncateAndStall();
    void latencyHoldsRepliesNotConnections();
    void recordsRequests();
    void determinism();
    void servesFromAnotherThread();

private:
    QString firstUuid() const
    {
        return m_sim->resourceUuids().constFirst();
    }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_staff;
    std::unique_ptr<SimTestClient> m_owner;
};

void tst_SimulatorFaults::initTestCase()
{
    sim::Simulator::Config config;
    config.seed = 1;
    config.resourceCount = 300;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_staff = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::staffToken());
    m_owner = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::ownerToken());
}

void tst_SimulatorFaults::faults()
{
    sim::Fault status;
    status.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    status.status = 503;
    status.body = R"({"detail":"Service temporarily unavailable."})";
    status.count = 2;
    m_sim->injectFault(status);
    QCOMPARE(m_staff->get(kList).status, 503);
    HttpResult r = m_staff->get(kList);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QStringLiteral("Service temporarily unavailable."));
    QCOMPARE(m_staff->get(kList).status, 200); // count used up

    sim::Fault post;
    post.method = "POST";
    post.pathPattern = QStringLiteral("/pull/$");
    post.status = 500;
    m_sim->injectFault(post);
    QCOMPARE(m_staff->get(kList).status, 200); // neither method nor path matches
    const QString uuid = firstUuid();
    QCOMPARE(m_staff->post(SimTestClient::resourcePath(uuid, QStringLiteral("pull"))).status, 500);

    sim::Fault malformed;
    malformed.kind = sim::Fault::Kind::MalformedJson;
    malformed.pathPattern = QStringLiteral("marketplace-provider-resources");
    m_sim->injectFault(malformed);
    r = m_staff->get(kList);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.body.isEmpty());
    QVERIFY(r.json().isUndefined());

    sim::Fault html;
    html.kind = sim::Fault::Kind::Html502;
    html.pathPattern = QStringLiteral(".*");
    m_sim->injectFault(html);
    r = m_staff->get(QStringLiteral("/api/users/me/"));
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("Bad Gateway"));

    m_sim->injectFault(status);
    m_sim->clearFaults();
    QCOMPARE(m_staff->get(kList).status, 200);
}

void tst_SimulatorFaults::dropAndDelay()
{
    // QNetworkAccessManager silently resends an idempotent request (once or twice, depending on whether the
    // connection was reused) when it closes without a reply, so a dropped GET needs three drops to surface.
    sim::Fault drop;
    drop.kind = sim::Fault::Kind::Drop;
    drop.pathPattern = QStringLiteral("^/api/users/me/$");
    drop.count = 3;
    m_sim->clearRequests();
    m_sim->injectFault(drop);
    HttpResult r = m_staff->get(QStringLiteral("/api/users/me/"));
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_sim->requests().size() >= 2);
    m_sim->clearFaults();
    // A POST is never resent: one drop is enough.
    drop.method = "POST";
    drop.pathPattern = QStringLiteral("/refresh_last_sync/$");
    drop.count = 1;
    m_sim->injectFault(drop);
    const QString uuid = firstUuid();
    r = m_staff->post(SimTestClient::resourcePath(uuid, QStringLiteral("refresh_last_sync")));
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_staff->post(SimTestClient::resourcePath(uuid, QStringLiteral("refresh_last_sync"))).status, 200);
    QCOMPARE(m_staff->get(QStringLiteral("/api/users/me/")).status, 200);

    sim::Fault delay;
    delay.kind = sim::Fault::Kind::Delay;
    delay.pathPattern = QStringLiteral("^/api/users/me/$");
    delay.delayMs = 400;
    m_sim->injectFault(delay);
    QElapsedTimer timer;
    timer.start();
    r = m_staff->get(QStringLiteral("/api/users/me/"));
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));

    delay.delayMs = 2000;
    m_sim->injectFault(delay);
    r = m_staff->send("GET", QStringLiteral("/api/users/me/"), {}, std::nullopt, 200);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
    r = m_staff->get(QStringLiteral("/api/users/me/"));
    QVERIFY2(r.status == 200, qPrintable(QString::number(r.error)));
}

void tst_SimulatorFaults::truncateAndStall()
{
    // A reply cut off mid-body is an error, never a short success; a GET's body was partly read, so it
    // is not resent.
    sim::Fault truncate;
    truncate.kind = sim::Fault::Kind::Truncate;
    truncate.pathPattern = QStringLiteral("^/api/users/me/$");
    m_sim->injectFault(truncate);
    HttpResult r = m_staff->get(QStringLiteral("/api/users/me/"));
    QVERIFY(r.finished);
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
    QVERIFY(r.json().isUndefined());
    QCOMPARE(m_staff->get(QStringLiteral("/api/users/me/")).status, 200);

    // A stalled POST was applied but never answered: the client times out, the server has the change.
    const QString uuid = firstUuid();
    const QString before = m_sim->resourceJson(uuid).value(QStringLiteral("last_sync")).toString();
    sim::Fault stall;
    stall.kind = sim::Fault::Kind::Stall;
    stall.method = "POST";
    stall.pathPattern = QStringLiteral("/refresh_last_sync/$");
    m_sim->injectFault(stall);
    m_sim->advanceClock(60);
    r = m_staff->send(
        "POST", SimTestClient::resourcePath(uuid, QStringLiteral("refresh_last_sync")), "{}", std::nullopt, 300);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
    QVERIFY(m_sim->resourceJson(uuid).value(QStringLiteral("last_sync")).toString() != before);
}

// With a latency every reply waits, but on its own connection: requests overlap as on a multi-worker
// Waldur, and the simulator counts how many it held at once.
void tst_SimulatorFaults::latencyHoldsRepliesNotConnections()
{
    sim::Simulator::Config config;
    config.seed = 3;
    config.resourceCount = 20;
    config.latencyMs = 250;
    sim::Simulator slow(config);
    QVERIFY(slow.listen());
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(slow.url().resolved(QUrl(QStringLiteral("api/users/me/"))));
        request.setRawHeader("Authorization", "Token " + sim::Simulator::staffToken());
        replies.append(nam.get(request));
    }
    QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }));
    QVERIFY2(timer.elapsed() >= 240, qPrintable(QString::number(timer.elapsed())));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(slow.maxRequestsInFlight(), 4);
    QCOMPARE(slow.requestsInFlight(), 0);
}

void tst_SimulatorFaults::recordsRequests()
{
    m_sim->clearRequests();
    const QString uuid = firstUuid();
    m_staff->get(kList + QStringLiteral("?state=OK&page_size=2"));
    m_owner->get(QStringLiteral("/api/users/me/"));
    m_staff->get(kList, QByteArray());
    m_staff->post(SimTestClient::resourcePath(uuid, QStringLiteral("set_backend_id")),
        QJsonObject { { QStringLiteral("backend_id"), QStringLiteral("recorded-1") } });
    const QList<sim::RecordedRequest> seen = m_sim->requests();
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.at(0).method, QByteArray("GET"));
    QCOMPARE(seen.at(0).path, kList);
    QCOMPARE(seen.at(0).query.queryItemValue(QStringLiteral("state")), QStringLiteral("OK"));
    QCOMPARE(seen.at(0).user, QStringLiteral("staff"));
    QCOMPARE(seen.at(1).user, QStringLiteral("owner"));
    QCOMPARE(seen.at(2).user, QString());
    QCOMPARE(seen.at(3).method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(seen.at(3).body).object().value(QStringLiteral("backend_id")).toString(),
        QStringLiteral("recorded-1"));
    for (const sim::RecordedRequest &request : seen) {
        QVERIFY(!request.body.contains(sim::Simulator::staffToken()));
        QVERIFY(!request.query.toString().contains(QString::fromLatin1(sim::Simulator::staffToken())));
    }
}

void tst_SimulatorFaults::determinism()
{
    sim::Simulator::Config config;
    config.seed = 1;
    config.resourceCount = 300;
    sim::Simulator twin(config);
    QVERIFY(twin.listen());
    config.seed = 2;
    sim::Simulator other(config);
    QVERIFY(other.listen());
    const auto firstPage = [](const sim::Simulator &s) {
        SimTestClient client(s.url(), sim::Simulator::staffToken());
        const HttpResult r = client.get(QStringLiteral("/api/marketplace-provider-resources/?page_size=25&o=name"));
        // URLs carry the port; everything else must be byte-identical.
        return QString::fromUtf8(r.body).replace(s.url().toString(QUrl::StripTrailingSlash), QStringLiteral("BASE"));
    };
    // A fresh simulator of its own, since the test simulator's data has been changed by earlier tests.
    config.seed = 1;
    sim::Simulator fresh(config);
    QVERIFY(fresh.listen());
    const QString a = firstPage(fresh);
    QVERIFY(a.size() > 10000);
    QCOMPARE(firstPage(twin), a);
    QVERIFY(firstPage(other) != a);
}

// The demo's set-up: built and started here, then moved to a worker thread with everything it owns.
void tst_SimulatorFaults::servesFromAnotherThread()
{
    sim::Simulator::Config config;
    config.seed = 9;
    config.resourceCount = 40;
    config.autoProcessOrdersAfterSecs = 1;
    auto *simulator = new sim::Simulator(config);
    QVERIFY(simulator->listen());
    const QUrl url = simulator->url();
    const QString uuid
        = findResources(*simulator, ofType(QStringLiteral("Marketplace.Slurm"), QStringLiteral("OK"))).constFirst();
    QThread worker;
    simulator->moveToThread(&worker);
    connect(&worker, &QThread::finished, simulator, &QObject::deleteLater);
    worker.start();

    SimTestClient client(url, sim::Simulator::staffToken());
    QCOMPARE(client.get(kList).header("X-Result-Count"), QByteArray("40"));
    QCOMPARE(client.post(SimTestClient::resourcePath(uuid, QStringLiteral("terminate"))).status, 200);
    // The order timer moved along with the simulator and still finishes the order.
    QTRY_COMPARE_WITH_TIMEOUT(
        client.get(SimTestClient::resourcePath(uuid)).object().value(QStringLiteral("state")).toString(),
        QStringLiteral("Terminated"), 5000);
    QVERIFY(simulator->requests().size() >= 3);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(tst_SimulatorFaults)
#include "tst_simulator_faults.moc"
