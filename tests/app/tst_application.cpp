// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"
#include "app/Session.h"
#include "models/ResourceTableModel.h"
#include "models/actions/ActionCatalog.h"
#include "models/api/ApiClient.h"
#include "models/api/Endpoints.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/api/TlsPolicy.h"
#include "models/profiles/ProfileStore.h"
#include "models/sim/Simulator.h"
#include "resources/Translations.h"
#include "tests/support/TestServer.h"
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/connect/ConnectWindow.h"
#include "ui/connect/SignInPrompt.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace wpc;

namespace {
const QByteArray kFirst = "9c1e5a7b3d2f4e6a8b0c1d2e3f4a5b6c7d8e9f01";
const QByteArray kSecond = "1b3d5f7a9c2e4a6c8e0b2d4f6a8c0e2b4d6f8a0c";

// Every message logged while a test runs: what a log file or a crash report would hold.
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    g_previous(type, context, message);
}
} // namespace

// The composition root as a user meets it: profiles chosen in File ▸ Connect to…, the session replaced as a
// unit when another profile connects (and none of the old session's callbacks running afterwards), a token
// the server stops accepting mid-dialog, the sign-in prompt, the banner when sign-in is put off, the
// no-keychain path with its plain-file opt-in, and the token never in the settings or the log.
class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void urlLaunchOpensTheWindowAtOnce();
    void theIconIsMadeOnceTheFirstPageIsShown();
    void profileFromTheConnectWindowIsSavedWithoutItsToken();
    void wrongTokenKindIsExplainedAndInputKept();
    void deadServerIsSaidInTheConnectWindow();
    void switchingLeavesNoCallbackOfTheOldSession();
    void refusedTokenMidDialogKeepsTheInputAndGoesOnAfterSignIn();
    void signInPutOffIsSaidOnTheBanner();
    void signInWithAnotherUsersTokenIsRefused();
    void withoutKeychainThePlainFileIsAnExplicitOptIn();
    void rememberedTokenLivesInTheKeychainAndGoesWithTheProfile();
    void unknownProfileNameEndsWithTheList();
    void selfSignedCertificateIsShownAndTrustedOnRequest();
    void plainHttpToAnotherHostNeedsConsentPerProfile();
    void tokenIsNeverInSettingsOrLog();
    void crashOutputHoldsNoToken();

private:
    Profile addProfile(const QString &name, const QUrl &url, Profile::Secret secret = Profile::Secret::Session);
    ConnectWindow *openConnectWindow(const QString &profileId);
    bool waitForSession(const QUrl &url);
    // `--url <the simulator>` with WALDUR_TOKEN set, until the first rows are in.
    bool launchWithUrl();
    QString settingsText() const;
    QList<int> postStatuses(const QString &suffix) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_tokenDir;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<Application> m_app;
    QList<std::tuple<QByteArray, QString, int>> m_served;
};

void TestApplication::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true); // the journal goes to the test's own folder
    QVERIFY(m_settingsDir.isValid() && m_tokenDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QLoggingCategory::setFilterRules(QStringLiteral("wpc.*=true\nqt.qpa.*=false"));
    g_previous = qInstallMessageHandler(capture);
}

void TestApplication::init()
{
    QSettings().clear();
    QSettings().sync();
    g_log.clear();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    if (!m_server->simulator()) {
        QSKIP("needs the in-process simulator to manage tokens");
    }
    m_server->simulator()->grantToken(kFirst, sim::Simulator::Role::Staff);
    m_served.clear();
    connect(m_server->simulator(), &sim::Simulator::requestServed, this,
        [this](const QByteArray &method, const QString &path, int status) {
            m_served.append({ method, path, status });
        });
    m_app = std::make_unique<Application>();
    m_app->setTokenFolder(m_tokenDir.path());
}

void TestApplication::cleanup()
{
    m_app.reset();
    m_server.reset();
}

Profile TestApplication::addProfile(const QString &name, const QUrl &url, Profile::Secret secret)
{
    ProfileStore store;
    Profile profile = store.newProfile(name);
    profile.serverRoot = url;
    profile.secret = secret;
    store.save(profile);
    return profile;
}

