// SPDX-License-Identifier: GPL-3.0-or-later
// Every one of the 29 provider-resource operations, answered by the simulator, checked against the
// Waldur 8.0.5 OpenAPI schema with a real JSON Schema validator, formats included, with the corrections of
// shared/waldur-openapi/ERRATA.md applied as a small overlay (tests/data/openapi-errata.json).

#include "models/sim/Simulator.h"
#include "tests/sim/OpenApiValidator.h"
#include "tests/sim/SimFixture.h"
#include "tests/sim/SimTestClient.h"

#include <QDate>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

namespace {

const QString kItem = QStringLiteral("/api/marketplace-provider-resources/{uuid}/");

QString actionPath(const QString &action)
{
    return action.isEmpty() ? kItem : kItem + action + QLatin1Char('/');
}

} // namespace

class tst_Schema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translationOfNullable();
    void negativeControl();
    void formatsAsWaldurWritesThem();
    void errataRelaxNothingElse();
    void emptyRelationsAreLeftOutOrNull_data();
    void emptyRelationsAreLeftOutOrNull();
    void operations_data();
    void operations();
    void changedResourcesStillValid();

private:
    QString pick(const QString &type, const QString &state, bool needsBackendId);
    QString expand(QString body) const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
    OpenApiValidator m_api;
    QStringList m_used;
    QStringList m_unlinked;
};

void tst_Schema::initTestCase()
{
    QString error;
    QVERIFY2(
        m_api.load(QStringLiteral(WPC_OPENAPI_JSON), &error, QStringLiteral(WPC_OPENAPI_ERRATA)), qPrintable(error));
    sim::Simulator::Config config;
    config.seed = 7;
    config.resourceCount = 300;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::staffToken());
}

// The translation must keep null out of non-nullable fields and let it into nullable ones.
void tst_Schema::translationOfNullable()
{
    const QJsonObject date = m_api.componentSchema(QStringLiteral("ResourceUpdate"));
    const QJsonObject ok { { QStringLiteral("name"), QStringLiteral("x") },
        { QStringLiteral("end_date"), QJsonValue::Null } };
    QCOMPARE(m_api.validate(date, ok), QStringList());
    QJsonObject badDate = ok;
    badDate.insert(QStringLiteral("end_date"), QStringLiteral("2026-13-45"));
    QVERIFY(!m_api.validate(date, badDate).isEmpty());
    QJsonObject nullName = ok;
    nullName.insert(QStringLiteral("name"), QJsonValue::Null);
    QVERIFY(!m_api.validate(date, nullName).isEmpty());
    QJsonObject missingName = ok;
    missingName.remove(QStringLiteral("name"));
    QVERIFY(!m_api.validate(date, missingName).isEmpty());
}

// A deliberately broken resource must fail, so the operations test cannot pass vacuously.
void tst_Schema::negativeControl()
{
    const QString uuid = m_sim->resourceUuids().constFirst();
    QJsonObject resource = m_sim->resourceJson(uuid);
    const QJsonObject schema = m_api.componentSchema(QStringLiteral("Resource"));
    QCOMPARE(m_api.validate(schema, resource), QStringList());

    const QList<std::pair<QString, QJsonValue>> breakages {
        { QStringLiteral("state"), QStringLiteral("Running") },
        { QStringLiteral("limits"), QJsonObject { { QStringLiteral("cpu"), QStringLiteral("many") } } },
        { QStringLiteral("created"), QStringLiteral("yesterday") },
        { QStringLiteral("paused"), QStringLiteral("false") },
        { QStringLiteral("slug"), QStringLiteral("has spaces") },
        { QStringLiteral("plan_unit"), QStringLiteral("fortnight") },
        { QStringLiteral("order_in_progress"), QJsonObject { { QStringLiteral("state"), QStringLiteral("stuck") } } },
    };
    for (const auto &[field, value] : breakages) {
        QJsonObject broken = resource;
        broken.insert(field, value);
        QVERIFY2(!m_api.validate(schema, broken).isEmpty(), qPrintable(field));
    }
    const QJsonObject list
        = m_api.responseSchema(QStringLiteral("/api/marketplace-provider-resources/"), QStringLiteral("get"), 200);
    QVERIFY(!m_api.validate(list, resource).isEmpty()); // an object where an array is due
}

