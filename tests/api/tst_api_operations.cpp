// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/api/ApiFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// The read side of the provider-resources family against the real simulator: paging, ordering, every
// ResourceQuery filter, sparse fields, authentication, the GET sub-resources and the helper lists.
class TestApiOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paging();
    void pastTheEndIs404();
    void ordering_data();
    void ordering();
    void stateFilters();
    void stringFilters();
    void uuidFilters();
    void booleanFilters();
    void dateFilters();
    void sparseFields();
    void retrieveKeepsWhatTheServerSent();
    void authentication();
    void ownerSeesOnlyOwnOfferings();
    void details();
    void viewsReturnWhatTheServerSent();
    void glauthUsersConfig();
    void offeringAndSubresources();
    void planPeriodsAndTeam();
    void missingResourceIsNotFound();
    void helpers();

private:
    std::optional<Result<ResourcePage>> list(const ResourceQuery &query, int page = 1, int size = 300)
    {
        return await<ResourcePage>(
            [&](QObject *context, auto callback) { m.staff->list(query, page, size, context, callback); });
    }
    ApiFixture m;
    qint64 m_total = 0;
};

void TestApiOperations::initTestCase()
{
    QString error;
    QVERIFY2(m.setUp(&error), qPrintable(error));
}

void TestApiOperations::paging()
{
    const auto first = list(ResourceQuery(), 1, 10);
    WPC_VERIFY_OK(first);
    m_total = first->value.page.totalCount;
    QVERIFY(m_total > 20);
    if (!m.server->isExternal()) {
        QCOMPARE(m_total, qint64(TestServer::kResources));
    }
    QCOMPARE(first->value.resources.size(), 10);
    QCOMPARE(first->value.pageNumber, 1);
    QVERIFY(first->value.page.hasNext());
    QCOMPARE(QUrlQuery(first->value.page.next).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QVERIFY(first->value.page.prev.isEmpty());

    const auto second = list(ResourceQuery(), 2, 10);
    WPC_VERIFY_OK(second);
    QCOMPARE(second->value.pageNumber, 2);
    QVERIFY(!second->value.page.prev.isEmpty());
    QSet<QString> seen;
    for (const Resource &r : first->value.resources + second->value.resources) {
        seen.insert(r.uuid);
    }
    QCOMPARE(seen.size(), 20); // no overlap between pages

    const int lastPage = int((m_total + 9) / 10);
    const auto last = list(ResourceQuery(), lastPage, 10);
    WPC_VERIFY_OK(last);
    QVERIFY(!last->value.page.hasNext());
    QCOMPARE(last->value.resources.size(), int(m_total - qint64(lastPage - 1) * 10));
}

void TestApiOperations::pastTheEndIs404()
{
    const auto first = list(ResourceQuery(), 1, 50);
    WPC_VERIFY_OK(first);
    const int beyond = int(first->value.page.totalCount / 50) + 2;
    const auto result = list(ResourceQuery(), beyond, 50);
    WPC_VERIFY_ERROR(result, ApiError::Kind::NotFound);
    QCOMPARE(result->error.httpStatus, 404);
}

void TestApiOperations::ordering_data()
{
    QTest::addColumn<QString>("ordering");
    QTest::newRow("created") << QStringLiteral("created");
    QTest::newRow("-created") << QStringLiteral("-created");
    QTest::newRow("state") << QStringLiteral("state");
    QTest::newRow("-state") << QStringLiteral("-state");
    QTest::newRow("end_date") << QStringLiteral("end_date");
}

void TestApiOperations::ordering()
{
    QFETCH(QString, ordering);
    ResourceQuery query;
    query.ordering = ordering;
    const auto result = list(query, 1, 100);
    WPC_VERIFY_OK(result);
    const QList<Resource> &rows = result->value.resources;
    QCOMPARE(rows.size(), 100);
    const bool descending = ordering.startsWith(QLatin1Char('-'));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const Resource &a = rows.at(descending ? i : i - 1);
        const Resource &b = rows.at(descending ? i - 1 : i);
        if (ordering.endsWith(QLatin1StringView("created"))) {
            QVERIFY2(a.created <= b.created, qPrintable(a.uuid));
        } else if (ordering.endsWith(QLatin1StringView("state"))) {
            QVERIFY2(int(a.state) <= int(b.state), qPrintable(a.uuid)); // Creating … Terminated, the DB codes
        } else if (a.endDate.isValid() && b.endDate.isValid()) {
            QVERIFY2(a.endDate <= b.endDate, qPrintable(a.uuid));
        }
    }
}

