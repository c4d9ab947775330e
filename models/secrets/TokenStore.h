// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace wpc {

// What one token store operation came to. The message is for people (translated, one sentence) and never
// contains the token.
struct TokenStoreResult
{
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no keychain answers: keep the token for this session only
        Denied, // the keychain is locked, or the user refused access
        Failed,
    };

    Status status = Status::Failed;
    QByteArray token; // Ok from read() only
    QString message; // translated, one sentence, for the user; empty when Ok
    bool ok() const
    {
        return status == Status::Ok;
    }
};

// Where API tokens are kept between launches, one per key (a profile's id): the OS keychain
// (app/keychain/KeychainTokenStore) or, as a warned opt-in, a plain file (FileTokenStore). Nothing here
// waits: each operation runs asynchronously and answers through a callback that runs later, on the
// context's thread, never inside the call, and never once the context is gone (the operation itself still
// completes, so a token being written is not lost). Call from the thread the context lives in.
class TokenStore
{
public:
    using Callback = std::function<void(const TokenStoreResult &)>;

    virtual ~TokenStore() = default;

    // Where the tokens go, for sentences such as "The token is kept in %1": "the system keychain",
    // "a plain file (not encrypted)".
    virtual QString displayName() const = 0;

    // Ok with the token, or NotFound when none is kept under this key.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    // Replaces whatever was kept under this key.
    virtual void write(const QString &key, const QByteArray &token, QObject *context, Callback callback) = 0;
    // Ok once nothing is kept under this key any more, including when nothing was (never NotFound).
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};

} // namespace wpc
