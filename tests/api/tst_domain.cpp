// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Entities.h"
#include "models/domain/JsonReader.h"
#include "models/domain/Offering.h"
#include "models/domain/Resource.h"
#include "models/domain/StringPool.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <thread>
#include <vector>

using namespace wpc;

// Domain parsing: every field type of Resource (strings, enum, dates, datetimes with microseconds and
// offsets, numbers, booleans, null and absent, wrong types) and the smaller entities.
class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceField_data();
    void resourceField();
    void resourceAbsentFieldsKeepDefaults();
    void resourceFullObject();
    void resourceEmptyRelations_data();
    void resourceEmptyRelations();
    void resourceIgnoresUnknownFields();
    void resourceStates();
    void parseDateTime_data();
    void parseDateTime();
    void readerNumbers();
    void offering();
    void offeringWrongTypes();
    void planPeriod();
    void teamMember();
    void smallEntities();
    void stringPoolSharesEqualStrings();
    void stringPoolFromManyThreads();
};

namespace {
QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qFatal("bad test JSON: %s", json.constData());
    }
    return doc.object();
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODateWithMs) : QString();
}

// One field of a parsed Resource as text, so that one data table can cover every field type.
QString fieldText(const Resource &r, const QString &key)
{
    const QHash<QString, QString> strings {
        { QStringLiteral("uuid"), r.uuid },
        { QStringLiteral("url"), r.url },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("slug"), r.slug },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("offering_uuid"), r.offeringUuid },
        { QStringLiteral("offering_name"), r.offeringName },
        { QStringLiteral("offering_type"), r.offeringType },
        { QStringLiteral("customer_uuid"), r.customerUuid },
        { QStringLiteral("customer_name"), r.customerName },
        { QStringLiteral("project_uuid"), r.projectUuid },
        { QStringLiteral("project_name"), r.projectName },
        { QStringLiteral("category_title"), r.categoryTitle },
        { QStringLiteral("plan_name"), r.planName },
        { QStringLiteral("backend_id"), r.backendId },
        { QStringLiteral("error_message"), r.errorMessage },
        { QStringLiteral("state"), ResourceStates::toWire(r.state) },
        { QStringLiteral("created"), iso(r.created) },
        { QStringLiteral("modified"), iso(r.modified) },
        { QStringLiteral("last_sync"), iso(r.lastSync) },
        { QStringLiteral("end_date"), r.endDate.toString(Qt::ISODate) },
        { QStringLiteral("project_end_date"), r.projectEndDate.toString(Qt::ISODate) },
        { QStringLiteral("paused"), r.paused ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("downscaled"), r.downscaled ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("restrict_member_access"),
            r.restrictMemberAccess ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("order_in_progress"),
            r.hasOrderInProgress ? QStringLiteral("true") : QStringLiteral("false") },
    };
    if (key == QLatin1StringView("limits")) {
        QStringList parts;
        for (auto it = r.limits.constBegin(); it != r.limits.constEnd(); ++it) {
            parts.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
        }
        return parts.join(QLatin1Char(';'));
    }
    if (!strings.contains(key)) {
        qFatal("fieldText: unknown key");
    }
    return strings.value(key);
}
} // namespace

