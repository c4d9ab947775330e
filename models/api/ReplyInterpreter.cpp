// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ReplyInterpreter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace wpc {

namespace {
constexpr qsizetype kMaxFieldErrors = 100; // fields named, and messages kept for each
constexpr qsizetype kMaxDetailChars = 2000;

bool isTransportError(const RawReply &raw)
{
    // A refused re-send after a 307/308 is a redirect that was not followed; otherwise a dropped connection.
    if (raw.networkError == QNetworkReply::ContentReSendError) {
        return raw.httpStatus < 300 || raw.httpStatus >= 400;
    }
    // Qt numbers connection-level errors below 100 and proxy errors below 200; the rest derive from an
    // HTTP status and are handled by looking at that status.
    return raw.networkError > QNetworkReply::NoError && raw.networkError < QNetworkReply::ContentAccessDenied;
}

bool looksLikeMarkup(const RawReply &raw)
{
    if (raw.contentType.toLower().contains("html")) {
        return true;
    }
    return raw.body.left(64).trimmed().startsWith('<');
}

QString serverName(const QUrl &url)
{
    if (url.host().isEmpty()) {
        return QCoreApplication::translate("wpc::ReplyInterpreter", "the server");
    }
    return url.port() >= 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

// At most `max` UTF-16 units, the last of them an ellipsis when text was cut; never half of a character
// outside the BMP (an emoji, or what &#128512; decodes to).
QString elided(const QString &text, qsizetype max)
{
    if (text.size() <= max) {
        return text;
    }
    qsizetype keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) {
        --keep;
    }
    return text.left(keep) + QChar(0x2026);
}

QString plainText(const QByteArray &body)
{
    return elided(QString::fromUtf8(body).simplified(), 300);
}

// Text that ends like a sentence: a full stop added unless it already ends with one (or ? or !).
QString sentence(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('?'))
        || trimmed.endsWith(QLatin1Char('!'))) {
        return trimmed;
    }
    return trimmed + QLatin1Char('.');
}

ApiError transportError(const RawReply &raw)
{
    ApiError e;
    e.requestId = QString::fromLatin1(raw.requestIdHeader);
    const QString server = serverName(raw.url);
    switch (raw.networkError) {
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        e.message = QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The server did not answer in time. Check the connection and try again.");
        return e;
    case QNetworkReply::OperationCanceledError:
        // Qt reports an expired transfer timeout as a cancellation; the client tells the two apart.
        if (raw.timedOut) {
            e.kind = ApiError::Kind::Timeout;
            e.message = QCoreApplication::translate(
                "wpc::ReplyInterpreter", "The server did not answer in time. Check the connection and try again.");
        } else {
            e.kind = ApiError::Kind::Cancelled;
            e.message = QCoreApplication::translate("wpc::ReplyInterpreter", "The request was cancelled.");
        }
        return e;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::Tls;
        e.requestMayHaveArrived = false; // the handshake comes before the request
        e.message = QCoreApplication::translate(
            "wpc::ReplyInterpreter", "A secure connection to %1 could not be established: %2")
                        .arg(server, raw.networkErrorString);
        return e;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // the client refused to send an action twice after a drop
        e.kind = ApiError::Kind::Network;
        e.message = QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The connection to the server was closed before it answered.");
        return e;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = ApiError::Kind::Redirect;
        e.message = QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The server redirected the request in a way that is not followed: %1")
                        .arg(raw.networkErrorString);
        return e;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.kind = ApiError::Kind::Network;
        e.requestMayHaveArrived = false; // no connection, so nothing was sent
        e.message = QCoreApplication::translate("wpc::ReplyInterpreter", "Could not connect to %1: %2")
                        .arg(server, raw.networkErrorString);
        return e;
    default:
        e.kind = ApiError::Kind::Network;
        e.message = QCoreApplication::translate("wpc::ReplyInterpreter", "Could not connect to %1: %2")
                        .arg(server, raw.networkErrorString);
        return e;
    }
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    default:
        return status >= 300 && status < 400 ? ApiError::Kind::Redirect : ApiError::Kind::Server;
    }
}