ConnectWindow *TestApplication::openConnectWindow(const QString &profileId)
{
    m_app->showConnectWindow(profileId);
    ConnectWindow *window = m_app->connectWindow();
    return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

bool TestApplication::waitForSession(const QUrl &url)
{
    return QTest::qWaitFor(
        [&] {
            return m_app->session() && m_app->session()->profile().serverRoot == url && m_app->session()->window()
                && m_app->session()->window()->model()->rowCount() > 0;
        },
        10000);
}

bool TestApplication::launchWithUrl()
{
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Url;
    options.serverRoot = m_server->url();
    options.token = kFirst;
    return m_app->start(options) == -1 && waitForSession(m_server->url());
}

QString TestApplication::settingsText() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QList<int> TestApplication::postStatuses(const QString &suffix) const
{
    QList<int> statuses;
    for (const auto &[method, path, status] : m_served) {
        if (method == "POST" && path.endsWith(suffix)) {
            statuses.append(status);
        }
    }
    return statuses;
}

void TestApplication::urlLaunchOpensTheWindowAtOnce()
{
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Url;
    options.serverRoot = m_server->url();
    options.token = kFirst;
    QCOMPARE(m_app->start(options), -1);
    QVERIFY(m_app->session());
    QVERIFY(m_app->session()->window()->isVisible());
    QVERIFY(waitForSession(m_server->url()));
    QTRY_VERIFY(m_app->session()->window()->windowTitle().contains(QStringLiteral("stella.admin")));
    QVERIFY(!m_app->connectWindow());
}

// Making the icon decodes all its sizes: a launch into a session makes it after the first page's repaint,
// not while the window is built; a launch into the profiles window at once.
void TestApplication::theIconIsMadeOnceTheFirstPageIsShown()
{
    QApplication::setWindowIcon(QIcon());
    QPixmap red(16, 16);
    red.fill(Qt::red);
    int made = 0;
    const auto source = [&made, red] {
        ++made;
        return QIcon(red);
    };
    m_app->setIconSource(source);
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Url;
    options.serverRoot = m_server->url();
    options.token = kFirst;
    QCOMPARE(m_app->start(options), -1);
    QVERIFY(m_app->session() && m_app->session()->window()->isVisible());
    QCOMPARE(made, 0);
    QSignalSpy first(m_app->session()->window()->model(), &ResourceTableModel::firstPageLoaded);
    QVERIFY(first.wait(10000));
    QCOMPARE(made, 0); // after the repaint the page asked for
    QTRY_COMPARE(made, 1);
    QCOMPARE(QApplication::windowIcon().pixmap(16).toImage().pixel(8, 8), QColor(Qt::red).rgb());
    QTest::qWait(50);
    QCOMPARE(made, 1);

    QApplication::setWindowIcon(QIcon());
    m_app = std::make_unique<Application>();
    m_app->setTokenFolder(m_tokenDir.path());
    m_app->setIconSource(source);
    LaunchOptions dialog;
    dialog.mode = LaunchOptions::Mode::ConnectDialog;
    QCOMPARE(m_app->start(dialog), -1);
    QVERIFY(m_app->connectWindow() && m_app->connectWindow()->isVisible());
    QCOMPARE(made, 2);
    QVERIFY(!QApplication::windowIcon().isNull());
}

void TestApplication::profileFromTheConnectWindowIsSavedWithoutItsToken()
{
    ConnectWindow *window = openConnectWindow({});
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("addProfileButton")), Qt::LeftButton);
    auto *connectButton = window->findChild<QPushButton *>(QStringLiteral("connectButton"));
    test::typeInto(window->findChild<QLineEdit *>(QStringLiteral("profileNameEdit")), QStringLiteral("Tartu HPC"));
    test::typeInto(window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit")), m_server->url().toString());
    QVERIFY(!connectButton->isEnabled());
    QCOMPARE(connectButton->toolTip(), QStringLiteral("Paste the API token."));
    window->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheck"))->setChecked(false);
    // Pasted with a newline and spaces around it, as from a terminal.
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))
        ->setText(QStringLiteral("  %1\n").arg(QString::fromLatin1(kFirst)));
    QVERIFY(connectButton->isEnabled());
    QSignalSpy changed(m_app.get(), &Application::sessionChanged);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QVERIFY(waitForSession(m_server->url()));
    QTRY_VERIFY(!m_app->connectWindow() || !m_app->connectWindow()->isVisible());
    const auto saved = ProfileStore().findByName(QStringLiteral("Tartu HPC"));
    QVERIFY(saved);
    QCOMPARE(saved->serverRoot, m_server->url());
    QCOMPARE(saved->secret, Profile::Secret::Session);
    QCOMPARE(m_app->session()->profile().id, saved->id);
    QTRY_VERIFY(m_app->session()->window()->windowTitle().startsWith(QStringLiteral("Tartu HPC — stella.admin")));
    QVERIFY(!settingsText().isEmpty());
    QVERIFY(!settingsText().contains(QString::fromLatin1(kFirst)));
}

