// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourcePoller.h"
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "tests/support/TestConnection.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace wpc;

// The poller against the real simulator: a resource terminated through the client is re-read until the
// simulator's clock finishes its order, then polling stops; requests in flight stay bounded; pausing stops
// new requests.
class TestResourcePoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void terminatingResourceSettlesAndPollingStops();
    void requestsInFlightAreBounded();
    void inactivePollerSendsNothing();
    void rowsOfAPageAreMarkedBusyTogether();
    void theLongestWaitingIsPolledFirst();

private:
    bool load(const ResourceQuery &query);
    QString terminateSomeResource();

    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<ResourceTableModel> m_model;
};

void TestResourcePoller::init()
{
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    m_model = std::make_unique<ResourceTableModel>(m_connection->api());
}

void TestResourcePoller::cleanup()
{
    m_model.reset();
    m_connection.reset();
}

bool TestResourcePoller::load(const ResourceQuery &query)
{
    m_model->setQuery(query);
    if (!QTest::qWaitFor([this] { return !m_model->isLoading(); }, 10000)) {
        return false;
    }
    m_model->loadAll();
    return QTest::qWaitFor([this] { return !m_model->isLoading() && !m_model->isLoadingAll(); }, 20000)
        && m_model->rowCount() > 0;
}

// Terminates the first OK resource that takes it and puts the reply's state into its row, as the
// actions controller does.
QString TestResourcePoller::terminateSomeResource()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Resource *resource = m_model->resourceAt(row);
        if (resource->state != ResourceState::OK) {
            continue;
        }
        QString uuid = resource->uuid;
        std::optional<bool> accepted;
        m_connection->api()->perform(ResourceAction::terminate(uuid), m_model.get(),
            [&accepted](const Result<ActionOutcome> &result) { accepted = result.ok(); });
        if (!QTest::qWaitFor([&accepted] { return accepted.has_value(); }, 10000) || !*accepted) {
            continue;
        }
        bool updated = false;
        m_connection->api()->retrieve(
            uuid, m_model->query().fields, m_model.get(), [this, &updated](const Result<Resource> &r) {
                if (r.ok()) {
                    m_model->updateResource(r.value);
                }
                updated = true;
            });
        if (QTest::qWaitFor([&updated] { return updated; }, 10000)) {
            return uuid;
        }
    }
    return {};
}

void TestResourcePoller::terminatingResourceSettlesAndPollingStops()
{
    ResourcePoller poller(m_connection->api(), m_model.get());
    poller.setBackoff(20, 200);
    QVERIFY(load(ResourceQuery::defaults()));
    const QString uuid = terminateSomeResource();
    QVERIFY2(!uuid.isEmpty(), "no OK resource could be terminated");
    QCOMPARE(m_model->resourceAt(m_model->rowOf(uuid))->state, ResourceState::Terminating);
    QVERIFY(poller.isPolling(uuid));

    // While the order is pending the resource is re-read and stays in the list of polled rows.
    QSignalSpy started(&poller, &ResourcePoller::requestStarted);
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(started.cbegin(), started.cend(),
                                 [&uuid](const QList<QVariant> &args) { return args.at(0).toString() == uuid; })
            >= 2,
        10000);
    QVERIFY(poller.isPolling(uuid));
    QCOMPARE(m_model->resourceAt(m_model->rowOf(uuid))->state, ResourceState::Terminating);

    if (!m_connection->simulator()) {
        QSKIP("the simulator's clock is needed to finish the order");
    }
    QSignalSpy settled(&poller, &ResourcePoller::resourceSettled);
    QSignalSpy polling(&poller, &ResourcePoller::pollingChanged);
    m_connection->simulator()->advanceClock(3600);
    QTRY_VERIFY_WITH_TIMEOUT(!poller.isPolling(uuid), 10000);
    QCOMPARE(m_model->resourceAt(m_model->rowOf(uuid))->state, ResourceState::Terminated);
    QVERIFY(std::any_of(settled.cbegin(), settled.cend(),
        [&uuid](const QList<QVariant> &args) { return args.at(0).toString() == uuid; }));
    QVERIFY(std::any_of(polling.cbegin(), polling.cend(), [&uuid](const QList<QVariant> &args) {
        return args.at(0).toStringList() == QStringList { uuid } && !args.at(1).toBool();
    }));
    // Every order finished, so everything the poller watched settles and it goes quiet.
    QTRY_COMPARE_WITH_TIMEOUT(poller.pollingCount(), 0, 10000);
    QCOMPARE(poller.inFlightCount(), 0);
}

