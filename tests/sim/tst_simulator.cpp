// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's list endpoint and infrastructure over loopback: paging, filters, ordering, sparse
// fields, authentication, the neighbouring collections, fault injection and determinism.

#include "models/sim/Simulator.h"
#include "tests/sim/SimFixture.h"
#include "tests/sim/SimTestClient.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace wpc;
using namespace wpc::test;

namespace {

const QString kList = QStringLiteral("/api/marketplace-provider-resources/");

QStringList linkRels(const QByteArray &link)
{
    QStringList rels;
    static const QRegularExpression re(QStringLiteral("rel=\"(\\w+)\""));
    for (auto it = re.globalMatch(QString::fromLatin1(link)); it.hasNext();) {
        rels.append(it.next().captured(1));
    }
    return rels;
}

struct FilterCase
{
    const char *name;
    QString query;
    std::function<bool(const QJsonObject &)> expected;
};

} // namespace

class tst_Simulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paging_data();
    void paging();
    void linkHeaderFormat();
    void emptyResultAndHead();
    void filters_data();
    void filters();
    void invalidFilters_data();
    void invalidFilters();
    void ordering_data();
    void ordering();
    void sparseFields();
    void authentication();
    void ownerSeesOnlyOwnOfferings();
    void neighbouringCollections();
    void routingErrors();

private:
    QJsonArray all(const QString &query = QString());

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_staff;
    std::unique_ptr<SimTestClient> m_owner;
    QList<QJsonObject> m_truth; // every resource as the server renders it
    QList<FilterCase> m_filters;
};

void tst_Simulator::initTestCase()
{
    sim::Simulator::Config config;
    config.seed = 1;
    config.resourceCount = 300;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_staff = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::staffToken());
    m_owner = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::ownerToken());
    for (const QString &uuid : m_sim->resourceUuids()) {
        m_truth.append(m_sim->resourceJson(uuid));
    }
    QCOMPARE(m_truth.size(), 300);
}

QJsonArray tst_Simulator::all(const QString &query)
{
    const HttpResult r = m_staff->get(kList + QStringLiteral("?page_size=300") + query);
    return r.status == 200 ? r.array() : QJsonArray();
}

void tst_Simulator::paging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("rels");
    const QStringList fnl { QStringLiteral("first"), QStringLiteral("next"), QStringLiteral("last") };
    const QStringList fpnl { QStringLiteral("first"), QStringLiteral("prev"), QStringLiteral("next"),
        QStringLiteral("last") };
    const QStringList fl { QStringLiteral("first"), QStringLiteral("last") };
    const QStringList fpl { QStringLiteral("first"), QStringLiteral("prev"), QStringLiteral("last") };
    QTest::newRow("default size") << QString() << 200 << 10 << fnl;
    QTest::newRow("page 2") << QStringLiteral("?page=2") << 200 << 10 << fpnl;
    QTest::newRow("page_size 100") << QStringLiteral("?page_size=100") << 200 << 100 << fnl;
    QTest::newRow("clamped to 300") << QStringLiteral("?page_size=5000") << 200 << 300 << fl;
    QTest::newRow("non-integer size") << QStringLiteral("?page_size=abc") << 200 << 10 << fnl;
    QTest::newRow("zero size") << QStringLiteral("?page_size=0") << 200 << 10 << fnl;
    QTest::newRow("negative size") << QStringLiteral("?page_size=-3") << 200 << 10 << fnl;
    QTest::newRow("last page") << QStringLiteral("?page=last&page_size=100") << 200 << 100 << fpl;
    QTest::newRow("partial last page") << QStringLiteral("?page=4&page_size=80") << 200 << 60 << fpl;
    QTest::newRow("past the end") << QStringLiteral("?page=31") << 404 << 0 << QStringList();
    QTest::newRow("page zero") << QStringLiteral("?page=0") << 404 << 0 << QStringList();
    QTest::newRow("page not a number") << QStringLiteral("?page=two") << 404 << 0 << QStringList();
}

