// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiClient.h"

#include "models/api/ReplyInterpreter.h"
#include "wpc/Version.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>
#include <cstring>

Q_LOGGING_CATEGORY(lcApi, "wpc.api")

namespace wpc {

namespace {
// The longest Retry-After still worth waiting for inside one call; beyond it the user should decide.
constexpr int kMaxRetryAfterMs = 60000;
constexpr int kMaxBackoffMs = 30000;
// Bodies from this size on (a list page of a few dozen rows) are parsed and decoded on a worker thread.
constexpr qsizetype kWorkerThresholdBytes = qsizetype(16) * 1024;

// One thread parses and decodes the large replies of every client, in the order they arrive. It decodes a
// page of 300 rows in a few milliseconds, far faster than a network brings them, and leaves the other cores
// to the GUI thread (and, in tests and benchmarks, to the simulator). It outlives the clients, so that a
// client destroyed while a reply decodes never waits for it.
class DecoderPool : public QThreadPool
{
public:
    DecoderPool()
    {
        setMaxThreadCount(1);
        setObjectName(QStringLiteral("wpc-decoder"));
    }
};
Q_GLOBAL_STATIC(DecoderPool, decoderPool)

struct Interpreted
{
    ApiResponse response;
    ApiError error;
};

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

// Every byte outside the unreserved set is percent-encoded, "+" above all: Django reads a bare "+" in a
// query as a space, which would turn a search for "c++" or an offset "+02:00" into something else.
QString encodeQuery(const QUrlQuery &query)
{
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty()) {
            encoded += '&';
        }
        encoded += QUrl::toPercentEncoding(key, ",:") + '=' + QUrl::toPercentEncoding(value, ",:");
    }
    return QString::fromLatin1(encoded);
}

// Qt 6.4 quietly sends a request again when its connection closes before the answer, POSTs included
// (later Qt versions check idempotence first). The re-send has to rewind the body; a body that cannot
// rewind turns it into ContentReSendError, so an action reaches the server at most once.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override
    {
        return true;
    }
    bool reset() override
    {
        return false;
    }
    bool seek(qint64) override
    {
        return false;
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool atEnd() const override
    {
        return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0;
    }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0) {
            return m_position >= m_data.size() ? -1 : 0;
        }
        std::memcpy(out, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

ApiError redirectRefused(const QUrl &target)
{
    ApiError error;
    error.kind = ApiError::Kind::Redirect;
    error.detail = originOf(target);
    error.message = QCoreApplication::translate("wpc::ApiClient",
        "The server redirected the request to another site (%1). The request was stopped and the "
        "API token was not sent there.")
                        .arg(error.detail);
    return error;
}
} // namespace

struct ApiClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    Handler handler;
    Decoder decoder;
    QNetworkReply *reply = nullptr;
    QUrl url; // as sent; the reply's URL changes when a redirect is followed
    QMetaObject::Connection contextWatch;
    QElapsedTimer elapsed;
    int attempts = 0;
    bool done = false;
    bool held = false; // waiting for a new token; not on the wire
    ApiError heldError; // the 401 it got, or the refusal it would get

    QUrl refusedRedirect;
    std::shared_ptr<const CertificateProblem> certificateProblem; // why this attempt's handshake was refused
    qint64 bodyCutAt = -1; // this attempt's body passed Limits::kMaxBodyBytes; reading stopped there
};

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &serverRoot, const QByteArray &token, QObject *parent)
    : ApiClient(network, serverRoot, token, Options(), parent)
{
}

