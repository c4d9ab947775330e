// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/BulkRun.h"
#include "models/journal/Journal.h"
#include "models/sim/Simulator.h"
#include "tests/support/TestConnection.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// The journal against a real SQLite file and, for the runner's part, the simulator: every change is an
// entry "sending" before its request leaves and is completed with its outcome; what it overwrites is kept;
// a journal that cannot be opened says why and takes nothing from the change.
class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void entriesRoundTripForEveryWriteOperation();
    void anEntryCutOffIsUnknownAfterARestart();
    void aRunningConsolesEntriesStaySending();
    void queuedEntriesOfASessionWhoseJournalFailedAreUnknown();
    void serversAndUsersDoNotMix();
    void twoConsolesShareOneJournal();
    void aCorruptFileMakesItUnavailable();
    void aPathThatCannotBeCreatedMakesItUnavailable();
    void aNewerSchemaIsNotTouched();
    void theRunnerJournalsSuccessFailureAndGone();
    void anEntryIsSendingWhileItsRequestIsInFlight();
    void aBulkRunIsJournaledUnderItsId();
    void anUnavailableJournalTakesNothingFromTheChange();

private:
    std::unique_ptr<Journal> openJournal(const QString &path) const;
    QList<JournalEntry> read(Journal *journal,
        const QString &server = QStringLiteral("https://waldur.example.org/"),
        const QString &user = QStringLiteral("stella.admin")) const;
    bool startSimulator();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<ResourceTableModel> m_model;
    std::unique_ptr<ActionRunner> m_runner;
};

namespace {
const QString kServer = QStringLiteral("https://waldur.example.org/");
const QString kUser = QStringLiteral("stella.admin");

JournalEntry entryFor(const QString &operation, const QJsonObject &body)
{
    JournalEntry entry;
    entry.server = kServer;
    entry.user = kUser;
    entry.operation = operation;
    entry.body = body;
    entry.resourceUuid = QStringLiteral("8f1c2a9e0b3d4c5f9a7e6d5c4b3a2918");
    entry.resourceName = QStringLiteral("alloc-12");
    entry.offering = QStringLiteral("HPC Cluster");
    entry.customer = QStringLiteral("University");
    entry.project = QStringLiteral("Genomics");
    entry.requestId = 7;
    return entry;
}
} // namespace

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournal::cleanup()
{
    m_runner.reset();
    m_model.reset();
    m_connection.reset();
    m_dir.reset();
}

std::unique_ptr<Journal> TestJournal::openJournal(const QString &path) const
{
    auto journal = std::make_unique<Journal>(path);
    QSignalSpy opened(journal.get(), &Journal::opened);
    QSignalSpy unavailable(journal.get(), &Journal::unavailable);
    journal->open();
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !unavailable.isEmpty(); }, 10000)) {
        qWarning("the journal neither opened nor failed");
    }
    return journal;
}

QList<JournalEntry> TestJournal::read(Journal *journal, const QString &server, const QString &user) const
{
    std::optional<QList<JournalEntry>> found;
    journal->page({ server, user }, 0, 1000, journal,
        [&found](const QList<JournalEntry> &entries, const QString &) { found = entries; });
    if (!QTest::qWaitFor([&found] { return found.has_value(); }, 10000)) {
        qWarning("no answer from the journal");
    }
    return found.value_or(QList<JournalEntry>());
}

bool TestJournal::startSimulator()
{
    m_connection = std::make_unique<test::TestConnection>();
    if (!m_connection->isValid() || !m_connection->simulator()) {
        return false;
    }
    m_model = std::make_unique<ResourceTableModel>(m_connection->api());
    m_runner = std::make_unique<ActionRunner>(m_connection->api(), m_model.get());
    m_model->setQuery(ResourceQuery());
    return QTest::qWaitFor([this] { return !m_model->isLoading() && m_model->rowCount() > 0; }, 10000);
}

