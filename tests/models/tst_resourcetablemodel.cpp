// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "tests/api/ApiTestHelpers.h"
#include "tests/support/TestConnection.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace wpc;

// The table model against the real simulator: paging on scroll, load all, server-side sort and sparse
// fields, stale replies, in-place row updates, and errors with retry.
class TestResourceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstPageUsesSparseFieldsAndDefaultFilter();
    void fetchMoreAppendsTheNextPage();
    void loadAllReachesTheTotal();
    void loadAllOfManyPagesKeepsServerOrder();
    void lastPageFirstStillCompletesTheLoad();
    void loadAllHoldsAtMostSixPagesAtOnce();
    void loadAllAtOnceAsksForPagesOfThreeHundred();
    void aBurstOfPagesIsInsertedInSlices();
    void sortSendsOrderingAndIgnoresUnsortableColumns();
    void staleRepliesOfAnOldQueryAreDropped();
    void updateResourceChangesOneRowInPlace();
    void removeResourceDropsTheRow();
    void errorThenRetryRecovers();
    void hidingAColumnKeepsRowsShowingOneRefetches();
    void countsNeverContradictTheRows_data();
    void countsNeverContradictTheRows();

private:
    QList<sim::RecordedRequest> listRequests() const;
    bool waitForIdle();

    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<ResourceTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestResourceTableModel::init()
{
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    m_model = std::make_unique<ResourceTableModel>(m_connection->api());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
    QVERIFY(!m_model->canFetchMore({})); // nothing is requested before a query is set
}

void TestResourceTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_connection.reset();
}

QList<sim::RecordedRequest> TestResourceTableModel::listRequests() const
{
    QList<sim::RecordedRequest> list;
    if (auto *simulator = m_connection->simulator()) {
        for (const auto &request : simulator->requests()) {
            if (request.path == QLatin1StringView("/api/marketplace-provider-resources/") && request.method == "GET") {
                list.append(request);
            }
        }
    }
    return list;
}

bool TestResourceTableModel::waitForIdle()
{
    return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 10000);
}

void TestResourceTableModel::firstPageUsesSparseFieldsAndDefaultFilter()
{
    QSignalSpy first(m_model.get(), &ResourceTableModel::firstPageLoaded);
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(first.wait(10000));
    QCOMPARE(m_model->rowCount(), ResourceTableModel::kScrollPageSize);
    QVERIFY(m_model->totalCount() > ResourceTableModel::kScrollPageSize);
    QVERIFY(m_model->totalCount() < test::TestServer::kResources); // Terminated is hidden by default
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->resourceAt(row)->state != ResourceState::Terminated);
        QVERIFY(!m_model->resourceAt(row)->uuid.isEmpty());
    }
    // Newest first, as the default ordering asks.
    QVERIFY(m_model->resourceAt(0)->created >= m_model->resourceAt(1)->created);
    QCOMPARE(m_model->sortColumn(), Column::Created);
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);

    WPC_REQUIRE_SIMULATOR(m_connection->server());
    const auto requests = listRequests();
    QCOMPARE(requests.size(), 1);
    const QUrlQuery &query = requests.first().query;
    QCOMPARE(query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("100"));
    QCOMPARE(query.queryItemValue(QStringLiteral("o")), QStringLiteral("-created"));
    QCOMPARE(query.allQueryItemValues(QStringLiteral("state")).size(), 5);
    QVERIFY(!query.allQueryItemValues(QStringLiteral("state")).contains(QStringLiteral("Terminated")));
    const QStringList fields = query.allQueryItemValues(QStringLiteral("field"));
    QVERIFY(fields.contains(QStringLiteral("offering_name")));
    QVERIFY(fields.contains(QStringLiteral("last_sync")));
    QVERIFY(!fields.contains(QStringLiteral("attributes")));
}