ApiClient::ApiClient(QNetworkAccessManager *network,
    const QUrl &serverRoot,
    const QByteArray &token,
    const Options &options,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_root(serverRoot)
    , m_userAgent(QByteArray(kExecutableName) + '/' + kVersion + " Qt/" + qVersion())
    , m_options(options)
{
    if (!m_root.path().endsWith(QLatin1Char('/'))) {
        m_root.setPath(m_root.path() + QLatin1Char('/'));
    }
    m_authorization = authorizationHeader(options.tokenKind, token);

    // Only for https: reading the default configuration loads the TLS library, which plain http (the demo)
    // does not need.
    if (m_root.scheme() == QLatin1StringView("https")) {
        auto ssl = std::make_unique<QSslConfiguration>();
        if (Tls::makeConfiguration(m_options.tls, ssl.get(), &m_tlsSetupError)) {
            m_sslConfiguration = std::move(ssl);
        } else {
            qCWarning(lcApi).noquote() << m_tlsSetupError;
        }
    }
}

ApiClient::~ApiClient()
{
    // Handlers must not run into a half-destroyed client; replies belong to the network manager and are
    // aborted so they do not finish into nothing.
    const auto calls = m_calls;
    m_calls.clear();
    for (const std::shared_ptr<Call> &call : calls) {
        call->done = true;
        disconnect(call->contextWatch);
        if (QNetworkReply *reply = std::exchange(call->reply, nullptr)) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_root.resolved(QUrl(path));
    if (!query.isEmpty()) {
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    }
    return url;
}

bool ApiClient::isSameOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_root.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_root.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1StringView("https") ? 443 : 80)
        == m_root.port(m_root.scheme() == QLatin1StringView("https") ? 443 : 80);
}

void ApiClient::preconnect()
{
    if (m_root.scheme() == QLatin1StringView("https")) {
        if (m_sslConfiguration) { // without it every call fails anyway
            m_network->connectToHostEncrypted(m_root.host(), quint16(m_root.port(443)), *m_sslConfiguration);
        }
    } else {
        m_network->connectToHost(m_root.host(), quint16(m_root.port(80)));
    }
}

void ApiClient::send(const ApiRequest &request, QObject *context, Handler handler, Decoder decoder)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context ? context : this;
    call->handler = std::move(handler);
    call->decoder = std::move(decoder);
    const std::weak_ptr<Call> weak = call;
    call->contextWatch = connect(call->context.data(), &QObject::destroyed, this, [this, weak] {
        if (const auto locked = weak.lock()) {
            onContextDestroyed(locked);
        }
    });
    m_calls.insert(call.get(), call);
    setInFlight(int(m_calls.size()));
    if (m_signInState == SignInState::SignedIn) {
        start(call);
    } else if (m_signInState == SignInState::Waiting && call->request.isIdempotent()) {
        hold(call, refusalWhileSignedOut());
    } else {
        // A change is never queued behind a sign-in: the user presses OK again once signed in.
        refuseSoon(call, refusalWhileSignedOut());
    }
}

void ApiClient::refuseSoon(const std::shared_ptr<Call> &call, const ApiError &error)
{
    // Handlers always run later, never inside send().
    const std::weak_ptr<Call> weak = call;
    QTimer::singleShot(0, this, [this, weak, error] {
        if (const auto locked = weak.lock(); locked && !locked->done) {
            complete(locked, {}, error);
        }
    });
}

bool ApiClient::isLoopback() const
{
    return isLoopbackHost(m_root.host());
}

ApiError ApiClient::refusalWhileSignedOut() const
{
    ApiError error;
    error.kind = ApiError::Kind::Unauthorized;
    error.httpStatus = 401;
    error.requestMayHaveArrived = false;
    error.message = QCoreApplication::translate(
        "wpc::ApiClient", "Not sent: the server no longer accepts the token. Sign in again, then try once more.");
    return error;
}

void ApiClient::hold(const std::shared_ptr<Call> &call, const ApiError &error)
{
    call->held = true;
    call->heldError = error;
    qCDebug(lcApi).noquote() << "holding" << ApiRequest::methodName(call->request.method) << call->request.path
                             << "until sign-in";
}

void ApiClient::renewToken(const QByteArray &token, TokenKind kind)
{
    m_authorization = authorizationHeader(kind, token);
    m_options.tokenKind = kind;
    m_signInState = SignInState::SignedIn;
    const auto calls = m_calls;
    for (const std::shared_ptr<Call> &call : calls) {
        if (call->held && !call->done) {
            call->held = false;
            start(call);
        }
    }
    Q_EMIT signedIn();
}

void ApiClient::abandonSignIn()
{
    if (m_signInState == SignInState::SignedIn) {
        return;
    }
    m_signInState = SignInState::Abandoned;
    QList<std::shared_ptr<Call>> held;
    for (const std::shared_ptr<Call> &call : std::as_const(m_calls)) {
        if (call->held && !call->done) {
            held.append(call);
        }
    }
    for (const std::shared_ptr<Call> &call : std::as_const(held)) {
        if (!call->done) { // an earlier handler may have destroyed this one's context
            call->held = false;
            complete(call, {}, call->heldError);
        }
    }
    Q_EMIT signInAbandoned();
}