void TestDomain::resourceField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value"); // JSON text of the value
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");

    const char *stringKeys[] = { "uuid", "url", "name", "slug", "description", "offering_uuid", "offering_name",
        "offering_type", "customer_uuid", "customer_name", "project_uuid", "project_name", "category_title",
        "plan_name", "backend_id", "error_message" };
    for (const char *key : stringKeys) {
        const QString k = QLatin1StringView(key);
        QTest::addRow("%s string", key) << k << QByteArray("\"Gen\\u00f6mics \\\"A\\\"\"") << true
                                        << QString::fromUtf8("Gen\u00f6mics \"A\"");
        QTest::addRow("%s empty", key) << k << QByteArray("\"\"") << true << QString();
        QTest::addRow("%s null", key) << k << QByteArray("null") << true << QString();
        QTest::addRow("%s number", key) << k << QByteArray("12") << false << QString();
        QTest::addRow("%s object", key) << k << QByteArray("{}") << false << QString();
    }

    const QString state = QStringLiteral("state");
    for (const char *wire : { "Creating", "OK", "Erred", "Updating", "Terminating", "Terminated" }) {
        QTest::addRow("state %s", wire) << state << (QByteArray("\"") + wire + '"') << true
                                        << QString::fromLatin1(wire);
    }
    QTest::newRow("state lower case is unknown") << state << QByteArray("\"ok\"") << true << QString();
    QTest::newRow("state from a newer server") << state << QByteArray("\"Frozen\"") << true << QString();
    QTest::newRow("state null") << state << QByteArray("null") << true << QString();
    QTest::newRow("state number") << state << QByteArray("2") << false << QString();

    for (const char *key : { "created", "modified", "last_sync" }) {
        const QString k = QLatin1StringView(key);
        QTest::addRow("%s microseconds UTC", key) << k << QByteArray("\"2026-01-15T09:30:00.123456+00:00\"") << true
                                                  << QStringLiteral("2026-01-15T09:30:00.123Z");
        QTest::addRow("%s offset", key) << k << QByteArray("\"2026-01-15T09:30:00.5+02:00\"") << true
                                        << QStringLiteral("2026-01-15T07:30:00.500Z");
        // Truncated, not rounded up into the next second.
        QTest::addRow("%s negative offset, microseconds", key)
            << k << QByteArray("\"2026-01-15T22:30:59.999999-05:00\"") << true
            << QStringLiteral("2026-01-16T03:30:59.999Z");
        QTest::addRow("%s Z", key) << k << QByteArray("\"2026-03-01T10:00:00Z\"") << true
                                   << QStringLiteral("2026-03-01T10:00:00.000Z");
        QTest::addRow("%s no fraction", key)
            << k << QByteArray("\"2026-03-01T10:00:00+00:00\"") << true << QStringLiteral("2026-03-01T10:00:00.000Z");
        QTest::addRow("%s no zone is UTC", key)
            << k << QByteArray("\"2026-03-01T10:00:00\"") << true << QStringLiteral("2026-03-01T10:00:00.000Z");
        QTest::addRow("%s null", key) << k << QByteArray("null") << true << QString();
        QTest::addRow("%s not a date", key) << k << QByteArray("\"yesterday\"") << false << QString();
        QTest::addRow("%s number", key) << k << QByteArray("1767000000") << false << QString();
    }

    for (const char *key : { "end_date", "project_end_date" }) {
        const QString k = QLatin1StringView(key);
        QTest::addRow("%s date", key) << k << QByteArray("\"2026-02-01\"") << true << QStringLiteral("2026-02-01");
        QTest::addRow("%s null", key) << k << QByteArray("null") << true << QString();
        QTest::addRow("%s impossible day", key) << k << QByteArray("\"2026-02-30\"") << false << QString();
        QTest::addRow("%s datetime", key) << k << QByteArray("\"2026-02-01T00:00:00\"") << false << QString();
        QTest::addRow("%s bool", key) << k << QByteArray("false") << false << QString();
    }

    for (const char *key : { "paused", "downscaled", "restrict_member_access" }) {
        const QString k = QLatin1StringView(key);
        QTest::addRow("%s true", key) << k << QByteArray("true") << true << QStringLiteral("true");
        QTest::addRow("%s false", key) << k << QByteArray("false") << true << QStringLiteral("false");
        QTest::addRow("%s null", key) << k << QByteArray("null") << true << QStringLiteral("false");
        QTest::addRow("%s string", key) << k << QByteArray("\"true\"") << false << QStringLiteral("false");
        QTest::addRow("%s number", key) << k << QByteArray("1") << false << QStringLiteral("false");
    }

    const QString limits = QStringLiteral("limits");
    QTest::newRow("limits numbers") << limits << QByteArray(R"({"ram":20480,"cpu":100,"gpu":0.5})") << true
                                    << QStringLiteral("cpu=100;gpu=0.5;ram=20480");
    QTest::newRow("limits empty") << limits << QByteArray("{}") << true << QString();
    QTest::newRow("limits null") << limits << QByteArray("null") << true << QString();
    QTest::newRow("limits null value skipped")
        << limits << QByteArray(R"({"cpu":null,"ram":1})") << true << QStringLiteral("ram=1");
    QTest::newRow("limits string value") << limits << QByteArray(R"({"cpu":"100"})") << false << QString();
    QTest::newRow("limits list") << limits << QByteArray("[1,2]") << false << QString();

    const QString order = QStringLiteral("order_in_progress");
    QTest::newRow("order in progress") << order << QByteArray(R"({"uuid":"aa11","type":"Terminate"})") << true
                                       << QStringLiteral("true");
    QTest::newRow("no order in progress") << order << QByteArray("null") << true << QStringLiteral("false");
    QTest::newRow("order in progress wrong type")
        << order << QByteArray("\"aa11\"") << false << QStringLiteral("false");
}