// Each write operation's entry comes back as it went in: the body as sent, the resource, the values
// before, the outcome and the server's message.
void TestJournal::entriesRoundTripForEveryWriteOperation()
{
    auto journal = openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(journal->state() == Journal::State::Available, qPrintable(journal->problem()));
    QHash<QString, JournalEntry> written;
    for (const OperationFacts &facts : OperationTable::all()) {
        if (!facts.endpoint.mutates) {
            continue;
        }
        const QString name = facts.endpoint.name;
        QJsonObject body;
        if (!facts.endpoint.bodyKey.isEmpty()) {
            body.insert(QString(facts.endpoint.bodyKey), QString(QStringLiteral("value of ") + name));
        }
        JournalEntry entry = entryFor(name, body);
        entry.before = { { QStringLiteral("before"), name } };
        bool done = false;
        bool ok = false;
        entry.key = journal->begin(entry, this, [&](bool w) { done = true, ok = w; });
        QTRY_VERIFY(done);
        QVERIFY(ok);
        journal->complete(entry.key, JournalOutcome::Failed, QStringLiteral("refused: ") + name);
        written.insert(entry.key, entry);
    }
    QCOMPARE(written.size(), 21); // the 29 operations less the 8 reads (PUT and PATCH each count)
    // Reopened from disk, as the next start would.
    journal.reset();
    journal = openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    const QList<JournalEntry> entries = read(journal.get());
    QCOMPARE(entries.size(), written.size());
    for (const JournalEntry &e : entries) {
        QVERIFY(written.contains(e.key));
        const JournalEntry &w = written.value(e.key);
        QCOMPARE(e.operation, w.operation);
        QCOMPARE(e.body, w.body);
        QCOMPARE(e.before, w.before);
        QCOMPARE(e.resourceUuid, w.resourceUuid);
        QCOMPARE(e.resourceName, w.resourceName);
        QCOMPARE(e.offering, w.offering);
        QCOMPARE(e.customer, w.customer);
        QCOMPARE(e.project, w.project);
        QCOMPARE(e.requestId, w.requestId);
        QCOMPARE(e.outcome, JournalOutcome::Failed);
        QCOMPARE(e.message, QStringLiteral("refused: ") + w.operation);
        QVERIFY(e.time.isValid());
        QVERIFY(qAbs(e.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }
}

// A console that ended without completing an entry (killed, here closed with the entry never completed)
// leaves it "sending"; the next one to open the journal finds that its session is over and says
// "unknown", and a bulk run's target never sent "not sent". Completed entries stay as they were.
void TestJournal::anEntryCutOffIsUnknownAfterARestart()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    QString cutOff;
    QString queued;
    QString settled;
    {
        auto journal = openJournal(path);
        bool done = false;
        cutOff = journal->begin(entryFor(QStringLiteral("set_paused"), { { QStringLiteral("paused"), true } }), this,
            [&done](bool) { done = true; });
        settled = journal->begin(entryFor(QStringLiteral("pull"), {}), this, [](bool) {});
        journal->complete(settled, JournalOutcome::Ok, {});
        journal->plan({ entryFor(QStringLiteral("set_downscaled"), {}) }, this,
            [&queued](const QStringList &keys) { queued = keys.value(0); });
        QTRY_VERIFY(done && !queued.isEmpty());
    }
    auto journal = std::make_unique<Journal>(path);
    QSignalSpy recovered(journal.get(), &Journal::cutOffRecovered);
    journal->open();
    QTRY_COMPARE(recovered.size(), 1);
    QCOMPARE(recovered.first().first().toInt(), 2);
    QHash<QString, JournalEntry> byKey;
    for (const JournalEntry &e : read(journal.get())) {
        byKey.insert(e.key, e);
    }
    QCOMPARE(byKey.size(), 3);
    QCOMPARE(byKey.value(cutOff).outcome, JournalOutcome::Unknown);
    QVERIFY(byKey.value(cutOff).message.contains(QStringLiteral("stopped before the answer came")));
    QCOMPARE(byKey.value(queued).outcome, JournalOutcome::NotSent);
    QCOMPARE(byKey.value(settled).outcome, JournalOutcome::Ok);
}

// While a console runs, its entries in flight are its own: a second console opening the same journal leaves
// them "sending".
void TestJournal::aRunningConsolesEntriesStaySending()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    auto first = openJournal(path);
    bool done = false;
    first->begin(entryFor(QStringLiteral("set_slug"), { { QStringLiteral("slug"), QStringLiteral("x") } }), this,
        [&done](bool) { done = true; });
    QTRY_VERIFY(done);
    auto second = std::make_unique<Journal>(path);
    QSignalSpy recovered(second.get(), &Journal::cutOffRecovered);
    QSignalSpy opened(second.get(), &Journal::opened);
    second->open();
    QTRY_COMPARE(opened.size(), 1);
    const QList<JournalEntry> entries = read(second.get());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Sending);
    QCOMPARE(recovered.size(), 0);
}