void TestApplication::wrongTokenKindIsExplainedAndInputKept()
{
    const Profile profile = addProfile(QStringLiteral("Kind"), m_server->url());
    const QByteArray pat = "w_4102444800_cGF0LWZvci10ZXN0cw";
    m_server->simulator()->grantToken(pat, sim::Simulator::Role::Staff, true);
    ConnectWindow *window = openConnectWindow(profile.id);
    QVERIFY(window);
    auto *token = window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    token->setText(QString::fromLatin1(pat));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    auto *message = window->findChild<QLabel *>(QStringLiteral("connectMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Invalid token.")), 10000);
    QVERIFY(message->text().contains(QStringLiteral("Bearer")));
    QCOMPARE(token->text(), QString::fromLatin1(pat));
    QVERIFY(!m_app->session());

    auto *kind = window->findChild<QComboBox *>(QStringLiteral("tokenKindCombo"));
    kind->setCurrentIndex(kind->findData(int(TokenKind::Bearer)));
    QSignalSpy changed(m_app.get(), &Application::sessionChanged);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QCOMPARE(ProfileStore().find(profile.id)->tokenKind, TokenKind::Bearer);
}

void TestApplication::deadServerIsSaidInTheConnectWindow()
{
    const quint16 port = m_server->url().port();
    m_server.reset(); // the port is closed now
    const Profile profile = addProfile(QStringLiteral("Dead"), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    ConnectWindow *window = openConnectWindow(profile.id);
    QVERIFY(window);
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(kFirst));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    auto *message = window->findChild<QLabel *>(QStringLiteral("connectMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Could not connect")), 10000);
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    QVERIFY(!m_app->session());
}

void TestApplication::switchingLeavesNoCallbackOfTheOldSession()
{
    test::TestServer other;
    QVERIFY(other.isValid());
    QVERIFY(launchWithUrl());

    QPointer<Session> oldSession = m_app->session();
    QPointer<ApiClient> oldClient = m_app->session()->client();
    QPointer<MainWindow> oldWindow = m_app->session()->window();
    // A call of the old session still on its way when the switch comes, bound to a context that lives on.
    m_server->simulator()->injectFault(sim::Fault::delay("GET", QStringLiteral("users/me"), 700));
    bool ran = false;
    m_app->session()->api()->currentUser(this, [&ran](const Result<CurrentUser> &) { ran = true; });
    QTRY_VERIFY(!m_served.isEmpty() || m_server->simulator()->requestsInFlight() > 0);

    const QString oldLayout
        = ProfileStore::settingsGroupOf(m_app->session()->profile().id) + QStringLiteral("/windowGeometry");
    QVERIFY(!QSettings().contains(oldLayout));
    m_app->connectProfile(addProfile(QStringLiteral("Other"), other.url()), sim::Simulator::staffToken());
    QVERIFY(waitForSession(other.url()));
    QVERIFY(QSettings().contains(oldLayout)); // the old window was closed, not just deleted: its layout is kept
    QVERIFY(!oldSession);
    QVERIFY(!oldClient);
    QVERIFY(!oldWindow);
    QTest::qWait(1200); // past the delayed reply
    QVERIFY(!ran);
}