void tst_Simulator::paging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, rows);
    QFETCH(QStringList, rels);
    const HttpResult r = m_staff->get(kList + query);
    QCOMPARE(r.status, status);
    if (status == 404) {
        QCOMPARE(r.object(), QJsonObject({ { QStringLiteral("detail"), QStringLiteral("Invalid page.") } }));
        return;
    }
    QCOMPARE(r.array().size(), rows);
    QCOMPARE(r.header("X-Result-Count"), QByteArray("300"));
    QCOMPARE(linkRels(r.header("Link")), rels);
}

void tst_Simulator::linkHeaderFormat()
{
    const QString base = QStringLiteral("http://127.0.0.1:") + QString::number(m_sim->port()) + kList;
    HttpResult r = m_staff->get(kList + QStringLiteral("?state=OK&page_size=20&page=2&o=-created,name"));
    QCOMPARE(r.status, 200);
    const int count = r.header("X-Result-Count").toInt();
    QVERIFY(count > 60);
    const QString pages = QString::number((count + 19) / 20);
    // DRF's replace_query_param: keys sorted, values urlencoded (the comma becomes %2C), page 1 drops `page`.
    const QString o = QStringLiteral("o=-created%2Cname");
    const QString expected = u'<' + base + u'?' + o + QStringLiteral("&page_size=20&state=OK>; rel=\"first\", <") + base
        + u'?' + o + QStringLiteral("&page_size=20&state=OK>; rel=\"prev\", <") + base + u'?' + o
        + QStringLiteral("&page=3&page_size=20&state=OK>; rel=\"next\", <") + base + u'?' + o + QStringLiteral("&page=")
        + pages + QStringLiteral("&page_size=20&state=OK>; rel=\"last\"");
    QCOMPARE(QString::fromLatin1(r.header("Link")), expected);

    r = m_staff->get(kList);
    QCOMPARE(QString::fromLatin1(r.header("Link")),
        u'<' + base + QStringLiteral(">; rel=\"first\", <") + base + QStringLiteral("?page=2>; rel=\"next\", <") + base
            + QStringLiteral("?page=30>; rel=\"last\""));
}

