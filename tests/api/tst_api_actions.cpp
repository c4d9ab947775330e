// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ServerDate.h"
#include "tests/api/ApiFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// Every POST/PUT/PATCH action of the provider-resources family against the real simulator: the success
// reply mapped into ActionOutcome and the state the server then reports, and each action's main failure.
class TestApiActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pull();
    void unlink();
    void updateOptions();
    void updateOptionsDirect();
    void update();
    void partialUpdate();
    void moveResource();
    void refreshLastSync();
    void setAsErredAndOk();
    void setBackendId();
    void setBackendMetadata();
    void flags_data();
    void flags();
    void setEndDateByProvider();
    void setEndDateByStaff();
    void setLimits();
    void setSlug();
    void submitReport();
    void terminate();

private:
    // An untouched resource whose offering satisfies accept (offerings fetched once per uuid).
    std::optional<Resource> takeWithOffering(
        const QList<ResourceState> &states, const std::function<bool(const Offering &)> &accept)
    {
        return m.take(states, [&](const Resource &r) {
            if (!m_offerings.contains(r.offeringUuid)) {
                const auto offering = await<Offering>([&](QObject *c, auto cb) { m.staff->offering(r.uuid, c, cb); });
                m_offerings.insert(r.offeringUuid, offering && offering->ok() ? offering->value : Offering());
            }
            return accept(m_offerings.value(r.offeringUuid));
        });
    }
    static bool hasOptions(const Offering &o)
    {
        return !o.resourceOptions.value(QLatin1StringView("options")).toObject().isEmpty();
    }
    static bool createsOrders(const Offering &o)
    {
        return o.pluginOptions.value(QLatin1StringView("create_orders_on_resource_option_change")).toBool();
    }
    static QJsonObject someOption(const Offering &o)
    {
        const QJsonObject options = o.resourceOptions.value(QLatin1StringView("options")).toObject();
        for (auto it = options.begin(); it != options.end(); ++it) {
            const QString type = it.value().toObject().value(QLatin1StringView("type")).toString();
            if (type == QLatin1StringView("boolean")) {
                return { { it.key(), true } };
            }
        }
        return {};
    }

    ApiFixture m;
    QHash<QString, Offering> m_offerings;
};

void TestApiActions::initTestCase()
{
    QString error;
    QVERIFY2(m.setUp(&error), qPrintable(error));
}

void TestApiActions::pull()
{
    const auto withBackend = m.take({ ResourceState::OK }, [](const Resource &r) { return !r.backendId.isEmpty(); });
    WPC_REQUIRE(withBackend, "OK resource with a backend id");
    const auto ok = m.perform(ResourceAction::pull(withBackend->uuid));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.httpStatus, 202);
    QCOMPARE(ok->value.status, QStringLiteral("Pull operation was successfully scheduled."));

    const auto noBackend
        = m.take({ ResourceState::OK, ResourceState::Erred }, [](const Resource &r) { return r.backendId.isEmpty(); });
    WPC_REQUIRE(noBackend, "OK resource without a backend id");
    const auto refused = m.perform(ResourceAction::pull(noBackend->uuid));
    WPC_VERIFY_ERROR(refused, ApiError::Kind::Validation);
    QCOMPARE(refused->error.detail, QStringLiteral("Resource does not have backend ID."));

    const auto terminated = m.take({ ResourceState::Terminated });
    WPC_REQUIRE(terminated, "Terminated resource");
    const auto conflict = m.perform(ResourceAction::pull(terminated->uuid));
    WPC_VERIFY_ERROR(conflict, ApiError::Kind::Conflict);
    QVERIFY(conflict->error.message.contains(conflict->error.detail));
}

void TestApiActions::unlink()
{
    const auto mine = m.take({ ResourceState::Erred }, {}, m.owner.get());
    WPC_REQUIRE(mine, "Erred resource of the owner");
    WPC_VERIFY_ERROR(m.perform(ResourceAction::unlink(mine->uuid), m.owner.get()), ApiError::Kind::Forbidden);

    const auto ok = m.perform(ResourceAction::unlink(mine->uuid));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.httpStatus, 204);
    QVERIFY(ok->value.json.isEmpty());
    QVERIFY(!m.retrieve(mine->uuid)); // gone
}

