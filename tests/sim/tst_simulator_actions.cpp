// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's resource actions and sub-resources: each action's success and its main failures, the
// order life cycle with the simulated clock, and the shapes of details/offering/plan_periods/team/glauth.

#include "models/sim/Simulator.h"
#include "tests/sim/SimFixture.h"
#include "tests/sim/SimTestClient.h"

#include <QDate>
#include <QJsonDocument>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

namespace {

QJsonObject detail(const char *text)
{
    return { { QStringLiteral("detail"), QString::fromLatin1(text) } };
}

QJsonObject fieldError(const char *field, const QString &text)
{
    return { { QString::fromLatin1(field), QJsonArray { text } } };
}

// Counted from the simulated UTC date, as the server counts: the local date, or the real one, may already be
// another day (the clock is advanced by tests, and CI may run near midnight).
QString inDays(const sim::Simulator &simulator, int days)
{
    return simulator.today().addDays(days).toString(Qt::ISODate);
}

} // namespace

class tst_SimulatorActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void updateAndPartialUpdate();
    void pull();
    void terminateAndClock();
    void clockSettlesCreatingAndUpdating();
    void autoProcessedOrders();
    void erredAndOk();
    void limits();
    void options();
    void unlink();
    void flags_data();
    void flags();
    void slugBackendIdMetadata();
    void endDates();
    void report();
    void refreshLastSync();
    void moveResource();
    void subresources();
    void glauth();
    void malformedBodies();

private:
    QString fresh(const std::function<bool(const QJsonObject &)> &match);
    QJsonObject get(const QString &uuid)
    {
        return m_client->get(SimTestClient::resourcePath(uuid)).object();
    }
    HttpResult post(const QString &uuid, const char *action, const QJsonObject &body = {})
    {
        return m_client->post(SimTestClient::resourcePath(uuid, QLatin1StringView(action)), body);
    }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
    QStringList m_used;
};

void tst_SimulatorActions::initTestCase()
{
    sim::Simulator::Config config;
    config.seed = 3;
    config.resourceCount = 400;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::staffToken());
}

QString tst_SimulatorActions::fresh(const std::function<bool(const QJsonObject &)> &match)
{
    const QStringList found = findResources(*m_sim, match, m_used);
    if (found.isEmpty()) {
        return {};
    }
    m_used.append(found.constFirst());
    return found.constFirst();
}

void tst_SimulatorActions::updateAndPartialUpdate()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("OK")));
    const QString before = get(uuid).value(QStringLiteral("modified")).toString();
    const QString path = SimTestClient::resourcePath(uuid);
    HttpResult r = m_client->put(path,
        { { QStringLiteral("name"), QStringLiteral("web-renamed") },
            { QStringLiteral("end_date"), inDays(*m_sim, 40) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().keys(),
        QStringList({ QStringLiteral("description"), QStringLiteral("end_date"), QStringLiteral("name") }));
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("web-renamed"));
    QCOMPARE(get(uuid).value(QStringLiteral("end_date")).toString(), inDays(*m_sim, 40));
    QVERIFY(get(uuid).value(QStringLiteral("modified")).toString() > before);

    r = m_client->patch(path, { { QStringLiteral("description"), QStringLiteral("Front end") } });
    QCOMPARE(r.status, 200);
    QCOMPARE(get(uuid).value(QStringLiteral("name")).toString(), QStringLiteral("web-renamed"));
    QCOMPARE(get(uuid).value(QStringLiteral("description")).toString(), QStringLiteral("Front end"));

    QCOMPARE(m_client->put(path, { { QStringLiteral("description"), QStringLiteral("x") } }).object(),
        fieldError("name", QStringLiteral("This field is required.")));
    QCOMPARE(m_client->patch(path, { { QStringLiteral("name"), QString(151, u'n') } }).object(),
        fieldError("name", QStringLiteral("Ensure this field has no more than 150 characters.")));
    QCOMPARE(m_client->patch(path, { { QStringLiteral("name"), QString() } }).object(),
        fieldError("name", QStringLiteral("This field may not be blank.")));
    QCOMPARE(m_client->patch(path, { { QStringLiteral("description"), QString(4097, u'd') } }).status, 400);
    QCOMPARE(m_client->patch(path, { { QStringLiteral("end_date"), inDays(*m_sim, -1) } }).object(),
        fieldError("end_date", QStringLiteral("End date cannot be earlier than the current date.")));
    QCOMPARE(m_client->patch(path, { { QStringLiteral("end_date"), QStringLiteral("31.12.2030") } }).object(),
        fieldError("end_date", QStringLiteral("Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")));
    r = m_client->patch(path, { { QStringLiteral("end_date"), QJsonValue::Null } });
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("end_date")).isNull());
}