QString statusMessage(const ApiError &e)
{
    const QString status = QString::number(e.httpStatus);
    switch (e.kind) {
    case ApiError::Kind::Validation:
        if (!e.detail.isEmpty()) {
            return QCoreApplication::translate("wpc::ReplyInterpreter", "The server rejected the request: %1")
                .arg(e.detail);
        }
        if (!e.fieldErrors.isEmpty()) {
            return QCoreApplication::translate("wpc::ReplyInterpreter", "The server rejected the request: %1")
                .arg(e.fieldErrorLines().join(QStringLiteral("; ")));
        }
        return QCoreApplication::translate("wpc::ReplyInterpreter", "The server rejected the request as invalid.");
    case ApiError::Kind::Unauthorized:
        // The server's own words end with their own full stop ("Invalid token."); where to fix the token
        // depends on where the user is, so the caller says that.
        if (!e.detail.isEmpty()) {
            return QCoreApplication::translate("wpc::ReplyInterpreter", "The server did not accept the API token: %1")
                .arg(sentence(e.detail));
        }
        return QCoreApplication::translate("wpc::ReplyInterpreter", "The server did not accept the API token.");
    case ApiError::Kind::Forbidden:
        if (!e.detail.isEmpty()) {
            return QCoreApplication::translate("wpc::ReplyInterpreter", "You do not have permission to do this: %1")
                .arg(e.detail);
        }
        return QCoreApplication::translate("wpc::ReplyInterpreter", "You do not have permission to do this.");
    case ApiError::Kind::NotFound:
        return QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The resource was not found; it may have been deleted.");
    case ApiError::Kind::Conflict:
        if (!e.detail.isEmpty()) {
            return QCoreApplication::translate(
                "wpc::ReplyInterpreter", "The server refused the action in the resource's current state: %1")
                .arg(e.detail);
        }
        return QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The server refused the action in the resource's current state.");
    case ApiError::Kind::Redirect:
        return QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The server answered with a redirect (HTTP %1) that was not followed.")
            .arg(status);
    default:
        break;
    }
    if (e.httpStatus == 429) {
        return e.detail.isEmpty() ? QCoreApplication::translate(
                   "wpc::ReplyInterpreter", "The server asked to slow down (HTTP 429); nothing was changed.")
                                  : QCoreApplication::translate("wpc::ReplyInterpreter",
                                      "The server asked to slow down (HTTP 429); nothing was changed: %1")
                                        .arg(e.detail);
    }
    if (e.httpStatus >= 500) {
        if (!e.detail.isEmpty()) {
            return QCoreApplication::translate(
                "wpc::ReplyInterpreter", "The server failed while handling the request (HTTP %1): %2")
                .arg(status, e.detail);
        }
        return QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The server failed while handling the request (HTTP %1).")
            .arg(status);
    }
    if (!e.detail.isEmpty()) {
        return QCoreApplication::translate(
            "wpc::ReplyInterpreter", "The server answered with the unexpected status HTTP %1: %2")
            .arg(status, e.detail);
    }
    return QCoreApplication::translate(
        "wpc::ReplyInterpreter", "The server answered with the unexpected status HTTP %1.")
        .arg(status);
}

QString pageMessage(int status, const QString &title)
{
    if (title.isEmpty()) {
        return QCoreApplication::translate("wpc::ReplyInterpreter",
            "The server answered with a web page instead of data (HTTP %1). A proxy or gateway in front "
            "of Waldur may be failing.")
            .arg(status);
    }
    return QCoreApplication::translate("wpc::ReplyInterpreter",
        "The server answered with a web page instead of data (HTTP %1, \"%2\"). A proxy or gateway in "
        "front of Waldur may be failing.")
        .arg(QString::number(status), title);
}

void appendDetail(QString *detail, const QString &text)
{
    if (text.isEmpty() || detail->size() >= kMaxDetailChars) {
        return;
    }
    if (!detail->isEmpty()) {
        detail->append(QLatin1Char(' '));
    }
    detail->append(text);
    *detail = elided(*detail, kMaxDetailChars);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

// DRF nests serializer errors like the data: {"project": {"url": ["…"]}}, lists of child errors
// {"report": [{}, {"header": ["…"]}]}. Flattened to "project.url" and "report.1.header".
void addFieldError(const QString &path, const QString &text, QHash<QString, QStringList> *fields)
{
    if (fields->size() >= kMaxFieldErrors && !fields->contains(path)) {
        return;
    }
    if (QStringList &messages = (*fields)[path]; messages.size() < kMaxFieldErrors) {
        messages.append(text);
    }
}

void flattenField(const QJsonValue &value, const QString &path, QHash<QString, QStringList> *fields)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const bool general = it.key() == QLatin1StringView("non_field_errors");
            flattenField(it.value(), general ? path : path + QLatin1Char('.') + it.key(), fields);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (element.isObject() || element.isArray()) {
                flattenField(element, path + QLatin1Char('.') + QString::number(i), fields);
            } else if (const QString text = scalarText(element); !text.isEmpty()) {
                addFieldError(path, text, fields);
            }
        }
    } else if (const QString text = scalarText(value); !text.isEmpty()) {
        addFieldError(path, text, fields);
    }
}

