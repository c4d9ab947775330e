// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/actions/BulkRun.h"
#include "models/domain/Entities.h"
#include "models/sim/Simulator.h"
#include "tests/support/TestConnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace wpc;

// Bulk runs against the simulator: the bound on requests in flight as the server saw it, a report line per
// resource with the server's message, Retry failed, 429 with Retry-After slowing everyone down without
// sending anything twice, cancel halfway, unknown outcomes kept apart, and the preview's skip reasons.
class TestBulkRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewSkipsWhatTheRulesRefuse();
    void inFlightStaysWithinTheBound();
    void failuresAreReportedAndRetried();
    void rateLimitSlowsEveryoneDown();
    void cancelSendsNothingMore();
    void unknownIsNeitherFailedNorSucceeded();

private:
    QList<Resource> okRows(int count) const;
    QList<BulkItem> itemsOf(const QList<Resource> &rows) const;
    BulkRun *pauseRun(const QList<Resource> &rows);
    int posts() const;
    void delayPosts(int delayMs) const;
    void fail(const QString &uuid, int status, const QByteArray &body) const;

    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<ResourceTableModel> m_model;
    std::unique_ptr<ActionRunner> m_runner;
};

void TestBulkRun::init()
{
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    QVERIFY(m_connection->simulator());
    m_model = std::make_unique<ResourceTableModel>(m_connection->api());
    m_runner = std::make_unique<ActionRunner>(m_connection->api(), m_model.get());
    m_model->setQuery(ResourceQuery());
    QVERIFY(QTest::qWaitFor([this] { return !m_model->isLoading() && m_model->rowCount() > 0; }, 10000));
    m_connection->simulator()->clearRequests();
    m_connection->simulator()->resetMaxRequestsInFlight();
}

void TestBulkRun::cleanup()
{
    m_runner.reset();
    m_model.reset();
    m_connection.reset();
}

QList<Resource> TestBulkRun::okRows(int count) const
{
    QList<Resource> rows;
    for (int row = 0; row < m_model->rowCount() && rows.size() < count; ++row) {
        const Resource *r = m_model->resourceAt(row);
        if (r->state == ResourceState::OK && !r->paused) {
            rows.append(*r);
        }
    }
    return rows;
}

QList<BulkItem> TestBulkRun::itemsOf(const QList<Resource> &rows) const
{
    CurrentUser staff;
    staff.isStaff = true;
    return BulkPreview::of(Operation::SetPaused, rows, &staff).items;
}

BulkRun *TestBulkRun::pauseRun(const QList<Resource> &rows)
{
    return new BulkRun(
        m_runner.get(), Operation::SetPaused, itemsOf(rows),
        [](const QString &uuid) { return ResourceAction::setPaused(uuid, true); }, this);
}

int TestBulkRun::posts() const
{
    int n = 0;
    for (const sim::RecordedRequest &request : m_connection->simulator()->requests()) {
        n += request.method == "POST" ? 1 : 0;
    }
    return n;
}

void TestBulkRun::delayPosts(int delayMs) const
{
    m_connection->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("set_paused"), delayMs, 1000));
}

void TestBulkRun::fail(const QString &uuid, int status, const QByteArray &body) const
{
    sim::Fault fault;
    fault.method = "POST";
    fault.pathPattern = uuid;
    fault.status = status;
    fault.body = body;
    m_connection->simulator()->injectFault(fault);
}

void TestBulkRun::previewSkipsWhatTheRulesRefuse()
{
    const QList<Resource> rows = okRows(5);
    QCOMPARE(rows.size(), 5);
    CurrentUser owner; // not staff
    const BulkPreview paused = BulkPreview::of(Operation::SetPaused, rows, &owner);
    QCOMPARE(paused.acting, 0);
    QCOMPARE(paused.skipped, 5);
    QCOMPARE(paused.skipReasons.size(), 1);
    QCOMPARE(paused.skipReasons.at(0).first, QStringLiteral("Only staff can pause or unpause resources."));
    QCOMPARE(paused.skipReasons.at(0).second, 5);
    const BulkPreview ok = BulkPreview::of(Operation::SetAsOk, rows, &owner);
    QCOMPARE(ok.skipped, 5);
    QCOMPARE(ok.items.at(0).message, QStringLiteral("The resource is already OK."));
    const BulkPreview pull = BulkPreview::of(Operation::RefreshLastSync, rows, &owner);
    QCOMPARE(pull.acting, 5);
    QCOMPARE(pull.items.at(0).status, BulkStatus::Pending);
}

void TestBulkRun::inFlightStaysWithinTheBound()
{
    const QList<Resource> rows = okRows(24);
    QCOMPARE(rows.size(), 24);
    delayPosts(120); // long enough for requests to overlap
    BulkRun *run = pauseRun(rows);
    run->setConcurrency(3);
    QSignalSpy finished(run, &BulkRun::finished);
    run->start();
    QVERIFY(finished.wait(30000));
    const BulkRun::Counts counts = run->counts();
    QCOMPARE(counts.succeeded, 24);
    QCOMPARE(counts.failed + counts.unknown + counts.pending + counts.inFlight, 0);
    QVERIFY2(m_connection->simulator()->maxRequestsInFlight() <= 3,
        qPrintable(QString::number(m_connection->simulator()->maxRequestsInFlight())));
    QVERIFY(m_connection->simulator()->maxRequestsInFlight() >= 2); // they did overlap
    QVERIFY(run->maxInFlightSeen() <= 3);
    QCOMPARE(posts(), 24);
    for (const Resource &r : rows) {
        QVERIFY(m_model->resourceAt(m_model->rowOf(r.uuid))->paused); // re-read into the table
    }
    QVERIFY(run->reportCsv().startsWith("uuid,name,result,message\r\n"));
    QCOMPARE(run->reportCsv().count("\r\n"), 25);
}

