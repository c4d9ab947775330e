// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/Journal.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// The journal's files as the disk may leave them, each made real in a process of its own (journal_probe):
// a read-only file is read and not written; a disk that fills up mid-session stops the journal, not the
// changes. Either way the journal says why.
class TestJournalFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReadOnlyJournalIsReadButNotWritten();
    void aFullDiskStopsTheJournalNotTheChanges();

private:
    // Runs journal_probe; its "key=value" lines.
    QHash<QString, QString> probe(const QStringList &args);
};

QHash<QString, QString> TestJournalFaults::probe(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/journal_probe"), args);
    QHash<QString, QString> said;
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("journal_probe failed: exit code %d", process.exitCode());
        return said;
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (const int equals = line.indexOf('='); equals > 0) {
            said.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
    }
    return said;
}

void TestJournalFaults::aReadOnlyJournalIsReadButNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        Journal journal(path);
        QSignalSpy opened(&journal, &Journal::opened);
        journal.open();
        QVERIFY(opened.wait(10000));
        int written = 0;
        for (int i = 0; i < 3; ++i) {
            JournalEntry entry;
            entry.server = QStringLiteral("https://waldur.example.org/");
            entry.user = QStringLiteral("stella.admin");
            entry.operation = QStringLiteral("pull");
            entry.resourceUuid = QString::number(i);
            journal.begin(entry, this, [&written](bool ok) { written += ok; });
        }
        QTRY_COMPARE(written, 3);
    }
    // The file and its folder read-only (for root too: the probe gives up root's rights).
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const QHash<QString, QString> said
        = probe({ path, QStringLiteral("--as-nobody"), QStringLiteral("--write"), QStringLiteral("1") });
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(said.value(QStringLiteral("opened")), QStringLiteral("ReadOnly"));
    QCOMPARE(said.value(QStringLiteral("entries")), QStringLiteral("3")); // what was there can be read
    QCOMPARE(said.value(QStringLiteral("written")), QStringLiteral("0"));
    QCOMPARE(said.value(QStringLiteral("refused")), QStringLiteral("1")); // and the change went on without it
    QVERIFY2(said.value(QStringLiteral("unavailable")).contains(QStringLiteral("read-only")),
        qPrintable(said.value(QStringLiteral("unavailable"))));
}

// Every write past 256 KiB fails, as on a full disk: the journal stops and says why; each change is let go
// on (its callback said "not written") rather than waiting or being dropped.
void TestJournalFaults::aFullDiskStopsTheJournalNotTheChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const QHash<QString, QString> said = probe({ path, QStringLiteral("--file-size-limit"), QString::number(256 * 1024),
        QStringLiteral("--write"), QStringLiteral("200") });
    QCOMPARE(said.value(QStringLiteral("opened")), QStringLiteral("Available"));
    const int written = said.value(QStringLiteral("written")).toInt();
    const int refused = said.value(QStringLiteral("refused")).toInt();
    QVERIFY2(
        written > 0 && refused > 0, qPrintable(QStringLiteral("%1 written, %2 refused").arg(written).arg(refused)));
    QCOMPARE(written + refused, 200);
    QCOMPARE(said.value(QStringLiteral("state")), QStringLiteral("Unavailable"));
    QVERIFY2(said.value(QStringLiteral("problem")).contains(QStringLiteral("disk")),
        qPrintable(said.value(QStringLiteral("problem"))));
}

QTEST_GUILESS_MAIN(TestJournalFaults)
#include "tst_journalfaults.moc"
