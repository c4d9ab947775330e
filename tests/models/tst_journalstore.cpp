// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/Journal.h"
#include "models/journal/JournalModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// What the Journal window reads: pages newest first without gaps or repeats, each filter keeping exactly
// the entries it names, the count beside them, and the export of what the filters keep; and a journal that
// another program holds locked.
class TestJournalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesCoverEveryEntryOnce();
    void filtersKeepWhatTheyName_data();
    void filtersKeepWhatTheyName();
    void theModelFetchesAPageAtATime();
    void exportWritesWhatTheFiltersKeep();
    void exportToAnImpossiblePathSaysWhy();
    void aJournalLockedByAnotherProgramIsUnavailable();
    void refreshAddsNewEntriesAtTheTopAndKeepsTheRest(); // last: it adds an entry

private:
    QList<JournalEntry> page(const JournalFilter &filter, qint64 below, int limit);
    int count(const JournalFilter &filter);

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QDateTime m_start;
};

namespace {
const QString kServer = QStringLiteral("https://waldur.example.org/");
const QString kUser = QStringLiteral("stella.admin");
constexpr int kEntries = 450;

JournalFilter mine()
{
    JournalFilter filter;
    filter.server = kServer;
    filter.user = kUser;
    return filter;
}

QString uuidOf(int resource)
{
    return QStringLiteral("%1").arg(resource, 32, 16, QLatin1Char('0'));
}
} // namespace

// 450 entries: 3 operations in turn, outcomes ok/failed/unknown, 15 resources, the first 100 an hour older,
// 50 in one bulk run; and one entry of another user that no filter of this one ever shows.
void TestJournalStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
    QSignalSpy opened(m_journal.get(), &Journal::opened);
    m_journal->open();
    QVERIFY(opened.wait(10000));
    m_start = QDateTime::currentDateTimeUtc();
    QList<JournalEntry> entries;
    const QStringList operations { QStringLiteral("set_paused"), QStringLiteral("set_slug"),
        QStringLiteral("set_end_date_by_provider") };
    for (int i = 0; i < kEntries; ++i) {
        JournalEntry e;
        e.server = kServer;
        e.user = kUser;
        e.operation = operations.at(i % 3);
        e.body = { { QStringLiteral("slug"), QStringLiteral("slug-%1").arg(i) } };
        e.resourceUuid = uuidOf(i % 15);
        e.resourceName = QStringLiteral("alloc-%1").arg(i % 15);
        e.project = QStringLiteral("Genomics");
        e.time = i < 100 ? m_start.addSecs(-3600) : m_start;
        e.bulkRun = i >= 200 && i < 250 ? QStringLiteral("run-a") : QString();
        entries.append(e);
    }
    JournalEntry other = entries.first();
    other.user = QStringLiteral("someone.else");
    entries.append(other);
    QStringList keys;
    m_journal->plan(entries, this, [&keys](const QStringList &k) { keys = k; });
    QTRY_COMPARE(keys.size(), kEntries + 1);
    for (int i = 0; i < kEntries; ++i) {
        const JournalOutcome outcome = i % 5 == 0 ? JournalOutcome::Failed
            : i % 7 == 0                          ? JournalOutcome::Unknown
                                                  : JournalOutcome::Ok;
        m_journal->complete(keys.at(i), outcome,
            outcome == JournalOutcome::Failed ? QStringLiteral("Valid states for operation: OK (%1).").arg(i)
                                              : QString());
    }
    QTRY_COMPARE(count(mine()), kEntries);
}

QList<JournalEntry> TestJournalStore::page(const JournalFilter &filter, qint64 below, int limit)
{
    std::optional<QList<JournalEntry>> found;
    m_journal->page(filter, below, limit, this, [&found](const QList<JournalEntry> &e, const QString &problem) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        found = e;
    });
    if (!QTest::qWaitFor([&found] { return found.has_value(); }, 10000)) {
        qWarning("no page came");
    }
    return found.value_or(QList<JournalEntry>());
}

int TestJournalStore::count(const JournalFilter &filter)
{
    int found = -2;
    m_journal->count(filter, this, [&found](int n) { found = n; });
    if (!QTest::qWaitFor([&found] { return found != -2; }, 10000)) {
        qWarning("no count came");
    }
    return found;
}