void tst_SimulatorActions::pull()
{
    const QString uuid = fresh([](const QJsonObject &r) {
        return r.value(QStringLiteral("offering_type")).toString() == u"Marketplace.Slurm"
            && r.value(QStringLiteral("state")).toString() == u"OK"
            && !r.value(QStringLiteral("backend_id")).toString().isEmpty();
    });
    HttpResult r = post(uuid, "pull");
    QCOMPARE(r.status, 202);
    QCOMPARE(r.object(), detail("Pull operation was successfully scheduled."));

    QCOMPARE(post(uuid, "set_backend_id", { { QStringLiteral("backend_id"), QString() } }).status, 200);
    r = post(uuid, "pull");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.array(), QJsonArray({ QStringLiteral("Resource does not have backend ID.") }));

    const QString creating
        = fresh([](const QJsonObject &o) { return o.value(QStringLiteral("state")).toString() == u"Creating"; });
    QVERIFY(!creating.isEmpty());
    r = post(creating, "pull");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object(), detail("Valid states for operation: OK, Erred."));
}

void tst_SimulatorActions::terminateAndClock()
{
    const QString uuid = fresh(ofType(QStringLiteral("Marketplace.Slurm"), QStringLiteral("OK")));
    QVERIFY(get(uuid).value(QStringLiteral("order_in_progress")).isNull());
    HttpResult r = post(uuid, "terminate", { { QStringLiteral("attributes"), QJsonObject() } });
    QCOMPARE(r.status, 200);
    const QString order = r.object().value(QStringLiteral("order_uuid")).toString();
    QCOMPARE(order.size(), 32);
    QJsonObject resource = get(uuid);
    QCOMPARE(resource.value(QStringLiteral("state")).toString(), QStringLiteral("Terminating"));
    QCOMPARE(resource.value(QStringLiteral("can_terminate")).toBool(), false);
    const QJsonObject inProgress = resource.value(QStringLiteral("order_in_progress")).toObject();
    QCOMPARE(inProgress.value(QStringLiteral("uuid")).toString(), order);
    QCOMPARE(inProgress.value(QStringLiteral("type")).toString(), QStringLiteral("Terminate"));
    QCOMPARE(inProgress.value(QStringLiteral("state")).toString(), QStringLiteral("executing"));

    r = post(uuid, "terminate");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.array(), QJsonArray({ QStringLiteral("Pending order for resource already exists.") }));

    m_sim->advanceClock(600);
    resource = get(uuid);
    QCOMPARE(resource.value(QStringLiteral("state")).toString(), QStringLiteral("Terminated"));
    QVERIFY(resource.value(QStringLiteral("order_in_progress")).isNull());
    r = post(uuid, "terminate");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object(), detail("Valid states for operation: OK, Erred."));
}

void tst_SimulatorActions::clockSettlesCreatingAndUpdating()
{
    // A simulator of its own: the shared one's clock has already been advanced.
    sim::Simulator::Config config;
    config.seed = 3;
    config.resourceCount = 400;
    sim::Simulator simulator(config);
    QVERIFY(simulator.listen());
    const auto inState = [&](const char *state) {
        return findResources(simulator, [state](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1StringView(state);
        });
    };
    const QStringList creating = inState("Creating");
    const QStringList updating = inState("Updating");
    const QStringList terminating = inState("Terminating");
    QVERIFY(!creating.isEmpty() && !updating.isEmpty() && !terminating.isEmpty());
    const QJsonObject order
        = simulator.resourceJson(creating.first()).value(QStringLiteral("order_in_progress")).toObject();
    QCOMPARE(order.value(QStringLiteral("type")).toString(), QStringLiteral("Create"));
    simulator.advanceClock(0);
    QCOMPARE(inState("Creating"), creating); // no time passed, nothing finished
    simulator.advanceClock(1);
    for (const QString &uuid : creating + updating + terminating) {
        const QJsonObject r = simulator.resourceJson(uuid);
        QCOMPARE(r.value(QStringLiteral("state")).toString(),
            terminating.contains(uuid) ? QStringLiteral("Terminated") : QStringLiteral("OK"));
        QVERIFY(r.value(QStringLiteral("order_in_progress")).isNull());
    }
    const QJsonObject done
        = simulator.resourceJson(creating.first()).value(QStringLiteral("creation_order")).toObject();
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(!done.value(QStringLiteral("completed_at")).isNull());
    QVERIFY(!simulator.resourceJson(creating.first()).value(QStringLiteral("backend_id")).toString().isEmpty());
}

