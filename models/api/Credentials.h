// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QString;

namespace wpc {

// How the token is presented. Waldur's own API tokens go as "Token <key>"; personal access tokens and OIDC
// access tokens go as "Bearer <token>". The server tells them apart by that word alone, so a token sent with
// the wrong one is refused (401) however valid it is.
enum class TokenKind { Token, Bearer };

inline QByteArray authorizationHeader(TokenKind kind, const QByteArray &token)
{
    const QByteArray key = token.trimmed(); // a token pasted with spaces or a newline around it
    if (key.isEmpty()) {
        return {};
    }
    QByteArray header = kind == TokenKind::Bearer ? QByteArrayLiteral("Bearer ") : QByteArrayLiteral("Token ");
    return header.append(key);
}

// "localhost" or a loopback address: plain http there never leaves this computer.
bool isLoopbackHost(const QString &host);

} // namespace wpc
