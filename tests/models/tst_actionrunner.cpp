// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/sim/Simulator.h"
#include "tests/support/TestConnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace wpc;

// The one path every change takes, against the simulator: the row is busy while its change is in flight,
// a success re-reads it, a 404 drops it, an answer that never came is "unknown" and re-read (never sent
// again), a refusal leaves the row alone, and unlink's success removes the row without a read.
class TestActionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void successRereadsTheRowAndClearsBusy();
    void toggleWritesTheFlagWithoutARead();
    void refusalIsFailedAndLeavesTheRow();
    void notFoundRemovesTheRow();
    void noAnswerIsUnknownAndReread();
    void unlinkRemovesTheRowWithoutARead();

private:
    // An OK, unpaused row of the first page.
    const Resource *someRow() const;
    int countRequests(const QByteArray &method, const QString &pathPart) const;
    bool isBusy(const QString &uuid) const
    {
        const int row = m_model->rowOf(uuid);
        return row >= 0
            && m_model->index(row, static_cast<int>(Column::State)).data(ResourceTableModel::BusyRole).toBool();
    }

    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<ResourceTableModel> m_model;
    std::unique_ptr<ActionRunner> m_runner;
};

void TestActionRunner::init()
{
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    QVERIFY(m_connection->simulator());
    m_model = std::make_unique<ResourceTableModel>(m_connection->api());
    m_runner = std::make_unique<ActionRunner>(m_connection->api(), m_model.get());
    m_model->setQuery(ResourceQuery());
    QVERIFY(QTest::qWaitFor([this] { return !m_model->isLoading() && m_model->rowCount() > 0; }, 10000));
    m_connection->simulator()->clearRequests();
}

void TestActionRunner::cleanup()
{
    m_runner.reset();
    m_model.reset();
    m_connection.reset();
}

const Resource *TestActionRunner::someRow() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Resource *r = m_model->resourceAt(row);
        if (r->state == ResourceState::OK && !r->paused) {
            return r;
        }
    }
    return nullptr;
}

int TestActionRunner::countRequests(const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const sim::RecordedRequest &request : m_connection->simulator()->requests()) {
        n += request.method == method && request.path.contains(pathPart) ? 1 : 0;
    }
    return n;
}

void TestActionRunner::successRereadsTheRowAndClearsBusy()
{
    const Resource *row = someRow();
    QVERIFY(row);
    const QString uuid = row->uuid;
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    QSignalSpy refreshed(m_runner.get(), &ActionRunner::rowRefreshed);
    std::optional<RunOutcome> told;
    const QDate endDate = m_connection->simulator()->today().addDays(30);
    m_runner->run(ResourceAction::setEndDateByProvider(uuid, endDate), this,
        [&told](RunOutcome outcome, const Result<ActionOutcome> &) { told = outcome; });
    QVERIFY(isBusy(uuid));
    QVERIFY(m_runner->isRunning(uuid));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(2).value<RunOutcome>(), RunOutcome::Succeeded);
    QCOMPARE(told, RunOutcome::Succeeded);
    QCOMPARE(m_model->resourceAt(m_model->rowOf(uuid))->endDate, endDate); // as the server has it now
    QVERIFY(!isBusy(uuid));
    QVERIFY(!m_runner->isRunning(uuid));
    QCOMPARE(countRequests("POST", uuid + QStringLiteral("/set_end_date_by_provider/")), 1);
    QCOMPARE(countRequests("GET", uuid), 1); // the re-read
}

// Waldur's answer to a toggle is the whole change (it sets that one field): the flag sent is written into
// the row, and no read follows.
void TestActionRunner::toggleWritesTheFlagWithoutARead()
{
    const Resource *row = someRow();
    QVERIFY(row);
    const QString uuid = row->uuid;
    const bool paused = row->paused;
    QSignalSpy refreshed(m_runner.get(), &ActionRunner::rowRefreshed);
    m_runner->run(ResourceAction::setPaused(uuid, !paused));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_model->resourceAt(m_model->rowOf(uuid))->paused, !paused);
    QCOMPARE(m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("paused")).toBool(), !paused);
    QVERIFY(!isBusy(uuid));
    QCOMPARE(countRequests("GET", uuid), 0);
}

void TestActionRunner::refusalIsFailedAndLeavesTheRow()
{
    const Resource *row = someRow();
    QVERIFY(row);
    const QString uuid = row->uuid;
    const Resource before = *row;
    sim::Fault fault;
    fault.method = "POST";
    fault.pathPattern = uuid;
    fault.status = 409;
    fault.body = R"({"detail":"Valid states for operation: OK, Erred."})";
    m_connection->simulator()->injectFault(fault);
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    m_runner->run(ResourceAction::setPaused(uuid, true));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(2).value<RunOutcome>(), RunOutcome::Failed);
    QCOMPARE(finished.at(0).at(3).value<ApiError>().httpStatus, 409);
    QCOMPARE(m_model->resourceAt(m_model->rowOf(uuid))->paused, before.paused);
    QVERIFY(!isBusy(uuid));
    QTest::qWait(100); // a re-read would be on its way by now
    QCOMPARE(countRequests("GET", uuid), 0);
}

void TestActionRunner::notFoundRemovesTheRow()
{
    const Resource *row = someRow();
    QVERIFY(row);
    const QString uuid = row->uuid;
    const int rows = m_model->rowCount();
    sim::Fault fault;
    fault.method = "POST";
    fault.pathPattern = uuid;
    fault.status = 404;
    fault.body = R"({"detail":"No Resource matches the given query."})";
    m_connection->simulator()->injectFault(fault);
    QSignalSpy gone(m_runner.get(), &ActionRunner::rowGone);
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    m_runner->run(ResourceAction::setPaused(uuid, true));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(2).value<RunOutcome>(), RunOutcome::Gone);
    QCOMPARE(gone.count(), 1);
    QCOMPARE(m_model->rowOf(uuid), -1);
    QCOMPARE(m_model->rowCount(), rows - 1);
}

void TestActionRunner::noAnswerIsUnknownAndReread()
{
    const Resource *row = someRow();
    QVERIFY(row);
    const QString uuid = row->uuid;
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Drop;
    fault.method = "POST";
    fault.pathPattern = uuid;
    m_connection->simulator()->injectFault(fault);
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    QSignalSpy refreshed(m_runner.get(), &ActionRunner::rowRefreshed);
    m_runner->run(ResourceAction::setPaused(uuid, true));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(2).value<RunOutcome>(), RunOutcome::Unknown);
    QCOMPARE(countRequests("POST", uuid), 1); // never sent again on its own
    QCOMPARE(countRequests("GET", uuid), 1); // the table shows what the server has
    QVERIFY(!isBusy(uuid));
}

void TestActionRunner::unlinkRemovesTheRowWithoutARead()
{
    const Resource *row = someRow();
    QVERIFY(row);
    const QString uuid = row->uuid;
    QSignalSpy gone(m_runner.get(), &ActionRunner::rowGone);
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    m_runner->run(ResourceAction::unlink(uuid));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(2).value<RunOutcome>(), RunOutcome::Succeeded);
    QCOMPARE(gone.count(), 1);
    QCOMPARE(m_model->rowOf(uuid), -1);
    QCOMPARE(countRequests("GET", uuid), 0);
}

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