void tst_SimulatorActions::autoProcessedOrders()
{
    AutoProcessingWorld world;
    const QString uuid = world.terminateAnInstance();
    QVERIFY(!uuid.isEmpty());
    const sim::Simulator &simulator = world.simulator;
    QCOMPARE(simulator.resourceJson(uuid).value(QStringLiteral("state")).toString(), QStringLiteral("Terminating"));
    QTRY_COMPARE_WITH_TIMEOUT(
        simulator.resourceJson(uuid).value(QStringLiteral("state")).toString(), QStringLiteral("Terminated"), 5000);
}

void tst_SimulatorActions::erredAndOk()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Volume"), QStringLiteral("OK")));
    QCOMPARE(post(uuid, "set_as_ok").status, 200); // already OK: no change
    QCOMPARE(post(uuid, "set_as_erred",
                 { { QStringLiteral("error_message"), QStringLiteral("Disk array offline") },
                     { QStringLiteral("error_traceback"), QStringLiteral("Traceback:\n  line 1\n") } })
                 .status,
        200);
    QJsonObject r = get(uuid);
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("Erred"));
    QCOMPARE(r.value(QStringLiteral("error_message")).toString(), QStringLiteral("Disk array offline"));
    QCOMPARE(post(uuid, "set_as_erred", { { QStringLiteral("error_message"), QString() } }).status, 200);
    QCOMPARE(get(uuid).value(QStringLiteral("error_message")).toString(), QStringLiteral("Disk array offline"));
    QCOMPARE(post(uuid, "set_as_ok").status, 200);
    r = get(uuid);
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("OK"));
    QCOMPARE(r.value(QStringLiteral("error_message")).toString(), QString());
    QCOMPARE(r.value(QStringLiteral("error_traceback")).toString(), QString());

    const QString terminated = fresh(ofType(QStringLiteral("OpenStack.Volume"), QStringLiteral("Terminated")));
    const HttpResult refused = post(terminated, "set_as_ok");
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.object().value(QStringLiteral("detail")).toString().startsWith(u"Valid states for operation:"));
}

void tst_SimulatorActions::limits()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Tenant"), QStringLiteral("OK")));
    const QJsonObject limits { { QStringLiteral("cores"), 64 }, { QStringLiteral("ram"), 256 } };
    HttpResult r = post(uuid, "set_limits", { { QStringLiteral("limits"), limits } });
    QCOMPARE(
        r.object(), QJsonObject({ { QStringLiteral("status"), QStringLiteral("The resource limits are updated") } }));
    QCOMPARE(get(uuid).value(QStringLiteral("limits")).toObject(), limits); // replaced, "storage" is gone
    r = post(uuid, "set_limits", { { QStringLiteral("limits"), QJsonObject { { QStringLiteral("cores"), -1 } } } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object(),
        QJsonObject({ { QStringLiteral("limits"),
            fieldError("cores", QStringLiteral("Ensure this value is greater than or equal to 0.")) } }));
    r = post(uuid, "set_limits",
        { { QStringLiteral("limits"), QJsonObject { { QStringLiteral("cores"), QStringLiteral("lots") } } } });
    QCOMPARE(r.object().value(QStringLiteral("limits")).toObject(),
        fieldError("cores", QStringLiteral("A valid integer is required.")));
    r = post(uuid, "set_limits", { { QStringLiteral("limits"), QJsonArray { 1 } } });
    QCOMPARE(r.object(), fieldError("limits", QStringLiteral("Expected a dictionary of items but got type \"list\".")));
    QCOMPARE(post(uuid, "set_limits").object(), fieldError("limits", QStringLiteral("This field is required.")));
    QCOMPARE(get(uuid).value(QStringLiteral("limits")).toObject(), limits);
}

