// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceQuery.h"
#include "models/api/ApiClient.h"
#include "models/api/Endpoints.h"
#include "models/api/ResourceAction.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace wpc;

Q_DECLARE_METATYPE(wpc::ResourceAction)
Q_DECLARE_METATYPE(wpc::ApiRequest::Method)
Q_DECLARE_METATYPE(wpc::ResourceQuery)

// The request side: the endpoint table, every ResourceAction factory's exact body, the journal round trip,
// ResourceQuery's query string, and how the client turns a typed address and a query into a URL.
class TestDomainActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointTable();
    void actionBodies_data();
    void actionBodies();
    void invalidActions();
    void descriptionsComeFromTheTable();
    void fromJsonRejects();
    void urlQuery_data();
    void urlQuery();
    void defaults();
    void normaliseServerUrl_data();
    void normaliseServerUrl();
    void urlForEncodesQueries();
};

namespace {
const QString kUuid = QStringLiteral("8f1c2a9e0b3d4c5f9a7e6d5c4b3a2918");

QJsonDocument json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}
} // namespace

void TestDomainActions::endpointTable()
{
    const QSet<Operation> staff { Operation::Unlink, Operation::MoveResource, Operation::SetSlug, Operation::SetPaused,
        Operation::SetDownscaled, Operation::SetRestrictMemberAccess, Operation::SetEndDateByStaff };
    const QSet<Operation> reads { Operation::List, Operation::Retrieve, Operation::Details,
        Operation::GlauthUsersConfig, Operation::OfferingForSubresources, Operation::Offering, Operation::PlanPeriods,
        Operation::Team };
    QSet<QString> names;
    for (int i = 0; i < int(Operation::Count); ++i) {
        const auto op = Operation(i);
        const EndpointInfo &row = Endpoints::info(op);
        QCOMPARE(row.operation, op);
        QCOMPARE(row.staffOnly, staff.contains(op));
        QCOMPARE(row.mutates, !reads.contains(op));
        QCOMPARE(row.method == ApiRequest::Method::Get, reads.contains(op));
        QVERIFY(!row.name.isEmpty());
        names.insert(row.name);
        QCOMPARE(Endpoints::fromName(QString(row.name)), op);
        if (!row.action.isEmpty()) {
            QCOMPARE(Endpoints::fromActionName(row.action), op);
            QCOMPARE(Endpoints::pathFor(op, kUuid),
                QStringLiteral("api/marketplace-provider-resources/") + kUuid + QLatin1Char('/') + row.action
                    + QLatin1Char('/'));
        }
    }
    QCOMPARE(names.size(), 29);
    QCOMPARE(int(Operation::Count), 29);
    QCOMPARE(Endpoints::info(Operation::Update).method, ApiRequest::Method::Put);
    QCOMPARE(Endpoints::info(Operation::PartialUpdate).method, ApiRequest::Method::Patch);
    QCOMPARE(Endpoints::pathFor(Operation::List), QStringLiteral("api/marketplace-provider-resources/"));
    QCOMPARE(Endpoints::pathFor(Operation::Retrieve, kUuid),
        QStringLiteral("api/marketplace-provider-resources/") + kUuid + QLatin1Char('/'));
    QCOMPARE(Endpoints::pathFor(Operation::Update, kUuid), Endpoints::pathFor(Operation::Retrieve, kUuid));
    QCOMPARE(Endpoints::fromActionName(QLatin1StringView("set_keycloak_scopes")), Operation::Count);
    QCOMPARE(Endpoints::fromActionName(QLatin1StringView("")), Operation::Count);
    QCOMPARE(Endpoints::info(Operation::Count).operation, Operation::Count);
    // A uuid cannot climb out of its path segment.
    QCOMPARE(Endpoints::pathFor(Operation::Pull, QStringLiteral("../users")),
        QStringLiteral("api/marketplace-provider-resources/..%2Fusers/pull/"));
    QCOMPARE(Endpoints::projectUrlPath(QStringLiteral("abc")), QStringLiteral("api/projects/abc/"));
}