void TestDomain::resourceField()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    const QJsonObject json = object("{\"" + key.toUtf8() + "\":" + value + '}');
    QString error;
    const std::optional<Resource> resource = Resource::fromJson(json, false, &error);
    QCOMPARE(resource.has_value(), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(fieldText(*resource, key), expected);
        if (key == QLatin1StringView("created")) {
            // Stored as UTC: offset QDateTimes allocate, and table rows hold many of these.
            QCOMPARE(resource->created.timeSpec(), resource->created.isValid() ? Qt::UTC : Qt::LocalTime);
        }
    } else {
        QVERIFY2(error.contains(key), qPrintable(error)); // the message names the field
    }
}

void TestDomain::resourceAbsentFieldsKeepDefaults()
{
    QString error;
    const std::optional<Resource> r = Resource::fromJson(QJsonObject(), false, &error);
    QVERIFY(r);
    QVERIFY(r->uuid.isNull());
    QCOMPARE(r->state, ResourceState::Unknown);
    QVERIFY(!r->created.isValid());
    QVERIFY(!r->endDate.isValid());
    QVERIFY(r->limits.isEmpty());
    QVERIFY(!r->paused && !r->downscaled && !r->restrictMemberAccess && !r->hasOrderInProgress);
    QVERIFY(r->raw.isEmpty());
}

void TestDomain::resourceFullObject()
{
    // The example of the behaviour reference §5, as a full retrieve sends it.
    const QJsonObject json = object(R"({"uuid":"8f1c2a9e0b3d4c5f9a7e6d5c4b3a2918",
        "url":"https://waldur.example.com/api/marketplace-resources/8f1c2a9e0b3d4c5f9a7e6d5c4b3a2918/",
        "name":"hpc-alloc-1","slug":"hpc-alloc-1","description":"","state":"OK","backend_id":"acct_123",
        "offering":"https://waldur.example.com/api/marketplace-public-offerings/1a2b/","offering_uuid":"1a2b",
        "offering_name":"HPC Cluster","offering_type":"Marketplace.Slurm","offering_state":"Active",
        "provider_uuid":"9c8d","project_uuid":"5e6f","project_name":"Genomics","customer_uuid":"7a8b",
        "plan_uuid":"3c4d","plan_unit":"month","limits":{"cpu":1000,"storage":500},"current_usages":{"cpu":120.5},
        "limit_usage":{"cpu":120.5,"storage":null},"backend_metadata":{},"report":null,"options":null,
        "end_date":null,"paused":false,"downscaled":false,"error_message":"","available_actions":[],
        "can_terminate":true,"last_sync":"2026-03-01T10:00:00.123456+00:00","created":"2026-01-15T09:30:00+00:00",
        "order_in_progress":null,"creation_order":{"uuid":"aa11","type":"Create","state":"done"}})");
    QString error;
    const std::optional<Resource> kept = Resource::fromJson(json, true, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->name, QStringLiteral("hpc-alloc-1"));
    QCOMPARE(kept->state, ResourceState::OK);
    QCOMPARE(kept->offeringType, QStringLiteral("Marketplace.Slurm"));
    QCOMPARE(kept->limits.value(QStringLiteral("storage")), 500.0);
    QCOMPARE(kept->lastSync, QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE(kept->created, QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::utc()));
    QVERIFY(!kept->hasOrderInProgress);
    QCOMPARE(kept->raw, json);

    const std::optional<Resource> row = Resource::fromJson(json, false, &error);
    QVERIFY(row);
    QVERIFY(row->raw.isEmpty()); // table rows never carry the whole object
}

// Every key Waldur leaves out or sends as null for an empty relation (ERRATA §1), and the nullable fields
// besides: a resource decodes the same whichever way the server says "nothing".
void TestDomain::resourceEmptyRelations_data()
{
    QTest::addColumn<bool>("asNull");
    QTest::newRow("left out") << false;
    QTest::newRow("null") << true;
}