void TestApiOperations::stateFilters()
{
    ResourceQuery query;
    query.states = { ResourceState::Erred, ResourceState::Terminated };
    const auto result = list(query);
    WPC_VERIFY_OK(result);
    QVERIFY(!result->value.resources.isEmpty());
    QSet<ResourceState> states;
    for (const Resource &r : result->value.resources) {
        QVERIFY(query.states.contains(r.state));
        states.insert(r.state);
    }
    QCOMPARE(states.size(), 2); // both values are ORed, not just the last one

    const auto defaults = list(ResourceQuery::defaults(), 1, 10);
    WPC_VERIFY_OK(defaults);
    for (const Resource &r : defaults->value.resources) {
        QVERIFY(r.state != ResourceState::Terminated);
    }
}

void TestApiOperations::stringFilters()
{
    const QList<Resource> all = m.find(ResourceQuery());
    QVERIFY(!all.isEmpty());
    const auto picked = std::find_if(
        all.cbegin(), all.cend(), [](const Resource &r) { return !r.backendId.isEmpty() && r.name.size() > 4; });
    QVERIFY(picked != all.cend());
    const Resource &sample = *picked;

    ResourceQuery query;
    query.offeringType = sample.offeringType;
    for (const Resource &r : m.find(query)) {
        QCOMPARE(r.offeringType, sample.offeringType);
    }
    query = ResourceQuery();
    query.projectName = sample.projectName;
    const QList<Resource> inProject = m.find(query);
    QVERIFY(!inProject.isEmpty());
    for (const Resource &r : inProject) {
        QCOMPARE(r.projectName, sample.projectName);
    }
    query = ResourceQuery();
    query.name = sample.name.mid(1, 3).toUpper(); // icontains
    for (const Resource &r : m.find(query)) {
        QVERIFY2(r.name.contains(query.name, Qt::CaseInsensitive), qPrintable(r.name));
    }
    query = ResourceQuery();
    query.nameExact = sample.name;
    const QList<Resource> exact = m.find(query);
    QVERIFY(!exact.isEmpty());
    for (const Resource &r : exact) {
        QCOMPARE(r.name, sample.name);
    }
    query = ResourceQuery();
    query.backendId = sample.backendId;
    const QList<Resource> byBackend = m.find(query);
    QCOMPARE(byBackend.size(), 1);
    QCOMPARE(byBackend.first().uuid, sample.uuid);
    query = ResourceQuery();
    query.search = sample.backendId; // `query` matches backend_id exactly, among others
    bool found = false;
    for (const Resource &r : m.find(query)) {
        found = found || r.uuid == sample.uuid;
    }
    QVERIFY(found);
}

