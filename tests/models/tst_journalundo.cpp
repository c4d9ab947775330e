// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/BulkRun.h"
#include "models/actions/OperationTable.h"
#include "models/actions/UndoPlan.h"
#include "models/journal/Journal.h"
#include "models/sim/Simulator.h"
#include "tests/support/TestConnection.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// Undo against the simulator: each reversible operation, made through the runner and journaled, is taken
// back by the same runner as a bulk run, and the resource is as it was; a change made since is a conflict,
// a resource gone is said so, and an undo is itself journaled and can be undone.
class TestJournalUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyReversibleOperationIsUndone_data();
    void everyReversibleOperationIsUndone();
    void aChangeMadeSinceIsAConflict();
    void aResourceGoneIsNotUndone();
    void aBulkRunIsUndoneAsOne();
    void twoChangesUndoneTogetherRestoreTheFirstValue();
    void whatCannotBeUndoneSaysWhy();

private:
    // The row of a resource in state OK for which `accept` holds (given its whole JSON), not used before.
    QString pick(const std::function<bool(const QJsonObject &raw)> &accept);
    // Runs the change and returns its journal entry, completed.
    std::optional<JournalEntry> change(const ResourceAction &action);
    QList<JournalEntry> entries(const JournalFilter &filter);
    // Plans and runs the undo of `entries`; the planner, finished, and the run's outcome per uuid.
    std::unique_ptr<UndoPlanner> plan(const QList<JournalEntry> &entries);
    bool runUndo(UndoPlanner *planner, bool overwrite, QString *bulkRun = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<ResourceTableModel> m_model;
    std::unique_ptr<ActionRunner> m_runner;
    std::unique_ptr<Journal> m_journal;
    QSet<QString> m_used;
};

namespace {
const QString kServer = QStringLiteral("https://waldur.example.org/");
const QString kUser = QStringLiteral("stella.admin");

JournalFilter mine()
{
    JournalFilter filter;
    filter.server = kServer;
    filter.user = kUser;
    return filter;
}
} // namespace

void TestJournalUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    m_model = std::make_unique<ResourceTableModel>(m_connection->api());
    m_runner = std::make_unique<ActionRunner>(m_connection->api(), m_model.get());
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QSignalSpy opened(m_journal.get(), &Journal::opened);
    m_journal->open();
    QVERIFY(opened.wait(10000));
    m_runner->setJournal(m_journal.get(), kServer, kUser);
    m_model->setQuery(ResourceQuery());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() > 0, 10000);
    m_used.clear();
}

void TestJournalUndo::cleanup()
{
    m_runner.reset();
    m_model.reset();
    m_journal.reset();
    m_connection.reset();
    m_dir.reset();
}

QString TestJournalUndo::pick(const std::function<bool(const QJsonObject &raw)> &accept)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Resource *r = m_model->resourceAt(row);
        const QJsonObject raw = m_connection->simulator()->resourceJson(r->uuid);
        if (r->state == ResourceState::OK && !m_used.contains(r->uuid) && accept(raw)) {
            m_used.insert(r->uuid);
            return r->uuid;
        }
    }
    return {};
}

QList<JournalEntry> TestJournalUndo::entries(const JournalFilter &filter)
{
    std::optional<QList<JournalEntry>> found;
    m_journal->page(filter, 0, 10000, this, [&found](const QList<JournalEntry> &e, const QString &) { found = e; });
    if (!QTest::qWaitFor([&found] { return found.has_value(); }, 10000)) {
        qWarning("no answer from the journal");
    }
    return found.value_or(QList<JournalEntry>());
}