void TestResourceTableModel::fetchMoreAppendsTheNextPage()
{
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(waitForIdle());
    QVERIFY(m_model->canFetchMore({}));
    const QString firstUuid = m_model->resourceAt(0)->uuid;
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    QVERIFY(inserted.wait(10000));
    QCOMPARE(m_model->rowCount(), 2 * ResourceTableModel::kScrollPageSize);
    QCOMPARE(m_model->resourceAt(0)->uuid, firstUuid);
    QCOMPARE(inserted.first().at(1).toInt(), ResourceTableModel::kScrollPageSize);
}

void TestResourceTableModel::loadAllReachesTheTotal()
{
    ResourceQuery query = ResourceQuery::defaults();
    query.states.clear(); // every state: the whole data set
    m_model->setQuery(query);
    QVERIFY(waitForIdle());
    QSignalSpy finished(m_model.get(), &ResourceTableModel::loadAllFinished);
    QSignalSpy progress(m_model.get(), &ResourceTableModel::loadAllProgress);
    m_model->loadAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_model->rowCount(), static_cast<int>(m_model->totalCount()));
    if (m_connection->simulator()) { // a shared external server may have lost rows to other tests' unlinks
        QCOMPARE(m_model->totalCount(), qint64(test::TestServer::kResources));
    }
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!progress.isEmpty());
    QSet<QString> uuids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        uuids.insert(m_model->resourceAt(row)->uuid);
    }
    QCOMPARE(uuids.size(), m_model->rowCount());
}

namespace {
// A simulator of its own size, with a model on it that has shown its first page of every resource by name.
struct BulkWorld
{
    explicit BulkWorld(int resources, int latencyMs = 0)
        : simulator(configFor(resources, latencyMs))
    {
    }
    static sim::Simulator::Config configFor(int resources, int latencyMs)
    {
        sim::Simulator::Config config;
        config.resourceCount = resources;
        config.latencyMs = latencyMs;
        return config;
    }
    static ResourceQuery everyResourceByName()
    {
        ResourceQuery query = ResourceQuery::defaults();
        query.states.clear();
        query.ordering = QStringLiteral("name");
        return query;
    }
    // The simulator listening and a model on it that has asked for nothing yet.
    bool open()
    {
        if (!simulator.listen()) {
            return false;
        }
        client = std::make_unique<ApiClient>(&network, simulator.url(), sim::Simulator::staffToken());
        api = std::make_unique<ProviderResourcesApi>(client.get());
        model = std::make_unique<ResourceTableModel>(api.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester->setUseFetchMore(false);
        return true;
    }
    bool start()
    {
        if (!open()) {
            return false;
        }
        model->setQuery(everyResourceByName());
        return QTest::qWaitFor([this] { return !model->isLoading(); }, 10000);
    }
    // The list requests the simulator has seen, as (page, page_size).
    QList<QPair<int, int>> listPages() const
    {
        QList<QPair<int, int>> pages;
        for (const auto &request : simulator.requests()) {
            if (request.path == QLatin1StringView("/api/marketplace-provider-resources/") && request.method == "GET") {
                pages.append({ request.query.queryItemValue(QStringLiteral("page")).toInt(),
                    request.query.queryItemValue(QStringLiteral("page_size")).toInt() });
            }
        }
        return pages;
    }

    sim::Simulator simulator;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ProviderResourcesApi> api;
    std::unique_ptr<ResourceTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};
// Load all from the started `world`; `inserts` gets the (first, last) rows of each rowsInserted, in order. Fails
// the test unless the load completes with all `total` rows in the model when loadAllFinished comes.
void loadEverything(BulkWorld &world, int total, QList<QPair<int, int>> *inserts)
{
    ResourceTableModel &model = *world.model;
    int rowsWhenFinished = -1;
    QObject guard;
    QObject::connect(
        &model, &ResourceTableModel::loadAllFinished, &guard, [&] { rowsWhenFinished = model.rowCount(); });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&model, &ResourceTableModel::loadAllFinished);
    model.loadAll();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(rowsWhenFinished, total);
    for (const QList<QVariant> &batch : std::as_const(inserted)) {
        inserts->append({ batch.at(1).toInt(), batch.at(2).toInt() });
    }
}

} // namespace