void TestApiOperations::uuidFilters()
{
    const auto full = m.retrieve(m.find(ResourceQuery()).first().uuid);
    QVERIFY(full);
    const QJsonObject raw = full->raw;
    const QList<Resource> all = m.find(ResourceQuery());

    ResourceQuery query;
    query.customerUuid = full->customerUuid;
    for (const Resource &r : m.find(query)) {
        QCOMPARE(r.customerUuid, full->customerUuid);
    }
    query = ResourceQuery();
    query.projectUuid = full->projectUuid;
    for (const Resource &r : m.find(query)) {
        QCOMPARE(r.projectUuid, full->projectUuid);
    }
    query = ResourceQuery();
    query.categoryUuid = raw.value(QLatin1StringView("category_uuid")).toString();
    for (const Resource &r : m.find(query)) {
        QCOMPARE(r.categoryTitle, full->categoryTitle);
    }
    query = ResourceQuery();
    query.planUuid = raw.value(QLatin1StringView("plan_uuid")).toString();
    for (const Resource &r : m.find(query)) {
        QCOMPARE(r.planName, full->planName);
    }
    query = ResourceQuery();
    query.providerUuid = raw.value(QLatin1StringView("provider_uuid")).toString();
    const QList<Resource> byProvider = m.find(query);
    QVERIFY(!byProvider.isEmpty());
    QVERIFY(byProvider.size() < all.size());

    // Two offerings at once: comma-joined, and the union of both.
    QStringList offerings;
    for (const Resource &r : all) {
        if (!offerings.contains(r.offeringUuid)) {
            offerings.append(r.offeringUuid);
        }
    }
    QVERIFY(offerings.size() >= 2);
    qsizetype separately = 0;
    for (int i = 0; i < 2; ++i) {
        query = ResourceQuery();
        query.offeringUuids = { offerings.at(i) };
        separately += m.find(query).size();
    }
    query = ResourceQuery();
    query.offeringUuids = offerings.mid(0, 2);
    const QList<Resource> both = m.find(query);
    QCOMPARE(both.size(), separately);
    for (const Resource &r : both) {
        QVERIFY(query.offeringUuids.contains(r.offeringUuid));
    }
}

void TestApiOperations::booleanFilters()
{
    const auto check = [this](std::optional<bool> ResourceQuery::*member, bool Resource::*flag) {
        for (bool value : { true, false }) {
            ResourceQuery query;
            query.*member = value;
            const QList<Resource> rows = m.find(query);
            if (value) {
                QVERIFY(!rows.isEmpty());
            }
            for (const Resource &r : rows) {
                QCOMPARE(r.*flag, value);
            }
        }
    };
    check(&ResourceQuery::paused, &Resource::paused);
    check(&ResourceQuery::downscaled, &Resource::downscaled);
    check(&ResourceQuery::restrictMemberAccess, &Resource::restrictMemberAccess);

    ResourceQuery query;
    query.hasTerminateDate = true;
    const QList<Resource> dated = m.find(query);
    QVERIFY(!dated.isEmpty());
    for (const Resource &r : dated) {
        QVERIFY(r.endDate.isValid());
    }
    query.hasTerminateDate = false;
    for (const Resource &r : m.find(query)) {
        QVERIFY(!r.endDate.isValid());
    }
}

void TestApiOperations::dateFilters()
{
    ResourceQuery query;
    query.ordering = QStringLiteral("created");
    const QList<Resource> all = m.find(query);
    QVERIFY(all.size() > 10);
    query.createdAfter = all.at(all.size() / 2).created;
    const QList<Resource> newer = m.find(query);
    QVERIFY(!newer.isEmpty());
    QVERIFY(newer.size() < all.size());
    for (const Resource &r : newer) {
        QVERIFY(r.created >= query.createdAfter);
    }
    query = ResourceQuery();
    query.modifiedAfter = all.at(all.size() / 2).modified;
    for (const Resource &r : m.find(query)) {
        QVERIFY(r.modified >= query.modifiedAfter);
    }
}

void TestApiOperations::sparseFields()
{
    ResourceQuery query;
    query.fields = { QStringLiteral("uuid"), QStringLiteral("state"), QStringLiteral("backend_id") };
    const auto result = list(query, 1, 20);
    WPC_VERIFY_OK(result);
    QCOMPARE(result->value.resources.size(), 20);
    for (const Resource &r : result->value.resources) {
        QVERIFY(!r.uuid.isEmpty());
        QVERIFY(r.state != ResourceState::Unknown);
        QVERIFY(r.name.isEmpty()); // not asked for
        QVERIFY(!r.created.isValid());
        QVERIFY(r.raw.isEmpty());
    }
}

