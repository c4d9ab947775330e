// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/keychain/KeychainTokenStore.h"
#include "tests/app/TokenStoreTesting.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace wpc;
using Status = TokenStoreResult::Status;

// The keychain store against a real Secret Service: gnome-keyring-daemon on a session bus of the test's
// own (tests/support/with-secret-service.sh, which CTest runs this through). What the store writes is
// checked with an independent reader, secret-tool, under the attributes QtKeychain's libsecret backend
// uses: schema org.qt.keychain, user = the key, server = the service name, type = base64 (binary data).
// Then the faults: a locked keychain, a daemon that goes away mid-session, and no keychain at all; each
// gives a clear message and loses nothing.
class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aKeychainAnswers();
    void aTokenIsStoredReadBackAndDeleted();
    void nothingSavedIsNotFoundAndRemovingItIsDone();
    void aWriteOutlivesItsContext();
    void aLockedKeychainIsDeniedAndLosesNothing();
    void aVanishedDaemonIsUnavailableAndLosesNothing();
    void withoutAKeychainNothingIsWritten_data();
    void withoutAKeychainNothingIsWritten();

private:
    // secret-tool lookup of a key: the stored value (QtKeychain keeps binary data base64-encoded), empty
    // when it finds nothing, "<secret-tool: ...>" when it failed.
    QByteArray lookUp(const QString &key);
    bool secretServiceRunning();
    bool stopSecretService();
    bool startSecretService();
    bool lockKeychain();
    std::optional<TokenStoreResult> write(const QString &key, const QByteArray &token);
    std::optional<TokenStoreResult> read(const QString &key);
    std::optional<TokenStoreResult> remove(const QString &key);

    QString m_service;
    std::unique_ptr<KeychainTokenStore> m_store;
};

namespace {
const QString secrets = QStringLiteral("org.freedesktop.secrets");
const QString key = QStringLiteral("6d2b7f0e-93a1-4c55-8f3e-2a9c0d1b4e77");
const QByteArray token = "5f0e9c3b2a1d4e6f8a7b9c0d1e2f3a4b5c6d7e8f";
const QByteArray otherToken = "a4b5c6d7e8f95f0e9c3b2a1d4e6f8a7b9c0d1e2f";
} // namespace

void TestKeychainTokenStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("WPC_SECRET_SERVICE_HOME"),
        "run through tests/support/with-secret-service.sh (ctest does): it never uses the user's own keychain");
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
    QVERIFY2(secretServiceRunning(), "no Secret Service on the session bus");
    m_service = QStringLiteral("Waldur Provider Console test %1").arg(QCoreApplication::applicationPid());
    m_store = std::make_unique<KeychainTokenStore>(m_service);
}

void TestKeychainTokenStore::init()
{
    // A test that stopped or locked it leaves it running and unlocked again, even when it failed half-way.
    if (!secretServiceRunning()) {
        QVERIFY(startSecretService());
    }
}

QByteArray TestKeychainTokenStore::lookUp(const QString &lookedUp)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"),
            QStringLiteral("user"), lookedUp, QStringLiteral("server"), m_service, QStringLiteral("type"),
            QStringLiteral("base64") });
    if (!tool.waitForFinished(20000)) {
        return "<secret-tool: did not finish>";
    }
    const QByteArray errors = tool.readAllStandardError().trimmed();
    if (tool.exitStatus() != QProcess::NormalExit || !errors.isEmpty()) {
        return "<secret-tool: " + errors + '>';
    }
    return tool.readAllStandardOutput(); // exit code 1 and no output: nothing found
}

bool TestKeychainTokenStore::secretServiceRunning()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(secrets).value();
}

bool TestKeychainTokenStore::stopSecretService()
{
    const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(secrets);
    if (!pid.isValid() || ::kill(pid_t(pid.value()), SIGTERM) != 0) {
        return false;
    }
    return QTest::qWaitFor([this] { return !secretServiceRunning(); }, 20000);
}