void TestDomain::resourceEmptyRelations()
{
    QFETCH(bool, asNull);
    const QStringList relations { QStringLiteral("parent_uuid"), QStringLiteral("parent_name"),
        QStringLiteral("parent_offering_uuid"), QStringLiteral("parent_offering_name"),
        QStringLiteral("parent_offering_slug"), QStringLiteral("service_settings_uuid"), QStringLiteral("plan"),
        QStringLiteral("plan_unit"), QStringLiteral("plan_name"), QStringLiteral("plan_uuid"),
        QStringLiteral("plan_description"), QStringLiteral("project_end_date_requested_by"),
        QStringLiteral("end_date_requested_by"), QStringLiteral("offering_image"), QStringLiteral("offering_thumbnail"),
        QStringLiteral("category_icon"), QStringLiteral("scope"), QStringLiteral("report"),
        QStringLiteral("resource_uuid"), QStringLiteral("resource_type"), QStringLiteral("end_date"),
        QStringLiteral("project_end_date"), QStringLiteral("order_in_progress"), QStringLiteral("creation_order"),
        QStringLiteral("username"), QStringLiteral("options"), QStringLiteral("renewal_date"),
        QStringLiteral("last_sync") };
    QJsonObject json = object(R"({"uuid":"8f1c2a9e0b3d4c5f9a7e6d5c4b3a2918","name":"vm-1","state":"OK",
        "offering_uuid":"1a2b3c4d5e6f708192a3b4c5d6e7f809","offering_name":"VMs","offering_type":"OpenStack.Instance",
        "backend_id":"b-1","paused":false,"limits":{"cores":2},
        "parent_uuid":"00112233445566778899aabbccddeeff","parent_name":"tenant-1",
        "parent_offering_uuid":"ffeeddccbbaa99887766554433221100","parent_offering_name":"Tenants",
        "parent_offering_slug":"tenants","service_settings_uuid":"0123456789abcdef0123456789abcdef",
        "plan":"https://h/api/marketplace-public-offerings/1a2b3c4d5e6f708192a3b4c5d6e7f809/plans/aa/",
        "plan_unit":"month","plan_name":"Small","plan_uuid":"aa","plan_description":"",
        "project_end_date_requested_by":"https://h/api/users/u1/","end_date_requested_by":"https://h/api/users/u1/",
        "offering_image":"https://h/media/i.png","offering_thumbnail":"https://h/media/t.png",
        "category_icon":"https://h/media/c.svg","scope":"https://h/api/openstack-instances/x/",
        "report":[{"header":"h","body":"b"}],"resource_uuid":"0123456789abcdef0123456789abcdef",
        "resource_type":"OpenStack.Instance","end_date":"2027-01-01","project_end_date":"2027-02-01",
        "order_in_progress":{"uuid":"o1","type":"Update","state":"executing"},"creation_order":{"uuid":"o0"},
        "username":"alice","options":{"a":1},"renewal_date":{"cores":"2027-01-01"},
        "last_sync":"2026-03-01T10:00:00+00:00"})");
    QString error;
    const std::optional<Resource> full = Resource::fromJson(json, true, &error);
    QVERIFY2(full, qPrintable(error));
    QCOMPARE(full->planName, QStringLiteral("Small"));
    QVERIFY(full->endDate.isValid() && full->projectEndDate.isValid() && full->lastSync.isValid());
    QVERIFY(full->hasOrderInProgress);

    for (const QString &key : relations) {
        QVERIFY2(json.contains(key), qPrintable(key));
        if (asNull) {
            json.insert(key, QJsonValue::Null);
        } else {
            json.remove(key);
        }
    }
    const std::optional<Resource> empty = Resource::fromJson(json, true, &error);
    QVERIFY2(empty, qPrintable(error));
    QCOMPARE(empty->uuid, full->uuid);
    QCOMPARE(empty->name, full->name);
    QCOMPARE(empty->state, ResourceState::OK);
    QCOMPARE(empty->backendId, full->backendId);
    QCOMPARE(empty->limits, full->limits);
    QVERIFY(empty->planName.isEmpty());
    QVERIFY(!empty->endDate.isValid());
    QVERIFY(!empty->projectEndDate.isValid());
    QVERIFY(!empty->lastSync.isValid());
    QVERIFY(!empty->hasOrderInProgress);
    QCOMPARE(empty->raw, json);
}

void TestDomain::resourceIgnoresUnknownFields()
{
    QString error;
    const auto r
        = Resource::fromJson(object(R"({"name":"x","brand_new_field":[1,{"a":2}],"options":7})"), false, &error);
    QVERIFY(r);
    QCOMPARE(r->name, QStringLiteral("x"));
}