void TestDomainActions::actionBodies_data()
{
    QTest::addColumn<ResourceAction>("action");
    QTest::addColumn<ApiRequest::Method>("method");
    QTest::addColumn<QString>("segment"); // path after {uuid}/
    QTest::addColumn<QJsonDocument>("body"); // null = no body

    using M = ApiRequest::Method;
    using A = ResourceAction;
    const QJsonDocument none;

    QTest::newRow("update") << A::update(kUuid, QStringLiteral("n"), QStringLiteral("d"), QDate(2026, 12, 31)) << M::Put
                            << QString() << json(R"({"name":"n","description":"d","end_date":"2026-12-31"})");
    QTest::newRow("update without end date") << A::update(kUuid, QStringLiteral("n"), QString(), std::nullopt) << M::Put
                                             << QString() << json(R"({"name":"n","description":"","end_date":null})");
    QTest::newRow("partial update") << A::partialUpdate(
        kUuid, QJsonObject { { QStringLiteral("description"), QStringLiteral("x") } })
                                    << M::Patch << QString() << json(R"({"description":"x"})");
    QTest::newRow("pull") << A::pull(kUuid) << M::Post << QStringLiteral("pull/") << none;
    QTest::newRow("unlink") << A::unlink(kUuid) << M::Post << QStringLiteral("unlink/") << none;
    QTest::newRow("update_options") << A::updateOptions(kUuid, QJsonObject { { QStringLiteral("quota"), 5 } })
                                    << M::Post << QStringLiteral("update_options/")
                                    << json(R"({"options":{"quota":5}})");
    QTest::newRow("update_options_direct")
        << A::updateOptionsDirect(kUuid, QJsonObject { { QStringLiteral("quota"), 5 } }) << M::Post
        << QStringLiteral("update_options_direct/") << json(R"({"options":{"quota":5}})");
    QTest::newRow("move_resource") << A::moveResource(
        kUuid, QUrl(QStringLiteral("https://waldur.example.com/api/projects/5e6f/")))
                                   << M::Post << QStringLiteral("move_resource/")
                                   << json(R"({"project":{"url":"https://waldur.example.com/api/projects/5e6f/"}})");
    QTest::newRow("refresh_last_sync") << A::refreshLastSync(kUuid) << M::Post << QStringLiteral("refresh_last_sync/")
                                       << none;
    QTest::newRow("set_as_erred") << A::setAsErred(kUuid, QStringLiteral("disk full"), QStringLiteral("Traceback…"))
                                  << M::Post << QStringLiteral("set_as_erred/")
                                  << json(R"({"error_message":"disk full","error_traceback":"Traceback…"})");
    QTest::newRow("set_as_erred without texts")
        << A::setAsErred(kUuid, QString(), QString()) << M::Post << QStringLiteral("set_as_erred/") << json("{}");
    QTest::newRow("set_as_ok") << A::setAsOk(kUuid) << M::Post << QStringLiteral("set_as_ok/") << none;
    QTest::newRow("set_backend_id") << A::setBackendId(kUuid, QStringLiteral("acct_9")) << M::Post
                                    << QStringLiteral("set_backend_id/") << json(R"({"backend_id":"acct_9"})");
    QTest::newRow("set_backend_id empty") << A::setBackendId(kUuid, QString()) << M::Post
                                          << QStringLiteral("set_backend_id/") << json(R"({"backend_id":""})");
    QTest::newRow("set_backend_metadata")
        << A::setBackendMetadata(kUuid, QJsonObject { { QStringLiteral("runtime_state"), QStringLiteral("ACTIVE") } })
        << M::Post << QStringLiteral("set_backend_metadata/")
        << json(R"({"backend_metadata":{"runtime_state":"ACTIVE"}})");
    QTest::newRow("set_downscaled true") << A::setDownscaled(kUuid, true) << M::Post
                                         << QStringLiteral("set_downscaled/") << json(R"({"downscaled":true})");
    QTest::newRow("set_downscaled false") << A::setDownscaled(kUuid, false) << M::Post
                                          << QStringLiteral("set_downscaled/") << json(R"({"downscaled":false})");
    QTest::newRow("set_end_date_by_provider")
        << A::setEndDateByProvider(kUuid, QDate(2027, 1, 2)) << M::Post << QStringLiteral("set_end_date_by_provider/")
        << json(R"({"end_date":"2027-01-02"})");
    QTest::newRow("set_end_date_by_provider clear")
        << A::setEndDateByProvider(kUuid, QDate()) << M::Post << QStringLiteral("set_end_date_by_provider/")
        << json(R"({"end_date":null})");
    QTest::newRow("set_end_date_by_staff")
        << A::setEndDateByStaff(kUuid, QDate(2027, 1, 2)) << M::Post << QStringLiteral("set_end_date_by_staff/")
        << json(R"({"end_date":"2027-01-02"})");
    QTest::newRow("set_end_date_by_staff clear")
        << A::setEndDateByStaff(kUuid, QDate()) << M::Post << QStringLiteral("set_end_date_by_staff/")
        << json(R"({"end_date":null})");
    QTest::newRow("set_limits") << A::setLimits(
        kUuid, { { QStringLiteral("cpu"), 10 }, { QStringLiteral("ram"), 20480 } })
                                << M::Post << QStringLiteral("set_limits/")
                                << json(R"({"limits":{"cpu":10,"ram":20480}})");
    QTest::newRow("set_paused") << A::setPaused(kUuid, true) << M::Post << QStringLiteral("set_paused/")
                                << json(R"({"paused":true})");
    QTest::newRow("set_paused false") << A::setPaused(kUuid, false) << M::Post << QStringLiteral("set_paused/")
                                      << json(R"({"paused":false})");
    QTest::newRow("set_restrict_member_access")
        << A::setRestrictMemberAccess(kUuid, true) << M::Post << QStringLiteral("set_restrict_member_access/")
        << json(R"({"restrict_member_access":true})");
    QTest::newRow("set_slug") << A::setSlug(kUuid, QStringLiteral("hpc-1")) << M::Post << QStringLiteral("set_slug/")
                              << json(R"({"slug":"hpc-1"})");
    QTest::newRow("submit_report")
        << A::submitReport(kUuid,
               { { QStringLiteral("Usage"), QStringLiteral("All fine.") },
                   { QStringLiteral("Notes"), QStringLiteral("None") } })
        << M::Post << QStringLiteral("submit_report/")
        << json(R"({"report":[{"header":"Usage","body":"All fine."},{"header":"Notes","body":"None"}]})");
    QTest::newRow("terminate") << A::terminate(kUuid) << M::Post << QStringLiteral("terminate/")
                               << json(R"({"attributes":{}})");
    QTest::newRow("terminate with attributes")
        << A::terminate(kUuid, QJsonObject { { QStringLiteral("delete_volumes"), true } }) << M::Post
        << QStringLiteral("terminate/") << json(R"({"attributes":{"delete_volumes":true}})");
}

void TestDomainActions::actionBodies()
{
    QFETCH(ResourceAction, action);
    QFETCH(ApiRequest::Method, method);
    QFETCH(QString, segment);
    QFETCH(QJsonDocument, body);

    QVERIFY(action.isValid());
    const ApiRequest request = action.toRequest();
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, QStringLiteral("api/marketplace-provider-resources/") + kUuid + QLatin1Char('/') + segment);
    QCOMPARE(request.body.has_value(), !body.isNull());
    if (!body.isNull()) {
        QCOMPARE(request.body->toJson(QJsonDocument::Compact), body.toJson(QJsonDocument::Compact));
    }
    QCOMPARE(request.accept, ApiRequest::Accept::Json);
    QVERIFY(!request.isIdempotent());

    const QString description = action.describe();
    QVERIFY2(description.contains(kUuid), qPrintable(description));
    QVERIFY(!description.startsWith(QLatin1StringView("Unknown")));

    // Journal round trip, through text as a journal file would store it.
    const QByteArray stored = QJsonDocument(action.toJson()).toJson();
    const std::optional<ResourceAction> restored = ResourceAction::fromJson(QJsonDocument::fromJson(stored).object());
    QVERIFY(restored);
    QCOMPARE(restored->operation, action.operation);
    QCOMPARE(restored->resourceUuid, action.resourceUuid);
    QCOMPARE(restored->body, action.body);
}