void tst_SimulatorActions::options()
{
    const QString slurm = fresh(ofType(QStringLiteral("Marketplace.Slurm"), QStringLiteral("OK")));
    const QJsonObject before = get(slurm).value(QStringLiteral("options")).toObject();
    QVERIFY(before.contains(QStringLiteral("qos")));
    HttpResult r = post(slurm, "update_options",
        { { QStringLiteral("options"), QJsonObject { { QStringLiteral("max_jobs"), 250 } } } });
    QCOMPARE(
        r.object(), QJsonObject({ { QStringLiteral("status"), QStringLiteral("Resource options are submitted") } }));
    QJsonObject merged = before;
    merged.insert(QStringLiteral("max_jobs"), 250);
    QCOMPARE(get(slurm).value(QStringLiteral("options")).toObject(), merged);
    r = post(slurm, "update_options",
        { { QStringLiteral("options"), QJsonObject { { QStringLiteral("qos"), QStringLiteral("urgent") } } } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object(),
        QJsonObject(
            { { QStringLiteral("options"), fieldError("qos", QStringLiteral("\"urgent\" is not a valid choice.")) } }));
    r = post(slurm, "update_options",
        { { QStringLiteral("options"), QJsonObject { { QStringLiteral("max_jobs"), 5000 } } } });
    QCOMPARE(r.object().value(QStringLiteral("options")).toObject(),
        fieldError("max_jobs", QStringLiteral("Ensure this value is less than or equal to 1000.")));

    const QString tenant = fresh(ofType(QStringLiteral("OpenStack.Tenant"), QStringLiteral("OK")));
    QVERIFY(get(tenant).value(QStringLiteral("options")).isNull());
    r = post(tenant, "update_options", { { QStringLiteral("options"), QJsonObject { { QStringLiteral("x"), 1 } } } });
    QCOMPARE(r.object(), fieldError("options", QStringLiteral("Metadata for resource options is not defined.")));

    // This offering turns option changes into orders.
    const QString storage = fresh(ofType(QStringLiteral("Marketplace.Basic"), QStringLiteral("OK")));
    r = post(storage, "update_options",
        { { QStringLiteral("options"), QJsonObject { { QStringLiteral("storage_class"), QStringLiteral("fast") } } } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("order_uuid")).toString().size(), 32);
    QCOMPARE(get(storage).value(QStringLiteral("state")).toString(), QStringLiteral("Updating"));
    r = post(storage, "update_options",
        { { QStringLiteral("options"), QJsonObject { { QStringLiteral("backup_enabled"), true } } } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object(), detail("There's a pending order for changing resource options."));
    QCOMPARE(post(storage, "update_options_direct", { { QStringLiteral("options"), QJsonObject() } }).status, 409);
    m_sim->advanceClock(60);
    QCOMPARE(get(storage).value(QStringLiteral("options")).toObject().value(QStringLiteral("storage_class")).toString(),
        QStringLiteral("fast"));

    r = post(storage, "update_options_direct",
        { { QStringLiteral("options"), QJsonObject { { QStringLiteral("snapshot_retention_days"), 14 } } } });
    QCOMPARE(r.object(),
        QJsonObject({ { QStringLiteral("status"), QStringLiteral("Resource options have been updated directly.") } }));
    QCOMPARE(get(storage)
                 .value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("snapshot_retention_days"))
                 .toInt(),
        14);

    const QString erred = fresh(ofType(QStringLiteral("Marketplace.Slurm"), QStringLiteral("Erred")));
    QCOMPARE(post(erred, "update_options", { { QStringLiteral("options"), QJsonObject() } }).object(),
        detail("Valid states for operation: OK."));
}

void tst_SimulatorActions::unlink()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("Erred")));
    const HttpResult r = post(uuid, "unlink");
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_client->get(SimTestClient::resourcePath(uuid)).status, 404);
    QVERIFY(!m_sim->resourceUuids().contains(uuid));
}

void tst_SimulatorActions::flags_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("paused") << QStringLiteral("paused");
    QTest::newRow("downscaled") << QStringLiteral("downscaled");
    QTest::newRow("restrict_member_access") << QStringLiteral("restrict_member_access");
}

