// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"
#include "models/profiles/Profile.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace wpc {

class ConnectWindow;
class DemoServer;
class ProfileStore;
class Session;
class SignInPrompt;
class TokenStore;
struct ApiError;
struct TokenStoreResult;

// The composition root: reads the command line, keeps the profiles and the token stores, and builds one
// Session per connection. A new connection is checked in a session of its own; only once the server has
// said who the token belongs to does it replace the current one, as a unit. Owns them all for the life of
// the process.
class Application : public QObject
{
    Q_OBJECT

public:
    // settingsFile and tokenFolder: tests give their own; empty means the user's.
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Returns an exit code when the process should end now, or -1 to enter the event loop.
    int start(const LaunchOptions &options);
    // Where start() gets the application icon from. Making it decodes every size it has (a few ms), so a
    // launch straight into a session sets it kIconAfterFirstPageMs after the window's first page (or its
    // failure) arrived, when that page is on screen, or kIconAfterFirstPageMs after kIconAtTheLatestMs when
    // neither has come by then; any other launch at once.
    void setIconSource(std::function<QIcon()> icon)
    {
        m_iconSource = std::move(icon);
    }
    static constexpr int kIconAfterFirstPageMs = 100;
    static constexpr int kIconAtTheLatestMs = 1000;

    // For tests: the session in use and the one being checked.
    Session *session() const
    {
        return m_session.get();
    }
    ConnectWindow *connectWindow() const;
    SignInPrompt *signInPrompt() const;
    // Replaces the keychain (tests use a keychain of their own, or none).
    void setKeychain(std::unique_ptr<TokenStore> keychain);
    void setTokenFolder(const QString &folder);

    // Connects with the profile: with the token given, or the one remembered. A token given is kept as the
    // profile says once it works, unless it came from the command line (WALDUR_TOKEN is for that run).
    void connectProfile(const Profile &profile, const QByteArray &token, bool remember = true);
    void showConnectWindow(const QString &profileId = {});

Q_SIGNALS:
    // A session was checked and is now the one in use (tests wait for it).
    void sessionChanged();

private:
    void readToken(const Profile &profile);
    void attempt(const Profile &profile, const QByteArray &token, bool typed);
    void adopt(const Profile &profile, const QByteArray &token, bool typed);
    void failConnection(const Profile &profile, const ApiError &error);
    void rememberToken(const Profile &profile, const QByteArray &token);
    void forgetToken(const Profile &profile);
    TokenStore *storeFor(const Profile &profile) const;
    bool tokenAvailable(const Profile &profile) const;
    void probeKeychain();
    void askToSignIn(const ApiError &error);
    void checkNewToken(const QByteArray &token, TokenKind kind);
    void armScreenshot();
    void saveScreenshot(int exitCode);
    int startMode(const LaunchOptions &options);
    void setIconWhenShown();

    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_keychain;
    std::unique_ptr<TokenStore> m_fileStore;
    QHash<QString, QByteArray> m_sessionTokens; // profile id → token kept for this run only
    bool m_keychainAnswers = true; // until the probe says otherwise
    QString m_signInWhy; // what the server said when it stopped accepting the token
    QString m_keychainWhy;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<QTemporaryDir> m_demoJournal; // the demo's journal: it goes with the demo server
    std::unique_ptr<Session> m_session; // in use
    std::unique_ptr<Session> m_candidate; // being checked
    std::unique_ptr<Session> m_probe; // a new token being checked for the session in use
    QPointer<ConnectWindow> m_connectWindow;
    QPointer<SignInPrompt> m_signInPrompt;
    LaunchOptions m_launch;
    bool m_screenshotTaken = false;
    std::function<QIcon()> m_iconSource;
};

} // namespace wpc
