// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/FileTokenStore.h"
#include "tests/app/TokenStoreTesting.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace wpc;
using Status = TokenStoreResult::Status;

// The plain-file store, the warned opt-in: what it writes is the token and nothing else, readable by its
// owner only from the first byte on, replaced atomically, deleted with the profile; a read-only folder, a
// full disk and an unsafe key each give a clear message and lose nothing.
class TestFileTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aTokenIsWrittenReadAndRemoved();
    void theFileIsTheOwnersAloneFromTheFirstByte();
    void aWiderFolderIsNarrowed();
    void nothingSavedIsNotFoundAndRemovingItIsDone();
    void unsafeKeysAreRefused_data();
    void unsafeKeysAreRefused();
    void answersComeLaterInOrderAndNotAfterTheContext();
    void aFolderUnderAFileGivesAClearMessage();
    void aReadOnlyFolderKeepsTheTokenAndSaysSo();
    void aFullDiskKeepsTheTokenAndSaysSo();

private:
    QString readFile(const QString &path);
    QStringList filesIn(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

namespace {
const QString key = QStringLiteral("2f1c1a52-8e55-4a5c-9d4e-0b9b7a0c6e11");
const QByteArray token = "0123456789abcdef0123456789abcdef01234567";
const QByteArray otherToken = "fedcba9876543210fedcba9876543210fedcba98";

#ifdef Q_OS_UNIX
// The mode bits exactly, from stat(2): QFile::permissions() mixes in the caller's own access.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return int(info.st_mode & 07777);
}
#endif
} // namespace

void TestFileTokenStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("app/tokens"));
}

QString TestFileTokenStore::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QStringLiteral("<unreadable>");
}

QStringList TestFileTokenStore::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void TestFileTokenStore::aTokenIsWrittenReadAndRemoved()
{
    FileTokenStore store(m_folder);
    QVERIFY(!store.displayName().isEmpty());
    auto written = answerOf([&](QObject *context, auto done) { store.write(key, token, context, done); });
    QVERIFY(written);
    QCOMPARE(written->status, Status::Ok);
    QVERIFY(written->message.isEmpty());
    // One file, holding the token and nothing else.
    QCOMPARE(filesIn(m_folder), QStringList { key + QStringLiteral(".token") });
    QCOMPARE(store.filePath(key), QDir(m_folder).filePath(key + QStringLiteral(".token")));
    QCOMPARE(readFile(store.filePath(key)), QString::fromLatin1(token));

    auto read = answerOf([&](QObject *context, auto done) { store.read(key, context, done); });
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->token, token);

    // Replaced, not appended to; no file left beside it.
    written = answerOf([&](QObject *context, auto done) { store.write(key, otherToken, context, done); });
    QVERIFY(written);
    QCOMPARE(written->status, Status::Ok);
    QCOMPARE(filesIn(m_folder), QStringList { key + QStringLiteral(".token") });
    read = answerOf([&](QObject *context, auto done) { store.read(key, context, done); });
    QVERIFY(read);
    QCOMPARE(read->token, otherToken);

    // A new store on the same folder (the next launch) finds it.
    FileTokenStore again(m_folder);
    read = answerOf([&](QObject *context, auto done) { again.read(key, context, done); });
    QVERIFY(read);
    QCOMPARE(read->token, otherToken);

    const auto removed = answerOf([&](QObject *context, auto done) { store.remove(key, context, done); });
    QVERIFY(removed);
    QCOMPARE(removed->status, Status::Ok);
    QVERIFY(!QFile::exists(store.filePath(key)));
    QCOMPARE(filesIn(m_folder), QStringList());
    read = answerOf([&](QObject *context, auto done) { store.read(key, context, done); });
    QVERIFY(read);
    QCOMPARE(read->status, Status::NotFound);
    QVERIFY(read->token.isEmpty());
}