std::optional<JournalEntry> TestJournalUndo::change(const ResourceAction &action)
{
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    m_runner->run(action);
    if (!finished.wait(10000) || finished.first().at(2).value<RunOutcome>() != RunOutcome::Succeeded) {
        qWarning() << "the change failed:" << finished.value(0).value(3).value<ApiError>().message;
        return std::nullopt;
    }
    JournalFilter filter = mine();
    filter.resource = action.resourceUuid;
    std::optional<JournalEntry> entry;
    [[maybe_unused]] const bool completed = QTest::qWaitFor(
        [&] {
            const QList<JournalEntry> found = entries(filter);
            if (!found.isEmpty() && found.first().outcome == JournalOutcome::Ok) {
                entry = found.first();
            }
            return entry.has_value();
        },
        10000);
    return entry;
}

std::unique_ptr<UndoPlanner> TestJournalUndo::plan(const QList<JournalEntry> &entries)
{
    auto planner = std::make_unique<UndoPlanner>(m_connection->api(), entries);
    QSignalSpy finished(planner.get(), &UndoPlanner::finished);
    planner->start();
    if (finished.isEmpty() && !finished.wait(20000)) {
        qWarning("the undo planner did not finish");
    }
    return planner;
}

bool TestJournalUndo::runUndo(UndoPlanner *planner, bool overwrite, QString *bulkRun)
{
    QList<BulkItem> items;
    QHash<QString, QJsonObject> bodies;
    QHash<QString, QString> undoes;
    for (const UndoItem &item : planner->items()) {
        const bool go
            = item.status == UndoItem::Status::Ready || (overwrite && item.status == UndoItem::Status::Conflict);
        items.append({ item.entry.resourceUuid, item.entry.resourceName, go ? BulkStatus::Pending : BulkStatus::Skipped,
            item.reason });
        bodies.insert(item.entry.resourceUuid, item.body);
        undoes.insert(item.entry.resourceUuid, item.entry.key);
    }
    const Operation operation = planner->operation();
    BulkRun run(m_runner.get(), operation, items,
        [operation, bodies](const QString &uuid) { return ResourceAction::of(operation, uuid, bodies.value(uuid)); });
    run.setUndoes(undoes);
    QSignalSpy finished(&run, &BulkRun::finished);
    run.start();
    if (finished.isEmpty() && !finished.wait(20000)) {
        return false; // (nothing to send finishes at once)
    }
    if (bulkRun) {
        *bulkRun = run.id();
    }
    const BulkRun::Counts counts = run.counts();
    for (const BulkItem &item : run.items()) {
        if (item.status == BulkStatus::Failed) {
            qWarning() << "undo failed:" << item.uuid << item.message;
        }
    }
    return counts.failed == 0 && counts.unknown == 0;
}

void TestJournalUndo::everyReversibleOperationIsUndone_data()
{
    QTest::addColumn<int>("operation");
    int reversible = 0;
    for (const OperationFacts &facts : OperationTable::all()) {
        if (facts.undo == Undo::PreviousValue) {
            QTest::newRow(facts.endpoint.name.data()) << int(facts.endpoint.operation);
            ++reversible;
        }
    }
    QCOMPARE(reversible, 12); // the three flags, two end dates, limits, slug, backend ID and metadata, PUT, PATCH, move
}