void TestApplication::refusedTokenMidDialogKeepsTheInputAndGoesOnAfterSignIn()
{
    QVERIFY(launchWithUrl());
    MainWindow *window = m_app->session()->window();
    QTRY_VERIFY(!window->currentUser().uuid.isEmpty());
    const Resource *row = nullptr;
    for (int i = 0; i < window->model()->rowCount() && !row; ++i) {
        const Resource *r = window->model()->resourceAt(i);
        row = r->state == ResourceState::OK ? r : nullptr;
        if (row) {
            window->table()->setCurrentIndex(window->model()->index(i, 0));
        }
    }
    QVERIFY(row);
    const QString uuid = row->uuid;
    auto *action = window->findChild<QAction *>(ActionCatalog::objectName(Operation::SetBackendId));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window->findChild<QDialog *>(
        QStringLiteral("dialog_") + QString(Endpoints::info(Operation::SetBackendId).name));
    QVERIFY(dialog);
    QTRY_VERIFY(test::isIdle(dialog));
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("backendIdEdit"));
    test::typeInto(edit, QStringLiteral("slurm-acc-after-signin"));

    m_server->simulator()->expireToken(kFirst);
    QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->signInPrompt() && m_app->signInPrompt()->isVisible(), 10000);
    QTRY_VERIFY(test::visibleText(dialog, "messageLabel").contains(QStringLiteral("Token has expired.")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("slurm-acc-after-signin"));
    QVERIFY(!m_app->signInPrompt()->isModal());
    QVERIFY(m_app->signInPrompt()
                ->findChild<QLabel *>(QStringLiteral("signInExplanation"))
                ->text()
                .contains(m_app->session()->profile().name));

    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    SignInPrompt *prompt = m_app->signInPrompt();
    QPointer<SignInPrompt> guard(prompt);
    test::typeInto(prompt->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), QString::fromLatin1(kSecond));
    QTest::keyClick(prompt->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(m_app->session()->client()->signInState(), ApiClient::SignInState::SignedIn);

    QPointer<QDialog> dialogGuard(dialog);
    QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialogGuard || !dialogGuard->isVisible(), 10000);
    QCOMPARE(postStatuses(uuid + QStringLiteral("/set_backend_id/")), (QList<int> { 401, 200 }));
    QCOMPARE(m_server->simulator()->resourceJson(uuid).value(QStringLiteral("backend_id")).toString(),
        QStringLiteral("slurm-acc-after-signin"));
}

void TestApplication::signInPutOffIsSaidOnTheBanner()
{
    QVERIFY(launchWithUrl());
    MainWindow *window = m_app->session()->window();
    m_server->simulator()->revokeToken(kFirst);
    window->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->signInPrompt() && m_app->signInPrompt()->isVisible(), 10000);
    const int rows = window->model()->rowCount();
    m_app->signInPrompt()->reject();
    auto *banner = window->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(QStringLiteral("Sign-in was cancelled"))
            || banner->message().contains(QStringLiteral("Invalid token.")),
        qPrintable(banner->message()));
    QCOMPARE(window->model()->rowCount(), rows); // what is shown stays
    auto *button = banner->findChild<QPushButton *>(QStringLiteral("errorBannerRetryButton"));
    QCOMPARE(button->text(), QStringLiteral("Sign in…"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_app->signInPrompt() && m_app->signInPrompt()->isVisible());

    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    test::typeInto(
        m_app->signInPrompt()->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), QString::fromLatin1(kSecond));
    QTest::keyClick(m_app->signInPrompt()->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_VERIFY(!window->model()->isLoading() && window->model()->rowCount() > 0);
}