void TestFileTokenStore::theFileIsTheOwnersAloneFromTheFirstByte()
{
#ifdef Q_OS_UNIX
    // With no umask at all, a file made with the default mode would be 0666 and a folder 0777: the modes
    // must come from the store itself.
    const mode_t before = ::umask(0);
    FileTokenStore store(m_folder);
    const auto written = answerOf([&](QObject *context, auto done) { store.write(key, token, context, done); });
    const auto rewritten = answerOf([&](QObject *context, auto done) { store.write(key, otherToken, context, done); });
    ::umask(before);
    QVERIFY(written && rewritten);
    QCOMPARE(written->status, Status::Ok);
    QCOMPARE(rewritten->status, Status::Ok);
    QCOMPARE(QString::number(modeOf(store.filePath(key)), 8), QStringLiteral("600"));
    QCOMPARE(QString::number(modeOf(m_folder), 8), QStringLiteral("700"));
    // The parents are made as any folder is: only the token's own folder is narrowed.
    QCOMPARE(QString::number(modeOf(QFileInfo(m_folder).absolutePath()), 8), QStringLiteral("777"));
#else
    QSKIP("POSIX modes only");
#endif
}

void TestFileTokenStore::aWiderFolderIsNarrowed()
{
#ifdef Q_OS_UNIX
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(QFile::setPermissions(m_folder,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));
    QCOMPARE(QString::number(modeOf(m_folder), 8), QStringLiteral("755"));
    FileTokenStore store(m_folder);
    const auto written = answerOf([&](QObject *context, auto done) { store.write(key, token, context, done); });
    QVERIFY(written);
    QCOMPARE(written->status, Status::Ok);
    QCOMPARE(QString::number(modeOf(m_folder), 8), QStringLiteral("700"));
    QCOMPARE(QString::number(modeOf(store.filePath(key)), 8), QStringLiteral("600"));
#else
    QSKIP("POSIX modes only");
#endif
}

void TestFileTokenStore::nothingSavedIsNotFoundAndRemovingItIsDone()
{
    FileTokenStore store(m_folder);
    const auto read = answerOf([&](QObject *context, auto done) { store.read(key, context, done); });
    QVERIFY(read);
    QCOMPARE(read->status, Status::NotFound);
    QVERIFY(!read->message.isEmpty());
    const auto removed = answerOf([&](QObject *context, auto done) { store.remove(key, context, done); });
    QVERIFY(removed);
    QCOMPARE(removed->status, Status::Ok);
    QVERIFY(!QFileInfo::exists(m_folder)); // neither made a folder
}

void TestFileTokenStore::unsafeKeysAreRefused_data()
{
    QTest::addColumn<QString>("unsafe");
    QTest::newRow("parent") << QStringLiteral("../escaped");
    QTest::newRow("parent alone") << QStringLiteral("..");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("hidden") << QStringLiteral(".hidden");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9");
    QTest::newRow("Windows device") << QStringLiteral("NUL");
    QTest::newRow("too long") << QString(129, QLatin1Char('a'));
}

void TestFileTokenStore::unsafeKeysAreRefused()
{
    QFETCH(QString, unsafe);
    QVERIFY(!FileTokenStore::isSafeKey(unsafe));
    FileTokenStore store(m_folder);
    QVERIFY(store.filePath(unsafe).isEmpty());
    for (const auto &result : {
             answerOf([&](QObject *context, auto done) { store.write(unsafe, token, context, done); }),
             answerOf([&](QObject *context, auto done) { store.read(unsafe, context, done); }),
             answerOf([&](QObject *context, auto done) { store.remove(unsafe, context, done); }),
         }) {
        QVERIFY(result);
        QCOMPARE(result->status, Status::Failed);
        QVERIFY(!result->message.isEmpty());
    }
    // Nothing was written anywhere in the test's folder.
    QDirIterator it(m_dir->path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    QVERIFY(FileTokenStore::isSafeKey(key));
    QVERIFY(FileTokenStore::isSafeKey(QStringLiteral("demo_profile-1")));
}

void TestFileTokenStore::answersComeLaterInOrderAndNotAfterTheContext()
{
    FileTokenStore store(m_folder);
    QStringList heard;
    bool returned = false;
    QObject context;
    store.write(key, token, &context, [&](const TokenStoreResult &result) {
        QVERIFY(returned); // never inside the call
        heard << QStringLiteral("write %1").arg(QString::fromLatin1(statusName(result.status)));
    });
    returned = true;
    {
        // Its answer is dropped with it; the operation still happens, in its turn.
        QObject gone;
        store.write(key, otherToken, &gone, [&](const TokenStoreResult &) { heard << QStringLiteral("gone"); });
    }
    store.read(key, &context, [&](const TokenStoreResult &result) {
        heard << QStringLiteral("read %1").arg(QString::fromLatin1(result.token));
    });
    store.remove(key, &context, [&](const TokenStoreResult &result) {
        heard << QStringLiteral("remove %1").arg(QString::fromLatin1(statusName(result.status)));
    });
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 3, 20000);
    QCOMPARE(heard,
        QStringList({ QStringLiteral("write Ok"), QStringLiteral("read ") + QString::fromLatin1(otherToken),
            QStringLiteral("remove Ok") }));
    QVERIFY(!QFile::exists(store.filePath(key)));
}

