// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profiles/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// The profiles as QSettings keeps them: what is stored and read back, never a token, names kept unique,
// the built-in Demo first and never stored, deletion taking the profile's settings along, and two consoles
// adding profiles at the same time without losing any.
class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savedProfileReadsBack();
    void demoComesFirstAndIsNeverStored();
    void recentComeFirst();
    void namesStayUnique();
    void problemsAreNamed();
    void removeTakesTheSettingsAlong();
    void plainHttpIsRemoteOnlyOffThisComputer();
    void twoConsolesAddingAtOnceKeepEverything();

private:
    QString file() const
    {
        return m_dir.filePath(QStringLiteral("settings.ini"));
    }
    QTemporaryDir m_dir;
};

void TestProfiles::init()
{
    QFile::remove(file());
}

void TestProfiles::savedProfileReadsBack()
{
    ProfileStore store(file());
    Profile profile = store.newProfile(QStringLiteral("HPC Tartu"));
    profile.serverRoot = QUrl(QStringLiteral("https://waldur.example.org/waldur/"));
    profile.tokenKind = TokenKind::Bearer;
    profile.secret = Profile::Secret::File;
    profile.caBundlePath = QStringLiteral("/etc/ssl/company-ca.pem");
    profile.pinnedSha256 = "ab12cd34";
    store.save(profile);

    const auto back = ProfileStore(file()).find(profile.id);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("HPC Tartu"));
    QCOMPARE(back->serverRoot, profile.serverRoot);
    QCOMPARE(back->tokenKind, TokenKind::Bearer);
    QCOMPARE(back->secret, Profile::Secret::File);
    QCOMPARE(back->caBundlePath, profile.caBundlePath);
    QCOMPARE(back->pinnedSha256, QByteArray("ab12cd34"));
    QVERIFY(!back->plainHttpConsent);
    QCOMPARE(ProfileStore(file()).findByName(QStringLiteral("hpc tartu"))->id, profile.id);
}

void TestProfiles::demoComesFirstAndIsNeverStored()
{
    ProfileStore store(file());
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profiles().constFirst().demo);
    store.save(ProfileStore::demoProfile());
    store.remove(QString::fromLatin1(ProfileStore::kDemoId));
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.find(QString::fromLatin1(ProfileStore::kDemoId))->demo);
}

void TestProfiles::recentComeFirst()
{
    ProfileStore store(file());
    QStringList ids;
    for (const QString &name : { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma") }) {
        Profile profile = store.newProfile(name);
        profile.serverRoot = QUrl(QStringLiteral("https://%1.example/").arg(name.toLower()));
        store.save(profile);
        ids << profile.id;
    }
    QStringList names;
    for (const Profile &p : store.profiles()) {
        names << p.name;
    }
    QCOMPARE(names,
        (QStringList {
            QStringLiteral("Demo"), QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma") }));
    store.markUsed(ids.at(2));
    QCOMPARE(store.profiles().at(1).name, QStringLiteral("Gamma"));
}

void TestProfiles::namesStayUnique()
{
    ProfileStore store(file());
    Profile first = store.newProfile(QStringLiteral("Cloud"));
    first.serverRoot = QUrl(QStringLiteral("https://cloud.example/"));
    store.save(first);
    QCOMPARE(store.newProfile(QStringLiteral("Cloud")).name, QStringLiteral("Cloud (2)"));
    const Profile copy = store.duplicate(first);
    QVERIFY(copy.id != first.id);
    QCOMPARE(copy.name, QStringLiteral("Cloud (copy)"));
    QCOMPARE(copy.serverRoot, first.serverRoot);
}

void TestProfiles::problemsAreNamed()
{
    ProfileStore store(file());
    Profile taken = store.newProfile(QStringLiteral("Taken"));
    taken.serverRoot = QUrl(QStringLiteral("https://a.example/"));
    store.save(taken);
    Profile other = store.newProfile(QStringLiteral("x"));
    other.serverRoot = QUrl(QStringLiteral("https://b.example/"));
    QVERIFY(store.problemWith(other).isEmpty());
    other.name = QStringLiteral("  ");
    QCOMPARE(store.problemWith(other), QStringLiteral("Give the profile a name."));
    other.name = QStringLiteral("TAKEN");
    QCOMPARE(store.problemWith(other), QStringLiteral("Another profile is already called \"TAKEN\"."));
    QVERIFY(store.problemWith(taken).isEmpty()); // its own name is no conflict
    other.name = QStringLiteral("y");
    other.serverRoot = QUrl();
    QCOMPARE(store.problemWith(other), QStringLiteral("Enter the address of the Waldur server."));
}

void TestProfiles::removeTakesTheSettingsAlong()
{
    ProfileStore store(file());
    Profile profile = store.newProfile(QStringLiteral("Gone"));
    profile.serverRoot = QUrl(QStringLiteral("https://gone.example/"));
    store.save(profile);
    {
        QSettings settings(file(), QSettings::IniFormat);
        settings.setValue(
            ProfileStore::settingsGroupOf(profile.id) + QStringLiteral("/ordering"), QStringLiteral("name"));
    }
    store.remove(profile.id);
    QVERIFY(!store.find(profile.id));
    QSettings settings(file(), QSettings::IniFormat);
    QVERIFY(settings.allKeys().filter(profile.id).isEmpty());
}

void TestProfiles::plainHttpIsRemoteOnlyOffThisComputer()
{
    Profile profile;
    for (const auto &[url, remote] :
        { std::pair { "http://waldur.example/", true }, std::pair { "http://10.0.0.5:8000/", true },
            std::pair { "https://waldur.example/", false }, std::pair { "http://localhost:8000/", false },
            std::pair { "http://127.0.0.1/", false }, std::pair { "http://[::1]:8080/", false } }) {
        profile.serverRoot = QUrl(QString::fromLatin1(url));
        QVERIFY2(profile.isPlainHttpRemote() == remote, url);
    }
}

void TestProfiles::twoConsolesAddingAtOnceKeepEverything()
{
    const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/profile_writer");
    QProcess a;
    QProcess b;
    a.start(writer, { file(), QStringLiteral("a"), QStringLiteral("25") });
    b.start(writer, { file(), QStringLiteral("b"), QStringLiteral("25") });
    QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const QList<Profile> all = ProfileStore(file()).profiles();
    QCOMPARE(all.size(), 51); // 25 + 25 + Demo
    for (const Profile &profile : all) {
        QVERIFY(profile.demo || profile.serverRoot.host().startsWith(profile.name));
    }
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