void TestBulkRun::failuresAreReportedAndRetried()
{
    const QList<Resource> rows = okRows(8);
    QCOMPARE(rows.size(), 8);
    fail(rows.at(1).uuid, 409, R"({"detail":"Valid states for operation: OK, Erred."})");
    fail(rows.at(3).uuid, 403, R"({"detail":"You do not have permission to perform this action."})");
    fail(rows.at(5).uuid, 400, R"({"paused":["Must be a valid boolean."]})");
    fail(rows.at(6).uuid, 404, R"({"detail":"No Resource matches the given query."})");
    BulkRun *run = pauseRun(rows);
    QSignalSpy finished(run, &BulkRun::finished);
    run->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(run->counts().succeeded, 4);
    QCOMPARE(run->counts().failed, 4);
    QCOMPARE(run->items().at(1).status, BulkStatus::Failed);
    QVERIFY2(
        run->items().at(1).message.contains(QStringLiteral("Valid states")), qPrintable(run->items().at(1).message));
    QVERIFY(run->items().at(3).message.contains(QStringLiteral("permission")));
    QVERIFY2(run->items().at(5).message.contains(QStringLiteral("boolean")), qPrintable(run->items().at(5).message));
    QCOMPARE(run->items().at(6).status, BulkStatus::Gone);
    QCOMPARE(m_model->rowOf(rows.at(6).uuid), -1);
    QVERIFY(run->reportCsv().contains("Valid states for operation"));

    m_connection->simulator()->clearRequests();
    BulkRun *again = run->retryFailed(this);
    QCOMPARE(again->items().size(), 3); // not the gone one
    QSignalSpy againFinished(again, &BulkRun::finished);
    again->start();
    QVERIFY(againFinished.wait(30000));
    QCOMPARE(again->counts().succeeded, 3);
    QCOMPARE(posts(), 3); // only the failed ones were sent again
}

void TestBulkRun::rateLimitSlowsEveryoneDown()
{
    const QList<Resource> rows = okRows(6);
    QCOMPARE(rows.size(), 6);
    sim::Fault fault;
    fault.method = "POST";
    fault.pathPattern = rows.at(0).uuid;
    fault.status = 429;
    fault.body = R"({"detail":"Request was throttled. Expected available in 2 seconds."})";
    fault.headers = { { "Retry-After", "2" } };
    m_connection->simulator()->injectFault(fault);
    BulkRun *run = pauseRun(rows);
    run->setConcurrency(1); // the 429 answers before anything else is sent
    QSignalSpy slowed(run, &BulkRun::slowedDown);
    QSignalSpy finished(run, &BulkRun::finished);
    run->start();
    QVERIFY(slowed.wait(10000));
    QCOMPARE(slowed.at(0).at(0).toInt(), 2000);
    QCOMPARE(posts(), 1); // nothing more during the pause
    QVERIFY(finished.wait(30000));
    QCOMPARE(run->counts().failed, 1);
    QCOMPARE(run->counts().succeeded, 5);
    QCOMPARE(run->items().at(0).message,
        QStringLiteral("The server asked to slow down (HTTP 429); nothing was changed: Request was throttled. "
                       "Expected available in 2 seconds."));
    QCOMPARE(posts(), 6); // the refused one was not sent again on its own
}

void TestBulkRun::cancelSendsNothingMore()
{
    const QList<Resource> rows = okRows(20);
    QCOMPARE(rows.size(), 20);
    delayPosts(80);
    BulkRun *run = pauseRun(rows);
    run->setConcurrency(2);
    QSignalSpy finished(run, &BulkRun::finished);
    run->start();
    QVERIFY(QTest::qWaitFor([run] { return run->counts().succeeded >= 4; }, 10000));
    run->cancel();
    const int sent = posts() + run->counts().inFlight; // what the server has or is about to get
    QVERIFY(finished.wait(10000));
    const BulkRun::Counts counts = run->counts();
    QVERIFY(counts.cancelled > 0);
    QCOMPARE(counts.succeeded + counts.cancelled, 20);
    QVERIFY(posts() <= sent);
    QCOMPARE(posts(), counts.succeeded);
}

void TestBulkRun::unknownIsNeitherFailedNorSucceeded()
{
    const QList<Resource> rows = okRows(4);
    QCOMPARE(rows.size(), 4);
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Drop;
    fault.method = "POST";
    fault.pathPattern = rows.at(2).uuid;
    m_connection->simulator()->injectFault(fault);
    BulkRun *run = pauseRun(rows);
    QSignalSpy finished(run, &BulkRun::finished);
    run->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(run->counts().unknown, 1);
    QCOMPARE(run->counts().failed, 0);
    QCOMPARE(run->counts().succeeded, 3);
    QCOMPARE(run->items().at(2).status, BulkStatus::Unknown);
    int rereads = 0;
    for (const sim::RecordedRequest &request : m_connection->simulator()->requests()) {
        rereads += request.method == "GET" && request.path.contains(rows.at(2).uuid) ? 1 : 0;
    }
    QCOMPARE(rereads, 1);
    QCOMPARE(run->retryFailed(this)->items().size(), 0); // unknown may have been applied: not retried blindly
}

QTEST_GUILESS_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"