void ApiClient::start(const std::shared_ptr<Call> &call)
{
    const ApiRequest &request = call->request;
    const QUrl url = urlFor(request.path, request.query);
    if (!isSameOrigin(url)) {
        // Only relative paths belong here; an absolute URL elsewhere would carry the token away.
        refuseSoon(call, redirectRefused(url));
        return;
    }

    if (!m_sslConfiguration && url.scheme() == QLatin1StringView("https")) {
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.requestMayHaveArrived = false;
        error.message = m_tlsSetupError;
        refuseSoon(call, error);
        return;
    }

    const bool plainRemote = url.scheme() == QLatin1StringView("http") && !isLoopback();
    if (plainRemote && !m_authorization.isEmpty() && !m_options.plainHttpConsent) {
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.requestMayHaveArrived = false;
        error.message = QCoreApplication::translate("wpc::ApiClient",
            "Not sent: the address is plain http://, so the token would travel unencrypted to %1. Use https://, "
            "or allow plain http for this profile.")
                            .arg(url.host());
        refuseSoon(call, error);
        return;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader(
        "Accept", request.accept == ApiRequest::Accept::Json ? "application/json" : "text/plain, */*");
    networkRequest.setRawHeader("User-Agent", m_userAgent);
    if (!m_authorization.isEmpty()) {
        networkRequest.setRawHeader("Authorization", m_authorization);
    }
    networkRequest.setTransferTimeout(m_options.transferTimeoutMs);
    if (m_sslConfiguration) {
        networkRequest.setSslConfiguration(*m_sslConfiguration);
    }
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);

    QIODevice *body = nullptr;
    if (!request.isIdempotent()) {
        const QByteArray data = request.body ? request.body->toJson(QJsonDocument::Compact) : QByteArray();
        // Also for empty bodies: DRF parses an empty JSON body as no data, and Qt warns without a type.
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // The at-most-once guarantee above is proven (tst_apiclient) for Qt's HTTP/1.1 path; actions stay on it.
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        body = new OneShotBody(data);
    }

    QNetworkReply *reply = nullptr;
    switch (request.method) {
    case ApiRequest::Method::Get:
        reply = m_network->get(networkRequest);
        break;
    case ApiRequest::Method::Head:
        reply = m_network->head(networkRequest);
        break;
    case ApiRequest::Method::Post:
        reply = m_network->post(networkRequest, body);
        break;
    case ApiRequest::Method::Put:
        reply = m_network->put(networkRequest, body);
        break;
    case ApiRequest::Method::Patch:
        reply = m_network->sendCustomRequest(networkRequest, "PATCH", body);
        break;
    }
    if (body) {
        body->setParent(reply); // Qt reads it for as long as the reply lives
    }
    call->reply = reply;
    call->url = url;
    call->certificateProblem.reset();
    call->bodyCutAt = -1;
    ++call->attempts;
    call->elapsed.start();
    qCDebug(lcApi).noquote() << ApiRequest::methodName(request.method) << url.toDisplayString() << "attempt"
                             << call->attempts;

    const std::weak_ptr<Call> weak = call;
    connect(reply, &QNetworkReply::redirected, this, [this, weak, reply](const QUrl &target) {
        if (const auto locked = weak.lock()) {
            onRedirected(locked, reply, target);
        }
    });
    // A body past the limit, announced or received, is not read further: memory stays bounded.
    connect(reply, &QNetworkReply::downloadProgress, this, [weak, reply](qint64 received, qint64 total) {
        const qint64 size = std::max(received, total);
        if (const auto locked = weak.lock(); locked && size > Limits::kMaxBodyBytes && locked->bodyCutAt < 0) {
            locked->bodyCutAt = size;
            reply->abort();
        }
    });
    // Direct: the errors must be ignored (or not) before the slot returns.
    connect(reply, &QNetworkReply::sslErrors, this, [this, weak, reply](const QList<QSslError> &errors) {
        if (const auto locked = weak.lock()) {
            onSslErrors(locked, reply, errors);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, weak, reply] {
        if (const auto locked = weak.lock()) {
            finish(locked, reply);
        } else {
            reply->deleteLater();
        }
    });
}

void ApiClient::onSslErrors(const std::shared_ptr<Call> &call, QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (qsizetype i = 0; peer.isNull() && i < errors.size(); ++i) {
        peer = errors.at(i).certificate();
    }
    const QString host = call->url.host();
    if (Tls::isPinned(m_options.tls, peer)) {
        qCDebug(lcApi).noquote() << "accepting the certificate pinned for" << host;
        reply->ignoreSslErrors(errors);
        return;
    }
    auto problem = std::make_shared<CertificateProblem>(Tls::describe(m_options.tls, errors, peer, host));
    qCWarning(lcApi).noquote() << "refused the certificate of" << host << "sha256" << problem->sha256 << '-'
                               << problem->sentences().join(QLatin1Char(' '));
    call->certificateProblem = std::move(problem);
}

void ApiClient::onRedirected(const std::shared_ptr<Call> &call, QNetworkReply *reply, const QUrl &target)
{
    const QUrl resolved = reply->url().resolved(target);
    if (isSameOrigin(resolved)) {
        qCDebug(lcApi).noquote() << "following redirect to" << resolved.toDisplayString();
        Q_EMIT reply->redirectAllowed();
        return;
    }
    qCWarning(lcApi).noquote() << "refused a redirect to another origin:" << originOf(resolved);
    call->refusedRedirect = resolved;
    reply->abort();
}

void ApiClient::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->done || call->reply != reply) {
        return;
    }
    call->reply = nullptr;

    RawReply raw = RawReply::fromReply(reply, call->request.accept);
    const QByteArray retryAfter = raw.retryAfterHeader;
    if (call->refusedRedirect.isValid()) {
        conclude(call, retryAfter, {}, redirectRefused(call->refusedRedirect));
        return;
    }
    if (call->bodyCutAt >= 0) { // aborted here, not by the network: the interpreter names the limit
        raw.networkError = QNetworkReply::NoError;
        raw.bodyCutAt = call->bodyCutAt;
    }
    // Nothing else aborts a live reply: a cancellation here is Qt's transfer timeout.
    raw.timedOut = raw.networkError == QNetworkReply::OperationCanceledError;
    // Qt gives up on a 307/308 whose body cannot be sent again before asking us; name the target all the
    // same, so that a redirect off the origin reads as one.
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    const QUrl offOrigin
        = location.isValid() && !isSameOrigin(call->url.resolved(location)) ? call->url.resolved(location) : QUrl();

    const bool onWorker = raw.body.size() >= kWorkerThresholdBytes;
    auto interpret = [raw = std::move(raw), decoder = call->decoder, offOrigin] {
        Interpreted out;
        out.error = ReplyInterpreter::interpret(raw, &out.response);
        if (out.error.kind == ApiError::Kind::Redirect && offOrigin.isValid()) {
            out.error = redirectRefused(offOrigin);
        } else if (!out.error.isError() && decoder) {
            out.error = decoder(out.response);
        }
        return out;
    };
    if (!onWorker) {
        const Interpreted out = interpret();
        conclude(call, retryAfter, out.response, out.error);
        return;
    }
    // A large page is parsed while the GUI thread paints and the next page downloads. The call stays in
    // m_calls meanwhile, so a destroyed context still cancels it; the watcher is the client's child, so a
    // destroyed client drops the result. (QFuture::then with a context asserts in Qt 6.4 once it is gone.)
    const std::weak_ptr<Call> weak = call;
    auto *watcher = new QFutureWatcher<Interpreted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, weak, watcher, retryAfter] {
        watcher->deleteLater();
        if (const auto locked = weak.lock(); locked && !locked->done) {
            const Interpreted out = watcher->result();
            conclude(locked, retryAfter, out.response, out.error);
        }
    });
    watcher->setFuture(QtConcurrent::run(static_cast<QThreadPool *>(decoderPool()), std::move(interpret)));
}