// How a change reads in a journal: the table's summary, its "cleared" form when the body's key is false or
// null, and the key's value when it is text.
void TestDomainActions::descriptionsComeFromTheTable()
{
    const QString u = kUuid;
    QCOMPARE(ResourceAction::setPaused(u, true).describe(), QStringLiteral("Pause resource ") + u);
    QCOMPARE(ResourceAction::setPaused(u, false).describe(), QStringLiteral("Resume resource ") + u);
    QCOMPARE(ResourceAction::setDownscaled(u, false).describe(), QStringLiteral("Stop downscaling resource ") + u);
    QCOMPARE(ResourceAction::setEndDateByStaff(u, QDate(2027, 3, 31)).describe(),
        QStringLiteral("Set the end date of resource %1 to 2027-03-31").arg(u));
    QCOMPARE(ResourceAction::setEndDateByProvider(u, QDate()).describe(),
        QStringLiteral("Clear the end date of resource ") + u);
    QCOMPARE(ResourceAction::setSlug(u, QStringLiteral("alloc-12")).describe(),
        QStringLiteral("Set the slug of resource %1 to \"alloc-12\"").arg(u));
    QCOMPARE(ResourceAction::setBackendId(u, QString()).describe(),
        QStringLiteral("Set the backend ID of resource %1 to \"\"").arg(u));
    QCOMPARE(ResourceAction::terminate(u).describe(), QStringLiteral("Terminate resource ") + u);
    QCOMPARE(ResourceAction::of(Operation::Terminate, u).describe(), QStringLiteral("Terminate resource ") + u);
    QVERIFY(ResourceAction::of(Operation::Terminate, u).isValid()); // its body is optional
    QVERIFY(!ResourceAction::of(Operation::SetPaused, u).isValid()); // the flag is required
    QVERIFY(!ResourceAction::of(Operation::Pull, u, QJsonObject()).isValid()); // pull sends no body
    ResourceAction read;
    read.operation = Operation::Team;
    read.resourceUuid = u;
    QCOMPARE(read.describe(), QStringLiteral("Unknown action on resource ") + u);
}