// The "" that Waldur never sends for an identifier or a link must fail, and so must identifiers written
// in a form Waldur does not use.
void tst_Schema::formatsAsWaldurWritesThem()
{
    const QString uuid = m_sim->resourceUuids().constFirst();
    const QJsonObject resource = m_sim->resourceJson(uuid);
    const QJsonObject schema = m_api.componentSchema(QStringLiteral("Resource"));
    QCOMPARE(m_api.validate(schema, resource), QStringList());
    const QList<std::pair<QString, QJsonValue>> breakages {
        { QStringLiteral("parent_uuid"), QString() },
        { QStringLiteral("parent_offering_uuid"), QString() },
        { QStringLiteral("service_settings_uuid"), QString() },
        { QStringLiteral("project_end_date_requested_by"), QString() },
        { QStringLiteral("project_uuid"), QStringLiteral("8F1C2A9E0B3D4C5F9A7E6D5C4B3A2918") },
        { QStringLiteral("project_uuid"), QStringLiteral("8f1c2a9e-0b3d-4c5f-9a7e-6d5c4b3a2918") },
        { QStringLiteral("offering"), QStringLiteral("/api/marketplace-public-offerings/x/") },
        { QStringLiteral("url"), QString() },
        { QStringLiteral("plan"), QString() },
    };
    for (const auto &[field, value] : breakages) {
        QJsonObject broken = resource;
        broken.insert(field, value);
        QVERIFY2(!m_api.validate(schema, broken).isEmpty(), qPrintable(field + QLatin1Char('=') + value.toString()));
    }
}

// The overlay makes exactly the listed fields nullable or blank; everything else stays as strict.
void tst_Schema::errataRelaxNothingElse()
{
    const QJsonObject resource = m_sim->resourceJson(m_sim->resourceUuids().constFirst());
    const QJsonObject schema = m_api.componentSchema(QStringLiteral("Resource"));
    for (const char *field :
        { "url", "offering", "project", "uuid", "project_uuid", "customer_uuid", "offering_uuid" }) {
        QJsonObject broken = resource;
        broken.insert(QLatin1StringView(field), QJsonValue::Null);
        QVERIFY2(!m_api.validate(schema, broken).isEmpty(), field);
    }
    for (const char *field : { "plan", "scope", "report", "offering_image", "project_end_date_requested_by" }) {
        QJsonObject nulled = resource;
        nulled.insert(QLatin1StringView(field), QJsonValue::Null);
        QVERIFY2(m_api.validate(schema, nulled).isEmpty(), field);
    }
    QString error;
    OpenApiValidator typo;
    QTemporaryFile overlay;
    QVERIFY(overlay.open());
    overlay.write(R"({"nullable":{"Resource":["no_such_field"]}})");
    overlay.close();
    QVERIFY(!typo.load(QStringLiteral(WPC_OPENAPI_JSON), &error, overlay.fileName()));
    QVERIFY2(error.contains(QLatin1StringView("no_such_field")), qPrintable(error));
}