void ApiClient::conclude(
    const std::shared_ptr<Call> &call, const QByteArray &retryAfter, const ApiResponse &response, const ApiError &error)
{
    qCDebug(lcApi).noquote() << ApiRequest::methodName(call->request.method) << call->url.toDisplayString()
                             << (error.isError() ? error.httpStatus : response.httpStatus)
                             << ApiError::kindName(error.kind) << call->elapsed.elapsed() << "ms";

    if (error.isError() && call->request.isIdempotent() && error.isTransient()
        && call->attempts <= m_options.maxGetRetries) {
        const int delay = retryDelayMs(*call, retryAfter);
        if (delay >= 0) {
            qCInfo(lcApi).noquote() << "retrying" << call->url.toDisplayString() << "in" << delay << "ms after"
                                    << ApiError::kindName(error.kind);
            const std::weak_ptr<Call> weak = call;
            QTimer::singleShot(delay, this, [this, weak] {
                if (const auto locked = weak.lock(); locked && !locked->done) {
                    start(locked);
                }
            });
            return;
        }
    }
    ApiError told = error;
    if (told.isError()) {
        told.retryAfterMs = ReplyInterpreter::retryAfterMs(retryAfter);
    }
    if (told.kind == ApiError::Kind::Tls && call->certificateProblem) {
        told.certificate = call->certificateProblem;
        told.message = call->certificateProblem->headline();
    }
    complete(call, response, told);
}