void TestApiActions::updateOptions()
{
    const auto direct
        = takeWithOffering({ ResourceState::OK }, [](const Offering &o) { return hasOptions(o) && !createsOrders(o); });
    WPC_REQUIRE(direct, "OK resource whose offering has options and no option orders");
    const QJsonObject options = someOption(m_offerings.value(direct->offeringUuid));
    const auto submitted = m.perform(ResourceAction::updateOptions(direct->uuid, options));
    WPC_VERIFY_OK(submitted);
    QCOMPARE(submitted->value.status, QStringLiteral("Resource options are submitted"));
    QVERIFY(submitted->value.orderUuid.isEmpty());

    const auto ordered
        = takeWithOffering({ ResourceState::OK }, [](const Offering &o) { return hasOptions(o) && createsOrders(o); });
    WPC_REQUIRE(ordered, "OK resource whose offering creates orders for option changes");
    const auto order
        = m.perform(ResourceAction::updateOptions(ordered->uuid, someOption(m_offerings.value(ordered->offeringUuid))));
    WPC_VERIFY_OK(order);
    QCOMPARE(order->value.httpStatus, 200);
    QVERIFY(!order->value.orderUuid.isEmpty());

    const auto erred = takeWithOffering({ ResourceState::Erred }, hasOptions);
    WPC_REQUIRE(erred, "Erred resource with options");
    const auto conflict = m.perform(ResourceAction::updateOptions(erred->uuid, options));
    WPC_VERIFY_ERROR(conflict, ApiError::Kind::Conflict);
}

void TestApiActions::updateOptionsDirect()
{
    const auto r = takeWithOffering({ ResourceState::OK }, hasOptions);
    WPC_REQUIRE(r, "OK resource with options");
    const auto ok
        = m.perform(ResourceAction::updateOptionsDirect(r->uuid, someOption(m_offerings.value(r->offeringUuid))));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.status, QStringLiteral("Resource options have been updated directly."));

    const auto bare = takeWithOffering({ ResourceState::OK }, [](const Offering &o) { return !hasOptions(o); });
    WPC_REQUIRE(bare, "OK resource whose offering defines no options");
    const auto refused = m.perform(ResourceAction::updateOptionsDirect(bare->uuid, { { QStringLiteral("x"), 1 } }));
    WPC_VERIFY_ERROR(refused, ApiError::Kind::Validation);
    QVERIFY(refused->error.fieldErrors.contains(QStringLiteral("options")));
}

void TestApiActions::update()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const QDate endDate = serverToday().addDays(60);
    const auto ok = m.perform(ResourceAction::update(
        r->uuid, QStringLiteral("renamed-by-test"), QStringLiteral("Edited from the console"), endDate));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.json.value(QLatin1StringView("name")).toString(), QStringLiteral("renamed-by-test"));
    QCOMPARE(ok->value.json.value(QLatin1StringView("end_date")).toString(), endDate.toString(Qt::ISODate));
    const auto after = m.retrieve(r->uuid);
    QVERIFY(after);
    QCOMPARE(after->name, QStringLiteral("renamed-by-test"));
    QCOMPARE(after->description, QStringLiteral("Edited from the console"));
    QCOMPARE(after->endDate, endDate);

    const auto past
        = m.perform(ResourceAction::update(r->uuid, QStringLiteral("x"), QString(), serverToday().addDays(-3)));
    WPC_VERIFY_ERROR(past, ApiError::Kind::Validation);
    QVERIFY(past->error.fieldErrors.contains(QStringLiteral("end_date")));
}

void TestApiActions::partialUpdate()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const auto ok = m.perform(
        ResourceAction::partialUpdate(r->uuid, { { QStringLiteral("description"), QStringLiteral("Only this") } }));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.json.value(QLatin1StringView("description")).toString(), QStringLiteral("Only this"));
    const auto after = m.retrieve(r->uuid);
    QVERIFY(after);
    QCOMPARE(after->name, r->name); // untouched
    QCOMPARE(after->description, QStringLiteral("Only this"));

    const auto tooLong = m.perform(
        ResourceAction::partialUpdate(r->uuid, { { QStringLiteral("name"), QString(151, QLatin1Char('n')) } }));
    WPC_VERIFY_ERROR(tooLong, ApiError::Kind::Validation);
    QVERIFY(tooLong->error.fieldErrors.contains(QStringLiteral("name")));
}

