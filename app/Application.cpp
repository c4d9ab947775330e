// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"

#include "app/DemoServer.h"
#include "app/Session.h"
#include "app/keychain/KeychainTokenStore.h"
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/api/TlsPolicy.h"
#include "models/journal/Journal.h"
#include "models/profiles/ProfileStore.h"
#include "models/secrets/FileTokenStore.h"
#include "models/sim/Simulator.h"
#include "ui/MainWindow.h"
#include "ui/connect/ConnectWindow.h"
#include "ui/connect/SignInPrompt.h"
#include "wpc/Version.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace wpc {

namespace {
constexpr int kScreenshotTimeoutMs = 60000;

void printError(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", kExecutableName, qPrintable(message));
}

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_keychain(std::make_unique<KeychainTokenStore>())
    , m_fileStore(std::make_unique<FileTokenStore>(FileTokenStore::defaultFolder()))
{
}

Application::~Application()
{
    delete m_connectWindow;
    // Each session's window and pending calls go before its client and network manager (~Session).
    m_probe.reset();
    m_candidate.reset();
    m_session.reset();
}

ConnectWindow *Application::connectWindow() const
{
    return m_connectWindow;
}

SignInPrompt *Application::signInPrompt() const
{
    return m_signInPrompt;
}

void Application::setKeychain(std::unique_ptr<TokenStore> keychain)
{
    m_keychain = std::move(keychain);
}

void Application::setTokenFolder(const QString &folder)
{
    m_fileStore = std::make_unique<FileTokenStore>(folder);
}

int Application::start(const LaunchOptions &options)
{
    const int code = startMode(options);
    if (code < 0) {
        setIconWhenShown();
    }
    return code;
}

int Application::startMode(const LaunchOptions &options)
{
    m_launch = options;
    switch (options.mode) {
    case LaunchOptions::Mode::Demo:
        connectProfile(ProfileStore::demoProfile(), {});
        return m_session || m_candidate ? -1 : 1;
    case LaunchOptions::Mode::Url: {
        const Profile profile = m_profiles->forAddress(options.serverRoot);
        if (profile.isPlainHttpRemote() && !profile.plainHttpConsent) {
            printError(plainHttpRefusal(profile));
            return CommandLine::kUsageError;
        }
        connectProfile(profile, options.token, false);
        return -1;
    }
    case LaunchOptions::Mode::Profile: {
        const auto profile = m_profiles->findByName(options.profileName);
        if (!profile) {
            QStringList names;
            for (const Profile &p : m_profiles->profiles()) {
                names << p.name;
            }
            printError(tr("There is no profile called \"%1\". The profiles are: %2.")
                           .arg(options.profileName, names.join(QStringLiteral(", "))));
            return CommandLine::kUsageError;
        }
        connectProfile(*profile, options.token, false);
        return -1;
    }
    case LaunchOptions::Mode::ConnectDialog: {
        // Where the user left off: the last profile, when its token is remembered.
        const QString last = QSettings().value(QStringLiteral("lastProfile")).toString();
        const auto profile = m_profiles->find(last);
        if (profile && !profile->demo && profile->secret != Profile::Secret::Session) {
            connectProfile(*profile, {});
        } else {
            showConnectWindow(last);
        }
        return -1;
    }
    }
    return -1;
}

void Application::probeKeychain()
{
    auto *keychain = dynamic_cast<KeychainTokenStore *>(m_keychain.get());
    if (!keychain) {
        m_keychainAnswers = m_keychain != nullptr;
        return;
    }
    keychain->probe(this, [this](const TokenStoreResult &result) {
        m_keychainAnswers = result.ok() || result.status == TokenStoreResult::Status::NotFound;
        m_keychainWhy = m_keychainAnswers ? QString() : result.message;
        if (m_connectWindow) {
            m_connectWindow->setKeychainState(m_keychainAnswers, m_keychainWhy);
        }
    });
}

void Application::showConnectWindow(const QString &profileId)
{
    if (!m_connectWindow) {
        m_connectWindow = new ConnectWindow(m_profiles.get());
        m_connectWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_connectWindow->setKeychainState(m_keychainAnswers, m_keychainWhy);
        probeKeychain(); // only where a token may be typed: a launch with one at hand never asks the keychain
        m_connectWindow->setTokenAvailable([this](const Profile &profile) { return tokenAvailable(profile); });
        connect(m_connectWindow, &ConnectWindow::connectRequested, this,
            [this](const Profile &profile, const QByteArray &token) { connectProfile(profile, token); });
        connect(m_connectWindow, &ConnectWindow::profileDeleted, this, &Application::forgetToken);
        connect(m_connectWindow, &QDialog::rejected, this, [this] {
            if (!m_session && !m_candidate) {
                QCoreApplication::quit(); // closed before any connection: nothing left to show
            }
        });
    }
    if (!profileId.isEmpty()) {
        m_connectWindow->selectProfile(profileId);
    }
    m_connectWindow->show();
    m_connectWindow->raise();
    m_connectWindow->activateWindow();
}

TokenStore *Application::storeFor(const Profile &profile) const
{
    switch (profile.secret) {
    case Profile::Secret::Keychain:
        return m_keychain.get();
    case Profile::Secret::File:
        return m_fileStore.get();
    case Profile::Secret::Session:
        return nullptr;
    }
    return nullptr;
}

bool Application::tokenAvailable(const Profile &profile) const
{
    return profile.demo || m_sessionTokens.contains(profile.id)
        || (profile.secret != Profile::Secret::Session && profile.lastUsed.isValid());
}

void Application::connectProfile(const Profile &chosen, const QByteArray &token, bool remember)
{
    Profile profile = chosen;
    if (m_session && m_session->window()->isBulkRunning()) {
        // A switch would end it unasked; the window's own close asks first.
        showConnectWindow(profile.id);
        m_connectWindow->setBusy(false);
        m_connectWindow->showMessage(tr("A bulk action is still running in %1: let it finish, or stop it, before "
                                        "connecting elsewhere.")
                                         .arg(m_session->profile().name),
            true);
        return;
    }
    if (profile.demo) {
        if (!m_demo) {
            m_demo = std::make_unique<DemoServer>(m_launch.demoResources);
            QString why;
            if (!m_demo->start(&why)) {
                m_demo.reset();
                const QString text = tr("The demo simulator could not start: %1").arg(why);
                printError(text);
                if (m_connectWindow) {
                    m_connectWindow->setBusy(false);
                    m_connectWindow->showMessage(text, true);
                }
                return;
            }
        }
        profile.serverRoot = m_demo->url();
        attempt(profile, sim::Simulator::staffToken(), false);
        return;
    }
    if (profile.isPlainHttpRemote() && !profile.plainHttpConsent) {
        showConnectWindow(profile.id);
        m_connectWindow->showMessage(tr("%1 is plain http: allow it for this profile first, or use https://.")
                                         .arg(profile.serverRoot.toString()),
            true);
        return;
    }
    if (!token.trimmed().isEmpty()) {
        attempt(profile, token.trimmed(), remember);
    } else if (m_sessionTokens.contains(profile.id)) {
        attempt(profile, m_sessionTokens.value(profile.id), false);
    } else {
        readToken(profile);
    }
}

void Application::readToken(const Profile &profile)
{
    TokenStore *store = storeFor(profile);
    if (!store) {
        showConnectWindow(profile.id);
        m_connectWindow->setBusy(false);
        m_connectWindow->showMessage(tr("Paste the token for %1.").arg(profile.name), false);
        return;
    }
    store->read(profile.id, this, [this, profile](const TokenStoreResult &result) {
        if (result.ok()) {
            attempt(profile, result.token, false);
            return;
        }
        showConnectWindow(profile.id);
        m_connectWindow->setBusy(false);
        if (result.status == TokenStoreResult::Status::NotFound) {
            m_connectWindow->showMessage(
                tr("No token is remembered for %1: paste it to connect.").arg(profile.name), false);
        } else {
            m_connectWindow->showMessage(
                tr("%1 Paste the token to connect; it is kept for this session.").arg(result.message), true);
        }
    });
}

void Application::attempt(const Profile &profile, const QByteArray &token, bool typed)
{
    m_candidate = std::make_unique<Session>(profile, token);
    if (!m_connectWindow || !m_connectWindow->isVisible()) {
        // A launch with a token at hand: the window and its first page go out at once, and a refused token
        // brings up the sign-in prompt there.
        adopt(profile, token, typed);
        return;
    }
    // From the profiles window: the address and token are checked first, so a typo is fixed where it was
    // typed, and the session in use stays until the new one works.
    m_connectWindow->setBusy(true);
    m_candidate->check([this, profile, token, typed](const Result<CurrentUser> &result) {
        if (result.ok()) {
            adopt(profile, token, typed);
        } else {
            failConnection(profile, result.error);
        }
    });
}

void Application::failConnection(const Profile &profile, const ApiError &error)
{
    // Not from inside its own client's callback: the candidate goes once the callback has returned.
    if (m_candidate) {
        m_candidate.release()->deleteLater();
    }
    showConnectWindow(profile.id);
    if (error.kind == ApiError::Kind::Tls && error.certificate) {
        m_connectWindow->showCertificateProblem(*error.certificate);
    } else {
        m_connectWindow->showError(error);
    }
}

void Application::adopt(const Profile &profile, const QByteArray &token, bool typed)
{
    delete m_signInPrompt; // it belonged to the session that goes
    // The session in use goes as a unit: its window (closed first, which saves its layout), its requests
    // (aborted; their callbacks never run) and its client. The new one is not touched while its own
    // callback runs.
    if (m_session) {
        m_session->window()->close();
    }
    m_session.reset();
    m_session = std::move(m_candidate);
    if (profile.demo || m_profiles->find(profile.id)) {
        m_profiles->markUsed(profile.id);
    }
    if (typed) {
        rememberToken(profile, token);
    }
    QString journalPath = Journal::defaultPath();
    if (profile.demo) {
        if (!m_demoJournal) {
            m_demoJournal = std::make_unique<QTemporaryDir>();
        }
        journalPath = m_demoJournal->filePath(QStringLiteral("journal.sqlite"));
    }
    m_session->open(journalPath, profile.demo);
    MainWindow *window = m_session->window();
    connect(m_session->client(), &ApiClient::signInRequired, this, &Application::askToSignIn);
    connect(window, &MainWindow::connectToRequested, this, [this] { showConnectWindow(m_session->profile().id); });
    connect(window, &MainWindow::signInRequested, this, [this] { askToSignIn({}); });
    if (!m_launch.screenshotPath.isEmpty()) {
        armScreenshot();
    }
    // The first page is on its way while the window lays out and paints for the first time.
    window->start();
    window->show();
    if (m_connectWindow) {
        m_connectWindow->setBusy(false);
        m_connectWindow->close();
    }
    Q_EMIT sessionChanged();
}

void Application::rememberToken(const Profile &profile, const QByteArray &token)
{
    m_sessionTokens.insert(profile.id, token);
    if (profile.demo || !m_profiles->find(profile.id)) {
        return; // the demo's, or a --url without a profile: for this run only
    }
    TokenStore *store = storeFor(profile);
    // Where the profile no longer keeps its token (it was unticked, or moved to the file), the old copy goes.
    for (TokenStore *other : { m_keychain.get(), m_fileStore.get() }) {
        if (other && other != store) {
            other->remove(profile.id, this, [](const TokenStoreResult &) {});
        }
    }
    if (!store) {
        return;
    }
    QPointer<MainWindow> window = m_session ? m_session->window() : nullptr;
    store->write(profile.id, token, this, [window](const TokenStoreResult &result) {
        if (!result.ok() && window) {
            window->statusBar()->showMessage(result.status == TokenStoreResult::Status::Unavailable
                    ? result.message // says already that the token is kept for this session
                    : tr("The token could not be remembered (%1); it is kept for this session only.")
                          .arg(result.message),
                20000);
        }
    });
}

void Application::forgetToken(const Profile &profile)
{
    m_sessionTokens.remove(profile.id);
    for (TokenStore *store : { m_keychain.get(), m_fileStore.get() }) {
        if (store) {
            store->remove(profile.id, this, [](const TokenStoreResult &) {});
        }
    }
}

void Application::askToSignIn(const ApiError &error)
{
    if (!m_session) {
        return;
    }
    if (m_signInPrompt && m_signInPrompt->isVisible()) {
        m_signInPrompt->raise();
        m_signInPrompt->activateWindow();
        return;
    }
    delete m_signInPrompt;
    MainWindow *window = m_session->window();
    if (error.isError()) {
        m_signInWhy = error.detail.isEmpty() ? error.message : error.detail;
    }
    const QString why = m_signInWhy.isEmpty() ? tr("sign-in was put off.") : m_signInWhy;
    const QString user = window->currentUser().username.isEmpty() ? tr("this session") : window->currentUser().username;
    m_signInPrompt = new SignInPrompt(m_session->profile(), user, why, window);
    m_signInPrompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signInPrompt, &SignInPrompt::tokenEntered, this, &Application::checkNewToken);
    connect(m_signInPrompt, &QDialog::rejected, this, [this] {
        m_signInPrompt->deleteLater();
        m_probe.reset();
        if (m_session) {
            m_session->client()->abandonSignIn();
            m_session->window()->showSignedOut(tr("Sign-in was cancelled."));
        }
    });
    m_signInPrompt->show();
    m_signInPrompt->raise();
    m_signInPrompt->activateWindow(); // typing goes to the token field at once
}

