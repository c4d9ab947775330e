// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Credentials.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace wpc {

// One Waldur server as the user named it: where it is, how its token is presented and kept, and which
// certificates to trust. It never holds the token itself; that lives in a TokenStore under the profile's id.
struct Profile
{
    // Where the token is kept between launches. Keychain: the OS keychain (Secret Service, Credential
    // Manager). File: a plain file readable by the user alone, only when asked for. Session: nowhere; it is
    // asked for again at the next launch.
    enum class Secret { Keychain, File, Session };

    QString id; // stable; the key of its token and of its settings
    QString name;
    QUrl serverRoot; // normalised, "https://host/" or "https://host/waldur/"
    TokenKind tokenKind = TokenKind::Token;
    Secret secret = Secret::Keychain;
    QString caBundlePath; // extra authorities to trust for this server
    QByteArray pinnedSha256; // hex SHA-256 of the one certificate trusted as it is, or empty
    bool plainHttpConsent = false; // the token may travel unencrypted to this (remote) http server
    QDateTime lastUsed;
    bool demo = false; // the built-in profile that runs the embedded simulator

    bool isValid() const
    {
        return !id.isEmpty();
    }
    // True when the address is plain http to another computer: the token would travel unencrypted.
    bool isPlainHttpRemote() const;

    static QString secretName(Secret secret); // "keychain", "file", "session": how settings store it
    static Secret secretFromName(const QString &name);
};

} // namespace wpc