void TestApiActions::moveResource()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const auto projects = await<QList<Project>>([&](QObject *c, auto cb) { m.staff->projects({}, 1, c, cb); });
    WPC_VERIFY_OK(projects);
    const auto target = std::find_if(
        projects->value.cbegin(), projects->value.cend(), [&](const Project &p) { return p.uuid != r->projectUuid; });
    QVERIFY(target != projects->value.cend());

    WPC_VERIFY_ERROR(m.perform(ResourceAction::moveResource(r->uuid, QUrl(target->url)), m.owner.get()),
        r->customerUuid.isEmpty() ? ApiError::Kind::NotFound : ApiError::Kind::Forbidden);

    const auto moved = m.perform(ResourceAction::moveResource(r->uuid, QUrl(target->url)));
    WPC_VERIFY_OK(moved);
    QVERIFY(moved->value.resource);
    QCOMPARE(moved->value.resource->uuid, r->uuid);
    QCOMPARE(moved->value.resource->projectUuid, target->uuid);

    const QUrl missing = m.staffClient->urlFor(Endpoints::projectUrlPath(kMissingUuid));
    const auto refused = m.perform(ResourceAction::moveResource(r->uuid, missing));
    WPC_VERIFY_ERROR(refused, ApiError::Kind::Validation);
    QVERIFY2(refused->error.fieldErrors.contains(QStringLiteral("project.url"))
            || refused->error.fieldErrors.contains(QStringLiteral("project")),
        qPrintable(refused->error.fieldErrorLines().join(QLatin1Char('|'))));
}

void TestApiActions::refreshLastSync()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const auto ok = m.perform(ResourceAction::refreshLastSync(r->uuid));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.httpStatus, 200);
    const auto after = m.retrieve(r->uuid);
    QVERIFY(after);
    QVERIFY(after->lastSync.isValid());
    QVERIFY(!r->lastSync.isValid() || after->lastSync > r->lastSync);
    WPC_VERIFY_ERROR(m.perform(ResourceAction::refreshLastSync(kMissingUuid)), ApiError::Kind::NotFound);
}

void TestApiActions::setAsErredAndOk()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    WPC_VERIFY_OK(m.perform(ResourceAction::setAsErred(r->uuid, QStringLiteral("Disk quota exceeded"), QString())));
    auto after = m.retrieve(r->uuid);
    QVERIFY(after);
    QCOMPARE(after->state, ResourceState::Erred);
    QCOMPARE(after->errorMessage, QStringLiteral("Disk quota exceeded"));

    WPC_VERIFY_OK(m.perform(ResourceAction::setAsOk(r->uuid)));
    after = m.retrieve(r->uuid);
    QVERIFY(after);
    QCOMPARE(after->state, ResourceState::OK);
    QVERIFY(after->errorMessage.isEmpty());

    WPC_VERIFY_ERROR(m.perform(ResourceAction::setAsErred(kMissingUuid, {}, {})), ApiError::Kind::NotFound);
    WPC_VERIFY_ERROR(m.perform(ResourceAction::setAsOk(kMissingUuid)), ApiError::Kind::NotFound);
}

void TestApiActions::setBackendId()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const auto changed = m.perform(ResourceAction::setBackendId(r->uuid, QStringLiteral("acct_from_test")));
    WPC_VERIFY_OK(changed);
    QCOMPARE(changed->value.status, QStringLiteral("Resource backend_id has been changed."));
    const auto same = m.perform(ResourceAction::setBackendId(r->uuid, QStringLiteral("acct_from_test")));
    WPC_VERIFY_OK(same);
    QCOMPARE(same->value.status, QStringLiteral("Resource backend_id is not changed."));
    QCOMPARE(m.retrieve(r->uuid)->backendId, QStringLiteral("acct_from_test"));

    const auto tooLong = m.perform(ResourceAction::setBackendId(r->uuid, QString(256, QLatin1Char('b'))));
    WPC_VERIFY_ERROR(tooLong, ApiError::Kind::Validation);
    QVERIFY(tooLong->error.fieldErrors.contains(QStringLiteral("backend_id")));
}

void TestApiActions::setBackendMetadata()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const QJsonObject metadata { { QStringLiteral("runtime_state"), QStringLiteral("ACTIVE") } };
    const auto ok = m.perform(ResourceAction::setBackendMetadata(r->uuid, metadata));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.status, QStringLiteral("The backend metadata is updated"));
    QCOMPARE(m.retrieve(r->uuid)->raw.value(QLatin1StringView("backend_metadata")).toObject(), metadata);
    WPC_VERIFY_ERROR(m.perform(ResourceAction::setBackendMetadata(kMissingUuid, metadata)), ApiError::Kind::NotFound);
}