QString joinedStrings(const QJsonValue &value)
{
    if (!value.isArray()) {
        return scalarText(value);
    }
    QStringList parts;
    for (const QJsonValue element : value.toArray()) {
        if (const QString text = scalarText(element); !text.isEmpty()) {
            parts.append(text);
        }
    }
    return parts.join(QLatin1Char(' '));
}

// One pass: each entity is replaced once, and what a replacement produces is not read again.
QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:#(\\d{1,7})|(lt|gt|quot|nbsp|amp));"));
    QString decoded;
    decoded.reserve(text.size());
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        decoded.append(QStringView(text).mid(copied, match.capturedStart() - copied));
        copied = match.capturedEnd();
        if (match.capturedLength(1) > 0) {
            const char32_t codePoint = match.captured(1).toUInt();
            const bool valid = codePoint > 0 && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
            decoded.append(valid ? QString::fromUcs4(&codePoint, 1) : QString(QChar::ReplacementCharacter));
            continue;
        }
        const QStringView name = match.capturedView(2);
        decoded.append(name == u"lt" ? u'<'
                : name == u"gt"      ? u'>'
                : name == u"quot"    ? u'"'
                : name == u"nbsp"    ? u' '
                                     : u'&');
    }
    decoded.append(QStringView(text).mid(copied));
    return decoded;
}

ApiError limitError(const RawReply &raw, const QString &what)
{
    ApiError e;
    e.kind = ApiError::Kind::Protocol;
    e.httpStatus = raw.httpStatus;
    e.detail = what;
    e.message = QCoreApplication::translate("wpc::ReplyInterpreter", "The server's reply was not read: %1").arg(what);
    return e;
}

// The first header the client reads that is longer than Limits::kMaxHeaderBytes, named; or an empty string.
QString headerProblem(const RawReply &raw)
{
    const std::pair<const char *, const QByteArray *> headers[] = {
        { "Link", &raw.linkHeader },
        { "X-Result-Count", &raw.resultCountHeader },
        { "Retry-After", &raw.retryAfterHeader },
        { "X-Request-ID", &raw.requestIdHeader },
        { "Content-Type", &raw.contentType },
    };
    for (const auto &[name, value] : headers) {
        if (value->size() > Limits::kMaxHeaderBytes) {
            return QCoreApplication::translate(
                "wpc::ReplyInterpreter", "its %1 header is %2 bytes long, and at most %3 are accepted")
                .arg(QLatin1StringView(name), QString::number(value->size()), QString::number(Limits::kMaxHeaderBytes));
        }
    }
    return {};
}

QString bodyProblem(const RawReply &raw)
{
    const qint64 size = std::max<qint64>(raw.bodyCutAt, raw.body.size());
    if (raw.bodyCutAt < 0 && size <= Limits::kMaxBodyBytes) {
        return {};
    }
    return QCoreApplication::translate("wpc::ReplyInterpreter", "it is larger than %1 MiB (%2 bytes sent or announced)")
        .arg(QString::number(Limits::kMaxBodyBytes / (1024 * 1024)), QString::number(size));
}
} // namespace

RawReply RawReply::fromReply(QNetworkReply *reply, ApiRequest::Accept accept)
{
    RawReply raw;
    raw.networkError = reply->error();
    raw.networkErrorString = reply->errorString();
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.contentType = reply->rawHeader("Content-Type");
    raw.linkHeader = reply->rawHeader("Link");
    raw.resultCountHeader = reply->rawHeader("X-Result-Count");
    raw.requestIdHeader = reply->rawHeader("X-Request-ID");
    raw.retryAfterHeader = reply->rawHeader("Retry-After");
    if (reply->isOpen()) { // an aborted reply is closed, and reading it only warns
        raw.body = reply->readAll();
    }
    raw.url = reply->url();
    raw.accept = accept;
    return raw;
}

namespace ReplyInterpreter {

int retryAfterMs(const QByteArray &retryAfter)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, INT_MAX / 1000) * 1000);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return when.isValid() ? int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, INT_MAX)) : -1;
}

