// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"

#include <QNetworkReply>

namespace wpc {

// Everything the interpreter needs from a finished reply, copied out so that it can be unit-tested
// without a network: transport error, status, the two paging headers, content type and body.
struct RawReply
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray linkHeader;
    QByteArray resultCountHeader;
    QByteArray requestIdHeader;
    QByteArray retryAfterHeader;
    QByteArray body;
    QUrl url; // names the server in connection errors
    bool timedOut = false; // the transfer timeout, not a user cancel, ended the reply
    // The client stopped reading a body longer than Limits::kMaxBodyBytes: the length it announced or reached.
    qint64 bodyCutAt = -1;
    ApiRequest::Accept accept = ApiRequest::Accept::Json;

    static RawReply fromReply(QNetworkReply *reply, ApiRequest::Accept accept);
};

// What the client accepts from a server, whatever it sends. Each limit is far above what Waldur sends
// (a page of 300 full resources is about 2.5 MB, 6 levels deep, a few thousand objects), and each broken
// limit is a Protocol error that says which one, before anything large is allocated.
namespace Limits {
inline constexpr qint64 kMaxBodyBytes = qint64(64) * 1024 * 1024;
inline constexpr int kMaxNestingDepth = 64;
inline constexpr qsizetype kMaxJsonContainers = 1'000'000; // objects and arrays in one reply
// Each header the client reads. Waldur's Link names the request's URL up to four times, and a URL with
// sixty offerings in its filter is 2 KiB long.
inline constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
inline constexpr qsizetype kMaxRowsPerPage = 10'000; // Waldur sends at most 300
} // namespace Limits

// The single place that reads transport errors and statuses: transport → HTTP status → DRF body shape
// ({"detail"}, {"field": [...]}, ["..."], {"error_message"}) → ApiError with a translated message.
namespace ReplyInterpreter {
// Returns ApiError::Kind::None and fills *response on success.
ApiError interpret(const RawReply &raw, ApiResponse *response);
// DRF error body → detail text and field errors (nested objects flattened to "a.b").
void parseDrfErrorBody(const QJsonDocument &body, QString *detail, QHash<QString, QStringList> *fieldErrors);
// Retry-After in milliseconds (delay-seconds or an HTTP date), -1 when absent or unreadable.
int retryAfterMs(const QByteArray &retryAfter);
// Why a JSON body would break Limits (depth, containers), or an empty string; one pass, no allocation.
QString jsonShapeProblem(const QByteArray &json);
// The text of an HTML page's <title> (or first heading), for naming a proxy's error page without showing it.
QString htmlTitle(const QByteArray &html);
} // namespace ReplyInterpreter

} // namespace wpc