void TestDomain::resourceStates()
{
    for (ResourceState s : { ResourceState::Creating, ResourceState::OK, ResourceState::Erred, ResourceState::Updating,
             ResourceState::Terminating, ResourceState::Terminated }) {
        QCOMPARE(ResourceStates::fromWire(ResourceStates::toWire(s)), s);
        QVERIFY(!ResourceStates::displayName(s).isEmpty());
    }
    QVERIFY(ResourceStates::toWire(ResourceState::Unknown).isEmpty());
    QVERIFY(!ResourceStates::displayName(ResourceState::Unknown).isEmpty());
    QVERIFY(ResourceStates::isTransitional(ResourceState::Creating));
    QVERIFY(ResourceStates::isTransitional(ResourceState::Updating));
    QVERIFY(ResourceStates::isTransitional(ResourceState::Terminating));
    QVERIFY(!ResourceStates::isTransitional(ResourceState::OK));
    QVERIFY(!ResourceStates::isTransitional(ResourceState::Erred));
    QVERIFY(!ResourceStates::isTransitional(ResourceState::Terminated));
}

void TestDomain::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty = invalid

    QTest::newRow("python isoformat") << QStringLiteral("2026-01-15T09:30:00.123456+00:00")
                                      << QStringLiteral("2026-01-15T09:30:00.123Z");
    QTest::newRow("nine digits") << QStringLiteral("2026-01-15T09:30:00.123456789+05:30")
                                 << QStringLiteral("2026-01-15T04:00:00.123Z");
    QTest::newRow("one digit") << QStringLiteral("2026-01-15T09:30:00.1Z")
                               << QStringLiteral("2026-01-15T09:30:00.100Z");
    QTest::newRow("crosses the date line")
        << QStringLiteral("2026-01-01T01:00:00+03:00") << QStringLiteral("2025-12-31T22:00:00.000Z");
    QTest::newRow("garbage") << QStringLiteral("2026-13-45T99:00:00Z") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestDomain::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = JsonReader::parseDateTime(text);
    QCOMPARE(parsed.isValid(), !utc.isEmpty());
    if (parsed.isValid()) {
        QCOMPARE(parsed.toString(Qt::ISODateWithMs), utc);
    }
}

void TestDomain::readerNumbers()
{
    JsonReader reader(object(R"({"i":5,"f":2.5,"d":"120.50","bad":"12x","n":null,"big":1e300})"));
    QCOMPARE(reader.integer(QLatin1StringView("i")), std::optional<qint64>(5));
    QCOMPARE(reader.decimal(QLatin1StringView("d")), std::optional<double>(120.5));
    QCOMPARE(reader.decimal(QLatin1StringView("f")), std::optional<double>(2.5));
    QCOMPARE(reader.number(QLatin1StringView("n")), std::nullopt);
    QCOMPARE(reader.integer(QLatin1StringView("absent")), std::nullopt);
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.integer(QLatin1StringView("f")), std::nullopt);
    QVERIFY(reader.error().contains(QLatin1StringView("\"f\"")));

    JsonReader second(object(R"({"bad":"12x"})"));
    QCOMPARE(second.decimal(QLatin1StringView("bad")), std::nullopt);
    QVERIFY(second.hasError());
    JsonReader third(object(R"({"big":1e300})"));
    QCOMPARE(third.integer(QLatin1StringView("big")), std::nullopt);
    QVERIFY(third.hasError());
}