void TestJournalUndo::everyReversibleOperationIsUndone()
{
    QFETCH(int, operation);
    const Operation op = Operation(operation);
    sim::Simulator *sim = m_connection->simulator();
    const auto noEndDate = [](const QJsonObject &raw) { return raw.value(QStringLiteral("end_date")).isNull(); };
    QString uuid;
    ResourceAction action;
    QStringList fields; // what the change sets and the undo must restore
    switch (op) {
    case Operation::SetPaused:
    case Operation::SetDownscaled:
    case Operation::SetRestrictMemberAccess: {
        const QString key = QString(OperationTable::facts(op).endpoint.bodyKey);
        uuid = pick([](const QJsonObject &) { return true; });
        action = ResourceAction::flag(op, uuid, !sim->resourceJson(uuid).value(key).toBool());
        fields = { key };
        break;
    }
    case Operation::SetEndDateByProvider:
        uuid = pick(noEndDate);
        action = ResourceAction::setEndDateByProvider(uuid, sim->today().addDays(30));
        fields = { QStringLiteral("end_date") };
        break;
    case Operation::SetEndDateByStaff:
        uuid = pick(noEndDate);
        action = ResourceAction::setEndDateByStaff(uuid, sim->today().addDays(45));
        fields = { QStringLiteral("end_date") };
        break;
    case Operation::SetLimits: {
        uuid = pick([](const QJsonObject &raw) { return !raw.value(QStringLiteral("limits")).toObject().isEmpty(); });
        QMap<QString, qint64> limits;
        const QJsonObject now = sim->resourceJson(uuid).value(QStringLiteral("limits")).toObject();
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            limits.insert(it.key(), qint64(it.value().toDouble()) + 1);
        }
        action = ResourceAction::setLimits(uuid, limits);
        fields = { QStringLiteral("limits") };
        break;
    }
    case Operation::SetSlug:
        uuid = pick([](const QJsonObject &) { return true; });
        action = ResourceAction::setSlug(uuid, QStringLiteral("undo-me"));
        fields = { QStringLiteral("slug") };
        break;
    case Operation::SetBackendId:
        uuid = pick([](const QJsonObject &) { return true; });
        action = ResourceAction::setBackendId(uuid, QStringLiteral("undo-me-42"));
        fields = { QStringLiteral("backend_id") };
        break;
    case Operation::SetBackendMetadata:
        uuid = pick([](const QJsonObject &) { return true; });
        action = ResourceAction::setBackendMetadata(uuid, { { QStringLiteral("rack"), QStringLiteral("B7") } });
        fields = { QStringLiteral("backend_metadata") };
        break;
    case Operation::Update:
        uuid = pick(noEndDate);
        action = ResourceAction::update(
            uuid, QStringLiteral("renamed by a test"), QStringLiteral("new words"), sim->today().addDays(60));
        fields = { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("end_date") };
        break;
    case Operation::PartialUpdate:
        uuid = pick([](const QJsonObject &) { return true; });
        action = ResourceAction::partialUpdate(uuid, { { QStringLiteral("description"), QStringLiteral("patched") } });
        fields = { QStringLiteral("description") };
        break;
    case Operation::MoveResource: {
        uuid = pick([](const QJsonObject &) { return true; });
        const QJsonObject raw = sim->resourceJson(uuid);
        QString target;
        for (int row = 0; row < m_model->rowCount() && target.isEmpty(); ++row) {
            const QJsonObject other = sim->resourceJson(m_model->resourceAt(row)->uuid);
            if (other.value(QStringLiteral("customer_uuid")) == raw.value(QStringLiteral("customer_uuid"))
                && other.value(QStringLiteral("project")) != raw.value(QStringLiteral("project"))) {
                target = other.value(QStringLiteral("project")).toString();
            }
        }
        QVERIFY(!target.isEmpty());
        action = ResourceAction::moveResource(uuid, QUrl(target));
        fields = { QStringLiteral("project"), QStringLiteral("project_uuid") };
        break;
    }
    default:
        QFAIL("an operation the table calls reversible has no case here");
    }
    QVERIFY(!uuid.isEmpty());
    const QJsonObject original = sim->resourceJson(uuid);
    const std::optional<JournalEntry> entry = change(action);
    QVERIFY(entry);
    const QJsonObject changed = sim->resourceJson(uuid);
    QVERIFY(std::any_of(fields.cbegin(), fields.cend(),
        [&](const QString &field) { return changed.value(field) != original.value(field); }));

    const auto planner = plan({ *entry });
    QCOMPARE(planner->count(UndoItem::Status::Ready), 1);
    QCOMPARE(planner->operation(), op);
    QString run;
    QVERIFY(runUndo(planner.get(), false, &run));
    const QJsonObject restored = sim->resourceJson(uuid);
    for (const QString &field : std::as_const(fields)) {
        QVERIFY2(restored.value(field) == original.value(field), qPrintable(field));
    }

    // The undo is journaled as one, and can itself be undone.
    JournalFilter filter = mine();
    filter.bulkRun = run;
    const QList<JournalEntry> undone = entries(filter);
    QCOMPARE(undone.size(), 1);
    QCOMPARE(undone.first().undoes, entry->key);
    QTRY_COMPARE(entries(filter).first().outcome, JournalOutcome::Ok);
    QString whyNot;
    QVERIFY2(UndoPlan::inverse(entries(filter).first(), &whyNot), qPrintable(whyNot));
}