void TestApiActions::flags_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("paused") << QStringLiteral("paused");
    QTest::newRow("downscaled") << QStringLiteral("downscaled");
    QTest::newRow("restrict_member_access") << QStringLiteral("restrict_member_access");
}

void TestApiActions::flags()
{
    QFETCH(QString, flag);
    const auto make = [&flag](const QString &uuid, bool on) {
        if (flag == QLatin1StringView("paused")) {
            return ResourceAction::setPaused(uuid, on);
        }
        if (flag == QLatin1StringView("downscaled")) {
            return ResourceAction::setDownscaled(uuid, on);
        }
        return ResourceAction::setRestrictMemberAccess(uuid, on);
    };
    const auto read = [&flag](const Resource &r) {
        return flag == QLatin1StringView("paused")    ? r.paused
            : flag == QLatin1StringView("downscaled") ? r.downscaled
                                                      : r.restrictMemberAccess;
    };
    const auto r = m.take(
        { ResourceState::OK }, [&](const Resource &x) { return !read(x); }, m.owner.get());
    WPC_REQUIRE(r, "OK resource of the owner with the flag off");

    WPC_VERIFY_ERROR(m.perform(make(r->uuid, true), m.owner.get()), ApiError::Kind::Forbidden); // staff only
    const auto changed = m.perform(make(r->uuid, true));
    WPC_VERIFY_OK(changed);
    QVERIFY2(changed->value.status.endsWith(QLatin1StringView("has been changed.")), qPrintable(changed->value.status));
    QVERIFY(read(*m.retrieve(r->uuid)));
    const auto again = m.perform(make(r->uuid, true));
    WPC_VERIFY_OK(again);
    QVERIFY2(again->value.status.endsWith(QLatin1StringView("is not changed.")), qPrintable(again->value.status));
}

void TestApiActions::setEndDateByProvider()
{
    const auto r = m.take({ ResourceState::OK }, {}, m.owner.get());
    WPC_REQUIRE(r, "OK resource of the owner");
    const auto tooSoon
        = m.perform(ResourceAction::setEndDateByProvider(r->uuid, serverToday().addDays(2)), m.owner.get());
    WPC_VERIFY_ERROR(tooSoon, ApiError::Kind::Validation);
    QVERIFY(tooSoon->error.fieldErrors.contains(QStringLiteral("end_date")));

    // The server refuses resources used in the last 90 days; try a few until one has been idle.
    bool set = false;
    for (int attempt = 0; attempt < 20 && !set; ++attempt) {
        const auto candidate = attempt == 0 ? r : m.take({ ResourceState::OK }, {}, m.owner.get());
        WPC_REQUIRE(candidate, "OK resource of the owner");
        const QDate date = serverToday().addDays(30);
        const auto result = m.perform(ResourceAction::setEndDateByProvider(candidate->uuid, date), m.owner.get());
        QVERIFY(result);
        if (result->ok()) {
            QCOMPARE(m.retrieve(candidate->uuid)->endDate, date);
            WPC_VERIFY_OK(m.perform(ResourceAction::setEndDateByProvider(candidate->uuid, QDate()), m.owner.get()));
            QVERIFY(!m.retrieve(candidate->uuid)->endDate.isValid());
            set = true;
        } else {
            QCOMPARE(result->error.kind, ApiError::Kind::Validation);
            QVERIFY(result->error.fieldErrors.contains(QStringLiteral("end_date")));
        }
    }
    QVERIFY(set);
}

void TestApiActions::setEndDateByStaff()
{
    const auto r = m.take({ ResourceState::OK }, {}, m.owner.get());
    WPC_REQUIRE(r, "OK resource of the owner");
    const QDate date = serverToday().addDays(45);
    WPC_VERIFY_ERROR(
        m.perform(ResourceAction::setEndDateByStaff(r->uuid, date), m.owner.get()), ApiError::Kind::Forbidden);
    const auto result = m.perform(ResourceAction::setEndDateByStaff(r->uuid, date));
    QVERIFY(result);
    if (result->ok()) {
        QCOMPARE(m.retrieve(r->uuid)->endDate, date);
    } else { // the same 90-day rule as for providers
        QVERIFY(result->error.fieldErrors.contains(QStringLiteral("end_date")));
    }
    WPC_VERIFY_OK(m.perform(ResourceAction::setEndDateByStaff(r->uuid, QDate())));
    QVERIFY(!m.retrieve(r->uuid)->endDate.isValid());
}

