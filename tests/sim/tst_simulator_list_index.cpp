// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's resource list index over loopback: a list is served from the index of an earlier
// request with the same filters and ordering, so these tests change the world between two identical list
// requests (a rename, an unlink, orders finished by the clock) and check the second answer against the
// resources as the server renders them one by one. They also check that each user gets their own list.

#include "models/sim/Simulator.h"
#include "tests/sim/SimFixture.h"
#include "tests/sim/SimTestClient.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace wpc;
using namespace wpc::test;

namespace {

const QString kList = QStringLiteral("/api/marketplace-provider-resources/");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// What a list must contain, worked out from each resource's own rendering: those that `keep` accepts, in
// creation order, then stably sorted by `before`.
QStringList expected(const sim::Simulator &simulator,
    const std::function<bool(const QJsonObject &)> &keep,
    const std::function<bool(const QJsonObject &, const QJsonObject &)> &before = {})
{
    QList<QJsonObject> rows;
    for (const QString &uuid : simulator.resourceUuids()) {
        const QJsonObject r = simulator.resourceJson(uuid);
        if (keep(r)) {
            rows.append(r);
        }
    }
    if (before) {
        std::stable_sort(rows.begin(), rows.end(), before);
    }
    QStringList out;
    for (const QJsonObject &r : rows) {
        out.append(str(r, "uuid"));
    }
    return out;
}

bool byName(const QJsonObject &a, const QJsonObject &b)
{
    return str(a, "name").compare(str(b, "name"), Qt::CaseInsensitive) < 0;
}

bool all(const QJsonObject &)
{
    return true;
}

std::function<bool(const QJsonObject &)> inState(const QString &state)
{
    return [state](const QJsonObject &r) { return str(r, "state") == state; };
}

} // namespace

class tst_SimulatorListIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultViewPerUser();
    void renameReorders();
    void usersGetTheirOwnRows();
    void unlinkDropsRow();
    void clockFinishesOrders();
    void autoProcessedOrders();
    void invalidFiltersStillRejected();

private:
    // Every row of a list query (page_size=300 covers the whole world), checked against X-Result-Count.
    QStringList list(SimTestClient &client, const QString &query);
    QString fresh(const std::function<bool(const QJsonObject &)> &match);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_staff;
    std::unique_ptr<SimTestClient> m_owner;
    std::function<bool(const QJsonObject &)> m_ownerSees;
    QStringList m_used;
};

void tst_SimulatorListIndex::initTestCase()
{
    sim::Simulator::Config config;
    config.seed = 7;
    config.resourceCount = 250;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_staff = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::staffToken());
    m_owner = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::ownerToken());

    // The owner sees the resources of the offerings their organisation provides.
    QSet<QString> providers;
    const QJsonArray offerings = m_owner->get(QStringLiteral("/api/marketplace-provider-offerings/")).array();
    for (const QJsonValue o : offerings) {
        providers.insert(str(o.toObject(), "customer_uuid"));
    }
    QCOMPARE(providers.size(), 1);
    m_ownerSees = [providers](const QJsonObject &r) { return providers.contains(str(r, "provider_uuid")); };
    const int visible = int(expected(*m_sim, m_ownerSees).size());
    QVERIFY(visible > 0);
    QVERIFY(visible < 250);
}

QStringList tst_SimulatorListIndex::list(SimTestClient &client, const QString &query)
{
    const HttpResult r = client.get(kList + QStringLiteral("?page_size=300&") + query);
    if (r.status != 200) {
        qWarning("GET %s: status %d", qPrintable(query), r.status);
        return { QStringLiteral("<status %1>").arg(r.status) };
    }
    QStringList uuids = SimTestClient::uuidsOf(r.array());
    if (r.header("X-Result-Count").toLongLong() != uuids.size()) {
        qWarning("GET %s: X-Result-Count %s for %lld rows", qPrintable(query), r.header("X-Result-Count").constData(),
            qint64(uuids.size()));
        return { QStringLiteral("<count mismatch>") };
    }
    return uuids;
}

QString tst_SimulatorListIndex::fresh(const std::function<bool(const QJsonObject &)> &match)
{
    const QStringList found = findResources(*m_sim, match, m_used);
    if (found.isEmpty()) {
        return {};
    }
    m_used.append(found.constFirst());
    return found.constFirst();
}

void tst_SimulatorListIndex::defaultViewPerUser()
{
    // The console's first request, indexed when the simulator starts: every state but Terminated, newest first.
    const QString query
        = QStringLiteral("state=Creating&state=OK&state=Erred&state=Updating&state=Terminating&o=-created");
    const auto live = [](const QJsonObject &r) { return str(r, "state") != u"Terminated"; };
    const auto newest
        = [](const QJsonObject &a, const QJsonObject &b) { return str(a, "created") > str(b, "created"); };
    const QStringList staff = expected(*m_sim, live, newest);
    const QStringList owner = expected(
        *m_sim, [&](const QJsonObject &r) { return live(r) && m_ownerSees(r); }, newest);
    QVERIFY(owner.size() < staff.size());
    QCOMPARE(list(*m_owner, query), owner);
    QCOMPARE(list(*m_staff, query), staff);
    QCOMPARE(list(*m_owner, query), owner);
}