// Someone changed the slug again after the console set it: the undo lists a conflict and leaves it, unless
// the user overwrites.
void TestJournalUndo::aChangeMadeSinceIsAConflict()
{
    const QString uuid = pick([](const QJsonObject &) { return true; });
    const QString original = m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("slug")).toString();
    const std::optional<JournalEntry> entry = change(ResourceAction::setSlug(uuid, QStringLiteral("set-by-console")));
    QVERIFY(entry);
    bool done = false;
    m_connection->api()->perform(ResourceAction::setSlug(uuid, QStringLiteral("set-by-someone-else")), this,
        [&done](const Result<ActionOutcome> &result) { done = result.ok(); });
    QTRY_VERIFY(done);

    auto planner = plan({ *entry });
    QCOMPARE(planner->count(UndoItem::Status::Conflict), 1);
    QVERIFY2(planner->items().first().reason.contains(QStringLiteral("set-by-someone-else")),
        qPrintable(planner->items().first().reason));
    QVERIFY(runUndo(planner.get(), false));
    QCOMPARE(m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("slug")).toString(),
        QStringLiteral("set-by-someone-else")); // skipped

    planner = plan({ *entry });
    QVERIFY(runUndo(planner.get(), true)); // overwritten
    QCOMPARE(m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("slug")).toString(), original);
}

void TestJournalUndo::aResourceGoneIsNotUndone()
{
    const QString uuid = pick([](const QJsonObject &) { return true; });
    const std::optional<JournalEntry> entry = change(ResourceAction::setBackendId(uuid, QStringLiteral("gone-soon")));
    QVERIFY(entry);
    bool done = false;
    m_connection->api()->perform(
        ResourceAction::unlink(uuid), this, [&done](const Result<ActionOutcome> &result) { done = result.ok(); });
    QTRY_VERIFY(done);
    const auto planner = plan({ *entry });
    QCOMPARE(planner->count(UndoItem::Status::Gone), 1);
    QCOMPARE(planner->count(UndoItem::Status::Ready), 0);
}

// A bulk pause of five, undone as one run: all five are unpaused again, each undo entry naming its original.
void TestJournalUndo::aBulkRunIsUndoneAsOne()
{
    QList<BulkItem> items;
    for (int i = 0; i < 5; ++i) {
        const QString uuid = pick([](const QJsonObject &raw) { return !raw.value(QStringLiteral("paused")).toBool(); });
        QVERIFY(!uuid.isEmpty());
        items.append({ uuid, QString(), BulkStatus::Pending, {} });
    }
    BulkRun pause(m_runner.get(), Operation::SetPaused, items,
        [](const QString &uuid) { return ResourceAction::flag(Operation::SetPaused, uuid, true); });
    QSignalSpy finished(&pause, &BulkRun::finished);
    pause.start();
    QVERIFY(finished.wait(20000));
    JournalFilter filter = mine();
    filter.bulkRun = pause.id();
    QList<JournalEntry> paused;
    QTRY_VERIFY((paused = entries(filter),
        paused.size() == 5 && std::all_of(paused.cbegin(), paused.cend(), [](const JournalEntry &e) {
            return e.outcome == JournalOutcome::Ok;
        })));
    for (const BulkItem &item : std::as_const(items)) {
        QVERIFY(m_connection->simulator()->resourceJson(item.uuid).value(QStringLiteral("paused")).toBool());
    }
    const auto planner = plan(paused);
    QCOMPARE(planner->count(UndoItem::Status::Ready), 5);
    QString run;
    QVERIFY(runUndo(planner.get(), false, &run));
    for (const BulkItem &item : std::as_const(items)) {
        QVERIFY(!m_connection->simulator()->resourceJson(item.uuid).value(QStringLiteral("paused")).toBool());
    }
    filter.bulkRun = run;
    QSet<QString> originals;
    for (const JournalEntry &e : entries(filter)) {
        originals.insert(e.undoes);
    }
    QSet<QString> keys;
    for (const JournalEntry &e : std::as_const(paused)) {
        keys.insert(e.key);
    }
    QCOMPARE(originals, keys);
}