void TestApiOperations::retrieveKeepsWhatTheServerSent()
{
    const QString uuid = m.find(ResourceQuery()).first().uuid;
    const auto full = await<Resource>([&](QObject *c, auto cb) { m.staff->retrieve(uuid, {}, c, cb); });
    WPC_VERIFY_OK(full);
    QCOMPARE(full->value.uuid, uuid);
    QVERIFY(full->value.raw.contains(QLatin1StringView("offering_uuid")));
    QVERIFY(full->value.raw.contains(QLatin1StringView("order_in_progress")));
    const auto sparse = await<Resource>([&](QObject *c, auto cb) {
        m.staff->retrieve(uuid, { QStringLiteral("uuid"), QStringLiteral("name") }, c, cb);
    });
    WPC_VERIFY_OK(sparse);
    QCOMPARE(sparse->value.name, full->value.name);
    QVERIFY(sparse->value.offeringUuid.isEmpty());
    // A sparse read keeps its few fields as sent (a bulk dialog reads backend_metadata so), and no more.
    QStringList keys = sparse->value.raw.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({ QStringLiteral("name"), QStringLiteral("uuid") }));
}

void TestApiOperations::authentication()
{
    for (const QByteArray &token : { QByteArray(), QByteArray("not-a-valid-token") }) {
        ApiClient client(&m.network, m.server->url(), token);
        ProviderResourcesApi api(&client);
        QSignalSpy failed(&client, &ApiClient::authenticationFailed);
        const auto result = await<ResourcePage>([&](QObject *c, auto cb) { api.list(ResourceQuery(), 1, 10, c, cb); });
        WPC_VERIFY_ERROR(result, ApiError::Kind::Unauthorized);
        QCOMPARE(result->error.httpStatus, 401);
        QVERIFY(!result->error.detail.isEmpty());
        QCOMPARE(failed.size(), 1);
    }
    const auto me = await<CurrentUser>([&](QObject *c, auto cb) { m.owner->currentUser(c, cb); });
    WPC_VERIFY_OK(me);
    QVERIFY(!me->value.isStaff);
}

void TestApiOperations::ownerSeesOnlyOwnOfferings()
{
    const auto staffPage = list(ResourceQuery(), 1, 1);
    const auto ownerPage
        = await<ResourcePage>([&](QObject *c, auto cb) { m.owner->list(ResourceQuery(), 1, 1, c, cb); });
    WPC_VERIFY_OK(staffPage);
    WPC_VERIFY_OK(ownerPage);
    QVERIFY(ownerPage->value.page.totalCount > 0);
    QVERIFY(ownerPage->value.page.totalCount < staffPage->value.page.totalCount);
}

void TestApiOperations::details()
{
    int withObject = 0;
    int without = 0;
    QSet<QString> types;
    for (const Resource &r : m.find(ResourceQuery())) {
        if (types.contains(r.offeringType)) {
            continue;
        }
        types.insert(r.offeringType);
        const auto result
            = await<std::optional<QJsonObject>>([&](QObject *c, auto cb) { m.staff->details(r.uuid, c, cb); });
        WPC_VERIFY_OK(result);
        (result->value ? withObject : without) += 1;
    }
    QVERIFY(withObject > 0); // plugin objects (Slurm allocation, OpenStack instance…)
    QVERIFY(without > 0); // 404-without-body and 204 offerings
}