// For each kind of empty relation, a resource of the world that has it, rendered exactly as Waldur renders
// it: the key left out when the chain breaks midway, null when its last link is empty (ERRATA §1).
void tst_Schema::emptyRelationsAreLeftOutOrNull_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); // "absent", "null" or "present"
    QTest::addColumn<QStringList>("companions"); // fields that follow the same rule
    QTest::addColumn<QString>("type");

    const auto row = [](const char *name, const char *field, const char *expected, const QStringList &companions,
                         const char *type) {
        QTest::newRow(name) << QString::fromLatin1(field) << QString::fromLatin1(expected) << companions
                            << QString::fromLatin1(type);
    };
    row("no parent", "parent_uuid", "absent", { QStringLiteral("parent_name") }, "Marketplace.Slurm");
    row("a parent", "parent_uuid", "present", { QStringLiteral("parent_name") }, "OpenStack.Instance");
    row("no parent offering", "parent_offering_uuid", "absent",
        { QStringLiteral("parent_offering_name"), QStringLiteral("parent_offering_slug") }, "Marketplace.Slurm");
    row("a parent offering", "parent_offering_uuid", "present",
        { QStringLiteral("parent_offering_name"), QStringLiteral("parent_offering_slug") }, "OpenStack.Volume");
    row("no service settings", "service_settings_uuid", "absent", {}, "Marketplace.Basic");
    row("service settings", "service_settings_uuid", "present", {}, "OpenStack.Tenant");
    row("no plan", "plan", "null",
        { QStringLiteral("!plan_unit"), QStringLiteral("!plan_name"), QStringLiteral("!plan_uuid"),
            QStringLiteral("!plan_description") },
        "Support.OfferingTemplate");
    row("no image", "offering_image", "null", { QStringLiteral("offering_thumbnail") }, "Marketplace.Basic");
    row("no scope", "scope", "null", { QStringLiteral("resource_uuid"), QStringLiteral("resource_type") },
        "Marketplace.Basic");
    row("no report", "report", "null", {}, "Marketplace.Slurm");
    row("no end-date requester", "project_end_date_requested_by", "null", {}, "Marketplace.Slurm");
}

void tst_Schema::emptyRelationsAreLeftOutOrNull()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(QStringList, companions);
    QFETCH(QString, type);

    const auto has = [&](const QJsonObject &r) {
        if (expected == u"absent") {
            return !r.contains(field);
        }
        if (expected == u"null") {
            return r.value(field).isNull();
        }
        return r.value(field).isString();
    };
    const QStringList found = findResources(*m_sim, [&](const QJsonObject &r) { return ofType(type)(r) && has(r); });
    QVERIFY2(!found.isEmpty(), "the world has no such resource");

    // As the server sends it, alone and in a list page.
    const HttpResult item = m_client->get(SimTestClient::resourcePath(found.constFirst()));
    QCOMPARE(item.status, 200);
    const QJsonObject json = item.json().toObject();
    QVERIFY2(has(json), qPrintable(QString::fromUtf8(item.body.left(400))));
    for (QString companion : companions) {
        const bool absent = companion.startsWith(u'!');
        companion.remove(u'!');
        if (expected == u"absent" || absent) {
            QVERIFY2(!json.contains(companion), qPrintable(companion));
        } else if (expected == u"null") {
            QVERIFY2(json.value(companion).isNull(), qPrintable(companion));
        } else {
            QVERIFY2(
                json.value(companion).isString() && !json.value(companion).toString().isEmpty(), qPrintable(companion));
        }
    }
    if (field == u"parent_uuid" && expected == u"present") {
        const QJsonObject parent = m_sim->resourceJson(json.value(field).toString());
        QCOMPARE(parent.value(QStringLiteral("offering_type")).toString(), QStringLiteral("OpenStack.Tenant"));
        QCOMPARE(parent.value(QStringLiteral("project_uuid")), json.value(QStringLiteral("project_uuid")));
        QCOMPARE(json.value(QStringLiteral("parent_name")), parent.value(QStringLiteral("name")));
    }
    QCOMPARE(m_api.validate(m_api.componentSchema(QStringLiteral("Resource")), json), QStringList());
    // A key that is never "", whatever the resource.
    QVERIFY(json.value(field) != QJsonValue(QString()));
}

QString tst_Schema::pick(const QString &type, const QString &state, bool needsBackendId)
{
    const QStringList found = findResources(
        *m_sim,
        [&](const QJsonObject &r) {
            return (type.isEmpty() || r.value(QStringLiteral("offering_type")).toString() == type)
                && (state.isEmpty() || r.value(QStringLiteral("state")).toString() == state)
                && (!needsBackendId || !r.value(QStringLiteral("backend_id")).toString().isEmpty());
        },
        m_used);
    if (found.isEmpty()) {
        return {};
    }
    m_used.append(found.constFirst());
    return found.constFirst();
}