bool TestKeychainTokenStore::startSecretService()
{
    // As with-secret-service.sh starts it: the login keyring (kept on disk) unlocked with its empty password.
    QProcess daemon;
    daemon.setStandardOutputFile(QProcess::nullDevice());
    daemon.start(
        QStringLiteral("gnome-keyring-daemon"), { QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    daemon.write("\n");
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(20000) || daemon.exitCode() != 0) {
        return false;
    }
    return QTest::qWaitFor([this] { return secretServiceRunning(); }, 20000);
}

bool TestKeychainTokenStore::lockKeychain()
{
    const QString path = QStringLiteral("/org/freedesktop/secrets");
    const QString interface = QStringLiteral("org.freedesktop.Secret.Service");
    const QDBusReply<QDBusObjectPath> collection = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(secrets, path, interface, QStringLiteral("ReadAlias"))
        << QStringLiteral("default"));
    if (!collection.isValid() || collection.value().path() == QLatin1String("/")) {
        return false;
    }
    const QDBusMessage locked = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(secrets, path, interface, QStringLiteral("Lock"))
        << QVariant::fromValue(QList<QDBusObjectPath> { collection.value() }));
    return locked.type() == QDBusMessage::ReplyMessage && locked.arguments().size() == 2;
}

std::optional<TokenStoreResult> TestKeychainTokenStore::write(const QString &written, const QByteArray &value)
{
    return answerOf([&](QObject *context, auto done) { m_store->write(written, value, context, done); });
}

std::optional<TokenStoreResult> TestKeychainTokenStore::read(const QString &readKey)
{
    return answerOf([&](QObject *context, auto done) { m_store->read(readKey, context, done); });
}

std::optional<TokenStoreResult> TestKeychainTokenStore::remove(const QString &removed)
{
    return answerOf([&](QObject *context, auto done) { m_store->remove(removed, context, done); });
}

void TestKeychainTokenStore::aKeychainAnswers()
{
    QVERIFY(!m_store->displayName().isEmpty());
    const auto probed = answerOf([&](QObject *context, auto done) { m_store->probe(context, done); });
    QVERIFY(probed);
    QCOMPARE(probed->status, Status::Ok);
    QVERIFY(probed->message.isEmpty());
}

void TestKeychainTokenStore::aTokenIsStoredReadBackAndDeleted()
{
    auto result = write(key, token);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QVERIFY(result->message.isEmpty());
    // Really in the Secret Service, as another program finds it.
    QCOMPARE(lookUp(key), token.toBase64());

    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(result->token, token);

    // Replaced, under the same entry.
    result = write(key, otherToken);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(lookUp(key), otherToken.toBase64());
    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->token, otherToken);

    // Nowhere on disk in plain text (the keyring file is encrypted), nor in a settings file.
    QDirIterator files(qEnvironmentVariable("WPC_SECRET_SERVICE_HOME"), QDir::Files | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            QVERIFY2(
                !content.contains(otherToken) && !content.contains(otherToken.toBase64()), qPrintable(file.fileName()));
            ++scanned;
        }
    }
    QVERIFY(scanned > 0); // the keyring file at least

    result = remove(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(lookUp(key), QByteArray());
    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::NotFound);
    QVERIFY(result->token.isEmpty());
}

void TestKeychainTokenStore::nothingSavedIsNotFoundAndRemovingItIsDone()
{
    const QString never = QStringLiteral("0a0a0a0a-never-saved");
    auto result = read(never);
    QVERIFY(result);
    QCOMPARE(result->status, Status::NotFound);
    QVERIFY(!result->message.isEmpty());
    result = remove(never);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
}

void TestKeychainTokenStore::aWriteOutlivesItsContext()
{
    bool heard = false;
    bool returned = false;
    {
        QObject gone;
        m_store->write(key, token, &gone, [&](const TokenStoreResult &) { heard = true; });
    }
    QObject context;
    m_store->read(key, &context, [&](const TokenStoreResult &result) {
        QVERIFY(returned); // never inside the call
        QCOMPARE(result.token, token);
        returned = false;
    });
    returned = true;
    QTRY_VERIFY_WITH_TIMEOUT(!returned, 30000);
    QVERIFY(!heard);
    QCOMPARE(lookUp(key), token.toBase64());
    const auto removed = remove(key);
    QVERIFY(removed);
    QCOMPARE(removed->status, Status::Ok);
}