void Application::checkNewToken(const QByteArray &token, TokenKind kind)
{
    Profile profile = m_session->profile();
    profile.tokenKind = kind;
    m_probe = std::make_unique<Session>(profile, token);
    m_probe->check([this, profile, token, kind](const Result<CurrentUser> &result) {
        if (m_probe) {
            m_probe.release()->deleteLater(); // not from inside its own callback
        }
        if (!m_signInPrompt || !m_session) {
            return;
        }
        if (!result.ok()) {
            m_signInPrompt->showError(result.error.message);
            return;
        }
        const CurrentUser before = m_session->window()->currentUser();
        if (!before.uuid.isEmpty() && before.uuid != result.value.uuid) {
            m_signInPrompt->showError(tr("This token belongs to %1, not to %2. To work as %1, use File ▸ Connect "
                                         "to… instead.")
                                          .arg(result.value.username, before.username));
            return;
        }
        if (profile.tokenKind != m_session->profile().tokenKind && m_profiles->find(profile.id)) {
            m_profiles->save(profile);
        }
        rememberToken(profile, token);
        SignInPrompt *prompt = m_signInPrompt;
        m_signInPrompt = nullptr;
        prompt->accept();
        prompt->deleteLater();
        m_session->client()->renewToken(token, kind);
    });
}

