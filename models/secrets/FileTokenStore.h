// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/secrets/TokenStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QThreadPool;

namespace wpc {

// The warned opt-in for machines where no keychain answers: each token in a plain, unencrypted file of its
// own, <folder>/<key>.token, that only its owner may read: mode 0600 from the moment it is created, in a
// folder of mode 0700. A token is replaced atomically (a new file beside the old one, renamed over it), so
// a write that fails half-way, for a full disk or a crash, leaves the token kept before. The disk work runs
// on a worker thread of the store's own, one operation at a time in the order they were asked for, so a
// write followed by a remove of the same key ends with nothing kept.
class FileTokenStore final : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(FileTokenStore)

public:
    // folder: where the files go (the console passes a folder under QStandardPaths::AppDataLocation); it is
    // made, mode 0700, by the first write.
    explicit FileTokenStore(QString folder);
    // The console's folder: "tokens" under QStandardPaths::AppDataLocation.
    static QString defaultFolder();
    // Waits for the operations already asked for (a few small files at most): a token being saved as the
    // console quits is not lost.
    ~FileTokenStore() override;

    FileTokenStore(const FileTokenStore &) = delete;
    FileTokenStore &operator=(const FileTokenStore &) = delete;

    QString folder() const
    {
        return m_folder;
    }
    // The file a key's token is kept in; empty when the key is not a safe file name.
    QString filePath(const QString &key) const;
    // Keys are profile ids: 1 to 128 ASCII letters, digits, '-' and '_', so that no key can name a file
    // outside the folder ("../x", "a/b"), a hidden file or a device name.
    static bool isSafeKey(const QString &key);

    QString displayName() const override;
    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &token, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    void run(std::function<TokenStoreResult()> work, QObject *context, Callback callback);

    QString m_folder;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace wpc