void TestResourcePoller::requestsInFlightAreBounded()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    ResourceQuery query = ResourceQuery::defaults();
    query.states = { ResourceState::Creating, ResourceState::Updating, ResourceState::Terminating };
    QVERIFY(load(query));
    const int transitional = m_model->rowCount();
    QVERIFY2(transitional >= 4, "the data set needs a few resources in transition");

    // Slow replies keep requests open long enough to pile up if the bound did not hold.
    m_connection->simulator()->injectFault(
        sim::Fault::delay("GET", QStringLiteral("^/api/marketplace-provider-resources/[0-9a-f-]+/$"), 150, 100000));

    ResourcePoller poller(m_connection->api(), m_model.get());
    poller.setBackoff(5, 20);
    poller.setMaxInFlight(3);
    QCOMPARE(poller.pollingCount(), transitional);
    QSignalSpy started(&poller, &ResourcePoller::requestStarted);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() >= qsizetype(2) * transitional, 20000);
    int most = 0;
    for (const auto &args : std::as_const(started)) {
        most = std::max(most, args.at(1).toInt());
    }
    QCOMPARE(most, 3); // reached, never exceeded
    QVERIFY(poller.inFlightCount() <= 3);
}

void TestResourcePoller::inactivePollerSendsNothing()
{
    ResourceQuery query = ResourceQuery::defaults();
    query.states = { ResourceState::Creating, ResourceState::Updating, ResourceState::Terminating };
    QVERIFY(load(query));
    ResourcePoller poller(m_connection->api(), m_model.get());
    poller.setBackoff(20, 40);
    QVERIFY(poller.pollingCount() > 0);
    QSignalSpy started(&poller, &ResourcePoller::requestStarted);
    QVERIFY(started.wait(5000));
    poller.setActive(false);
    QTRY_COMPARE_WITH_TIMEOUT(poller.inFlightCount(), 0, 5000);
    started.clear();
    QVERIFY(!started.wait(300)); // several schedule periods pass without a request
    poller.setActive(true);
    QVERIFY(started.wait(5000)); // resumes at once
}

// A page that brings many rows in transition marks them busy with one signal and one dataChanged, not one
// per row: a bulk load of 100,000 rows brings thousands.
void TestResourcePoller::rowsOfAPageAreMarkedBusyTogether()
{
    ResourcePoller poller(m_connection->api(), m_model.get());
    connect(&poller, &ResourcePoller::pollingChanged, m_model.get(), &ResourceTableModel::setRowsBusy);
    poller.setActive(false); // nothing settles meanwhile
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy polling(&poller, &ResourcePoller::pollingChanged);
    ResourceQuery query = ResourceQuery::defaults();
    query.states = { ResourceState::Creating, ResourceState::Updating, ResourceState::Terminating };
    QVERIFY(load(query));
    QVERIFY2(m_model->rowCount() >= 4, "the data set needs a few resources in transition");
    QCOMPARE(poller.pollingCount(), m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, static_cast<int>(Column::State)).data(ResourceTableModel::BusyRole).toBool());
    }
    QCOMPARE(polling.size(), inserted.size());
    qsizetype busyChanges = 0;
    for (const auto &args : std::as_const(changed)) {
        busyChanges += args.at(2).value<QList<int>>() == QList<int> { ResourceTableModel::BusyRole } ? 1 : 0;
    }
    QCOMPARE(busyChanges, inserted.size());
}

// With one request at a time, every watched row is re-read once before any is re-read twice.
void TestResourcePoller::theLongestWaitingIsPolledFirst()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server()); // its rows stay in transition until its clock moves
    ResourceQuery query = ResourceQuery::defaults();
    query.states = { ResourceState::Creating, ResourceState::Updating, ResourceState::Terminating };
    QVERIFY(load(query));
    const int watched = m_model->rowCount();
    QVERIFY2(watched >= 4, "the data set needs a few resources in transition");
    ResourcePoller poller(m_connection->api(), m_model.get());
    poller.setBackoff(5, 5);
    poller.setMaxInFlight(1);
    QSignalSpy started(&poller, &ResourcePoller::requestStarted);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() >= qsizetype(2) * watched, 20000);
    for (int round = 0; round < 2; ++round) {
        QSet<QString> polled;
        for (int i = round * watched; i < (round + 1) * watched; ++i) {
            polled.insert(started.at(i).at(0).toString());
        }
        QCOMPARE(polled.size(), watched);
    }
}

QTEST_GUILESS_MAIN(TestResourcePoller)
#include "tst_resourcepoller.moc"