// The slug set twice, both changes undone at once: back to the slug before the first, in one request.
void TestJournalUndo::twoChangesUndoneTogetherRestoreTheFirstValue()
{
    const QString uuid = pick([](const QJsonObject &) { return true; });
    const QString original = m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("slug")).toString();
    const std::optional<JournalEntry> first = change(ResourceAction::setSlug(uuid, QStringLiteral("first-slug")));
    QVERIFY(first);
    const std::optional<JournalEntry> second = change(ResourceAction::setSlug(uuid, QStringLiteral("second-slug")));
    QVERIFY(second);
    QCOMPARE(second->before.value(QStringLiteral("slug")).toString(), QStringLiteral("first-slug"));
    const auto planner = plan({ *second, *first }); // newest first, as the journal lists them
    QCOMPARE(planner->count(UndoItem::Status::Ready), 1);
    QCOMPARE(planner->count(UndoItem::Status::Superseded), 1);
    QCOMPARE(planner->items().first().body.value(QStringLiteral("slug")).toString(), original);
    QVERIFY(runUndo(planner.get(), false));
    QCOMPARE(m_connection->simulator()->resourceJson(uuid).value(QStringLiteral("slug")).toString(), original);
}

void TestJournalUndo::whatCannotBeUndoneSaysWhy()
{
    JournalEntry erred;
    erred.operation = QStringLiteral("set_as_erred");
    erred.outcome = JournalOutcome::Ok;
    erred.body = { { QStringLiteral("error_message"), QStringLiteral("disk") } };
    QString why;
    QVERIFY(!UndoPlan::inverse(erred, &why));
    QVERIFY2(why.contains(QStringLiteral("Set as OK")), qPrintable(why));

    JournalEntry failed;
    failed.operation = QStringLiteral("set_slug");
    failed.outcome = JournalOutcome::Failed;
    failed.body = { { QStringLiteral("slug"), QStringLiteral("x") } };
    failed.before = { { QStringLiteral("slug"), QStringLiteral("y") } };
    QVERIFY(!UndoPlan::inverse(failed, &why));
    QVERIFY2(why.contains(QStringLiteral("Failed")), qPrintable(why));

    JournalEntry unrecorded = failed;
    unrecorded.outcome = JournalOutcome::Ok;
    unrecorded.before = {};
    QVERIFY(!UndoPlan::inverse(unrecorded, &why));
    QVERIFY2(why.contains(QStringLiteral("not recorded")), qPrintable(why));

    for (const char *name : { "pull", "unlink", "terminate", "refresh_last_sync", "submit_report", "update_options",
             "update_options_direct", "set_as_ok" }) {
        JournalEntry entry;
        entry.operation = QString::fromLatin1(name);
        entry.outcome = JournalOutcome::Ok;
        QVERIFY2(!UndoPlan::inverse(entry, &why), name);
        QVERIFY2(why.contains(QStringLiteral("cannot be undone")), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestJournalUndo)
#include "tst_journalundo.moc"