void TestResourceTableModel::loadAllOfManyPagesKeepsServerOrder()
{
    // Nine bulk pages, three in flight, parsed on worker threads and handed to the view in timed batches:
    // the rows still come out in the server's order, without gaps, and all before loadAllFinished.
    BulkWorld world(2500);
    QVERIFY(world.start());
    ResourceTableModel &model = *world.model;
    QList<QPair<int, int>> inserts;
    loadEverything(world, 2500, &inserts);
    if (QTest::currentTestFailed()) {
        return;
    }
    int expectedFirst = ResourceTableModel::kScrollPageSize;
    for (const auto &[first, last] : std::as_const(inserts)) {
        QCOMPARE(first, expectedFirst);
        expectedFirst = last + 1;
    }
    QCOMPARE(expectedFirst, 2500);

    // The same rows, in the same order, as the server lists them one page of 300 at a time.
    QStringList serverOrder;
    for (int page = 1; serverOrder.size() < 2500; ++page) {
        const auto result = test::await<ResourcePage>([&](QObject *context, auto callback) {
            world.api->list(model.query(), page, ResourceTableModel::kBulkPageSize, context, callback);
        });
        QVERIFY(result && result->ok() && !result->value.resources.isEmpty());
        for (const Resource &resource : result->value.resources) {
            serverOrder.append(resource.uuid);
        }
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.resourceAt(row)->uuid, serverOrder.at(row));
    }
    // Rows of different pages, decoded on different threads, share one copy of a customer's name.
    const Resource *first = model.resourceAt(0);
    const Resource *later = nullptr;
    for (int row = model.rowCount() - 1; row > ResourceTableModel::kBulkPageSize && !later; --row) {
        if (model.resourceAt(row)->customerName == first->customerName) {
            later = model.resourceAt(row);
        }
    }
    QVERIFY(later);
    QCOMPARE(later->customerName.constData(), first->customerName.constData());
}

void TestResourceTableModel::lastPageFirstStillCompletesTheLoad()
{
    // Two bulk pages in flight; the first one is held back, so the last page arrives first and the first
    // one finishes the load. Its rows must be in the model when loadAllFinished says so.
    BulkWorld world(600);
    QVERIFY(world.start());
    sim::Fault slow;
    slow.kind = sim::Fault::Kind::Delay;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    slow.delayMs = 400;
    world.simulator.injectFault(slow);
    int rowsWhenFinished = -1;
    connect(world.model.get(), &ResourceTableModel::loadAllFinished, this,
        [&] { rowsWhenFinished = world.model->rowCount(); });
    QSignalSpy finished(world.model.get(), &ResourceTableModel::loadAllFinished);
    world.model->loadAll();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(rowsWhenFinished, 600);
}

void TestResourceTableModel::loadAllHoldsAtMostSixPagesAtOnce()
{
    // Ten pages of 300 against a server that takes 200 ms a request: Load all keeps six requests out at once,
    // no more (the network manager's connections per host, a browser's), and uses all six.
    BulkWorld world(3000, 200);
    QVERIFY(world.start());
    ResourceTableModel &model = *world.model;
    int clientMost = 0;
    connect(world.client.get(), &ApiClient::inFlightCountChanged, this,
        [&](int count) { clientMost = std::max(clientMost, count); });
    world.simulator.resetMaxRequestsInFlight();
    QSignalSpy finished(&model, &ResourceTableModel::loadAllFinished);
    model.loadAll();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(clientMost, 6);
    QCOMPARE(world.simulator.maxRequestsInFlight(), 6);
}