void tst_Simulator::emptyResultAndHead()
{
    HttpResult r = m_staff->get(kList + QStringLiteral("?name=no-such-resource-anywhere"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("[]"));
    QCOMPARE(r.header("X-Result-Count"), QByteArray("0"));
    QCOMPARE(linkRels(r.header("Link")), QStringList({ QStringLiteral("first"), QStringLiteral("last") }));
    QCOMPARE(m_staff->get(kList + QStringLiteral("?name=no-such-resource-anywhere&page=2")).status, 404);

    r = m_staff->send("HEAD", kList + QStringLiteral("?state=Erred"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    const auto erred = std::count_if(m_truth.cbegin(), m_truth.cend(),
        [](const QJsonObject &o) { return o.value(QStringLiteral("state")).toString() == u"Erred"; });
    QVERIFY(erred > 0);
    QCOMPARE(r.header("X-Result-Count").toLongLong(), qint64(erred));
}

void tst_Simulator::filters_data()
{
    const auto str = [](const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toString(); };
    const QJsonObject first = m_truth.at(5);
    const QJsonObject instance = *std::find_if(m_truth.cbegin(), m_truth.cend(),
        [&](const QJsonObject &o) { return str(o, "offering_type") == u"OpenStack.Instance"; });
    const QJsonObject slurm = *std::find_if(m_truth.cbegin(), m_truth.cend(), [&](const QJsonObject &o) {
        return str(o, "offering_type") == u"Marketplace.Slurm" && !str(o, "backend_id").isEmpty();
    });
    const QJsonObject child = *std::find_if(m_truth.cbegin(), m_truth.cend(),
        [&](const QJsonObject &o) { return !str(o, "parent_offering_uuid").isEmpty(); });
    const auto runtime = [](const QJsonObject &o) {
        return o.value(QStringLiteral("backend_metadata")).toObject().value(QStringLiteral("runtime_state")).toString();
    };
    const QJsonObject running
        = *std::find_if(m_truth.cbegin(), m_truth.cend(), [&](const QJsonObject &o) { return !runtime(o).isEmpty(); });
    // The offering's components (of one billing type, or all): what the component filters count.
    const auto components = [](const QJsonObject &o, const char *billing) {
        int count = 0;
        for (const QJsonValue &c : o.value(QStringLiteral("offering_components")).toArray()) {
            count += !billing
                || c.toObject().value(QStringLiteral("billing_type")).toString() == QLatin1StringView(billing);
        }
        return count;
    };
    const QString created = m_truth.at(150).value(QStringLiteral("created")).toString();
    const QString createdEncoded = QString::fromLatin1(QUrl::toPercentEncoding(created));
    const auto eq = [str](const char *key, const QString &value) {
        return [str, key, value](const QJsonObject &o) { return str(o, key) == value; };
    };
    const auto flag = [](const char *key, bool value) {
        return [key, value](const QJsonObject &o) { return o.value(QLatin1StringView(key)).toBool() == value; };
    };
    m_filters = {
        { "state", QStringLiteral("state=OK"), eq("state", QStringLiteral("OK")) },
        { "state repeated", QStringLiteral("state=Erred&state=Creating"),
            [str](const QJsonObject &o) { return str(o, "state") == u"Erred" || str(o, "state") == u"Creating"; } },
        { "offering_uuid", QStringLiteral("offering_uuid=") + str(slurm, "offering_uuid"),
            eq("offering_uuid", str(slurm, "offering_uuid")) },
        { "offering_uuid list",
            QStringLiteral("offering_uuid=%1,%2").arg(str(slurm, "offering_uuid"), str(instance, "offering_uuid")),
            [=](const QJsonObject &o) {
                return str(o, "offering_uuid") == str(slurm, "offering_uuid")
                    || str(o, "offering_uuid") == str(instance, "offering_uuid");
            } },
        { "customer_uuid", QStringLiteral("customer_uuid=") + str(first, "customer_uuid"),
            eq("customer_uuid", str(first, "customer_uuid")) },
        { "project_uuid", QStringLiteral("project_uuid=") + str(first, "project_uuid"),
            eq("project_uuid", str(first, "project_uuid")) },
        { "project_name",
            QStringLiteral("project_name=") + QString::fromLatin1(QUrl::toPercentEncoding(str(first, "project_name"))),
            eq("project_name", str(first, "project_name")) },
        { "provider_uuid", QStringLiteral("provider_uuid=") + str(instance, "provider_uuid"),
            eq("provider_uuid", str(instance, "provider_uuid")) },
        { "category_uuid", QStringLiteral("category_uuid=") + str(instance, "category_uuid"),
            eq("category_uuid", str(instance, "category_uuid")) },
        { "plan_uuid", QStringLiteral("plan_uuid=") + str(slurm, "plan_uuid"),
            eq("plan_uuid", str(slurm, "plan_uuid")) },
        { "offering_type", QStringLiteral("offering_type=OpenStack.Instance"),
            eq("offering_type", QStringLiteral("OpenStack.Instance")) },
        { "name icontains", QStringLiteral("name=HPC"),
            [str](const QJsonObject &o) { return str(o, "name").contains(u"hpc", Qt::CaseInsensitive); } },
        { "name_exact",
            QStringLiteral("name_exact=") + QString::fromLatin1(QUrl::toPercentEncoding(str(slurm, "name"))),
            eq("name", str(slurm, "name")) },
        { "backend_id", QStringLiteral("backend_id=") + str(slurm, "backend_id"),
            eq("backend_id", str(slurm, "backend_id")) },
        { "query uuid", QStringLiteral("query=") + str(first, "uuid"), eq("uuid", str(first, "uuid")) },
        { "query name part", QStringLiteral("query=TENANT"),
            [str](const QJsonObject &o) {
                return str(o, "name").contains(u"tenant", Qt::CaseInsensitive)
                    || str(o, "slug").contains(u"tenant", Qt::CaseInsensitive);
            } },
        { "query backend id iexact", QStringLiteral("query=") + str(slurm, "backend_id").toUpper(),
            [=](const QJsonObject &o) {
                const QString q = str(slurm, "backend_id");
                return str(o, "backend_id").compare(q, Qt::CaseInsensitive) == 0
                    || str(o, "name").contains(q, Qt::CaseInsensitive)
                    || str(o, "slug").contains(q, Qt::CaseInsensitive);
            } },
        { "paused", QStringLiteral("paused=true"), flag("paused", true) },
        { "downscaled", QStringLiteral("downscaled=true"), flag("downscaled", true) },
        { "restrict_member_access", QStringLiteral("restrict_member_access=true"),
            flag("restrict_member_access", true) },
        { "not paused", QStringLiteral("paused=false"), flag("paused", false) },
        { "has_terminate_date", QStringLiteral("has_terminate_date=true"),
            [](const QJsonObject &o) { return !o.value(QStringLiteral("end_date")).isNull(); } },
        { "no terminate date", QStringLiteral("has_terminate_date=false"),
            [](const QJsonObject &o) { return o.value(QStringLiteral("end_date")).isNull(); } },
        { "created after", QStringLiteral("created=") + createdEncoded,
            [=](const QJsonObject &o) { return str(o, "created") >= created; } },
        { "modified after", QStringLiteral("modified=") + createdEncoded,
            [=](const QJsonObject &o) { return str(o, "modified") >= created; } },
        { "parent_offering_uuid", QStringLiteral("parent_offering_uuid=") + str(child, "parent_offering_uuid"),
            eq("parent_offering_uuid", str(child, "parent_offering_uuid")) },
        { "offering_slug", QStringLiteral("offering_slug=") + str(slurm, "offering_slug"),
            eq("offering_slug", str(slurm, "offering_slug")) },
        { "runtime_state", QStringLiteral("runtime_state=") + runtime(running),
            [=](const QJsonObject &o) { return runtime(o) == runtime(running); } },
        { "offering_shared", QStringLiteral("offering_shared=false"), flag("offering_shared", false) },
        { "offering_billable", QStringLiteral("offering_billable=false"), flag("offering_billable", false) },
        { "usage_based", QStringLiteral("usage_based=true"),
            [=](const QJsonObject &o) { return components(o, "usage") > 0; } },
        { "limit_based", QStringLiteral("limit_based=false"),
            [=](const QJsonObject &o) { return components(o, "limit") == 0; } },
        { "only_usage_based", QStringLiteral("only_usage_based=true"),
            [=](const QJsonObject &o) { return components(o, "usage") > 0 && components(o, "limit") == 0; } },
        { "only_limit_based", QStringLiteral("only_limit_based=true"),
            [=](const QJsonObject &o) { return components(o, "limit") > 0 && components(o, "usage") == 0; } },
        { "component_count", QStringLiteral("component_count=%1").arg(components(slurm, nullptr)),
            [=](const QJsonObject &o) { return components(o, nullptr) == components(slurm, nullptr); } },
        { "limit_component_count", QStringLiteral("limit_component_count=%1").arg(components(slurm, "limit")),
            [=](const QJsonObject &o) { return components(o, "limit") == components(slurm, "limit"); } },
        { "combined", QStringLiteral("state=OK&offering_type=OpenStack.Instance&name=web"),
            [str](const QJsonObject &o) {
                return str(o, "state") == u"OK" && str(o, "offering_type") == u"OpenStack.Instance"
                    && str(o, "name").contains(u"web", Qt::CaseInsensitive);
            } },
    };
    QTest::addColumn<int>("row");
    for (int i = 0; i < m_filters.size(); ++i) {
        QTest::newRow(m_filters.at(i).name) << i;
    }
}

void tst_Simulator::filters()
{
    QFETCH(int, row);
    const FilterCase &c = m_filters.at(row);
    QStringList expected;
    for (const QJsonObject &o : std::as_const(m_truth)) {
        if (c.expected(o)) {
            expected.append(o.value(QStringLiteral("uuid")).toString());
        }
    }
    QVERIFY2(!expected.isEmpty(), "the data set should have a match for every filter");
    QVERIFY2(expected.size() < m_truth.size() || c.query.startsWith(u"has_terminate_date=false"), "filter must narrow");
    const HttpResult r = m_staff->get(kList + QStringLiteral("?page_size=300&field=uuid&") + c.query);
    QCOMPARE(r.status, 200);
    QCOMPARE(SimTestClient::uuidsOf(r.array()), expected);
    QCOMPARE(r.header("X-Result-Count").toInt(), expected.size());
}

void tst_Simulator::invalidFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("body");
    QTest::newRow("state case")
        << QStringLiteral("state=ok")
        << QStringLiteral(R"({"state":["Select a valid choice. ok is not one of the available choices."]})");
    QTest::newRow("uuid") << QStringLiteral("customer_uuid=xyz")
                          << QStringLiteral(R"({"customer_uuid":["Enter a valid UUID."]})");
    QTest::newRow("date") << QStringLiteral("created=yesterday")
                          << QStringLiteral(R"({"created":["Enter a valid date/time."]})");
    QTest::newRow("unencoded plus") << QStringLiteral("created=2026-01-01T00:00:00+00:00")
                                    << QStringLiteral(R"({"created":["Enter a valid date/time."]})");
    QTest::newRow("ordering") << QStringLiteral(
        "o=size") << QStringLiteral(R"({"o":["Select a valid choice. size is not one of the available choices."]})");
}

void tst_Simulator::invalidFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, body);
    const HttpResult r = m_staff->get(kList + QLatin1Char('?') + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object(), QJsonDocument::fromJson(body.toUtf8()).object());
}