void TestJournalStore::pagesCoverEveryEntryOnce()
{
    QSet<qint64> seen;
    qint64 below = 0;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (;;) {
        const QList<JournalEntry> entries = page(mine(), below, 64);
        for (const JournalEntry &e : entries) {
            QVERIFY(e.id < previous); // newest first, nothing twice
            previous = e.id;
            seen.insert(e.id);
            QCOMPARE(e.user, kUser);
        }
        if (entries.size() < 64) {
            break;
        }
        below = entries.last().id;
    }
    QCOMPARE(seen.size(), kEntries);
}

void TestJournalStore::filtersKeepWhatTheyName_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("expected");
    QTest::newRow("operation") << 0 << kEntries / 3;
    QTest::newRow("outcome failed") << 1 << kEntries / 5;
    QTest::newRow("resource by uuid") << 2 << kEntries / 15;
    QTest::newRow("resource by uuid with dashes") << 3 << kEntries / 15;
    QTest::newRow("resource by part of its name") << 4 << kEntries / 15 * 6; // alloc-1, -10 … -14
    QTest::newRow("bulk run") << 5 << 50;
    QTest::newRow("last 30 minutes") << 6 << kEntries - 100;
    QTest::newRow("between two times") << 7 << 100;
    QTest::newRow("free text in the message") << 8 << 1;
    QTest::newRow("free text in the body") << 9 << 61; // slug-4, slug-40 … slug-49, slug-400 … slug-449
    QTest::newRow("text with a LIKE wildcard") << 10 << 0;
    QTest::newRow("operation and outcome") << 11 << 30;
}

void TestJournalStore::filtersKeepWhatTheyName()
{
    QFETCH(int, which);
    QFETCH(int, expected);
    JournalFilter filter = mine();
    switch (which) {
    case 0:
        filter.operation = QStringLiteral("set_slug");
        break;
    case 1:
        filter.outcome = JournalOutcome::Failed;
        break;
    case 2:
        filter.resource = uuidOf(3);
        break;
    case 3:
        filter.resource = QStringLiteral("00000000-0000-0000-0000-000000000003").toUpper();
        break;
    case 4:
        filter.resource = QStringLiteral("loc-1");
        break;
    case 5:
        filter.bulkRun = QStringLiteral("run-a");
        break;
    case 6:
        filter.from = m_start.addSecs(-1800);
        break;
    case 7:
        filter.from = m_start.addSecs(-7200);
        filter.to = m_start.addSecs(-1800);
        break;
    case 8:
        filter.text = QStringLiteral("OK (35)");
        break;
    case 9:
        filter.text = QStringLiteral("slug-4");
        break;
    case 10:
        filter.text = QStringLiteral("slug_%");
        break;
    case 11:
        filter.operation = QStringLiteral("set_paused"); // i % 3 == 0
        filter.outcome = JournalOutcome::Failed; // i % 5 == 0: i % 15 == 0
        break;
    }
    const QList<JournalEntry> entries = page(filter, 0, 1000);
    QCOMPARE(entries.size(), expected);
    QCOMPARE(count(filter), expected);
}

// The view asks for more as it scrolls; the model never holds more than the pages asked for.
void TestJournalStore::theModelFetchesAPageAtATime()
{
    JournalModel model;
    QSignalSpy loaded(&model, &JournalModel::loaded);
    QSignalSpy total(&model, &JournalModel::totalChanged);
    model.open(m_journal.get(), mine());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), JournalModel::kPageSize);
    QTRY_COMPARE(model.total(), kEntries);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE(model.rowCount(), 2 * JournalModel::kPageSize);
    QTRY_VERIFY((model.fetchMore({}), model.rowCount() == kEntries)); // as the view scrolls to the end
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.entryAt(0)->outcome, JournalOutcome::Ok); // the newest: i = 449
    QCOMPARE(model.index(0, JournalModel::Outcome).data().toString(), QStringLiteral("OK"));
    QCOMPARE(model.index(0, JournalModel::Resource).data().toString(), QStringLiteral("alloc-14"));
    // A new filter starts over; an answer for the old one is dropped.
    JournalFilter failed = mine();
    failed.outcome = JournalOutcome::Failed;
    model.setFilter(failed);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.total(), kEntries / 5);
    QCOMPARE(model.rowCount(), kEntries / 5);
}