void TestApplication::signInWithAnotherUsersTokenIsRefused()
{
    QVERIFY(launchWithUrl());
    QTRY_VERIFY(!m_app->session()->window()->currentUser().uuid.isEmpty());
    m_server->simulator()->revokeToken(kFirst);
    m_app->session()->window()->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->signInPrompt(), 10000);
    SignInPrompt *prompt = m_app->signInPrompt();
    test::typeInto(prompt->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")),
        QString::fromLatin1(sim::Simulator::ownerToken()));
    QTest::keyClick(prompt->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), Qt::Key_Return);
    auto *message = prompt->findChild<QLabel *>(QStringLiteral("signInMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("File ▸ Connect to…")), 10000);
    QCOMPARE(m_app->session()->client()->signInState(), ApiClient::SignInState::Waiting);
}

void TestApplication::withoutKeychainThePlainFileIsAnExplicitOptIn()
{
    if (qEnvironmentVariableIsSet("WPC_SECRET_SERVICE_HOME")) {
        QSKIP("runs where no keychain answers");
    }
    const Profile profile = addProfile(QStringLiteral("No keychain"), m_server->url(), Profile::Secret::Keychain);
    ConnectWindow *window = openConnectWindow({});
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("addProfileButton")), Qt::LeftButton);
    auto *note = window->findChild<QLabel *>(QStringLiteral("keychainNote"));
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible() && !note->text().isEmpty(), 10000);
    QTest::qWait(300);
    // The keychain is asked once, when the window opens, not again and again.
    QCOMPARE(g_log.filter(QStringLiteral("wpc-keychain-probe")).size(), 1);
    auto *remember = window->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheck"));
    auto *plainFile = window->findChild<QCheckBox *>(QStringLiteral("plainFileCheck"));
    QVERIFY(!remember->isChecked()); // off where no keychain answers
    QVERIFY(!plainFile->isVisible());
    remember->setChecked(true);
    QVERIFY(plainFile->isVisible());
    QVERIFY(!plainFile->isChecked()); // never without asking
    plainFile->setChecked(true);
    QVERIFY(note->text().contains(QStringLiteral("unencrypted")));

    test::typeInto(window->findChild<QLineEdit *>(QStringLiteral("profileNameEdit")), QStringLiteral("File kept"));
    test::typeInto(window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit")), m_server->url().toString());
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(kFirst));
    QSignalSpy changed(m_app.get(), &Application::sessionChanged);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    const auto saved = ProfileStore().findByName(QStringLiteral("File kept"));
    QVERIFY(saved);
    QCOMPARE(saved->secret, Profile::Secret::File);
    QString tokenFile;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QDirIterator it(m_tokenDir.path(), QDir::Files, QDirIterator::Subdirectories);
            tokenFile = it.hasNext() ? it.next() : QString();
            return !tokenFile.isEmpty();
        }(),
        10000);
    QCOMPARE(QFile::permissions(tokenFile) & ~(QFile::ReadUser | QFile::WriteUser),
        QFile::ReadOwner | QFile::WriteOwner); // 0600: QFile names the owner's bits twice
    QVERIFY(!settingsText().contains(QString::fromLatin1(kFirst)));

    // A profile that wanted the keychain: the keychain's own words, and the token is asked for.
    m_app->connectProfile(*ProfileStore().find(profile.id), {});
    QTRY_VERIFY_WITH_TIMEOUT(m_app->connectWindow() && m_app->connectWindow()->isVisible(), 10000);
    auto *message = m_app->connectWindow()->findChild<QLabel *>(QStringLiteral("connectMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("kept for this session")), 10000);

    // Next launch: the token comes from the file, nothing typed.
    m_app = std::make_unique<Application>();
    m_app->setTokenFolder(m_tokenDir.path());
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Profile;
    options.profileName = QStringLiteral("file kept");
    QCOMPARE(m_app->start(options), -1);
    QVERIFY(waitForSession(m_server->url()));
}

void TestApplication::rememberedTokenLivesInTheKeychainAndGoesWithTheProfile()
{
    if (!qEnvironmentVariableIsSet("WPC_SECRET_SERVICE_HOME")) {
        QSKIP("runs inside with-secret-service.sh (ctest: tst_application_keychain)");
    }
    ConnectWindow *window = openConnectWindow({});
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("addProfileButton")), Qt::LeftButton);
    auto *remember = window->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheck"));
    QTRY_VERIFY(remember->isChecked()); // on where a keychain answers
    QVERIFY(!window->findChild<QCheckBox *>(QStringLiteral("plainFileCheck"))->isVisible());
    test::typeInto(window->findChild<QLineEdit *>(QStringLiteral("profileNameEdit")), QStringLiteral("Keychain kept"));
    test::typeInto(window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit")), m_server->url().toString());
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(kFirst));
    QSignalSpy changed(m_app.get(), &Application::sessionChanged);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    const Profile saved = *ProfileStore().findByName(QStringLiteral("Keychain kept"));
    QCOMPARE(saved.secret, Profile::Secret::Keychain);

    // Stored where the Secret Service keeps it: read with an independent tool.
    const auto lookup = [&saved] {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("user"), saved.id, QStringLiteral("server"),
                QStringLiteral("Waldur Provider Console") });
        tool.waitForFinished(10000);
        return QByteArray::fromBase64(tool.readAllStandardOutput()); // QtKeychain keeps binary data as base64
    };
    QTRY_COMPARE_WITH_TIMEOUT(lookup(), kFirst, 10000);
    QVERIFY(!settingsText().contains(QString::fromLatin1(kFirst)));

    // Next launch: nothing typed.
    m_app = std::make_unique<Application>();
    m_app->setTokenFolder(m_tokenDir.path());
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Profile;
    options.profileName = QStringLiteral("Keychain kept");
    QCOMPARE(m_app->start(options), -1);
    QVERIFY(waitForSession(m_server->url()));

    // Deleting the profile deletes its secret.
    window = openConnectWindow(saved.id);
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("deleteProfileButton")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>()) != nullptr);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            button->click();
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(lookup().isEmpty(), 10000);
    QVERIFY(!ProfileStore().find(saved.id));
}