void tst_Simulator::ordering_data()
{
    QTest::addColumn<QString>("o");
    for (const char *o : { "created", "-created", "name", "-name", "project_name", "-project_name", "state", "-state",
             "end_date", "-end_date", "state,-name" }) {
        QTest::newRow(o) << QString::fromLatin1(o);
    }
    QTest::newRow("default") << QString();
}

void tst_Simulator::ordering()
{
    QFETCH(QString, o);
    const QJsonArray rows = all(o.isEmpty() ? QString() : QStringLiteral("&o=") + o);
    QCOMPARE(rows.size(), 300);
    static const QStringList stateOrder { QStringLiteral("Creating"), QStringLiteral("OK"), QStringLiteral("Erred"),
        QStringLiteral("Updating"), QStringLiteral("Terminating"), QStringLiteral("Terminated") };
    const auto compare = [](const QString &key, const QJsonObject &a, const QJsonObject &b) -> int {
        const QString x = a.value(key).toString();
        const QString y = b.value(key).toString();
        if (key == u"state") {
            return int(stateOrder.indexOf(x)) - int(stateOrder.indexOf(y));
        }
        if (key == u"end_date") { // NULL sorts as the largest value, as in PostgreSQL
            if (a.value(key).isNull() != b.value(key).isNull()) {
                return a.value(key).isNull() ? 1 : -1;
            }
            return x.compare(y);
        }
        if (key == u"created") {
            return x.compare(y);
        }
        return x.compare(y, Qt::CaseInsensitive);
    };
    const QStringList keys = o.isEmpty() ? QStringList { QStringLiteral("created") } : o.split(QLatin1Char(','));
    bool sawDifference = false;
    for (int i = 1; i < rows.size(); ++i) {
        const QJsonObject a = rows.at(i - 1).toObject();
        const QJsonObject b = rows.at(i).toObject();
        for (const QString &k : keys) {
            const bool desc = k.startsWith(u'-');
            const int c = compare(desc ? k.mid(1) : k, a, b) * (desc ? -1 : 1);
            QVERIFY2(c <= 0, qPrintable(QStringLiteral("rows %1/%2 out of order for %3").arg(i - 1).arg(i).arg(k)));
            if (c < 0) {
                sawDifference = true;
                break;
            }
        }
    }
    QVERIFY(sawDifference);
}