int ApiClient::retryDelayMs(const Call &call, const QByteArray &retryAfter) const
{
    const int asked = ReplyInterpreter::retryAfterMs(retryAfter);
    if (asked > kMaxRetryAfterMs) {
        return -1;
    }
    if (asked >= 0) {
        return asked;
    }
    const qint64 backoff = qint64(m_options.retryBaseDelayMs) << std::min(call.attempts - 1, 16);
    return int(std::min<qint64>(backoff, kMaxBackoffMs));
}

void ApiClient::onContextDestroyed(const std::shared_ptr<Call> &call)
{
    if (call->done) {
        return;
    }
    call->done = true;
    if (QNetworkReply *reply = std::exchange(call->reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_calls.remove(call.get());
    setInFlight(int(m_calls.size()));
}

void ApiClient::complete(std::shared_ptr<Call> call, const ApiResponse &response, const ApiError &answer)
{
    ApiError error = answer;
    const bool answered401 = error.kind == ApiError::Kind::Unauthorized && error.requestMayHaveArrived;
    if (answered401 && m_signInPolicy == SignIn::Pausing && m_signInState != SignInState::Abandoned) {
        const bool first = m_signInState == SignInState::SignedIn;
        m_signInState = SignInState::Waiting;
        if (call->request.isIdempotent()) {
            hold(call, error);
        } else {
            // Authentication comes before anything else on the server, so the change was not applied.
            error.message += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "wpc::ApiClient", "Nothing was changed. Sign in again, then try once more.");
        }
        if (first) {
            Q_EMIT signInRequired(error);
        }
        if (call->request.isIdempotent()) {
            return;
        }
    }
    call->done = true;
    disconnect(call->contextWatch);
    m_calls.remove(call.get());
    setInFlight(int(m_calls.size()));
    if (error.kind == ApiError::Kind::Unauthorized) {
        Q_EMIT authenticationFailed(error);
    }
    if (call->context) {
        // Last statement: the handler may delete this client.
        call->handler(response, error);
    }
}

void ApiClient::setInFlight(int count)
{
    if (count == m_inFlight) {
        return;
    }
    m_inFlight = count;
    Q_EMIT inFlightCountChanged(count);
}

QUrl ApiClient::normaliseServerUrl(const QString &text, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why) {
            *why = reason;
        }
        return QUrl();
    };
    QString input = text.trimmed();
    if (input.isEmpty()) {
        return fail(QCoreApplication::translate("wpc::ApiClient", "Enter the address of the Waldur server."));
    }
    if (!input.contains(QLatin1StringView("://"))) {
        input.prepend(QLatin1StringView("https://"));
    }
    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(
            QCoreApplication::translate("wpc::ApiClient", "\"%1\" is not a valid address.").arg(text.trimmed()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")) {
        return fail(
            QCoreApplication::translate("wpc::ApiClient", "The address must start with https:// or http://, not %1://.")
                .arg(url.scheme()));
    }
    if (url.host().isEmpty()) {
        return fail(QCoreApplication::translate("wpc::ApiClient", "The address has no host name."));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(QCoreApplication::translate(
            "wpc::ApiClient", "The address must not contain a user name or password; sign in with an API token."));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return fail(QCoreApplication::translate(
            "wpc::ApiClient", "The address must not contain a query (?) or a fragment (#)."));
    }
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    // People paste the API root they see in the docs; the console wants the server root above it.
    if (path.endsWith(QLatin1StringView("/api/"))) {
        path.chop(4);
    }
    url.setScheme(scheme);
    url.setPath(path);
    if (why) {
        why->clear();
    }
    return url;
}

} // namespace wpc