void TestApplication::unknownProfileNameEndsWithTheList()
{
    addProfile(QStringLiteral("Known"), m_server->url());
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Profile;
    options.profileName = QStringLiteral("Unknown");
    QCOMPARE(m_app->start(options), 2);
    QVERIFY(!m_app->session());
}

void TestApplication::selfSignedCertificateIsShownAndTrustedOnRequest()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/O=WPC Test/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
            QStringLiteral("-sha256") });
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    const QString fingerprint
        = QString::fromLatin1(openssl.readAllStandardOutput()).section(QLatin1Char('='), 1).trimmed();
    QVERIFY(fingerprint.size() == 95);

    sim::Simulator::Config config;
    config.resourceCount = 40;
    sim::Simulator tls(config);
    QVERIFY2(tls.listen(QHostAddress::LocalHost, 0, cert, key), qPrintable(tls.errorString()));
    QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
    const Profile profile = addProfile(QStringLiteral("Self-signed"), tls.url());
    ConnectWindow *window = openConnectWindow(profile.id);
    QVERIFY(window);
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))
        ->setText(QString::fromLatin1(sim::Simulator::staffToken()));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    auto *panel = window->findChild<QFrame *>(QStringLiteral("certificatePanel"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    const QString text = window->findChild<QLabel *>(QStringLiteral("certificateText"))->text();
    QVERIFY2(text.contains(fingerprint), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CN=localhost")), qPrintable(text));
    QVERIFY(!m_app->session());
    QVERIFY(tls.requests().isEmpty()); // the token was not sent

    QSignalSpy changed(m_app.get(), &Application::sessionChanged);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("trustCertificateButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QVERIFY(waitForSession(tls.url()));
    QCOMPARE(CertificateProblem::formatFingerprint(ProfileStore().find(profile.id)->pinnedSha256), fingerprint);
}

void TestApplication::plainHttpToAnotherHostNeedsConsentPerProfile()
{
    const Profile profile = addProfile(QStringLiteral("Plain"), QUrl(QStringLiteral("http://waldur.example/")));
    ConnectWindow *window = openConnectWindow(profile.id);
    QVERIFY(window);
    auto *warning = window->findChild<QLabel *>(QStringLiteral("plainHttpWarning"));
    auto *consent = window->findChild<QCheckBox *>(QStringLiteral("plainHttpCheck"));
    auto *connectButton = window->findChild<QPushButton *>(QStringLiteral("connectButton"));
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(kFirst));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));
    QVERIFY(consent->isVisible() && !consent->isChecked());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(connectButton->toolTip().contains(QStringLiteral("Allow plain http")));
    consent->setChecked(true);
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
    QVERIFY(ProfileStore().find(profile.id)->plainHttpConsent);

    // https, or this computer: no question.
    test::typeInto(
        window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit")), QStringLiteral("https://waldur.example/"));
    QVERIFY(!warning->isVisible() && !consent->isVisible());
    test::typeInto(
        window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit")), QStringLiteral("http://localhost:8000/"));
    QVERIFY(!warning->isVisible() && !consent->isVisible());

    // The command line asks for a profile that agreed to it.
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Url;
    options.serverRoot = QUrl(QStringLiteral("http://other.example/"));
    options.token = kFirst;
    QCOMPARE(Application().start(options), 2);
}

void TestApplication::tokenIsNeverInSettingsOrLog()
{
    // Everything above, once more, with every debug line on: the connect window, a switch, a refused token and
    // the sign-in prompt.
    const Profile profile = addProfile(QStringLiteral("Logged"), m_server->url());
    ConnectWindow *window = openConnectWindow(profile.id);
    QVERIFY(window);
    window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(kFirst));
    QSignalSpy changed(m_app.get(), &Application::sessionChanged);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QVERIFY(waitForSession(m_server->url()));
    m_server->simulator()->revokeToken(kFirst);
    m_server->simulator()->grantToken(kSecond, sim::Simulator::Role::Staff);
    m_app->session()->window()->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->signInPrompt(), 10000);
    test::typeInto(
        m_app->signInPrompt()->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), QString::fromLatin1(kSecond));
    QTest::keyClick(m_app->signInPrompt()->findChild<QLineEdit *>(QStringLiteral("signInTokenEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->signInPrompt(), 10000);

    QVERIFY(g_log.size() > 10); // the log was really captured
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(QStringLiteral("users/me")));
    for (const QByteArray &token : { kFirst, kSecond }) {
        QVERIFY(!g_log.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));
        QVERIFY(!settingsText().contains(QString::fromLatin1(token)));
    }
}