void Application::armScreenshot()
{
    ResourceTableModel *model = m_session->window()->model();
    // Let the first rows lay out and paint before grabbing.
    connect(model, &ResourceTableModel::firstPageLoaded, this,
        [this] { QTimer::singleShot(300, this, [this] { saveScreenshot(0); }); });
    connect(model, &ResourceTableModel::errorOccurred, this,
        [this] { QTimer::singleShot(300, this, [this] { saveScreenshot(1); }); });
    QTimer::singleShot(kScreenshotTimeoutMs, this, [this] {
        printError(tr("Nothing was loaded within %1 seconds.").arg(kScreenshotTimeoutMs / 1000));
        saveScreenshot(1);
    });
}

void Application::setIconWhenShown()
{
    const auto apply = [this] {
        if (const auto make = std::exchange(m_iconSource, {})) {
            QApplication::setWindowIcon(make());
        }
    };
    ResourceTableModel *model = m_session ? m_session->window()->model() : nullptr;
    if (!m_iconSource || !model || !model->isLoading()) {
        apply();
        return;
    }
    // Not in the way of the repaint that the first page (or the failure) asks for, nor of the details pane's
    // first load that follows it.
    auto *once = new QObject(this);
    const auto later = [this, once, apply] {
        once->deleteLater();
        QTimer::singleShot(kIconAfterFirstPageMs, this, apply);
    };
    connect(model, &ResourceTableModel::firstPageLoaded, once, later);
    connect(model, &ResourceTableModel::errorOccurred, once, later);
    QTimer::singleShot(kIconAtTheLatestMs, once, later);
}

void Application::saveScreenshot(int exitCode)
{
    if (m_screenshotTaken || !m_session) {
        return;
    }
    m_screenshotTaken = true;
    if (!m_session->window()->grab().save(m_launch.screenshotPath, "PNG")) {
        printError(tr("Could not write the screenshot to \"%1\".").arg(m_launch.screenshotPath));
        exitCode = 1;
    }
    QCoreApplication::exit(exitCode);
}

} // namespace wpc
