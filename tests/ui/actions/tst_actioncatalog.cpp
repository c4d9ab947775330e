// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/ActionCatalog.h"
#include "models/domain/Entities.h"
#include "models/domain/Resource.h"
#include "ui/actions/OneClickActions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wpc;

// The rules behind every Actions menu item, without widgets: which operations are offered, their names,
// labels that follow flags, state rules and staff-only gates, each with a reason.
class TestActionCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperationIsReachable();
    void theTableDescribesEveryOperation();
    void objectNamesAreWaldurNames();
    void flagLabelsFollowTheValue();
    void stateRules_data();
    void stateRules();
    void staffOnlyNeedsStaff();
    void noRowDisablesEverything();
    void emptyRelationsChangeNoRule();
    void rulesWarnAboutNothing();
    void everyOneClickOperationAsksItsQuestion();
};

namespace {
Resource resource(ResourceState state, const QString &backendId = QStringLiteral("b-1"))
{
    Resource r;
    r.uuid = QStringLiteral("0a1b");
    r.name = QStringLiteral("alloc-12");
    r.state = state;
    r.backendId = backendId;
    return r;
}

CurrentUser staff()
{
    CurrentUser user;
    user.uuid = QStringLiteral("u1");
    user.isStaff = true;
    return user;
}
} // namespace

void TestActionCatalog::everyOperationIsReachable()
{
    QSet<Operation> offered;
    for (const auto &group :
        { ActionCatalog::providerActions(), ActionCatalog::staffActions(), ActionCatalog::viewActions() }) {
        for (Operation operation : group) {
            QVERIFY2(!offered.contains(operation), qPrintable(ActionCatalog::objectName(operation)));
            offered.insert(operation);
        }
    }
    // List and retrieve are the table and the details window; Edit sends PUT or PATCH.
    for (int i = 0; i < static_cast<int>(Operation::Count); ++i) {
        const auto operation = static_cast<Operation>(i);
        if (operation == Operation::List || operation == Operation::Retrieve || operation == Operation::PartialUpdate) {
            continue;
        }
        QVERIFY2(offered.contains(operation), Endpoints::info(operation).name.data());
    }
    QCOMPARE(offered.size(), 26);
    for (Operation operation : ActionCatalog::staffActions()) {
        QVERIFY(Endpoints::info(operation).staffOnly);
    }
    for (Operation operation : ActionCatalog::providerActions()) {
        QVERIFY(!Endpoints::info(operation).staffOnly);
    }
}

// One row per operation, and every menu item comes from the table: its section, label and description.
void TestActionCatalog::theTableDescribesEveryOperation()
{
    QCOMPARE(int(OperationTable::all().size()), int(Operation::Count));
    for (const OperationFacts &row : OperationTable::all()) {
        const Operation operation = row.endpoint.operation;
        const char *name = row.endpoint.name.data();
        QCOMPARE(&OperationTable::facts(operation), &row);
        QVERIFY2(!ActionCatalog::label(operation, nullptr).isEmpty(), name);
        QVERIFY2(!ActionCatalog::description(operation).isEmpty(), name);
        QVERIFY2((row.kind == ActionKind::Table) == (row.section == MenuSection::None)
                || operation == Operation::PartialUpdate,
            name);
        if (row.section != MenuSection::None) {
            QCOMPARE(OperationTable::menu(row.section).count(operation), 1);
        }
        QVERIFY2(row.bulk == BulkUse::No || row.endpoint.mutates, name);
        QVERIFY2(row.kind != ActionKind::OneClick || row.endpoint.mutates, name);
        QVERIFY2(row.kind != ActionKind::View || !row.endpoint.mutates, name);
    }
}

void TestActionCatalog::objectNamesAreWaldurNames()
{
    QCOMPARE(ActionCatalog::objectName(Operation::SetPaused), QStringLiteral("action_set_paused"));
    QCOMPARE(ActionCatalog::objectName(Operation::Terminate), QStringLiteral("action_terminate"));
    QCOMPARE(ActionCatalog::objectName(Operation::Update), QStringLiteral("action_update"));
    QCOMPARE(ActionCatalog::objectName(Operation::GlauthUsersConfig), QStringLiteral("action_glauth_users_config"));
    QCOMPARE(ActionCatalog::shortcut(Operation::Update), QKeyCombination(Qt::Key_F2));
    QCOMPARE(ActionCatalog::shortcut(Operation::Unlink).key(), Qt::Key_unknown);
}