void TestJournalStore::exportWritesWhatTheFiltersKeep()
{
    JournalFilter filter = mine();
    filter.bulkRun = QStringLiteral("run-a");
    const QString csvPath = m_dir.filePath(QStringLiteral("run-a.csv"));
    const QString jsonPath = m_dir.filePath(QStringLiteral("run-a.json"));
    int csvWritten = -2;
    int jsonWritten = -2;
    m_journal->exportTo(filter, csvPath, false, this, [&csvWritten](int n, const QString &) { csvWritten = n; });
    m_journal->exportTo(filter, jsonPath, true, this, [&jsonWritten](int n, const QString &) { jsonWritten = n; });
    QTRY_COMPARE(csvWritten, 50);
    QTRY_COMPARE(jsonWritten, 50);

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 52); // header, 50 entries, the empty rest after the last CRLF
    QVERIFY(lines.first().startsWith("time,server,user,operation,resource_uuid,resource_name"));
    QVERIFY(lines.at(1).contains(",run-a,"));
    QVERIFY(lines.at(1).contains(R"("{""slug"":""slug-249""}")")); // the body, as JSON, quoted

    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonArray entries = QJsonDocument::fromJson(json.readAll(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(entries.size(), 50);
    const QJsonObject first = entries.first().toObject();
    QCOMPARE(first.value(QStringLiteral("bulk_run")).toString(), QStringLiteral("run-a"));
    QCOMPARE(first.value(QStringLiteral("body")).toObject().value(QStringLiteral("slug")).toString(),
        QStringLiteral("slug-249"));
    QCOMPARE(first.value(QStringLiteral("server")).toString(), kServer);
    QVERIFY(first.value(QStringLiteral("message")).isNull());
}

void TestJournalStore::exportToAnImpossiblePathSaysWhy()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    int written = -2;
    QString problem;
    m_journal->exportTo(mine(), blocker + QStringLiteral("/journal.csv"), false, this,
        [&](int n, const QString &p) { written = n, problem = p; });
    QTRY_COMPARE(written, -1);
    QVERIFY(!problem.isEmpty());
}

// Another program holds the database in an exclusive transaction: after waiting its busy timeout, the
// console says the journal is locked and goes on without it.
void TestJournalStore::aJournalLockedByAnotherProgramIsUnavailable()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Journal first(path);
        QSignalSpy opened(&first, &Journal::opened);
        first.open();
        QVERIFY(opened.wait(10000));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO entries (key, time, server, user, operation, "
                                              "resource_uuid, outcome) VALUES ('k', 't', 's', 'u', 'o', 'r', 'ok')")));
    Journal journal(path);
    QSignalSpy unavailable(&journal, &Journal::unavailable);
    journal.open();
    QVERIFY(unavailable.wait(20000));
    QVERIFY2(journal.problem().contains(QStringLiteral("locked")), qPrintable(journal.problem()));
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

// A change journaled while the window is open: it appears at the top, the rows (and a persistent index, as
// the selection holds) stay where they were below it, and its outcome shows when it comes.
void TestJournalStore::refreshAddsNewEntriesAtTheTopAndKeepsTheRest()
{
    JournalModel model;
    QSignalSpy loaded(&model, &JournalModel::loaded);
    model.open(m_journal.get(), mine());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), JournalModel::kPageSize);
    const QPersistentModelIndex selected = model.index(3, 0);
    const qint64 selectedId = model.entryAt(3)->id;
    JournalEntry entry;
    entry.server = kServer;
    entry.user = kUser;
    entry.operation = QStringLiteral("set_slug");
    entry.body = { { QStringLiteral("slug"), QStringLiteral("fresh") } };
    entry.resourceUuid = uuidOf(99);
    bool written = false;
    const QString key = m_journal->begin(entry, this, [&written](bool ok) { written = ok; });
    QTRY_VERIFY(written);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QTRY_COMPARE(model.rowCount(), JournalModel::kPageSize + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.entryAt(0)->outcome, JournalOutcome::Sending);
    QCOMPARE(selected.row(), 4);
    QCOMPARE(model.entryAt(selected.row())->id, selectedId);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_journal->complete(key, JournalOutcome::Ok, {});
    model.refresh();
    QTRY_COMPARE(model.entryAt(0)->outcome, JournalOutcome::Ok);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 0);
    QCOMPARE(model.rowCount(), JournalModel::kPageSize + 1);
}

QTEST_GUILESS_MAIN(TestJournalStore)
#include "tst_journalstore.moc"