QString tst_Schema::expand(QString body) const
{
    const QString today30 = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    body.replace(QStringLiteral("%DATE%"), today30);
    if (body.contains(QStringLiteral("%PROJECT%"))) {
        const QJsonArray projects = m_client->get(QStringLiteral("/api/projects/?page_size=1")).array();
        body.replace(QStringLiteral("%PROJECT%"), projects.at(0).toObject().value(QStringLiteral("url")).toString());
    }
    return body;
}

void tst_Schema::operations_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("action"); // "-" = the collection
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("schemaStatus");

    const QString slurm = QStringLiteral("Marketplace.Slurm");
    const QString ok = QStringLiteral("OK");
    auto row = [](const char *name, const char *method, const char *action, const QString &type, const QString &state,
                   const char *body, int status, int schemaStatus = 0) {
        QTest::newRow(name) << QString::fromLatin1(method) << QString::fromLatin1(action) << type << state
                            << QString::fromLatin1(body) << status << (schemaStatus ? schemaStatus : status);
    };
    row("list", "get", "-", {}, {}, "", 200);
    row("retrieve", "get", "", {}, {}, "", 200);
    row("update", "put", "", {}, ok, R"({"name":"Renamed by the schema test","description":"d","end_date":null})", 200);
    row("partial_update", "patch", "", {}, ok, R"({"end_date":"%DATE%"})", 200);
    row("pull", "post", "pull", slurm, ok, "", 202);
    row("unlink", "post", "unlink", {}, QStringLiteral("Terminated"), "", 204);
    row("update_options", "post", "update_options", slurm, ok, R"({"options":{"qos":"high"}})", 200);
    // The code answers 200 where the schema says 201 for the order case (reference §4.2): validate the body.
    row("update_options order", "post", "update_options", QStringLiteral("Marketplace.Basic"), ok,
        R"({"options":{"storage_class":"fast"}})", 200, 201);
    row("update_options_direct", "post", "update_options_direct", QStringLiteral("Support.OfferingTemplate"), {},
        R"({"options":{"topic":"Code review"}})", 200);
    row("details", "get", "details", QStringLiteral("OpenStack.Instance"), ok, "", 200);
    row("details without scope", "get", "details", QStringLiteral("Marketplace.Basic"), {}, "", 404);
    row("details without serializer", "get", "details", QStringLiteral("Support.OfferingTemplate"), ok, "", 204);
    row("glauth_users_config", "get", "glauth_users_config", slurm, {}, "", 200);
    row("offering_for_subresources", "get", "offering_for_subresources", QStringLiteral("OpenStack.Tenant"), {}, "",
        200);
    row("offering", "get", "offering", slurm, {}, "", 200);
    row("plan_periods", "get", "plan_periods", slurm, ok, "", 200);
    row("team", "get", "team", slurm, {}, "", 200);
    row("move_resource", "post", "move_resource", {}, ok, R"({"project":{"url":"%PROJECT%"}})", 200);
    row("refresh_last_sync", "post", "refresh_last_sync", {}, {}, "", 200);
    row("set_as_erred", "post", "set_as_erred", {}, ok,
        R"({"error_message":"Disk full","error_traceback":"Traceback (most recent call last):\n  boom"})", 200);
    row("set_as_ok", "post", "set_as_ok", {}, QStringLiteral("Erred"), "", 200);
    row("set_backend_id", "post", "set_backend_id", {}, {}, R"({"backend_id":"schema-test-1"})", 200);
    row("set_backend_metadata", "post", "set_backend_metadata", {}, {},
        R"({"backend_metadata":{"state":"OK","runtime_state":"ACTIVE","action":"","instance_name":null}})", 200);
    row("set_downscaled", "post", "set_downscaled", {}, {}, R"({"downscaled":true})", 200);
    row("set_end_date_by_provider", "post", "set_end_date_by_provider", {}, ok, R"({"end_date":"%DATE%"})", 200);
    row("set_end_date_by_staff", "post", "set_end_date_by_staff", {}, ok, R"({"end_date":null})", 200);
    row("set_limits", "post", "set_limits", slurm, ok, R"({"limits":{"cpu_k_hours":2000,"gpu_k_hours":10}})", 200);
    row("set_paused", "post", "set_paused", {}, {}, R"({"paused":true})", 200);
    row("set_restrict_member_access", "post", "set_restrict_member_access", {}, {},
        R"({"restrict_member_access":true})", 200);
    row("set_slug", "post", "set_slug", {}, {}, R"({"slug":"schema-test-slug"})", 200);
    row("submit_report", "post", "submit_report", {}, {}, R"({"report":[{"header":"Usage","body":"All fine."}]})", 200);
    row("terminate", "post", "terminate", {}, ok, "", 200);
}