// view(): every read-only operation, untyped, as the operation table says it replies — the same answers as
// the typed calls, unparsed.
void TestApiOperations::viewsReturnWhatTheServerSent()
{
    QSet<QString> types;
    int absent = 0;
    for (const Resource &r : m.find(ResourceQuery())) {
        if (types.contains(r.offeringType)) {
            continue;
        }
        types.insert(r.offeringType);
        for (const OperationFacts &facts : OperationTable::all()) {
            if (facts.kind != ActionKind::View) {
                continue;
            }
            const Operation op = facts.endpoint.operation;
            const auto result = await<ViewReply>([&](QObject *c, auto cb) { m.staff->view(op, r.uuid, c, cb); });
            QVERIFY(result);
            if (op == Operation::GlauthUsersConfig && !result->ok()) {
                QCOMPARE(result->error.kind, ApiError::Kind::Validation); // offerings without GLauth refuse in text
                continue;
            }
            WPC_VERIFY_OK(result);
            switch (facts.endpoint.reply) {
            case ReplyKind::Text:
                QVERIFY(result->value.json.isNull());
                QVERIFY(!result->value.text.isEmpty());
                break;
            case ReplyKind::JsonOrAbsent:
                absent += result->value.absent ? 1 : 0;
                QVERIFY(result->value.absent || result->value.json.isObject());
                break;
            case ReplyKind::Json:
                QVERIFY(!result->value.absent);
                QVERIFY(result->value.json.isObject() || result->value.json.isArray());
                break;
            }
            if (op == Operation::Offering) {
                QCOMPARE(result->value.json.toObject().value(QLatin1StringView("uuid")).toString(), r.offeringUuid);
            }
        }
    }
    QVERIFY(absent > 0); // offerings without a plugin object answer 404 with no body
}

void TestApiOperations::glauthUsersConfig()
{
    bool sawConfig = false;
    bool sawRefusal = false;
    QSet<QString> offerings;
    for (const Resource &r : m.find(ResourceQuery())) {
        if (offerings.contains(r.offeringUuid)) {
            continue;
        }
        offerings.insert(r.offeringUuid);
        const auto result = await<QString>([&](QObject *c, auto cb) { m.staff->glauthUsersConfig(r.uuid, c, cb); });
        QVERIFY(result);
        if (result->ok()) {
            sawConfig = true;
        } else {
            QCOMPARE(result->error.kind, ApiError::Kind::Validation); // 400 in text, not JSON
            QVERIFY(!result->error.detail.isEmpty());
            QVERIFY(!result->error.detail.startsWith(QLatin1Char('{')));
            sawRefusal = true;
        }
    }
    QVERIFY(sawConfig);
    QVERIFY(sawRefusal);
}

void TestApiOperations::offeringAndSubresources()
{
    const Resource r = m.find(ResourceQuery()).first();
    const auto offering = await<Offering>([&](QObject *c, auto cb) { m.staff->offering(r.uuid, c, cb); });
    WPC_VERIFY_OK(offering);
    QCOMPARE(offering->value.uuid, r.offeringUuid);
    QCOMPARE(offering->value.name, r.offeringName);
    QCOMPARE(offering->value.type, r.offeringType);
    QVERIFY(!offering->value.components.isEmpty());
    QVERIFY(!offering->value.plans.isEmpty());

    const auto subresources = await<QList<SubresourceOffering>>(
        [&](QObject *c, auto cb) { m.staff->offeringForSubresources(r.uuid, c, cb); });
    WPC_VERIFY_OK(subresources);
    for (const SubresourceOffering &s : subresources->value) {
        QVERIFY(!s.uuid.isEmpty());
        QVERIFY(!s.type.isEmpty());
    }
}

void TestApiOperations::planPeriodsAndTeam()
{
    ResourceQuery query;
    query.states = { ResourceState::OK };
    const Resource r = m.find(query).first();
    const auto periods = await<QList<PlanPeriod>>([&](QObject *c, auto cb) { m.staff->planPeriods(r.uuid, c, cb); });
    WPC_VERIFY_OK(periods);
    QVERIFY(!periods->value.isEmpty());
    QVERIFY(!periods->value.first().planName.isEmpty());

    const auto team = await<QList<TeamMember>>([&](QObject *c, auto cb) { m.staff->team(r.uuid, c, cb); });
    WPC_VERIFY_OK(team);
    QVERIFY(!team->value.isEmpty());
    for (const TeamMember &member : team->value) {
        QVERIFY(!member.username.isEmpty());
        QVERIFY(!member.role.isEmpty());
    }
}