QString jsonShapeProblem(const QByteArray &json)
{
    int depth = 0;
    qsizetype containers = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > Limits::kMaxNestingDepth) {
                return QCoreApplication::translate("wpc::ReplyInterpreter", "its JSON is nested deeper than %1 levels")
                    .arg(Limits::kMaxNestingDepth);
            }
            if (++containers > Limits::kMaxJsonContainers) {
                return QCoreApplication::translate(
                    "wpc::ReplyInterpreter", "its JSON holds more than %1 objects and arrays")
                    .arg(QLocale::system().toString(qlonglong(Limits::kMaxJsonContainers)));
            }
            break;
        case '}':
        case ']':
            depth = std::max(0, depth - 1); // unbalanced input is the parser's to report
            break;
        default:
            break;
        }
    }
    return {};
}

void parseDrfErrorBody(const QJsonDocument &body, QString *detail, QHash<QString, QStringList> *fieldErrors)
{
    if (body.isArray()) {
        // ValidationError("text") raised in a view renders as a bare list.
        const QJsonArray array = body.array();
        for (const QJsonValue element : array) {
            if (element.isObject()) {
                parseDrfErrorBody(QJsonDocument(element.toObject()), detail, fieldErrors);
            } else {
                appendDetail(detail, scalarText(element));
            }
        }
        return;
    }
    const QJsonObject object = body.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("detail") || key == QLatin1StringView("error_message")
            || key == QLatin1StringView("non_field_errors")) {
            appendDetail(detail, joinedStrings(it.value()));
        } else {
            flattenField(it.value(), key, fieldErrors);
        }
    }
}

QString htmlTitle(const QByteArray &html)
{
    const QString text = QString::fromUtf8(html.left(qsizetype(64) * 1024));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QRegularExpressionMatch match = title.match(text);
    if (!match.hasMatch() || match.captured(1).trimmed().isEmpty()) {
        match = heading.match(text);
    }
    if (!match.hasMatch()) {
        return {};
    }
    return elided(decodeEntities(match.captured(1).remove(tags)).simplified(), 120);
}

ApiError interpret(const RawReply &raw, ApiResponse *response)
{
    if (isTransportError(raw) || raw.httpStatus == 0) {
        return transportError(raw);
    }
    if (const QString problem = headerProblem(raw); !problem.isEmpty()) {
        return limitError(raw, problem);
    }
    if (const QString problem = bodyProblem(raw); !problem.isEmpty()) {
        return limitError(raw, problem);
    }

    if (raw.httpStatus >= 200 && raw.httpStatus < 300) {
        ApiResponse ok;
        ok.httpStatus = raw.httpStatus;
        ok.body = raw.body;
        ok.contentType = raw.contentType;
        ok.page = PageInfo::fromHeaders(raw.linkHeader, raw.resultCountHeader);
        if (raw.accept == ApiRequest::Accept::Json && !raw.body.trimmed().isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Protocol;
            e.httpStatus = raw.httpStatus;
            e.requestId = QString::fromLatin1(raw.requestIdHeader);
            if (looksLikeMarkup(raw)) {
                e.detail = htmlTitle(raw.body);
                e.message = pageMessage(raw.httpStatus, e.detail);
                return e;
            }
            if (const QString problem = jsonShapeProblem(raw.body); !problem.isEmpty()) {
                return limitError(raw, problem);
            }
            QJsonParseError parseError;
            ok.json = QJsonDocument::fromJson(raw.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                e.detail = parseError.errorString();
                e.message = QCoreApplication::translate(
                    "wpc::ReplyInterpreter", "The server's reply could not be read: %1 at offset %2")
                                .arg(parseError.errorString(), QString::number(parseError.offset));
                return e;
            }
        }
        if (response) {
            *response = ok;
        }
        return {};
    }

    ApiError e;
    e.httpStatus = raw.httpStatus;
    e.kind = kindForStatus(raw.httpStatus);
    e.requestId = QString::fromLatin1(raw.requestIdHeader);
    if (looksLikeMarkup(raw)) {
        e.detail = htmlTitle(raw.body);
        e.message = pageMessage(raw.httpStatus, e.detail);
        return e;
    }
    if (!raw.body.trimmed().isEmpty()) {
        // A body past the JSON limits is not parsed; its start is still shown as text.
        QJsonParseError parseError { 0, QJsonParseError::DeepNesting };
        const QJsonDocument doc
            = jsonShapeProblem(raw.body).isEmpty() ? QJsonDocument::fromJson(raw.body, &parseError) : QJsonDocument();
        if (parseError.error == QJsonParseError::NoError) {
            parseDrfErrorBody(doc, &e.detail, &e.fieldErrors);
        } else {
            // Text renderers (glauth_users_config) and plain proxies answer errors in text.
            e.detail = plainText(raw.body);
        }
    }
    e.message = statusMessage(e);
    return e;
}

} // namespace ReplyInterpreter

} // namespace wpc