// The journal failed mid-run (here another program held it locked past the busy timeout): the run went on
// unjournaled, so its queued entries may have been sent. The next start says "unknown", not "not sent".
void TestJournal::queuedEntriesOfASessionWhoseJournalFailedAreUnknown()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    QStringList keys;
    {
        auto journal = openJournal(path);
        journal->plan({ entryFor(QStringLiteral("set_paused"), {}), entryFor(QStringLiteral("set_paused"), {}) }, this,
            [&keys](const QStringList &k) { keys = k; });
        QTRY_COMPARE(keys.size(), 2);
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE"));
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("DELETE FROM entries WHERE 0")));
            std::optional<bool> written;
            JournalEntry sending = entryFor(QStringLiteral("set_paused"), { { QStringLiteral("paused"), true } });
            sending.key = keys.first();
            journal->begin(sending, this, [&written](bool ok) { written = ok; });
            QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000); // after the 5 s busy timeout
            QCOMPARE(*written, false);
            QCOMPARE(journal->state(), Journal::State::Unavailable);
            QVERIFY2(journal->problem().contains(QStringLiteral("locked")), qPrintable(journal->problem()));
            QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    auto journal = openJournal(path);
    const QList<JournalEntry> entries = read(journal.get());
    QCOMPARE(entries.size(), 2);
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.outcome, JournalOutcome::Unknown);
        QVERIFY2(e.message.contains(QStringLiteral("could not be written")), qPrintable(e.message));
    }
}

void TestJournal::serversAndUsersDoNotMix()
{
    auto journal = openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    JournalEntry other = entryFor(QStringLiteral("pull"), {});
    other.server = QStringLiteral("https://other.example.org/");
    journal->begin(other, this, [](bool) {});
    JournalEntry otherUser = entryFor(QStringLiteral("pull"), {});
    otherUser.user = QStringLiteral("someone.else");
    journal->begin(otherUser, this, [](bool) {});
    journal->begin(entryFor(QStringLiteral("pull"), {}), this, [](bool) {});
    QCOMPARE(read(journal.get()).size(), 1);
    QCOMPARE(read(journal.get(), other.server).size(), 1);
    QCOMPARE(read(journal.get(), kServer, otherUser.user).size(), 1);
}

// A second console on the same file (WAL, a busy timeout): both write, nothing is lost.
void TestJournal::twoConsolesShareOneJournal()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    auto first = openJournal(path);
    auto second = openJournal(path);
    QVERIFY(first->state() == Journal::State::Available);
    QVERIFY(second->state() == Journal::State::Available);
    int written = 0;
    for (int i = 0; i < 50; ++i) {
        Journal *journal = i % 2 ? second.get() : first.get();
        journal->begin(entryFor(QStringLiteral("set_slug"), { { QStringLiteral("slug"), QString::number(i) } }), this,
            [&written](bool ok) { written += ok ? 1 : 0; });
    }
    QTRY_COMPARE(written, 50);
    QCOMPARE(read(first.get()).size(), 50);
    QCOMPARE(read(second.get()).size(), 50);
}