void TestActionCatalog::flagLabelsFollowTheValue()
{
    Resource r = resource(ResourceState::OK);
    QCOMPARE(ActionCatalog::label(Operation::SetPaused, &r), QStringLiteral("Pause"));
    QCOMPARE(ActionCatalog::label(Operation::SetDownscaled, &r), QStringLiteral("Mark as downscaled"));
    QCOMPARE(ActionCatalog::label(Operation::SetRestrictMemberAccess, &r), QStringLiteral("Restrict member access"));
    r.paused = r.downscaled = r.restrictMemberAccess = true;
    QCOMPARE(ActionCatalog::label(Operation::SetPaused, &r), QStringLiteral("Unpause"));
    QCOMPARE(ActionCatalog::label(Operation::SetDownscaled, &r), QStringLiteral("Unmark downscaled"));
    QCOMPARE(ActionCatalog::label(Operation::SetRestrictMemberAccess, &r), QStringLiteral("Allow member access"));
}

void TestActionCatalog::stateRules_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("backendId");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reasonContains");
    const auto add = [](const char *name, Operation op, ResourceState state, const char *backendId, bool enabled,
                         const char *reason) {
        QTest::newRow(name) << int(op) << int(state) << QString::fromLatin1(backendId) << enabled
                            << QString::fromUtf8(reason);
    };
    add("terminate OK", Operation::Terminate, ResourceState::OK, "b", true, "");
    add("terminate Erred", Operation::Terminate, ResourceState::Erred, "b", true, "");
    add("terminate Terminated", Operation::Terminate, ResourceState::Terminated, "b", false, "OK or Erred");
    add("terminate Creating", Operation::Terminate, ResourceState::Creating, "b", false, "Creating");
    add("pull OK", Operation::Pull, ResourceState::OK, "b", true, "");
    add("pull no backend id", Operation::Pull, ResourceState::OK, "", false, "backend ID");
    add("pull Updating", Operation::Pull, ResourceState::Updating, "b", false, "OK or Erred");
    add("update_options OK", Operation::UpdateOptions, ResourceState::OK, "b", true, "");
    add("update_options Erred", Operation::UpdateOptions, ResourceState::Erred, "b", false, "directly");
    add("update_options_direct Erred", Operation::UpdateOptionsDirect, ResourceState::Erred, "b", true, "");
    add("set_as_ok OK", Operation::SetAsOk, ResourceState::OK, "b", false, "already OK");
    add("set_as_ok Erred", Operation::SetAsOk, ResourceState::Erred, "b", true, "");
    add("set_as_ok Terminated", Operation::SetAsOk, ResourceState::Terminated, "b", false, "terminated");
    add("set_limits Terminating", Operation::SetLimits, ResourceState::Terminating, "", true, "");
    add("set_as_erred Terminated", Operation::SetAsErred, ResourceState::Terminated, "", true, "");
}

void TestActionCatalog::stateRules()
{
    QFETCH(int, operation);
    QFETCH(int, state);
    QFETCH(QString, backendId);
    QFETCH(bool, enabled);
    QFETCH(QString, reasonContains);
    const Resource r = resource(static_cast<ResourceState>(state), backendId);
    const CurrentUser user = staff();
    const ActionAvailability result = ActionCatalog::availability(static_cast<Operation>(operation), &r, &user);
    QCOMPARE(result.enabled, enabled);
    QCOMPARE(result.reason.isEmpty(), enabled);
    QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
}

void TestActionCatalog::staffOnlyNeedsStaff()
{
    const Resource r = resource(ResourceState::OK);
    CurrentUser owner;
    owner.uuid = QStringLiteral("u2");
    for (Operation operation : ActionCatalog::staffActions()) {
        const ActionAvailability result = ActionCatalog::availability(operation, &r, &owner);
        QVERIFY(!result.enabled);
        QVERIFY2(result.reason.startsWith(QStringLiteral("Only staff can")), qPrintable(result.reason));
        const ActionAvailability unknown = ActionCatalog::availability(operation, &r, nullptr);
        QVERIFY(!unknown.enabled);
        QVERIFY(unknown.reason.contains(QStringLiteral("loaded")));
    }
    for (Operation operation : ActionCatalog::providerActions()) {
        if (operation != Operation::SetAsOk) { // already OK
            QVERIFY2(ActionCatalog::availability(operation, &r, &owner).enabled,
                qPrintable(ActionCatalog::objectName(operation)));
        }
    }
}

void TestActionCatalog::noRowDisablesEverything()
{
    const CurrentUser user = staff();
    for (Operation operation : ActionCatalog::viewActions()) {
        const ActionAvailability result = ActionCatalog::availability(operation, nullptr, &user);
        QVERIFY(!result.enabled);
        QCOMPARE(result.reason, QStringLiteral("Select a resource first."));
    }
}