void TestFileTokenStore::aFolderUnderAFileGivesAClearMessage()
{
    QFile file(m_dir->filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    FileTokenStore store(file.fileName() + QStringLiteral("/tokens"));
    const auto written = answerOf([&](QObject *context, auto done) { store.write(key, token, context, done); });
    QVERIFY(written);
    QCOMPARE(written->status, Status::Failed);
    QVERIFY2(written->message.contains(QDir::toNativeSeparators(store.folder())), qPrintable(written->message));
    QCOMPARE(QFileInfo(file.fileName()).size(), 0);
}

void TestFileTokenStore::aReadOnlyFolderKeepsTheTokenAndSaysSo()
{
#ifdef Q_OS_UNIX
    FileTokenStore store(m_folder);
    const auto written = answerOf([&](QObject *context, auto done) { store.write(key, token, context, done); });
    QVERIFY(written);
    QCOMPARE(written->status, Status::Ok);
    // The folder read-only, and the way to it open to anyone (for root too: the probe gives up root's
    // rights and runs as nobody, who owns neither).
    const QFile::Permissions readOnly
        = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_folder, readOnly));
    QVERIFY(QFile::setPermissions(QFileInfo(m_folder).absolutePath(), readOnly));
    QVERIFY(QFile::setPermissions(m_dir->path(), readOnly));
    const auto steps = runProbe({ QStringLiteral("file"), m_folder, QStringLiteral("--as-nobody"),
        QStringLiteral("write"), key, QString::fromLatin1(otherToken), QStringLiteral("remove"), key });
    const QFile::Permissions writable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QFile::setPermissions(m_dir->path(), writable);
    QFile::setPermissions(QFileInfo(m_folder).absolutePath(), writable);
    QFile::setPermissions(m_folder, writable);
    QCOMPARE(steps.size(), 2);
    for (const auto &step : steps) {
        QCOMPARE(step.value(QStringLiteral("status")), QStringLiteral("Failed"));
        QVERIFY2(step.value(QStringLiteral("message")).contains(QStringLiteral("read-only")),
            qPrintable(step.value(QStringLiteral("message"))));
    }
    // The token as it was, and nothing beside it.
    QCOMPARE(readFile(store.filePath(key)), QString::fromLatin1(token));
    QCOMPARE(filesIn(m_folder), QStringList { key + QStringLiteral(".token") });
#else
    QSKIP("needs the POSIX probe");
#endif
}

// Every write past the size limit fails, as on a full disk: the old token stays, no half-written file is
// left, and the message says there was no space.
void TestFileTokenStore::aFullDiskKeepsTheTokenAndSaysSo()
{
#ifdef Q_OS_UNIX
    FileTokenStore store(m_folder);
    const auto written = answerOf([&](QObject *context, auto done) { store.write(key, token, context, done); });
    QVERIFY(written);
    QCOMPARE(written->status, Status::Ok);
    const auto steps
        = runProbe({ QStringLiteral("file"), m_folder, QStringLiteral("--file-size-limit"), QStringLiteral("8"),
            QStringLiteral("write"), key, QString::fromLatin1(otherToken), QStringLiteral("read"), key });
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].value(QStringLiteral("status")), QStringLiteral("Failed"));
    QVERIFY2(steps[0].value(QStringLiteral("message")).contains(QStringLiteral("no space")),
        qPrintable(steps[0].value(QStringLiteral("message"))));
    QCOMPARE(steps[1].value(QStringLiteral("status")), QStringLiteral("Ok"));
    QCOMPARE(steps[1].value(QStringLiteral("token_sha256")),
        QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(readFile(store.filePath(key)), QString::fromLatin1(token));
    QCOMPARE(filesIn(m_folder), QStringList { key + QStringLiteral(".token") });
#else
    QSKIP("needs the POSIX probe");
#endif
}

QTEST_GUILESS_MAIN(TestFileTokenStore)
#include "tst_filetokenstore.moc"