void TestDomainActions::invalidActions()
{
    QVERIFY(!ResourceAction().isValid());
    QVERIFY(!ResourceAction::pull(QString()).isValid());
    QVERIFY(!ResourceAction::partialUpdate(kUuid, {}).isValid());

    ResourceAction read;
    read.operation = Operation::Team;
    read.resourceUuid = kUuid;
    QVERIFY(!read.isValid()); // reads are not actions

    ResourceAction flag = ResourceAction::setPaused(kUuid, true);
    flag.body = QJsonDocument(QJsonObject {}); // the server needs the key
    QVERIFY(!flag.isValid());
    flag.body.reset();
    QVERIFY(!flag.isValid());

    ResourceAction pull = ResourceAction::pull(kUuid);
    pull.body = QJsonDocument(QJsonObject {});
    QVERIFY(!pull.isValid());

    ResourceAction terminate = ResourceAction::terminate(kUuid);
    terminate.body.reset();
    QVERIFY(terminate.isValid()); // attributes are optional
    terminate.body = QJsonDocument(QJsonArray {});
    QVERIFY(!terminate.isValid());
}

void TestDomainActions::fromJsonRejects()
{
    QVERIFY(!ResourceAction::fromJson({}));
    QVERIFY(
        !ResourceAction::fromJson(QJsonObject { { QStringLiteral("operation"), QStringLiteral("set_keycloak_scopes") },
            { QStringLiteral("resource_uuid"), kUuid } }));
    QVERIFY(!ResourceAction::fromJson(QJsonObject { { QStringLiteral("operation"), QStringLiteral("set_paused") },
        { QStringLiteral("resource_uuid"), kUuid }, { QStringLiteral("body"), QStringLiteral("paused") } }));
    QVERIFY(!ResourceAction::fromJson(QJsonObject {
        { QStringLiteral("operation"), QStringLiteral("list") }, { QStringLiteral("resource_uuid"), kUuid } }));
    QVERIFY(!ResourceAction::fromJson(
        QJsonObject { { QStringLiteral("operation"), 3 }, { QStringLiteral("resource_uuid"), kUuid } }));
    const auto pull = ResourceAction::fromJson(QJsonObject { { QStringLiteral("operation"), QStringLiteral("pull") },
        { QStringLiteral("resource_uuid"), kUuid }, { QStringLiteral("body"), QJsonValue::Null } });
    QVERIFY(pull);
    QCOMPARE(pull->operation, Operation::Pull);
}