void tst_Simulator::sparseFields()
{
    const QString uuid = m_truth.first().value(QStringLiteral("uuid")).toString();
    HttpResult r = m_staff->get(kList + QStringLiteral("?field=uuid&field=state&field=nonsense&page_size=3"));
    QCOMPARE(r.array().size(), 3);
    QCOMPARE(r.array().at(0).toObject().keys(), QStringList({ QStringLiteral("state"), QStringLiteral("uuid") }));

    r = m_staff->get(kList + QStringLiteral("?field=nonsense&page_size=1"));
    QJsonObject row = r.array().at(0).toObject();
    QCOMPARE(row.size(), 77 - leftOutRelationKeys(row));
    QVERIFY(!row.contains(QStringLiteral("order_in_progress")) && !row.contains(QStringLiteral("creation_order")));

    r = m_staff->get(kList + QStringLiteral("?page_size=1"));
    row = r.array().at(0).toObject();
    QCOMPARE(row.size(), 79 - leftOutRelationKeys(row));

    r = m_staff->get(SimTestClient::resourcePath(uuid) + QStringLiteral("?field=name&field=creation_order"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().keys(), QStringList({ QStringLiteral("creation_order"), QStringLiteral("name") }));
    QCOMPARE(r.object().value(QStringLiteral("creation_order")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("Create"));
}

void tst_Simulator::authentication()
{
    HttpResult r = m_staff->get(kList, QByteArray());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Token"));
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(),
        QStringLiteral("Authentication credentials were not provided."));

    r = m_staff->get(kList, QByteArray("0123456789abcdef0123456789abcdef01234567"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QStringLiteral("Invalid token."));

    r = m_staff->get(QStringLiteral("/api/users/me/"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("is_staff")).toBool(), true);
    for (const char *key : { "uuid", "username", "full_name", "email", "is_support", "url" }) {
        QVERIFY2(r.object().contains(QLatin1StringView(key)), key);
    }
    r = m_owner->get(QStringLiteral("/api/users/me/"));
    QCOMPARE(r.object().value(QStringLiteral("is_staff")).toBool(), false);

    // Staff-only actions: 403 for the owner, even on a resource the owner can see.
    const QString visible = m_owner->get(kList + QStringLiteral("?page_size=1"))
                                .array()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("uuid"))
                                .toString();
    for (const char *action : { "unlink", "move_resource", "set_slug", "set_paused", "set_downscaled",
             "set_restrict_member_access", "set_end_date_by_staff" }) {
        r = m_owner->post(SimTestClient::resourcePath(visible, QLatin1StringView(action)), QJsonObject());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QStringLiteral("detail")).toString(),
            QStringLiteral("You do not have permission to perform this action."));
    }
    QCOMPARE(m_owner->post(SimTestClient::resourcePath(visible, QStringLiteral("refresh_last_sync"))).status, 200);
}

