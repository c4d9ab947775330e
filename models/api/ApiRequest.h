// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <any>
#include <optional>

namespace wpc {

// One HTTP exchange described as a value: it can be queued, logged (it holds no secret) and sent again.
struct ApiRequest
{
    enum class Method { Get, Head, Post, Put, Patch };
    enum class Accept { Json, Text };

    Method method = Method::Get;
    QString path; // relative to the server root, e.g. "api/marketplace-provider-resources/<uuid>/pull/"
    QUrlQuery query;
    std::optional<QJsonDocument> body; // sent as application/json when set
    Accept accept = Accept::Json;

    bool isIdempotent() const
    {
        return method == Method::Get || method == Method::Head;
    }
    static QByteArray methodName(Method method);
};

// Paging facts from Waldur's headers: X-Result-Count and Link (first/prev/next/last).
struct PageInfo
{
    qint64 totalCount = -1; // -1 when the server sent no X-Result-Count, or one past kMaxResultCount

    // A count above this is not believed: no Waldur holds a billion resources.
    static constexpr qint64 kMaxResultCount = 1'000'000'000;
    QUrl first;
    QUrl prev;
    QUrl next;
    QUrl last;

    bool hasNext() const
    {
        return next.isValid() && !next.isEmpty();
    }
    // Parses an RFC 8288 Link header as Waldur writes it; unknown relations are ignored.
    static PageInfo fromHeaders(const QByteArray &linkHeader, const QByteArray &resultCountHeader);
};

// A successful reply as the interpreter saw it. json is null for empty bodies and text replies; decoded holds
// what the call's decoder made of it (see ApiClient::Decoder), if it had one.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json;
    PageInfo page;
    QByteArray contentType;
    std::any decoded;
};

} // namespace wpc
