// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/JournalSettler.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/journal/Journal.h"
#include "models/sim/Simulator.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// A console killed with SIGKILL in the middle of a bulk pause of 500, and started again: every one of the
// 500 has an entry; what was answered is "ok", what was on its way is "unknown" until re-read, what never
// left is "not sent". Re-reading settles the unknown ones as the simulator has them.
class TestJournalCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKilledBulkRunLeavesAnEntryForEveryTarget();
};

namespace {
constexpr int kTargets = 500;
const QString kServer = QStringLiteral("https://waldur.example.org/");
const QString kUser = QStringLiteral("stella.admin");

int okEntries(const QString &path)
{
    int found = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poll"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM entries WHERE outcome = 'ok'")) && query.next()) {
                found = query.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poll"));
    return found;
}
} // namespace

void TestJournalCrash::aKilledBulkRunLeavesAnEntryForEveryTarget()
{
    // A world larger than the tests' usual one: 500 unpaused resources to pause.
    sim::Simulator::Config config;
    config.resourceCount = 1200;
    auto simulator = std::make_unique<sim::Simulator>(config);
    QVERIFY2(simulator->listen(), qPrintable(simulator->errorString()));
    QNetworkAccessManager network;
    ApiClient client(&network, simulator->url(), sim::Simulator::staffToken());
    ProviderResourcesApi api(&client);
    QStringList uuids;
    for (int page = 1; uuids.size() < kTargets && page <= 4; ++page) {
        std::optional<Result<ResourcePage>> answer;
        api.list(ResourceQuery(), page, 300, this, [&answer](const Result<ResourcePage> &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->error.message));
        for (const Resource &row : answer->value.resources) {
            if (!row.paused && uuids.size() < kTargets) {
                uuids.append(row.uuid);
            }
        }
    }
    QCOMPARE(uuids.size(), kTargets);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QFile list(dir.filePath(QStringLiteral("uuids.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(uuids.join(QLatin1Char('\n')).toLatin1());
    list.close();
    // 40 ms a pause, four at a time: the run would take some five seconds.
    simulator->injectFault(sim::Fault::delay("POST", QStringLiteral("set_paused"), 40, 100000));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WPC_TEST_SERVER_URL"), simulator->url().toString());
    env.insert(QStringLiteral("WPC_TEST_STAFF_TOKEN"), QString::fromLatin1(sim::Simulator::staffToken()));
    env.insert(QStringLiteral("WPC_TEST_OWNER_TOKEN"), QString::fromLatin1(sim::Simulator::ownerToken()));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/journal_crash_child"),
        { path, list.fileName(), kServer, kUser });
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    // Killed once a hundred have been answered, with the rest queued or on their way.
    QTRY_VERIFY_WITH_TIMEOUT(okEntries(path) >= 100 || child.state() != QProcess::Running, 60000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL: no destructor runs, nothing is flushed
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(!child.readAllStandardOutput().contains("finished"));
    simulator->clearFaults();

    // The next start.
    Journal journal(path);
    QSignalSpy recovered(&journal, &Journal::cutOffRecovered);
    journal.open();
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
    JournalFilter filter;
    filter.server = kServer;
    filter.user = kUser;
    std::optional<QList<JournalEntry>> entries;
    journal.page(filter, 0, 10000, this, [&entries](const QList<JournalEntry> &e, const QString &) { entries = e; });
    QTRY_VERIFY(entries.has_value());
    QCOMPARE(entries->size(), kTargets);
    QSet<QString> targets;
    QHash<JournalOutcome, int> outcomes;
    QList<JournalEntry> unknown;
    for (const JournalEntry &e : std::as_const(*entries)) {
        targets.insert(e.resourceUuid);
        ++outcomes[e.outcome];
        QCOMPARE(e.operation, QStringLiteral("set_paused"));
        QVERIFY(!e.bulkRun.isEmpty());
        QCOMPARE(e.bulkRun, entries->first().bulkRun);
        if (e.outcome == JournalOutcome::Unknown) {
            unknown.append(e);
            QCOMPARE(e.body, QJsonObject({ { QStringLiteral("paused"), true } })); // what was on its way
        }
        QVERIFY2(e.outcome == JournalOutcome::Ok || e.outcome == JournalOutcome::Unknown
                || e.outcome == JournalOutcome::NotSent,
            qPrintable(JournalOutcomes::toText(e.outcome)));
    }
    qInfo("after the kill: %d ok, %d unknown, %d not sent", outcomes.value(JournalOutcome::Ok),
        outcomes.value(JournalOutcome::Unknown), outcomes.value(JournalOutcome::NotSent));
    QCOMPARE(targets, QSet<QString>(uuids.cbegin(), uuids.cend())); // none missing
    QVERIFY(outcomes.value(JournalOutcome::Ok) >= 100);
    QVERIFY(outcomes.value(JournalOutcome::NotSent) > 0);
    QCOMPARE(recovered.first().first().toInt(),
        outcomes.value(JournalOutcome::Unknown) + outcomes.value(JournalOutcome::NotSent));
    for (const JournalEntry &e : std::as_const(*entries)) {
        const bool paused = simulator->resourceJson(e.resourceUuid).value(QStringLiteral("paused")).toBool();
        if (e.outcome == JournalOutcome::Ok) {
            QVERIFY(paused); // what the journal says was done, was
        } else if (e.outcome == JournalOutcome::NotSent) {
            QVERIFY(!paused); // and what it says never left, did not
        }
    }

    // Settled by re-reading: each unknown one is now what the simulator shows.
    JournalSettler settler(&api, &journal, unknown);
    QSignalSpy settled(&settler, &JournalSettler::finished);
    settler.start();
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 20000);
    QCOMPARE(settler.counts().shown + settler.counts().notShown, int(unknown.size()));
    entries.reset();
    filter.outcome = JournalOutcome::Unknown;
    journal.page(filter, 0, 10000, this, [&entries](const QList<JournalEntry> &e, const QString &) { entries = e; });
    QTRY_VERIFY(entries.has_value());
    QCOMPARE(entries->size(), 0);
}

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