void TestApiActions::setLimits()
{
    const auto r = m.take({ ResourceState::OK }, [](const Resource &x) { return !x.limits.isEmpty(); });
    WPC_REQUIRE(r, "OK resource with limits");
    QMap<QString, qint64> limits;
    for (auto it = r->limits.cbegin(); it != r->limits.cend(); ++it) {
        limits.insert(it.key(), qint64(it.value()) + 7);
    }
    const auto ok = m.perform(ResourceAction::setLimits(r->uuid, limits));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.status, QStringLiteral("The resource limits are updated"));
    const auto after = m.retrieve(r->uuid);
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        QCOMPARE(after->limits.value(it.key()), double(it.value()));
    }
    WPC_VERIFY_ERROR(m.perform(ResourceAction::setLimits(kMissingUuid, limits)), ApiError::Kind::NotFound);
}

void TestApiActions::setSlug()
{
    const auto r = m.take({ ResourceState::OK }, {}, m.owner.get());
    WPC_REQUIRE(r, "OK resource of the owner");
    WPC_VERIFY_ERROR(m.perform(ResourceAction::setSlug(r->uuid, QStringLiteral("from-owner")), m.owner.get()),
        ApiError::Kind::Forbidden);
    const auto ok = m.perform(ResourceAction::setSlug(r->uuid, QStringLiteral("slug-from-test_1")));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.status, QStringLiteral("Resource slug has been changed."));
    QCOMPARE(m.retrieve(r->uuid)->slug, QStringLiteral("slug-from-test_1"));

    const auto invalid = m.perform(ResourceAction::setSlug(r->uuid, QStringLiteral("not a slug!")));
    WPC_VERIFY_ERROR(invalid, ApiError::Kind::Validation);
    QVERIFY(invalid->error.fieldErrors.contains(QStringLiteral("slug")));
    QVERIFY(invalid->error.message.contains(invalid->error.fieldErrors.value(QStringLiteral("slug")).first()));
}

void TestApiActions::submitReport()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource");
    const auto ok = m.perform(ResourceAction::submitReport(r->uuid,
        { { QStringLiteral("Usage"), QStringLiteral("Within limits.") },
            { QStringLiteral("Notes"), QStringLiteral("None.") } }));
    WPC_VERIFY_OK(ok);
    QCOMPARE(ok->value.status, QStringLiteral("Report is submitted"));
    QCOMPARE(m.retrieve(r->uuid)->raw.value(QLatin1StringView("report")).toArray().size(), 2);

    const auto empty = m.perform(ResourceAction::submitReport(r->uuid, {}));
    WPC_VERIFY_ERROR(empty, ApiError::Kind::Validation);
    QVERIFY(empty->error.fieldErrors.contains(QStringLiteral("report")));
}

void TestApiActions::terminate()
{
    const auto r = m.take({ ResourceState::OK });
    WPC_REQUIRE(r, "OK resource without a pending order");
    const auto ok = m.perform(ResourceAction::terminate(r->uuid));
    WPC_VERIFY_OK(ok);
    QVERIFY(!ok->value.orderUuid.isEmpty());
    QVERIFY(m.retrieve(r->uuid)->hasOrderInProgress);

    const auto twice = m.perform(ResourceAction::terminate(r->uuid)); // the pending order blocks a second one
    QVERIFY(twice && !twice->ok());

    const auto terminated = m.take({ ResourceState::Terminated });
    WPC_REQUIRE(terminated, "Terminated resource");
    const auto conflict = m.perform(ResourceAction::terminate(terminated->uuid));
    WPC_VERIFY_ERROR(conflict, ApiError::Kind::Conflict);
    QCOMPARE(conflict->error.message,
        QStringLiteral("The server refused the action in the resource's current state: %1")
            .arg(conflict->error.detail));

    if (m.server->simulator()) {
        m.server->simulator()->advanceClock(3600);
        QCOMPARE(m.retrieve(r->uuid)->state, ResourceState::Terminated);
    }
}

QTEST_GUILESS_MAIN(TestApiActions)
#include "tst_api_actions.moc"