void TestApplication::crashOutputHoldsNoToken()
{
#ifndef Q_OS_UNIX
    QSKIP("a crash is made with a signal");
#else
    // The console itself, with every debug line on, crashed while it works: what it printed is what a crash
    // report would collect.
    QTemporaryDir home;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WALDUR_TOKEN"), QString::fromLatin1(kFirst));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.qpa.*=false"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::MergedChannels);
    console.start(QStringLiteral(WPC_CONSOLE_PATH), { QStringLiteral("--url"), m_server->url().toString() });
    QVERIFY(console.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_served.cbegin(), m_served.cend(),
                                 [](const auto &served) {
                                     return std::get<1>(served).startsWith(
                                         QStringLiteral("/api/marketplace-provider-resources/"));
                                 }),
        20000);
    QTest::qWait(300);
    // SIGABRT: a crash that AddressSanitizer, in the sanitizer build, leaves to the default action too.
    ::kill(pid_t(console.processId()), SIGABRT);
    QVERIFY(console.waitForFinished(20000));
    QCOMPARE(console.exitStatus(), QProcess::CrashExit);
    const QByteArray output = console.readAll();
    QVERIFY2(output.contains("marketplace-provider-resources"), output.left(2000).constData()); // it did log
    QVERIFY(!output.contains(kFirst));
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kFirst), qPrintable(file.fileName()));
    }
#endif
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