// A resource whose relations Waldur left out or sent as null offers exactly the actions of the same
// resource with every relation filled in: no rule reads a relation as a value.
void TestActionCatalog::emptyRelationsChangeNoRule()
{
    const QByteArray filled = R"({"uuid":"8f1c","name":"vm-1","state":"OK","backend_id":"b-1",
        "offering_type":"OpenStack.Instance","parent_uuid":"0011","parent_offering_uuid":"ffee","plan":"https://h/p/",
        "plan_name":"Small","scope":"https://h/s/","report":[],"end_date":"2027-01-01",
        "project_end_date_requested_by":"https://h/u/","order_in_progress":null,"service_settings_uuid":"0123"})";
    QString error;
    const std::optional<Resource> full = Resource::fromJson(QJsonDocument::fromJson(filled).object(), false, &error);
    QVERIFY2(full, qPrintable(error));
    for (const bool asNull : { false, true }) {
        QJsonObject json = QJsonDocument::fromJson(filled).object();
        for (const char *key : { "parent_uuid", "parent_offering_uuid", "plan", "plan_name", "scope", "report",
                 "end_date", "project_end_date_requested_by", "service_settings_uuid" }) {
            if (asNull) {
                json.insert(QLatin1StringView(key), QJsonValue::Null);
            } else {
                json.remove(QLatin1StringView(key));
            }
        }
        const std::optional<Resource> empty = Resource::fromJson(json, false, &error);
        QVERIFY2(empty, qPrintable(error));
        const CurrentUser user = staff();
        for (int i = 0; i < static_cast<int>(Operation::Count); ++i) {
            const auto operation = static_cast<Operation>(i);
            const ActionAvailability a = ActionCatalog::availability(operation, &*full, &user);
            const ActionAvailability b = ActionCatalog::availability(operation, &*empty, &user);
            QVERIFY2(a.enabled == b.enabled && a.reason == b.reason, Endpoints::info(operation).name.data());
        }
    }
}

// Every rule, for a row in every state, says its reason without a QString::arg() warning: a reason without
// a state in it is not given one.
void TestActionCatalog::rulesWarnAboutNothing()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const CurrentUser user = staff();
    for (const ResourceState state : { ResourceState::Unknown, ResourceState::Creating, ResourceState::OK,
             ResourceState::Erred, ResourceState::Updating, ResourceState::Terminating, ResourceState::Terminated }) {
        Resource row;
        row.uuid = QStringLiteral("8f1c");
        row.state = state;
        for (int i = 0; i < static_cast<int>(Operation::Count); ++i) {
            const ActionAvailability availability = ActionCatalog::availability(static_cast<Operation>(i), &row, &user);
            QVERIFY(availability.enabled || !availability.reason.isEmpty());
        }
    }
}

// A one-click operation's "dialog" is its question; it has one (both ways for a toggle) and nothing else has.
// The action it sends comes from the table: a toggle's flag flipped from the row's value, or no body.
void TestActionCatalog::everyOneClickOperationAsksItsQuestion()
{
    Resource row;
    row.uuid = QStringLiteral("8f1c2a9e0b3d4c5f9a7e6d5c4b3a2918");
    row.name = QStringLiteral("alloc-12");
    row.state = ResourceState::Erred;
    row.backendId = QStringLiteral("slurm-12");
    int oneClick = 0;
    for (const OperationFacts &facts : OperationTable::all()) {
        const Operation operation = facts.endpoint.operation;
        const char *name = facts.endpoint.name.data();
        for (const bool set : { false, true }) {
            Resource current = row;
            current.paused = current.downscaled = current.restrictMemberAccess = set;
            const std::optional<OneClickAction> made = OneClickActions::make(operation, current);
            QVERIFY2(made.has_value() == (facts.kind == ActionKind::OneClick), name);
            if (!made) {
                continue;
            }
            ++oneClick;
            QVERIFY2(made->action.isValid(), name);
            QCOMPARE(made->action.resourceUuid, row.uuid);
            QVERIFY2(made->question.text.contains(QStringLiteral("“alloc-12”")), name);
            QVERIFY2(!made->question.informativeText.contains(QStringLiteral("%1")), name);
            QVERIFY2(made->success.contains(QStringLiteral("“alloc-12”")), name);
            QVERIFY2(made->failure.contains(QStringLiteral("“alloc-12”")), name);
            if (facts.toggles == ToggledFlag::None) {
                QVERIFY2(!made->action.body, name);
            } else {
                const QJsonObject body { { QString(facts.endpoint.bodyKey), !set } };
                QCOMPARE(made->action.body->object(), body);
            }
        }
    }
    QCOMPARE(oneClick, 2 * 6); // pause, downscale, member access, set as OK, refresh last sync, pull
    const std::optional<OneClickAction> pull = OneClickActions::make(Operation::Pull, row);
    QVERIFY(pull->question.informativeText.contains(QStringLiteral("“slurm-12”")));
    const std::optional<OneClickAction> ok = OneClickActions::make(Operation::SetAsOk, row);
    QVERIFY(ok->question.informativeText.startsWith(QStringLiteral("It is now Erred.")));
}

QTEST_GUILESS_MAIN(TestActionCatalog)
#include "tst_actioncatalog.moc"
