// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"
#include "models/api/Credentials.h"
#include "models/api/TlsPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;
class QSslError;

namespace wpc {

// The one connection to one Waldur server. It owns the rules every call follows: Token auth, a versioned
// User-Agent, a transfer timeout, redirects only within the same origin (so the token never leaves it),
// retries for idempotent GETs only, and one reply interpreter that turns every reply into ApiResponse or
// ApiError. Many calls may be in flight at once; each is bound to a context object and its handler never
// runs after that context is destroyed.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiResponse &response, const ApiError &error)>;
    // Turns a successful response into the caller's value (stored in response.decoded), or returns the error
    // that the reply breaks the contract with. For a large body it runs, with the JSON parse, on a worker
    // thread, so it must touch nothing but its argument.
    using Decoder = std::function<ApiError(ApiResponse &response)>;

    struct Options
    {
        int transferTimeoutMs = 30000;
        int maxGetRetries = 2;
        int retryBaseDelayMs = 400;
        TokenKind tokenKind = TokenKind::Token;
        // The user agreed, for this server, that the token may travel over plain http to a host that is not
        // this computer. Without it such a request is refused before anything is sent.
        bool plainHttpConsent = false;
        // What https connections trust beyond the system's authorities (a CA bundle, a pinned certificate).
        TlsPolicy tls;
    };

    // What a 401 does. Checking: the error goes to the caller (a new connection's first call). Pausing: the
    // client asks for a new token once (signInRequired), holds the GETs that got the 401 and those sent
    // meanwhile, and refuses changes without sending them; renewToken() sends the held GETs again,
    // abandonSignIn() fails them and refuses everything until renewToken().
    enum class SignIn { Checking, Pausing };
    enum class SignInState { SignedIn, Waiting, Abandoned };

    ApiClient(
        QNetworkAccessManager *network, const QUrl &serverRoot, const QByteArray &token, QObject *parent = nullptr);
    ApiClient(QNetworkAccessManager *network,
        const QUrl &serverRoot,
        const QByteArray &token,
        const Options &options,
        QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl serverRoot() const
    {
        return m_root;
    }
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    int inFlightCount() const
    {
        return m_inFlight;
    }

    // Opens a connection to the server (with the TLS handshake for https) ahead of the first request, so
    // that the first request does not pay for it. Sends nothing, the token least of all.
    void preconnect();

    void setSignInPolicy(SignIn policy)
    {
        m_signInPolicy = policy;
    }
    SignInState signInState() const
    {
        return m_signInState;
    }
    // A new token (from the sign-in prompt, already checked): held GETs go out again with it.
    void renewToken(const QByteArray &token, TokenKind kind);
    // The user declined to sign in again: held GETs fail with their 401, and so does every call until renewToken().
    void abandonSignIn();
    bool isLoopback() const;

    // Sends request; handler runs once, on the context's thread, unless context died first.
    void send(const ApiRequest &request, QObject *context, Handler handler, Decoder decoder = {});

    // Validates a user-typed server address: http(s), a host, no credentials/query/fragment. Returns the
    // normalised root ("https://host/") or an invalid URL with *why set to a translated reason.
    static QUrl normaliseServerUrl(const QString &text, QString *why);

Q_SIGNALS:
    // Emitted once per failing 401, so the UI can ask for a new token.
    void authenticationFailed(const wpc::ApiError &error);
    // Pausing policy only: the first 401 of a signed-in client; one more comes only after renewToken().
    void signInRequired(const wpc::ApiError &error);
    void signedIn();
    void signInAbandoned();
    void inFlightCountChanged(int count);

private:
    struct Call;
    void start(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void conclude(const std::shared_ptr<Call> &call,
        const QByteArray &retryAfter,
        const ApiResponse &response,
        const ApiError &error);
    void onRedirected(const std::shared_ptr<Call> &call, QNetworkReply *reply, const QUrl &target);
    void onSslErrors(const std::shared_ptr<Call> &call, QNetworkReply *reply, const QList<QSslError> &errors);
    void onContextDestroyed(const std::shared_ptr<Call> &call);
    void complete(std::shared_ptr<Call> call, const ApiResponse &response, const ApiError &error);
    int retryDelayMs(const Call &call, const QByteArray &retryAfter) const;
    bool isSameOrigin(const QUrl &url) const;
    void setInFlight(int count);
    void hold(const std::shared_ptr<Call> &call, const ApiError &error);
    void refuseSoon(const std::shared_ptr<Call> &call, const ApiError &error); // not sent; answered later
    ApiError refusalWhileSignedOut() const;

    QNetworkAccessManager *m_network;
    QUrl m_root;
    QByteArray m_authorization; // "Token <key>"; never logged
    QByteArray m_userAgent;
    Options m_options;
    QHash<const Call *, std::shared_ptr<Call>> m_calls; // owns every call until it completes
    int m_inFlight = 0;
    // Built once from m_options.tls for an https root; null for http, or when the CA bundle cannot be used:
    // then every call fails with m_tlsSetupError rather than quietly trusting less than the profile says.
    std::unique_ptr<QSslConfiguration> m_sslConfiguration;
    QString m_tlsSetupError;
    SignIn m_signInPolicy = SignIn::Checking;
    SignInState m_signInState = SignInState::SignedIn;
};

} // namespace wpc