void TestDomainActions::urlQuery_data()
{
    QTest::addColumn<ResourceQuery>("query");
    QTest::addColumn<QString>("expected"); // QUrlQuery::toString(QUrl::FullyDecoded)

    ResourceQuery q;
    QTest::newRow("empty") << q << QString();

    q = ResourceQuery();
    q.states = { ResourceState::OK, ResourceState::Erred };
    QTest::newRow("states repeat the key") << q << QStringLiteral("state=OK&state=Erred");

    q = ResourceQuery();
    q.offeringUuids = { QStringLiteral("a1"), QStringLiteral("b2") };
    QTest::newRow("offering uuids comma-joined") << q << QStringLiteral("offering_uuid=a1,b2");

    q = ResourceQuery();
    q.customerUuid = QStringLiteral("c");
    q.projectUuid = QStringLiteral("p");
    q.projectName = QStringLiteral("Gen");
    q.providerUuid = QStringLiteral("v");
    q.categoryUuid = QStringLiteral("k");
    q.planUuid = QStringLiteral("l");
    q.offeringType = QStringLiteral("Marketplace.Slurm");
    q.name = QStringLiteral("hpc");
    q.nameExact = QStringLiteral("hpc-1");
    q.backendId = QStringLiteral("acct_1");
    q.search = QStringLiteral("  c++  ");
    QTest::newRow("strings") << q
                             << QStringLiteral("customer_uuid=c&project_uuid=p&project_name=Gen&provider_uuid=v&"
                                               "category_uuid=k&plan_uuid=l&offering_type=Marketplace.Slurm&name=hpc&"
                                               "name_exact=hpc-1&backend_id=acct_1&query=c++");

    q = ResourceQuery();
    q.paused = true;
    q.downscaled = false;
    q.restrictMemberAccess = true;
    q.hasTerminateDate = false;
    QTest::newRow("booleans") << q
                              << QStringLiteral("paused=true&downscaled=false&restrict_member_access=true&"
                                                "has_terminate_date=false");

    q = ResourceQuery();
    q.createdAfter = QDateTime(QDate(2026, 1, 15), QTime(11, 30), QTimeZone(7200));
    q.modifiedAfter = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("datetimes in UTC") << q
                                      << QStringLiteral("created=2026-01-15T09:30:00Z&modified=2026-02-01T00:00:00Z");

    q = ResourceQuery();
    q.ordering = QStringLiteral("-created");
    q.fields = { QStringLiteral("uuid"), QStringLiteral("state") };
    QTest::newRow("ordering and fields") << q << QStringLiteral("o=-created&field=uuid&field=state");

    q = ResourceQuery();
    q.states = { ResourceState::Unknown };
    QTest::newRow("unknown state is not sent") << q << QString();
}

