// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/TargetCollector.h"
#include "models/sim/Simulator.h"
#include "tests/support/TestConnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace wpc;

// "All N matching the filter" for a bulk run: every matching resource, once, read page by page from the
// simulator with the sparse field set, one page at a time; a failed page ends it with a message that says
// which; cancel drops what is in flight.
class TestTargetCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void collectsEveryMatchingResourceOnce();
    void aFailedPageSaysWhich();
    void cancelDropsThePageInFlight();

private:
    static ResourceQuery live();
    static constexpr int kPage = 40; // the test server holds 300 resources: several pages
    QList<sim::RecordedRequest> listRequests() const;

    std::unique_ptr<test::TestConnection> m_connection;
};

void TestTargetCollector::init()
{
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    QVERIFY(m_connection->simulator());
    m_connection->simulator()->clearRequests();
}

void TestTargetCollector::cleanup()
{
    m_connection.reset();
}

// Every state but Terminated: more than one page of the test server's resources.
ResourceQuery TestTargetCollector::live()
{
    ResourceQuery query;
    query.states = { ResourceState::Creating, ResourceState::OK, ResourceState::Erred, ResourceState::Updating,
        ResourceState::Terminating };
    query.fields = { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("state") };
    return query;
}

QList<sim::RecordedRequest> TestTargetCollector::listRequests() const
{
    QList<sim::RecordedRequest> list;
    for (const sim::RecordedRequest &request : m_connection->simulator()->requests()) {
        if (request.path == QLatin1StringView("/api/marketplace-provider-resources/")) {
            list.append(request);
        }
    }
    return list;
}

void TestTargetCollector::collectsEveryMatchingResourceOnce()
{
    QSet<QString> expected;
    for (const QString &uuid : m_connection->simulator()->resourceUuids()) {
        if (m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("state")).toString()
            != QStringLiteral("Terminated")) {
            expected.insert(uuid);
        }
    }
    QVERIFY(expected.size() > qsizetype(2) * kPage); // several pages
    TargetCollector collector(m_connection->api(), live(), nullptr, kPage);
    QSignalSpy finished(&collector, &TargetCollector::finished);
    QSignalSpy progressed(&collector, &TargetCollector::progressed);
    m_connection->simulator()->resetMaxRequestsInFlight();
    collector.start();
    QVERIFY(finished.wait(20000));
    QSet<QString> collected;
    for (const Resource &row : collector.resources()) {
        QVERIFY(row.state != ResourceState::Terminated);
        QVERIFY(!row.name.isEmpty());
        collected.insert(row.uuid);
    }
    QCOMPARE(collected.size(), collector.resources().size()); // each once
    QCOMPARE(collected, expected);
    QCOMPARE(collector.total(), qint64(expected.size()));
    const int pages = int((expected.size() + kPage - 1) / kPage);
    QCOMPARE(progressed.size(), pages);
    const QList<sim::RecordedRequest> lists = listRequests();
    QCOMPARE(lists.size(), pages);
    for (const sim::RecordedRequest &request : lists) {
        QCOMPARE(request.query.allQueryItemValues(QStringLiteral("field")), live().fields); // sparse
        QCOMPARE(request.query.queryItemValue(QStringLiteral("page_size")), QString::number(kPage));
        QCOMPARE(request.query.allQueryItemValues(QStringLiteral("state")).size(), 5);
    }
    QCOMPARE(m_connection->simulator()->maxRequestsInFlight(), 1); // one page at a time
}

void TestTargetCollector::aFailedPageSaysWhich()
{
    TargetCollector collector(m_connection->api(), live(), nullptr, kPage);
    QSignalSpy failed(&collector, &TargetCollector::failed);
    QSignalSpy finished(&collector, &TargetCollector::finished);
    connect(&collector, &TargetCollector::progressed, this, [this](int collected) {
        if (collected == kPage) { // page 1 is in: page 2 meets a broken proxy
            sim::Fault fault;
            fault.kind = sim::Fault::Kind::Html502;
            fault.method = "GET";
            fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
            fault.count = 3; // the client retries a GET twice
            m_connection->simulator()->injectFault(fault);
        }
    });
    collector.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!collector.isRunning());
    const QString message = failed.first().first().value<ApiError>().message;
    QVERIFY2(message.startsWith(QStringLiteral("Page 2 of the matching resources could not be read: ")),
        qPrintable(message));
    QCOMPARE(collector.resources().size(), kPage);
}

void TestTargetCollector::cancelDropsThePageInFlight()
{
    m_connection->simulator()->injectFault(
        sim::Fault::delay("GET", QStringLiteral("^/api/marketplace-provider-resources/$"), 300));
    TargetCollector collector(m_connection->api(), live());
    QSignalSpy progressed(&collector, &TargetCollector::progressed);
    QSignalSpy finished(&collector, &TargetCollector::finished);
    collector.start();
    collector.cancel();
    QVERIFY(!collector.isRunning());
    QVERIFY(!progressed.wait(1000)); // the answer to page 1 came and was dropped
    QCOMPARE(finished.size(), 0);
    QVERIFY(collector.resources().isEmpty());
    QCOMPARE(listRequests().size(), 1);
}

QTEST_MAIN(TestTargetCollector)
#include "tst_targetcollector.moc"