void TestResourceTableModel::loadAllAtOnceAsksForPagesOfThreeHundred()
{
    // Load all before the new query's first page of 100 is in: page 1 is asked for again as 300 rows and
    // every page after it is of 300 too; the 100 rows are dropped, and the first rows shown are the 300.
    BulkWorld world(1000, 50);
    QVERIFY(world.open());
    ResourceTableModel &model = *world.model;
    QSignalSpy first(&model, &ResourceTableModel::firstPageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&model, &ResourceTableModel::loadAllFinished);
    model.setQuery(BulkWorld::everyResourceByName());
    model.loadAll();
    QVERIFY(model.isLoadingAll());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(first.size(), 1);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), ResourceTableModel::kBulkPageSize - 1);
    QSet<QString> uuids;
    for (int row = 0; row < model.rowCount(); ++row) {
        uuids.insert(model.resourceAt(row)->uuid);
    }
    QCOMPARE(uuids.size(), 1000);
    QTRY_COMPARE(world.client->inFlightCount(), 0); // the dropped page of 100 has come back too
    QList<QPair<int, int>> pages = world.listPages(); // pages 2-4 went out together, in any order
    std::sort(pages.begin(), pages.end());
    const QList<QPair<int, int>> expected { { 1, 100 }, { 1, 300 }, { 2, 300 }, { 3, 300 }, { 4, 300 } };
    QCOMPARE(pages, expected);
}

void TestResourceTableModel::aBurstOfPagesIsInsertedInSlices()
{
    // Six pages of 300 come back together from a server that takes 200 ms a request: they reach the view
    // in inserts of at most 600 rows, each in its own turn of the event loop, and all before loadAllFinished.
    BulkWorld world(3000, 200);
    QVERIFY(world.start());
    QList<QPair<int, int>> inserts;
    loadEverything(world, 3000, &inserts);
    if (QTest::currentTestFailed()) {
        return;
    }
    int largest = 0;
    for (const auto &[first, last] : std::as_const(inserts)) {
        largest = std::max(largest, last - first + 1);
    }
    QCOMPARE(largest, ResourceTableModel::kAppendSliceRows);
}

void TestResourceTableModel::sortSendsOrderingAndIgnoresUnsortableColumns()
{
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(waitForIdle());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(static_cast<int>(Column::Name), Qt::AscendingOrder);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->query().ordering, QStringLiteral("name"));
    QVERIFY(waitForIdle());
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->resourceAt(row - 1)->name.compare(m_model->resourceAt(row)->name, Qt::CaseInsensitive) <= 0);
    }
    m_model->sort(static_cast<int>(Column::Offering), Qt::AscendingOrder); // Waldur has no o=offering_name
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->query().ordering, QStringLiteral("name"));
    m_model->sort(static_cast<int>(Column::State), Qt::DescendingOrder);
    QCOMPARE(m_model->query().ordering, QStringLiteral("-state"));
    QVERIFY(waitForIdle());

    WPC_REQUIRE_SIMULATOR(m_connection->server());
    QCOMPARE(listRequests().last().query.queryItemValue(QStringLiteral("o")), QStringLiteral("-state"));
}

void TestResourceTableModel::staleRepliesOfAnOldQueryAreDropped()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    sim::Fault slow;
    slow.kind = sim::Fault::Kind::Delay;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    slow.delayMs = 600;
    m_connection->simulator()->injectFault(slow);
    ResourceQuery erred = ResourceQuery::defaults();
    m_model->setQuery(erred); // slow reply, all active states
    erred.states = { ResourceState::Erred };
    m_model->setQuery(erred); // answered first
    QVERIFY(waitForIdle());
    QVERIFY(m_model->rowCount() > 0);
    // The slow reply has reached the client (nothing left in flight) and must not have changed the rows.
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->client()->inFlightCount(), 0, 5000);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->resourceAt(row)->state, ResourceState::Erred);
    }
}

void TestResourceTableModel::updateResourceChangesOneRowInPlace()
{
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(waitForIdle());
    Resource changed = *m_model->resourceAt(3);
    changed.name = QStringLiteral("renamed-in-place");
    changed.paused = !changed.paused;
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateResource(changed);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.first().at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(dataChanged.first().at(1).value<QModelIndex>().row(), 3);
    QCOMPARE(m_model->index(3, static_cast<int>(Column::Name)).data().toString(), QStringLiteral("renamed-in-place"));
    Resource unknown;
    unknown.uuid = QStringLiteral("00000000000000000000000000000000");
    m_model->updateResource(unknown);
    QCOMPARE(dataChanged.size(), 1);
}