void TestDomain::offering()
{
    const QJsonObject json = object(R"({"uuid":"1a2b","name":"HPC Cluster","type":"Marketplace.Slurm",
        "state":"Active","unknown":{"x":1},
        "components":[{"type":"cpu","name":"CPU","billing_type":"limit","measured_unit":"h","limit_period":"month",
                       "min_value":1,"max_value":1000},
                      {"type":"storage","name":"Storage","billing_type":"usage","measured_unit":"GB",
                       "limit_period":null,"min_value":null}],
        "plans":[{"uuid":"p1","name":"Default","unit":"month","unit_price":"10.5000000000"},
                 {"uuid":"p2","name":"Cheap","unit":"day","unit_price":3}],
        "resource_options":{"options":{"quota":{"type":"integer"}},"order":["quota"]},
        "plugin_options":{"service_provider_can_create_offering_user":true}})");
    QString error;
    const std::optional<Offering> offering = Offering::fromJson(json, &error);
    QVERIFY2(offering, qPrintable(error));
    QCOMPARE(offering->name, QStringLiteral("HPC Cluster"));
    QCOMPARE(offering->state, QStringLiteral("Active"));
    QCOMPARE(offering->components.size(), 2);
    QCOMPARE(offering->components.at(0).billingType, QStringLiteral("limit"));
    QCOMPARE(offering->components.at(0).limitPeriod, QStringLiteral("month"));
    QCOMPARE(offering->components.at(0).maxValue, std::optional<qint64>(1000));
    QCOMPARE(offering->components.at(1).minValue, std::nullopt);
    QCOMPARE(offering->components.at(1).limitPeriod, QString());
    QCOMPARE(offering->plans.size(), 2);
    QCOMPARE(offering->plans.at(0).price, QStringLiteral("10.5000000000"));
    QCOMPARE(offering->plans.at(1).price, QStringLiteral("3"));
    QVERIFY(offering->resourceOptions.value(QLatin1StringView("options")).isObject());
    QVERIFY(offering->pluginOptions.value(QLatin1StringView("service_provider_can_create_offering_user")).toBool());
    QCOMPARE(offering->raw, json);
}

void TestDomain::offeringWrongTypes()
{
    QString error;
    QVERIFY(!Offering::fromJson(object(R"({"components":[{"type":"cpu","max_value":"1000"}]})"), &error));
    QVERIFY2(error.contains(QLatin1StringView("components[0].max_value")), qPrintable(error));
    QVERIFY(!Offering::fromJson(object(R"({"plans":["p1"]})"), &error));
    QVERIFY2(error.contains(QLatin1StringView("plans[0]")), qPrintable(error));
    QVERIFY(!Offering::fromJson(object(R"({"components":{}})"), &error));
    QVERIFY(!Offering::fromJson(object(R"({"resource_options":[]})"), &error));
}

void TestDomain::planPeriod()
{
    const QJsonObject json = object(R"({"uuid":"pp1","plan_name":"Default","plan_uuid":"p1",
        "start":"2026-01-15T00:00:00+00:00","end":null,
        "components":[{"uuid":"c1","created":"2026-03-01T00:00:00+00:00","description":"","type":"cpu",
                       "name":"CPU hours","measured_unit":"h","usage":"120.50","date":"2026-03-01T00:00:00+00:00",
                       "recurring":false}]})");
    QString error;
    const auto period = PlanPeriod::fromJson(json, &error);
    QVERIFY2(period, qPrintable(error));
    QCOMPARE(period->planName, QStringLiteral("Default"));
    QCOMPARE(period->start, QDateTime(QDate(2026, 1, 15), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(!period->end.isValid());
    QCOMPARE(period->components.size(), 1);
    QCOMPARE(period->components.at(0).usage, 120.5);
    QCOMPARE(period->components.at(0).measuredUnit, QStringLiteral("h"));
    QCOMPARE(period->components.at(0).date, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()));

    QVERIFY(!PlanPeriod::fromJson(object(R"({"components":[{"usage":"lots"}]})"), &error));
    QVERIFY2(error.contains(QLatin1StringView("components[0].usage")), qPrintable(error));
    QVERIFY(!PlanPeriod::fromJson(object(R"({"components":[7]})"), &error));
    QVERIFY(!PlanPeriod::fromJson(object(R"({"start":"soon"})"), &error));
}

void TestDomain::teamMember()
{
    QString error;
    const auto alice = TeamMember::fromJson(object(R"({"url":"http://h/api/users/u1/","uuid":"u1",
        "username":"alice","full_name":"Alice Smith","email":"alice@example.org","role":"PROJECT.ADMIN",
        "expiration_time":"2027-01-01T00:00:00+00:00","offering_user_username":"asmith",
        "offering_user_state":"OK"})"),
        &error);
    QVERIFY2(alice, qPrintable(error));
    QCOMPARE(alice->fullName, QStringLiteral("Alice Smith"));
    QCOMPARE(alice->role, QStringLiteral("PROJECT.ADMIN"));
    QCOMPARE(alice->expirationTime, QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(alice->offeringUserUsername, QStringLiteral("asmith"));
    QCOMPARE(alice->offeringUserState, QStringLiteral("OK"));

    const auto bob = TeamMember::fromJson(
        object(R"({"uuid":"u2","username":"bob","expiration_time":null,"offering_user_username":null,
                   "offering_user_state":null})"),
        &error);
    QVERIFY(bob);
    QVERIFY(!bob->expirationTime.isValid());
    QVERIFY(bob->offeringUserState.isEmpty());
    QVERIFY(!TeamMember::fromJson(object(R"({"role":["PROJECT.ADMIN"]})"), &error));
    QVERIFY(error.contains(QLatin1StringView("role")));
}