void TestDomainActions::urlQuery()
{
    QFETCH(ResourceQuery, query);
    QFETCH(QString, expected);
    QCOMPARE(query.toUrlQuery().toString(QUrl::FullyDecoded), expected);
}

void TestDomainActions::defaults()
{
    const ResourceQuery q = ResourceQuery::defaults();
    QCOMPARE(q.ordering, QStringLiteral("-created"));
    QCOMPARE(q.states.size(), 5);
    QVERIFY(!q.states.contains(ResourceState::Terminated));
    QVERIFY(!q.states.contains(ResourceState::Unknown));
    QCOMPARE(q.toUrlQuery().allQueryItemValues(QStringLiteral("state")),
        (QStringList { QStringLiteral("Creating"), QStringLiteral("OK"), QStringLiteral("Erred"),
            QStringLiteral("Updating"), QStringLiteral("Terminating") }));
    QVERIFY(q == ResourceQuery::defaults());
    ResourceQuery other = q;
    other.search = QStringLiteral("x");
    QVERIFY(!(q == other));
}

void TestDomainActions::normaliseServerUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = rejected

    QTest::newRow("bare host") << QStringLiteral("waldur.example.com") << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("spaces") << QStringLiteral("  waldur.example.com  ")
                            << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("http with port") << QStringLiteral("http://127.0.0.1:8000")
                                    << QStringLiteral("http://127.0.0.1:8000/");
    QTest::newRow("host with port") << QStringLiteral("localhost:8443") << QStringLiteral("https://localhost:8443/");
    QTest::newRow("api root") << QStringLiteral("https://waldur.example.com/api/")
                              << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("api without slash") << QStringLiteral("https://waldur.example.com/api")
                                       << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("sub path") << QStringLiteral("https://example.com/waldur/api/")
                              << QStringLiteral("https://example.com/waldur/");
    QTest::newRow("upper case") << QStringLiteral("HTTPS://Waldur.Example.COM/")
                                << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://waldur.example.com/") << QString();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("no host") << QStringLiteral("https:///api/") << QString();
    QTest::newRow("credentials") << QStringLiteral("https://admin:secret@waldur.example.com/") << QString();
    QTest::newRow("query") << QStringLiteral("https://waldur.example.com/?x=1") << QString();
    QTest::newRow("fragment") << QStringLiteral("https://waldur.example.com/#top") << QString();
    QTest::newRow("bad port") << QStringLiteral("https://waldur.example.com:99999/") << QString();
}

void TestDomainActions::normaliseServerUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString why = QStringLiteral("stale");
    const QUrl url = ApiClient::normaliseServerUrl(input, &why);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(why.isEmpty(), !expected.isEmpty());
}

void TestDomainActions::urlForEncodesQueries()
{
    QNetworkAccessManager network;
    ApiClient client(&network, QUrl(QStringLiteral("https://h.example/waldur/")), QByteArrayLiteral("token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), QStringLiteral("c++ & a=b"));
    query.addQueryItem(QStringLiteral("offering_uuid"), QStringLiteral("a1,b2"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("OK"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("Erred"));
    const QUrl url = client.urlFor(QStringLiteral("api/marketplace-provider-resources/"), query);
    QCOMPARE(url.toString(QUrl::FullyEncoded),
        QStringLiteral("https://h.example/waldur/api/marketplace-provider-resources/"
                       "?query=c%2B%2B%20%26%20a%3Db&offering_uuid=a1,b2&state=OK&state=Erred"));
}

QTEST_GUILESS_MAIN(TestDomainActions)
#include "tst_domain_actions.moc"