void TestResourceTableModel::removeResourceDropsTheRow()
{
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(waitForIdle());
    const int rows = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    const QString gone = m_model->resourceAt(5)->uuid;
    const QString after = m_model->resourceAt(6)->uuid;
    m_model->removeResource(gone);
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->totalCount(), total - 1);
    QCOMPARE(m_model->rowOf(gone), -1);
    QCOMPARE(m_model->rowOf(after), 5);
}

void TestResourceTableModel::errorThenRetryRecovers()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Html502;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.count = 10; // more than the client's own GET retries
    m_connection->simulator()->injectFault(fault);
    QSignalSpy errors(m_model.get(), &ResourceTableModel::errorOccurred);
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(errors.wait(15000));
    const auto error = errors.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QVERIFY(!error.message.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({})); // no paging past an error until retry
    m_connection->simulator()->clearFaults();
    QSignalSpy cleared(m_model.get(), &ResourceTableModel::errorCleared);
    m_model->retry();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(waitForIdle());
    QCOMPARE(m_model->rowCount(), ResourceTableModel::kScrollPageSize);
    QVERIFY(!m_model->lastError().isError());
}

void TestResourceTableModel::hidingAColumnKeepsRowsShowingOneRefetches()
{
    m_model->setQuery(ResourceQuery::defaults());
    QVERIFY(waitForIdle());
    QList<Column> visible = ResourceColumns::all();
    visible.removeAll(Column::LastSync);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setVisibleColumns(visible);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!m_model->query().fields.contains(QStringLiteral("last_sync")));
    m_model->setVisibleColumns(ResourceColumns::all());
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_model->query().fields.contains(QStringLiteral("last_sync")));
    QVERIFY(waitForIdle());
    QCOMPARE(m_model->rowCount(), ResourceTableModel::kScrollPageSize);
}

void TestResourceTableModel::countsNeverContradictTheRows_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("loadAll");
    QTest::newRow("overflows qint64") << QByteArray("99999999999999999999") << false;
    QTest::newRow("overflows, load all") << QByteArray("99999999999999999999") << true;
    QTest::newRow("absurd, load all") << QByteArray("10000000000000") << true;
    QTest::newRow("believed but a lie, load all") << QByteArray("900000000") << true;
    QTest::newRow("more than there are") << QByteArray("7") << false;
    QTest::newRow("fewer than there are") << QByteArray("0") << false;
    QTest::newRow("negative") << QByteArray("-5") << false;
    QTest::newRow("not a number") << QByteArray("many") << true;
}

// A server whose X-Result-Count is absurd, overflows, or disagrees with the rows it sends: the total the
// model reports settles on the rows once the last page is in, and Load all neither sizes its buffers by
// the count nor stops short.
void TestResourceTableModel::countsNeverContradictTheRows()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, loadAll);
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    sim::Simulator *simulator = m_connection->simulator();
    const ResourceQuery query = ResourceQuery::defaults(); // a few pages
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Delay;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.count = 1000;
    fault.headers = { { "X-Result-Count", header } };
    simulator->injectFault(fault);

    QSignalSpy loaded(m_model.get(), &ResourceTableModel::firstPageLoaded);
    m_model->setQuery(query);
    QVERIFY(loaded.wait(10000));
    if (loadAll) {
        QSignalSpy finished(m_model.get(), &ResourceTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QVERIFY(finished.constFirst().constFirst().toBool()); // complete, not stopped short
    } else {
        while (m_model->canFetchMore({})) {
            m_model->fetchMore({});
            QVERIFY(waitForIdle());
        }
    }
    QVERIFY(waitForIdle());
    const int rows = m_model->rowCount();
    QVERIFY(rows > ResourceTableModel::kScrollPageSize);
    simulator->clearFaults();
    const auto truth
        = test::await<ResourcePage>([&](QObject *c, auto cb) { m_connection->api()->list(query, 1, 300, c, cb); });
    WPC_VERIFY_OK(truth);
    QCOMPARE(qint64(rows), truth->value.page.totalCount);
    QCOMPARE(m_model->totalCount(), qint64(rows));
}

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