void TestJournal::aCorruptFileMakesItUnavailable()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x')); // not a database
    file.close();
    auto journal = openJournal(path);
    QCOMPARE(journal->state(), Journal::State::Unavailable);
    QVERIFY2(journal->problem().contains(QStringLiteral("not a database")), qPrintable(journal->problem()));
    // Nothing is written over the user's file.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
}

void TestJournal::aPathThatCannotBeCreatedMakesItUnavailable()
{
    // Its folder would have to be inside a regular file (true for root as for anyone).
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto journal = openJournal(blocker + QStringLiteral("/journal/journal.sqlite"));
    QCOMPARE(journal->state(), Journal::State::Unavailable);
    QVERIFY(!journal->problem().isEmpty());
}

void TestJournal::aNewerSchemaIsNotTouched()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    {
        auto journal = openJournal(path);
        QVERIFY(journal->state() == Journal::State::Available);
    }
    {
        // A later version of the console moved the schema on.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    auto journal = openJournal(path);
    QCOMPARE(journal->state(), Journal::State::Unavailable);
    QVERIFY2(journal->problem().contains(QStringLiteral("newer version")), qPrintable(journal->problem()));
}

// Through the runner: the entry is complete with the outcome, the body as sent, the resource's names and
// what the change overwrote; a refusal keeps the server's words; a 404 is "gone".
void TestJournal::theRunnerJournalsSuccessFailureAndGone()
{
    QVERIFY(startSimulator());
    auto journal = openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    m_runner->setJournal(journal.get(), kServer, kUser);
    QList<const Resource *> rows;
    for (int r = 0; r < m_model->rowCount() && rows.size() < 3; ++r) {
        const Resource *row = m_model->resourceAt(r);
        if (row->state == ResourceState::OK && !row->paused) {
            rows.append(row);
        }
    }
    QCOMPARE(rows.size(), 3);
    const Resource ok = *rows.at(0);
    const Resource refused = *rows.at(1);
    const Resource gone = *rows.at(2);
    m_connection->simulator()->injectFault([&] {
        sim::Fault f;
        f.method = "POST";
        f.pathPattern = refused.uuid;
        f.status = 409;
        f.body = R"({"detail":"Valid states for operation: OK, Erred."})";
        return f;
    }());
    m_connection->simulator()->injectFault([&] {
        sim::Fault f;
        f.method = "POST";
        f.pathPattern = gone.uuid;
        f.status = 404;
        f.body = R"({"detail":"Not found."})";
        return f;
    }());
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    for (const Resource &row : { ok, refused, gone }) {
        m_runner->run(ResourceAction::setPaused(row.uuid, true));
    }
    QTRY_COMPARE(finished.size(), 3);
    QList<JournalEntry> entries;
    QTRY_VERIFY((entries = read(journal.get()),
        entries.size() == 3 && std::none_of(entries.cbegin(), entries.cend(), [](const JournalEntry &e) {
            return e.outcome == JournalOutcome::Sending;
        })));
    QHash<QString, JournalEntry> byUuid;
    for (const JournalEntry &e : std::as_const(entries)) {
        byUuid.insert(e.resourceUuid, e);
        QCOMPARE(e.operation, QStringLiteral("set_paused"));
        QCOMPARE(e.body, QJsonObject({ { QStringLiteral("paused"), true } }));
        QCOMPARE(e.before, QJsonObject({ { QStringLiteral("paused"), false } }));
        QCOMPARE(e.server, kServer);
        QCOMPARE(e.user, kUser);
        QVERIFY(e.bulkRun.isEmpty());
    }
    QCOMPARE(byUuid.value(ok.uuid).outcome, JournalOutcome::Ok);
    QCOMPARE(byUuid.value(ok.uuid).resourceName, ok.name);
    QCOMPARE(byUuid.value(ok.uuid).project, ok.projectName);
    QCOMPARE(byUuid.value(ok.uuid).customer, ok.customerName);
    QCOMPARE(byUuid.value(ok.uuid).offering, ok.offeringName);
    QCOMPARE(byUuid.value(refused.uuid).outcome, JournalOutcome::Failed);
    QVERIFY(byUuid.value(refused.uuid).message.contains(QStringLiteral("Valid states for operation")));
    QCOMPARE(byUuid.value(gone.uuid).outcome, JournalOutcome::Gone);
}