void tst_SimulatorListIndex::renameReorders()
{
    const QString byNameQuery = QStringLiteral("o=name");
    const QStringList before = list(*m_staff, byNameQuery);
    QCOMPARE(before, expected(*m_sim, all, byName));
    QCOMPARE(list(*m_staff, QStringLiteral("name=zz-renamed")), QStringList());
    const HttpResult page = m_staff->get(kList + QStringLiteral("?o=name&page=2&page_size=10&field=uuid&field=name"));
    QCOMPARE(SimTestClient::uuidsOf(page.array()), before.mid(10, 10));

    // The last resource by name becomes the first one.
    const QString &target = before.constLast();
    m_used.append(target);
    const HttpResult renamed = m_staff->patch(
        SimTestClient::resourcePath(target), { { QStringLiteral("name"), QStringLiteral("!zz-renamed") } });
    QCOMPARE(renamed.status, 200);

    const QStringList after = list(*m_staff, byNameQuery);
    QCOMPARE(after, expected(*m_sim, all, byName));
    QCOMPARE(after.constFirst(), target);
    QCOMPARE(after.mid(1), before.first(before.size() - 1));
    QCOMPARE(list(*m_staff, QStringLiteral("name=zz-renamed")), QStringList { target });
    const HttpResult firstPage = m_staff->get(kList + QStringLiteral("?o=name&page_size=10&field=uuid&field=name"));
    QCOMPARE(firstPage.array().size(), 10);
    const QJsonObject first = firstPage.array().at(0).toObject();
    QCOMPARE(str(first, "uuid"), target);
    QCOMPARE(str(first, "name"), QStringLiteral("!zz-renamed"));
    QCOMPARE(SimTestClient::uuidsOf(m_staff->get(kList + QStringLiteral("?o=name&page=2&page_size=10")).array()),
        after.mid(10, 10));
}

void tst_SimulatorListIndex::usersGetTheirOwnRows()
{
    const QString query = QStringLiteral("o=-name");
    const auto byNameDescending = [](const QJsonObject &a, const QJsonObject &b) { return byName(b, a); };
    const QStringList staff = expected(*m_sim, all, byNameDescending);
    const QStringList owner = expected(*m_sim, m_ownerSees, byNameDescending);
    QVERIFY(!owner.isEmpty());
    QVERIFY(owner.size() < staff.size());

    QCOMPARE(list(*m_staff, query), staff);
    QCOMPARE(list(*m_owner, query), owner);
    QCOMPARE(list(*m_staff, query), staff);
    const HttpResult head = m_owner->send("HEAD", kList + QStringLiteral("?") + query);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("X-Result-Count").toLongLong(), qint64(owner.size()));

    // A resource the owner cannot see, renamed by staff, shows up in staff's list only.
    const QString hidden = fresh([&](const QJsonObject &r) { return !m_ownerSees(r); });
    QVERIFY(!hidden.isEmpty());
    QCOMPARE(
        m_staff->patch(SimTestClient::resourcePath(hidden), { { QStringLiteral("name"), QStringLiteral("~~~ last") } })
            .status,
        200);
    const QStringList staffAfter = list(*m_staff, query);
    QCOMPARE(staffAfter, expected(*m_sim, all, byNameDescending));
    QCOMPARE(staffAfter.constFirst(), hidden);
    QCOMPARE(list(*m_owner, query), owner);
}

void tst_SimulatorListIndex::unlinkDropsRow()
{
    const QString query = QStringLiteral("o=created");
    const QString target = fresh(ofType(QStringLiteral("OpenStack.Volume"), QStringLiteral("OK")));
    QVERIFY(!target.isEmpty());
    const QStringList before = list(*m_staff, query);
    QVERIFY(before.contains(target));
    QCOMPARE(m_staff->post(SimTestClient::resourcePath(target, QStringLiteral("unlink"))).status, 204);
    const QStringList after = list(*m_staff, query);
    QVERIFY(!after.contains(target));
    QCOMPARE(after.size(), before.size() - 1);
    QCOMPARE(after, expected(*m_sim, all, [](const QJsonObject &a, const QJsonObject &b) {
        return str(a, "created") < str(b, "created");
    }));
}

void tst_SimulatorListIndex::clockFinishesOrders()
{
    const QString target = fresh(ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("OK")));
    QVERIFY(!target.isEmpty());
    QCOMPARE(m_staff->post(SimTestClient::resourcePath(target, QStringLiteral("terminate"))).status, 200);

    const QString terminated = QStringLiteral("state=Terminated&o=name");
    const QString terminating = QStringLiteral("state=Terminating&o=name");
    QVERIFY(!list(*m_staff, terminated).contains(target));
    QVERIFY(list(*m_staff, terminating).contains(target));

    // Finishing the order is not a request: only the clock hook can tell the index.
    m_sim->advanceClock(60);
    const QStringList after = list(*m_staff, terminated);
    QVERIFY(after.contains(target));
    QCOMPARE(after, expected(*m_sim, inState(QStringLiteral("Terminated")), byName));
    QVERIFY(!list(*m_staff, terminating).contains(target));
}

void tst_SimulatorListIndex::autoProcessedOrders()
{
    AutoProcessingWorld world;
    const QString target = world.terminateAnInstance();
    QVERIFY(!target.isEmpty());
    SimTestClient &client = *world.client;
    const QString query = QStringLiteral("state=Terminated");
    QVERIFY(!list(client, query).contains(target));
    QTRY_VERIFY_WITH_TIMEOUT(list(client, query).contains(target), 5000);
    QCOMPARE(list(client, query), expected(world.simulator, inState(QStringLiteral("Terminated"))));
}

void tst_SimulatorListIndex::invalidFiltersStillRejected()
{
    QVERIFY(!list(*m_staff, QStringLiteral("o=name")).isEmpty());
    const HttpResult r = m_staff->get(kList + QStringLiteral("?o=name&state=Bogus"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object(),
        QJsonObject({ { QStringLiteral("state"),
            QJsonArray { QStringLiteral("Select a valid choice. Bogus is not one of the available choices.") } } }));
    QCOMPARE(m_staff->get(kList + QStringLiteral("?o=nam")).status, 400);
}

QTEST_GUILESS_MAIN(tst_SimulatorListIndex)
#include "tst_simulator_list_index.moc"