void tst_SimulatorActions::flags()
{
    QFETCH(QString, field);
    const QString uuid = fresh([&](const QJsonObject &r) { return !r.value(field).toBool(); });
    const QByteArray action = "set_" + field.toLatin1();
    HttpResult r = post(uuid, action.constData(), { { field, true } });
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
        QStringLiteral("Resource %1 flag has been changed.").arg(field));
    QCOMPARE(get(uuid).value(field).toBool(), true);
    r = post(uuid, action.constData(), { { field, QStringLiteral("true") } });
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
        QStringLiteral("Resource %1 flag is not changed.").arg(field));
    r = post(uuid, action.constData(), { { field, QStringLiteral("maybe") } });
    QCOMPARE(r.object(), fieldError(field.toLatin1().constData(), QStringLiteral("Must be a valid boolean.")));
    QCOMPARE(post(uuid, action.constData()).status, 400);
}

void tst_SimulatorActions::slugBackendIdMetadata()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("OK")));
    HttpResult r = post(uuid, "set_slug", { { QStringLiteral("slug"), QStringLiteral("web_01-b") } });
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("Resource slug has been changed."));
    QCOMPARE(get(uuid).value(QStringLiteral("slug")).toString(), QStringLiteral("web_01-b"));
    QCOMPARE(post(uuid, "set_slug", { { QStringLiteral("slug"), QStringLiteral("web_01-b") } })
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("Resource slug is not changed."));
    QCOMPARE(post(uuid, "set_slug", { { QStringLiteral("slug"), QStringLiteral("no spaces") } }).status, 400);
    QCOMPARE(post(uuid, "set_slug", { { QStringLiteral("slug"), QString(51, u's') } }).object(),
        fieldError("slug", QStringLiteral("Ensure this field has no more than 50 characters.")));

    r = post(uuid, "set_backend_id", { { QStringLiteral("backend_id"), QStringLiteral("vm-7781") } });
    QCOMPARE(
        r.object().value(QStringLiteral("status")).toString(), QStringLiteral("Resource backend_id has been changed."));
    QCOMPARE(get(uuid).value(QStringLiteral("backend_id")).toString(), QStringLiteral("vm-7781"));
    QCOMPARE(post(uuid, "set_backend_id", { { QStringLiteral("backend_id"), QString(256, u'x') } }).status, 400);

    const QJsonObject metadata { { QStringLiteral("state"), QStringLiteral("OK") },
        { QStringLiteral("runtime_state"), QStringLiteral("SHUTOFF") } };
    r = post(uuid, "set_backend_metadata", { { QStringLiteral("backend_metadata"), metadata } });
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("The backend metadata is updated"));
    QCOMPARE(get(uuid).value(QStringLiteral("backend_metadata")).toObject(), metadata);
    QCOMPARE(post(uuid, "set_backend_metadata", { { QStringLiteral("backend_metadata"), QStringLiteral("x") } }).status,
        400);
    QCOMPARE(post(uuid, "set_backend_metadata").object(),
        fieldError("backend_metadata", QStringLiteral("This field is required.")));
}

void tst_SimulatorActions::endDates()
{
    const QString uuid = fresh(ofType(QStringLiteral("Marketplace.Slurm"), QStringLiteral("OK")));
    HttpResult r = post(uuid, "set_end_date_by_provider", { { QStringLiteral("end_date"), inDays(*m_sim, 3) } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object(), fieldError("end_date", QStringLiteral("Please set at least 7 days in advance.")));
    r = post(uuid, "set_end_date_by_provider", { { QStringLiteral("end_date"), inDays(*m_sim, 7) } });
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(get(uuid).value(QStringLiteral("end_date")).toString(), inDays(*m_sim, 7));
    QVERIFY(get(uuid).value(QStringLiteral("end_date_requested_by")).toString().contains(u"/api/users/"));
    QCOMPARE(post(uuid, "set_end_date_by_staff", { { QStringLiteral("end_date"), QJsonValue::Null } }).status, 200);
    QVERIFY(get(uuid).value(QStringLiteral("end_date")).isNull());
    QCOMPARE(
        post(uuid, "set_end_date_by_staff", { { QStringLiteral("end_date"), QStringLiteral("next week") } }).status,
        400);
}

void tst_SimulatorActions::report()
{
    const QString uuid = fresh(ofType(QStringLiteral("Support.OfferingTemplate")));
    QCOMPARE(post(uuid, "submit_report", { { QStringLiteral("report"), QJsonArray() } }).object(),
        fieldError("report", QStringLiteral("Report object should contain at least one section.")));
    HttpResult r = post(uuid, "submit_report",
        { { QStringLiteral("report"),
            QJsonArray { QJsonObject { { QStringLiteral("header"), QStringLiteral(" ") },
                { QStringLiteral("body"), QStringLiteral("text") } } } } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("report")).toArray().at(0).toObject(),
        fieldError("header", QStringLiteral("This field may not be blank.")));
    const QJsonArray report { QJsonObject { { QStringLiteral("header"), QStringLiteral("Summary") },
        { QStringLiteral("body"), QStringLiteral("Twelve hours of profiling.") } } };
    r = post(uuid, "submit_report", { { QStringLiteral("report"), report } });
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("Report is submitted"));
    QCOMPARE(get(uuid).value(QStringLiteral("report")).toArray(), report);
}

