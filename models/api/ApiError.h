// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace wpc {

struct CertificateProblem; // models/api/TlsPolicy.h

// What went wrong with one API call, in a form every layer can use: a kind to branch on, a translated
// sentence for people, and DRF's field errors keyed by field path ("end_date", "project.url").
struct ApiError
{
    enum class Kind {
        None,
        Network, // connection refused, dropped, DNS, wrong host
        Timeout,
        Tls,
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Validation, // 400 with DRF field or list errors
        Conflict, // 409
        Server, // 5xx (or any other unexpected status)
        Protocol, // the reply is not what the contract promises (bad JSON, HTML page, wrong types)
        Redirect, // a redirect we refuse to follow (another origin, a downgrade)
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // translated, complete sentence for the user
    QString detail; // the server's own text ("detail", a bare list joined, or error_message)
    QHash<QString, QStringList> fieldErrors;
    QString requestId;
    // Whether the server may have received the request: false only when the failure came before anything
    // was sent (connection refused, unknown host, TLS handshake), so that a change is known not applied.
    bool requestMayHaveArrived = true;
    // What the server's Retry-After asked for (a 429 or 503), in milliseconds; -1 when it sent none.
    int retryAfterMs = -1;
    // For Kind::Tls when the handshake failed on the server's certificate: what is wrong with it and the
    // certificate's details, so that the user can decide to trust it. Null for every other failure.
    std::shared_ptr<const CertificateProblem> certificate;

    bool isError() const
    {
        return kind != Kind::None;
    }
    // True for failures where the same GET may succeed when sent again.
    bool isTransient() const;
    // The field errors joined into one line each, "field: message", for places without a widget per field.
    QStringList fieldErrorLines() const;

    static QString kindName(Kind kind);
};

} // namespace wpc
