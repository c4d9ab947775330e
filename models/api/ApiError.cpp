// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiError.h"

namespace wpc {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Server:
        // Gateways and overloaded servers recover; a 500 from the application itself usually does not.
        return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QStringList ApiError::fieldErrorLines() const
{
    QStringList fields = fieldErrors.keys();
    fields.sort();
    QStringList lines;
    for (const QString &field : std::as_const(fields)) {
        lines.append(field + QLatin1StringView(": ") + fieldErrors.value(field).join(QLatin1Char(' ')));
    }
    return lines;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Protocol:
        return QStringLiteral("Protocol");
    case Kind::Redirect:
        return QStringLiteral("Redirect");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace wpc