void TestApiOperations::missingResourceIsNotFound()
{
    const QString uuid = kMissingUuid;
    WPC_VERIFY_ERROR(
        (await<Resource>([&](QObject *c, auto cb) { m.staff->retrieve(uuid, {}, c, cb); })), ApiError::Kind::NotFound);
    // details: a missing resource is an error, unlike a resource without a plugin object.
    WPC_VERIFY_ERROR((await<std::optional<QJsonObject>>([&](QObject *c, auto cb) { m.staff->details(uuid, c, cb); })),
        ApiError::Kind::NotFound);
    WPC_VERIFY_ERROR((await<QString>([&](QObject *c, auto cb) { m.staff->glauthUsersConfig(uuid, c, cb); })),
        ApiError::Kind::NotFound);
    WPC_VERIFY_ERROR((await<QList<SubresourceOffering>>(
                         [&](QObject *c, auto cb) { m.staff->offeringForSubresources(uuid, c, cb); })),
        ApiError::Kind::NotFound);
    WPC_VERIFY_ERROR(
        (await<Offering>([&](QObject *c, auto cb) { m.staff->offering(uuid, c, cb); })), ApiError::Kind::NotFound);
    WPC_VERIFY_ERROR((await<QList<PlanPeriod>>([&](QObject *c, auto cb) { m.staff->planPeriods(uuid, c, cb); })),
        ApiError::Kind::NotFound);
    WPC_VERIFY_ERROR(
        (await<QList<TeamMember>>([&](QObject *c, auto cb) { m.staff->team(uuid, c, cb); })), ApiError::Kind::NotFound);
}

void TestApiOperations::helpers()
{
    const auto me = await<CurrentUser>([&](QObject *c, auto cb) { m.staff->currentUser(c, cb); });
    WPC_VERIFY_OK(me);
    QVERIFY(me->value.isStaff);
    QVERIFY(!me->value.username.isEmpty());

    const auto projects = await<QList<Project>>([&](QObject *c, auto cb) { m.staff->projects({}, 1, c, cb); });
    WPC_VERIFY_OK(projects);
    QVERIFY(!projects->value.isEmpty());
    const Project first = projects->value.first();
    QVERIFY(QUrl(first.url).isValid());
    QVERIFY(first.url.endsWith(QStringLiteral("/api/projects/") + first.uuid + QLatin1Char('/')));
    const auto named = await<QList<Project>>([&](QObject *c, auto cb) { m.staff->projects(first.name, 1, c, cb); });
    WPC_VERIFY_OK(named);
    QVERIFY(std::any_of(
        named->value.cbegin(), named->value.cend(), [&](const Project &p) { return p.uuid == first.uuid; }));

    const auto customers = await<QList<NamedRef>>([&](QObject *c, auto cb) { m.staff->customers({}, c, cb); });
    WPC_VERIFY_OK(customers);
    QVERIFY(!customers->value.isEmpty());
    QVERIFY(!customers->value.first().name.isEmpty());

    const auto offerings = await<QList<NamedRef>>([&](QObject *c, auto cb) { m.staff->offerings({}, c, cb); });
    WPC_VERIFY_OK(offerings);
    QVERIFY(!offerings->value.isEmpty());
    QVERIFY(!offerings->value.first().extra.isEmpty()); // the offering type
    const auto ownerOfferings = await<QList<NamedRef>>([&](QObject *c, auto cb) { m.owner->offerings({}, c, cb); });
    WPC_VERIFY_OK(ownerOfferings);
    QVERIFY(ownerOfferings->value.size() < offerings->value.size());
}

QTEST_GUILESS_MAIN(TestApiOperations)
#include "tst_api_operations.moc"