// Locked, with nobody to unlock it (there is no prompter on the test's bus, as when the user refuses): a
// write, a read and a remove each say so, and the token kept before is still there once it is unlocked.
void TestKeychainTokenStore::aLockedKeychainIsDeniedAndLosesNothing()
{
    auto result = write(key, token);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QVERIFY(lockKeychain());

    result = write(key, otherToken);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Denied);
    QVERIFY2(result->message.contains(QStringLiteral("locked")), qPrintable(result->message));
    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Denied); // QtKeychain alone says "not found"
    QVERIFY(result->token.isEmpty());
    result = remove(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Denied); // QtKeychain alone says "done", having deleted nothing
    // The probe is about whether a keychain answers: a locked one does.
    result = answerOf([&](QObject *context, auto done) { m_store->probe(context, done); });
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);

    // Unlocked again (the daemon restarted with its password): the first token, untouched.
    QVERIFY(stopSecretService());
    QVERIFY(startSecretService());
    QCOMPARE(lookUp(key), token.toBase64());
    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(result->token, token);
    result = remove(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(lookUp(key), QByteArray());
}

// The daemon goes away between two writes (it crashed, or the session is ending): the second write, a read
// and the probe say no keychain answered, without a crash; once a daemon is back, the store works again
// in the same process and the first token is there.
void TestKeychainTokenStore::aVanishedDaemonIsUnavailableAndLosesNothing()
{
    auto result = write(key, token);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QVERIFY(stopSecretService());

    result = write(key, otherToken);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Unavailable);
    QVERIFY2(result->message.contains(QStringLiteral("No keychain answered"))
            && result->message.contains(QStringLiteral("session only")),
        qPrintable(result->message));
    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Unavailable);
    QVERIFY(result->token.isEmpty());
    result = answerOf([&](QObject *context, auto done) { m_store->probe(context, done); });
    QVERIFY(result);
    QCOMPARE(result->status, Status::Unavailable);

    QVERIFY(startSecretService());
    result = read(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(result->token, token);
    result = write(key, otherToken);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(lookUp(key), otherToken.toBase64());
    result = remove(key);
    QVERIFY(result);
    QCOMPARE(result->status, Status::Ok);
}

void TestKeychainTokenStore::withoutAKeychainNothingIsWritten_data()
{
    QTest::addColumn<QString>("busAddress");
    QTest::newRow("bus address pointing nowhere") << QStringLiteral("unix:path=%1/no-bus");
    QTest::newRow("no bus address") << QString();
}

// In a process of its own (libsecret and QtDBus keep the first bus they found for the process' life), with
// no session bus and a home of its own: every operation says no keychain answered and keeps the token for
// the session, and nothing at all is written to disk, no plain-text fallback either.
void TestKeychainTokenStore::withoutAKeychainNothingIsWritten()
{
    QFETCH(QString, busAddress);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
        { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
            QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("DESKTOP_SESSION") }) {
        environment.remove(name);
    }
    if (!busAddress.isEmpty()) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress.arg(home.path()));
    }
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path()); // no "bus" socket in it

    const QString unreached = QStringLiteral("3c9e1f2a-0b7d-4e6a-9c5f-1d2e3f4a5b6c");
    const auto steps = runProbe(
        { QStringLiteral("keychain"), m_service, QStringLiteral("probe"), QStringLiteral("write"), unreached,
            QString::fromLatin1(token), QStringLiteral("read"), unreached, QStringLiteral("remove"), unreached },
        environment);
    QCOMPARE(steps.size(), 4);
    for (const auto &step : steps) {
        QCOMPARE(step.value(QStringLiteral("status")), QStringLiteral("Unavailable"));
        const QString message = step.value(QStringLiteral("message"));
        QVERIFY2(message.contains(QStringLiteral("No keychain answered"))
                && message.contains(QStringLiteral("session only")),
            qPrintable(message));
        QVERIFY(!step.contains(QStringLiteral("token_sha256")));
        QVERIFY(!message.contains(QString::fromLatin1(token)));
    }
    QDirIterator written(home.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    QVERIFY2(!written.hasNext(), qPrintable(written.hasNext() ? written.next() : QString()));
    // And the real keychain was not reached either.
    QCOMPARE(lookUp(unreached), QByteArray());
}

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
