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
    ApiRequest::Accept accept = ApiRequest::Accept::Json;

    static RawReply fromReply(QNetworkReply *reply, ApiRequest::Accept accept);
};

// The single place that reads transport errors and statuses: transport → HTTP status → DRF body shape
// ({"detail"}, {"field": [...]}, ["..."], {"error_message"}) → ApiError with a translated message.
namespace ReplyInterpreter {
// Returns ApiError::Kind::None and fills *response on success.
ApiError interpret(const RawReply &raw, ApiResponse *response);
// DRF error body → detail text and field errors (nested objects flattened to "a.b").
void parseDrfErrorBody(const QJsonDocument &body, QString *detail, QHash<QString, QStringList> *fieldErrors);
// The text of an HTML page's <title> (or first heading), for naming a proxy's error page without showing it.
QString htmlTitle(const QByteArray &html);
} // namespace ReplyInterpreter

} // namespace wpc