void tst_SimulatorActions::refreshLastSync()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Tenant"), QStringLiteral("OK")));
    const QString before = get(uuid).value(QStringLiteral("last_sync")).toString();
    m_sim->advanceClock(1); // simulated time is at least a second past any generated timestamp
    const HttpResult r = post(uuid, "refresh_last_sync");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QVERIFY(get(uuid).value(QStringLiteral("last_sync")).toString() > before);
}

void tst_SimulatorActions::moveResource()
{
    const QString uuid = fresh(ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("OK")));
    const QJsonObject resource = get(uuid);
    const QJsonArray projects = m_client->get(QStringLiteral("/api/projects/?page_size=300")).array();
    const auto target = std::find_if(projects.begin(), projects.end(), [&](const QJsonValue &p) {
        return p.toObject().value(QStringLiteral("customer_uuid")) != resource.value(QStringLiteral("customer_uuid"));
    });
    QVERIFY(target != projects.end());
    const QJsonObject project = target->toObject();
    const auto move = [&](const QJsonValue &url) {
        return post(
            uuid, "move_resource", { { QStringLiteral("project"), QJsonObject { { QStringLiteral("url"), url } } } });
    };
    const auto urlError = [](const char *text) {
        return QJsonObject { { QStringLiteral("project"), fieldError("url", QString::fromLatin1(text)) } };
    };
    QCOMPARE(move(project.value(QStringLiteral("uuid"))).object(), urlError("Invalid hyperlink - No URL match."));
    QCOMPARE(move(QString(m_sim->url().toString() + QStringLiteral("api/projects/0123456789abcdef0123456789abcdef/")))
                 .object(),
        urlError("Invalid hyperlink - Object does not exist."));
    QCOMPARE(move(42).object(), urlError("Incorrect type. Expected URL string, received int."));
    QCOMPARE(post(uuid, "move_resource").object(), fieldError("project", QStringLiteral("This field is required.")));

    const HttpResult r = move(project.value(QStringLiteral("url")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().size(), 79 - leftOutRelationKeys(r.object()));
    QCOMPARE(r.object().value(QStringLiteral("project_uuid")), project.value(QStringLiteral("uuid")));
    QCOMPARE(r.object().value(QStringLiteral("customer_uuid")), project.value(QStringLiteral("customer_uuid")));
    QCOMPARE(get(uuid).value(QStringLiteral("project_name")), project.value(QStringLiteral("name")));
}