void tst_Simulator::ownerSeesOnlyOwnOfferings()
{
    const QJsonArray mine = m_owner->get(kList + QStringLiteral("?page_size=300")).array();
    QVERIFY(!mine.isEmpty());
    QVERIFY(mine.size() < m_truth.size());
    QSet<QString> providers;
    for (const QJsonValue v : mine) {
        providers.insert(v.toObject().value(QStringLiteral("provider_uuid")).toString());
    }
    QCOMPARE(providers.size(), 1);
    const QStringList visible = SimTestClient::uuidsOf(mine);
    const auto hidden = std::find_if(m_truth.cbegin(), m_truth.cend(),
        [&](const QJsonObject &o) { return !visible.contains(o.value(QStringLiteral("uuid")).toString()); });
    const QString other = hidden->value(QStringLiteral("uuid")).toString();
    QCOMPARE(m_owner->get(SimTestClient::resourcePath(other)).status, 404);
    QCOMPARE(m_owner->post(SimTestClient::resourcePath(other, QStringLiteral("pull"))).status, 404);
    QCOMPARE(m_staff->get(SimTestClient::resourcePath(other)).status, 200);

    const QJsonArray offerings = m_owner->get(QStringLiteral("/api/marketplace-provider-offerings/")).array();
    QCOMPARE(offerings.size(), 2);
    QCOMPARE(m_staff->get(QStringLiteral("/api/marketplace-provider-offerings/")).array().size(), 6);
}