void TestDomain::smallEntities()
{
    QString error;
    const auto sub = SubresourceOffering::fromJson(object(R"({"uuid":"4d5e","type":"OpenStack.Instance"})"), &error);
    QVERIFY(sub);
    QCOMPARE(sub->type, QStringLiteral("OpenStack.Instance"));
    QVERIFY(!SubresourceOffering::fromJson(object(R"({"uuid":5})"), &error));

    const auto me = CurrentUser::fromJson(
        object(R"({"uuid":"u0","username":"staff","full_name":"Staff User","is_staff":true,"is_support":false})"),
        &error);
    QVERIFY(me);
    QVERIFY(me->isStaff);
    QVERIFY(!me->isSupport);
    QCOMPARE(me->fullName, QStringLiteral("Staff User"));
    QVERIFY(!CurrentUser::fromJson(object(R"({"is_staff":"yes"})"), &error));

    const auto project = Project::fromJson(object(R"({"uuid":"p1","url":"http://h/api/projects/p1/","name":"Genomics",
        "customer_uuid":"c1","customer_name":"Uni","end_date":"2027-06-30"})"),
        &error);
    QVERIFY(project);
    QCOMPARE(project->url, QStringLiteral("http://h/api/projects/p1/"));
    QCOMPARE(project->customerName, QStringLiteral("Uni"));
    QCOMPARE(project->endDate, QDate(2027, 6, 30));
    QVERIFY(!Project::fromJson(object(R"({"end_date":"30.06.2027"})"), &error));

    const auto offering
        = NamedRef::fromJson(object(R"({"uuid":"o1","name":"HPC","type":"Marketplace.Slurm"})"), &error);
    QVERIFY(offering);
    QCOMPARE(offering->extra, QStringLiteral("Marketplace.Slurm"));
    const auto customer
        = NamedRef::fromJson(object(R"({"uuid":"c1","name":"University","abbreviation":"UNI"})"), &error);
    QVERIFY(customer);
    QCOMPARE(customer->extra, QStringLiteral("UNI"));
    QVERIFY(!NamedRef::fromJson(object(R"({"name":false})"), &error));
}

void TestDomain::stringPoolSharesEqualStrings()
{
    StringPool pool;
    const QByteArray json = R"({"uuid":"a","name":"one","customer_name":"Alpha Uni","offering_name":"HPC",)"
                            R"("project_name":"P","plan_name":""})";
    Resource first = *Resource::fromJson(object(json), false, nullptr);
    Resource second = *Resource::fromJson(object(json), false, nullptr);
    QVERIFY(first.customerName.constData() != second.customerName.constData()); // two parses, two copies
    first.shareStrings(pool);
    second.shareStrings(pool);
    QCOMPARE(second.customerName, QStringLiteral("Alpha Uni"));
    QCOMPARE(second.customerName.constData(), first.customerName.constData());
    QCOMPARE(second.offeringName.constData(), first.offeringName.constData());
    QCOMPARE(second.projectName.constData(), first.projectName.constData());
    QVERIFY(second.name.constData() != first.name.constData()); // names of resources are their own
    QVERIFY(second.planName.isEmpty());
    QCOMPARE(pool.size(), 3); // empty strings are not pooled
}

void TestDomain::stringPoolFromManyThreads()
{
    // Pages are decoded on worker threads at once; every thread must end up with the one shared copy.
    StringPool pool;
    constexpr int kThreads = 4;
    constexpr int kNames = 500;
    std::vector<std::vector<QString>> results(kThreads);
    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&pool, &out = results[size_t(t)]] {
            for (int i = 0; i < kNames; ++i) {
                QString name = QStringLiteral("customer %1").arg(i);
                pool.share({ &name });
                out.push_back(name);
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(pool.size(), kNames);
    for (int i = 0; i < kNames; ++i) {
        for (int t = 1; t < kThreads; ++t) {
            QCOMPARE(results[size_t(t)][size_t(i)].constData(), results[0][size_t(i)].constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