void tst_Schema::operations()
{
    QFETCH(QString, method);
    QFETCH(QString, action);
    QFETCH(QString, type);
    QFETCH(QString, state);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, schemaStatus);

    QString url;
    QString schemaPath;
    if (action == u"-") {
        url = QStringLiteral("/api/marketplace-provider-resources/?page_size=300");
        schemaPath = QStringLiteral("/api/marketplace-provider-resources/");
    } else {
        const QString uuid = pick(type, state, action == u"pull");
        QVERIFY2(!uuid.isEmpty(), "no resource with the needed offering type and state");
        if (action == u"unlink") {
            m_unlinked.append(uuid);
        }
        url = SimTestClient::resourcePath(uuid, action);
        schemaPath = actionPath(action);
    }
    const QByteArray accept = action == u"glauth_users_config" ? "text/plain" : "application/json";
    const HttpResult reply
        = m_client->send(method.toUpper().toLatin1(), url, expand(body).toUtf8(), std::nullopt, 0, accept);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);

    const QJsonObject schema = m_api.responseSchema(schemaPath, method, schemaStatus);
    const bool documented = !m_api.responseSchema(schemaPath, method, schemaStatus).isEmpty() || status == 204
        || status == 404 || action == u"refresh_last_sync" || action.startsWith(u"set_as_")
        || action.startsWith(u"set_end_date");
    QVERIFY2(documented, "the schema has no such response");
    if (schema.isEmpty()) {
        QVERIFY2(reply.body.isEmpty(), reply.body.constData());
        return;
    }
    QJsonValue instance;
    if (action == u"glauth_users_config") {
        QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
        QVERIFY(reply.body.contains("[[users]]"));
        instance = QString::fromUtf8(reply.body);
    } else {
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        instance = reply.json();
        QVERIFY2(!instance.isUndefined(), reply.body.left(200).constData());
    }
    if (action == u"-") {
        QCOMPARE(instance.toArray().size(), 300);
    }
    const QStringList problems = m_api.validate(schema, instance);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
}

// After all those changes (orders in progress, reports, options, moved projects) the resources must still
// render as valid Resource objects, alone and in the list.
void tst_Schema::changedResourcesStillValid()
{
    QVERIFY(m_used.size() > 20);
    const QJsonObject schema = m_api.responseSchema(kItem, QStringLiteral("get"), 200);
    for (const QString &uuid : std::as_const(m_used)) {
        const HttpResult reply = m_client->get(SimTestClient::resourcePath(uuid));
        if (m_unlinked.contains(uuid)) {
            QCOMPARE(reply.status, 404);
            continue;
        }
        QCOMPARE(reply.status, 200);
        const QStringList problems = m_api.validate(schema, reply.json());
        QVERIFY2(
            problems.isEmpty(), qPrintable(uuid + QLatin1Char('\n') + problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
    m_sim->advanceClock(3600);
    const HttpResult list
        = m_client->get(QStringLiteral("/api/marketplace-provider-resources/?page_size=300&o=-state"));
    const QStringList problems = m_api.validate(
        m_api.responseSchema(QStringLiteral("/api/marketplace-provider-resources/"), QStringLiteral("get"), 200),
        list.json());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