void tst_Simulator::neighbouringCollections()
{
    HttpResult r = m_staff->get(QStringLiteral("/api/projects/?page_size=5"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 5);
    QCOMPARE(r.header("X-Result-Count"), QByteArray("150"));
    QVERIFY(r.header("Link").contains("rel=\"next\""));
    const QJsonObject project = r.array().at(0).toObject();
    for (const char *key : { "url", "uuid", "name", "customer_uuid", "customer_name", "end_date" }) {
        QVERIFY2(project.contains(QLatin1StringView(key)), key);
    }
    r = m_staff->get(
        QStringLiteral("/api/projects/") + project.value(QStringLiteral("uuid")).toString() + QLatin1Char('/'));
    QCOMPARE(r.object(), project);

    r = m_staff->get(QStringLiteral("/api/projects/?page_size=300&customer=")
        + project.value(QStringLiteral("customer_uuid")).toString());
    QVERIFY(!r.array().isEmpty());
    for (const QJsonValue p : r.array()) {
        QCOMPARE(p.toObject().value(QStringLiteral("customer_uuid")), project.value(QStringLiteral("customer_uuid")));
    }
    r = m_staff->get(QStringLiteral("/api/projects/?page_size=300&name=GENOME"));
    QVERIFY(!r.array().isEmpty());
    for (const QJsonValue p : r.array()) {
        QVERIFY(p.toObject().value(QStringLiteral("name")).toString().contains(u"genome", Qt::CaseInsensitive));
    }

    r = m_staff->get(QStringLiteral("/api/customers/?page_size=100"));
    QCOMPARE(r.header("X-Result-Count"), QByteArray("43"));
    r = m_staff->get(QStringLiteral("/api/customers/?name=hpc"));
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("abbreviation")).toString(), QStringLiteral("NHC"));

    r = m_staff->get(QStringLiteral("/api/marketplace-provider-offerings/?name=volume"));
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("OpenStack.Volume"));
}

void tst_Simulator::routingErrors()
{
    QCOMPARE(m_staff->get(SimTestClient::resourcePath(QStringLiteral("0123456789abcdef0123456789abcdef"))).object(),
        QJsonObject({ { QStringLiteral("detail"), QStringLiteral("Not found.") } }));
    QCOMPARE(m_staff->get(SimTestClient::resourcePath(QStringLiteral("not-a-uuid"))).status, 404);
    HttpResult r = m_staff->post(kList, QJsonObject());
    QCOMPARE(r.status, 405);
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QStringLiteral("Method \"POST\" not allowed."));
    QCOMPARE(
        m_staff->send("DELETE", SimTestClient::resourcePath(m_truth.first().value(QStringLiteral("uuid")).toString()))
            .status,
        405);
    r = m_staff->get(QStringLiteral("/api/no-such-thing/"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    r = m_staff->get(QStringLiteral("/api/marketplace-provider-resources?page=2"));
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("/api/marketplace-provider-resources/?page=2"));
    // A uuid with hyphens names the same resource.
    const QString hex = m_truth.first().value(QStringLiteral("uuid")).toString();
    const QString dashed
        = hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
    QCOMPARE(m_staff->get(SimTestClient::resourcePath(dashed)).object().value(QStringLiteral("uuid")).toString(), hex);
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_simulator.moc"