void tst_SimulatorActions::subresources()
{
    const auto sub = [&](const QString &uuid, const char *name) {
        return m_client->get(SimTestClient::resourcePath(uuid, QLatin1StringView(name)));
    };
    const QString vm = fresh(ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("OK")));
    HttpResult r = sub(vm, "details");
    QCOMPARE(r.status, 200);
    for (const char *key :
        { "uuid", "url", "flavor_name", "image_name", "cores", "ram", "internal_ips", "runtime_state" }) {
        QVERIFY2(r.object().contains(QLatin1StringView(key)), key);
    }
    QCOMPARE(r.object().value(QStringLiteral("uuid")), get(vm).value(QStringLiteral("resource_uuid")));
    r = sub(fresh(ofType(QStringLiteral("Marketplace.Basic"))), "details");
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
    r = sub(fresh(ofType(QStringLiteral("Support.OfferingTemplate"), QStringLiteral("OK"))), "details");
    QCOMPARE(r.status, 204);

    r = sub(vm, "offering");
    QCOMPARE(r.status, 200);
    const QJsonObject offering = r.object();
    QCOMPARE(offering.value(QStringLiteral("type")).toString(), QStringLiteral("OpenStack.Instance"));
    QVERIFY(!offering.value(QStringLiteral("components")).toArray().isEmpty());
    QVERIFY(!offering.value(QStringLiteral("plans")).toArray().isEmpty());
    QVERIFY(offering.value(QStringLiteral("resource_options")).toObject().contains(QStringLiteral("options")));

    const QString slurm = fresh(ofType(QStringLiteral("Marketplace.Slurm"), QStringLiteral("OK")));
    r = sub(slurm, "plan_periods");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("X-Result-Count").isEmpty() && r.header("Link").isEmpty());
    const QJsonArray components = r.array().at(0).toObject().value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 3);
    for (const QJsonValue c : components) {
        QVERIFY(c.toObject().value(QStringLiteral("usage")).isString());
    }
    r = sub(slurm, "team");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("X-Result-Count").isEmpty());
    QVERIFY(!r.array().isEmpty());
    QVERIFY(r.array().at(0).toObject().value(QStringLiteral("role")).toString().startsWith(u"PROJECT."));

    const QString tenant = fresh(ofType(QStringLiteral("OpenStack.Tenant"), QStringLiteral("OK")));
    r = sub(tenant, "offering_for_subresources");
    QCOMPARE(r.array().size(), 2);
    QStringList types;
    for (const QJsonValue o : r.array()) {
        types.append(o.toObject().value(QStringLiteral("type")).toString());
    }
    QCOMPARE(types, QStringList({ QStringLiteral("OpenStack.Instance"), QStringLiteral("OpenStack.Volume") }));
    QCOMPARE(sub(vm, "offering_for_subresources").body, QByteArray("[]"));
    QCOMPARE(m_client->post(SimTestClient::resourcePath(vm, QStringLiteral("team"))).status, 405);
}

void tst_SimulatorActions::glauth()
{
    const QStringList slurm = findResources(*m_sim, ofType(QStringLiteral("Marketplace.Slurm")));
    QByteArray config;
    for (const QString &uuid : slurm) {
        const HttpResult r
            = m_client->getText(SimTestClient::resourcePath(uuid, QStringLiteral("glauth_users_config")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        if (r.body.contains("[[users]]")) {
            config = r.body;
            break;
        }
    }
    QVERIFY(!config.isEmpty());
    for (const char *key :
        { "name = ", "uidnumber = ", "primarygroup = ", "homeDir = \"/home/", "[[groups]]", "gidnumber = " }) {
        QVERIFY2(config.contains(key), key);
    }
    const QString storage = findResources(*m_sim, ofType(QStringLiteral("Marketplace.Basic"))).constFirst();
    HttpResult r = m_client->getText(SimTestClient::resourcePath(storage, QStringLiteral("glauth_users_config")));
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    QVERIFY(r.body.contains("service_provider_can_create_offering_user"));
    // The view renders plain text only: a client that accepts only JSON is refused.
    r = m_client->get(SimTestClient::resourcePath(slurm.constFirst(), QStringLiteral("glauth_users_config")));
    QCOMPARE(r.status, 406);
    QCOMPARE(r.object(), detail("Could not satisfy the request Accept header."));
    QCOMPARE(m_client->send("GET", QStringLiteral("/api/users/me/"), {}, std::nullopt, 0, "text/plain").status, 406);
    QCOMPARE(m_client->send("GET", QStringLiteral("/api/users/me/"), {}, std::nullopt, 0, "*/*").status, 200);
}

void tst_SimulatorActions::malformedBodies()
{
    const QString uuid = m_sim->resourceUuids().constFirst();
    HttpResult r = m_client->send("POST", SimTestClient::resourcePath(uuid, QStringLiteral("set_slug")), "{not json");
    QCOMPARE(r.status, 400);
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().startsWith(u"JSON parse error"));
    r = m_client->post(SimTestClient::resourcePath(uuid, QStringLiteral("set_slug")), QJsonArray { 1 });
    QCOMPARE(r.status, 400);
    QVERIFY(r.object().contains(QStringLiteral("non_field_errors")));
}

QTEST_GUILESS_MAIN(tst_SimulatorActions)
#include "tst_simulator_actions.moc"