// The request is stalled on the server: its entry is already on disk, "sending", with the slug it
// overwrites (read from the server first: the table's rows do not hold slugs).
void TestJournal::anEntryIsSendingWhileItsRequestIsInFlight()
{
    QVERIFY(startSimulator());
    auto journal = openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    m_runner->setJournal(journal.get(), kServer, kUser);
    const Resource row = *m_model->resourceAt(0);
    sim::Fault stall;
    stall.kind = sim::Fault::Kind::Stall;
    stall.method = "POST";
    stall.pathPattern = row.uuid;
    m_connection->simulator()->injectFault(stall);
    m_connection->simulator()->clearRequests();
    const QString slug = m_connection->simulator()->resourceJson(row.uuid).value(QStringLiteral("slug")).toString();
    m_runner->run(ResourceAction::setSlug(row.uuid, QStringLiteral("renamed")));
    const auto posted = [this] {
        const QList<sim::RecordedRequest> requests = m_connection->simulator()->requests();
        return std::any_of(
            requests.cbegin(), requests.cend(), [](const sim::RecordedRequest &r) { return r.method == "POST"; });
    };
    QTRY_VERIFY(posted()); // the change has left (after the read of the slug it overwrites)
    const QList<JournalEntry> entries = read(journal.get());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Sending);
    QCOMPARE(entries.first().before, QJsonObject({ { QStringLiteral("slug"), slug } }));
    QCOMPARE(entries.first().operation, QStringLiteral("set_slug"));
    QCOMPARE(entries.first().resourceUuid, row.uuid);
}

void TestJournal::aBulkRunIsJournaledUnderItsId()
{
    QVERIFY(startSimulator());
    auto journal = openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    m_runner->setJournal(journal.get(), kServer, kUser);
    QList<BulkItem> items;
    for (int r = 0; r < m_model->rowCount() && items.size() < 6; ++r) {
        const Resource *row = m_model->resourceAt(r);
        if (row->state == ResourceState::OK) {
            items.append({ row->uuid, row->name, BulkStatus::Pending, {} });
        }
    }
    QCOMPARE(items.size(), 6);
    BulkRun run(m_runner.get(), Operation::SetEndDateByProvider, items,
        [](const QString &uuid) { return ResourceAction::setEndDateByProvider(uuid, QDate(2027, 6, 30)); });
    QSignalSpy finished(&run, &BulkRun::finished);
    run.start();
    QVERIFY(finished.wait(20000));
    QList<JournalEntry> entries;
    QTRY_VERIFY((entries = read(journal.get()),
        entries.size() == 6 && std::all_of(entries.cbegin(), entries.cend(), [](const JournalEntry &e) {
            return e.outcome == JournalOutcome::Ok;
        })));
    for (const JournalEntry &e : std::as_const(entries)) {
        QCOMPARE(e.bulkRun, run.id());
        QCOMPARE(e.body, QJsonObject({ { QStringLiteral("end_date"), QStringLiteral("2027-06-30") } }));
        QVERIFY(e.before.contains(QStringLiteral("end_date"))); // the row was read with end_date
    }
}

// The journal failed to open: the change is sent all the same, and nothing waits for the disk.
void TestJournal::anUnavailableJournalTakesNothingFromTheChange()
{
    QVERIFY(startSimulator());
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto journal = openJournal(path);
    QCOMPARE(journal->state(), Journal::State::Unavailable);
    m_runner->setJournal(journal.get(), kServer, kUser);
    const Resource *row = nullptr;
    for (int r = 0; r < m_model->rowCount() && !row; ++r) {
        row = m_model->resourceAt(r)->state == ResourceState::OK ? m_model->resourceAt(r) : nullptr;
    }
    QVERIFY(row);
    QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
    m_runner->run(ResourceAction::refreshLastSync(row->uuid));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(2).value<RunOutcome>(), RunOutcome::Succeeded);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
