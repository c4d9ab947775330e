// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/secrets/TokenStore.h"

#include <QCoreApplication>
#include <QString>

namespace wpc {

// The OS keychain through QtKeychain's asynchronous jobs: the Secret Service (GNOME Keyring, KWallet) on
// Linux, the Credential Manager on Windows. Each token is one entry, the service name and the key (a
// profile's id) naming it, kept as binary data; QtKeychain's plain-text fallback is off, so a token never
// lands in a settings file. On Linux, where QtKeychain's libsecret backend cannot tell a locked keychain
// from an empty one or a missing keychain from a failing one, the Secret Service is asked directly
// (SecretServiceCheck) so that the user hears which it is, and a call that failed while a Secret Service
// answers is made once more on a fresh libsecret connection (libsecret never finds a restarted daemon by
// itself). Jobs run one at a time in the order asked (QtKeychain queues them), on the calling thread's
// event loop.
class KeychainTokenStore final : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenStore)

public:
    // service: the entries' service name (with libsecret, the "server" attribute); tests give their own.
    explicit KeychainTokenStore(QString service = QStringLiteral("Waldur Provider Console"));

    QString service() const
    {
        return m_service;
    }

    QString displayName() const override;
    // Unavailable: no keychain answers; Denied: it is locked, or the user refused (on Linux a read of a
    // locked entry says Denied, not NotFound, and so does a remove that left a locked entry in place).
    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &token, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // Whether a keychain answers, so that "Remember token" is on by default only where one does: Ok when
    // one does (a locked one too: it asks to be unlocked when a token is written), Unavailable when none
    // does, Denied or Failed otherwise. Reads an entry that does not exist: the Secret Service never
    // prompts for that (KWallet may ask to open the wallet).
    void probe(QObject *context, Callback callback);

private:
    QString m_service;
};

} // namespace wpc
