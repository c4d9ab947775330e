// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/FileTokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace wpc {

namespace {

constexpr QFileDevice::Permissions fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions folderMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QLatin1String suffix(".token");
const QLatin1String newInfix(".new-"); // <key>.token.new-<random>: a token being written

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

TokenStoreResult ok(QByteArray token = {})
{
    return { TokenStoreResult::Status::Ok, std::move(token), {} };
}

TokenStoreResult failed(const QString &message)
{
    return { TokenStoreResult::Status::Failed, {}, message };
}

bool folderWritable(const QString &folder)
{
    return QFileInfo(folder).isWritable();
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Files a write left behind when it was interrupted (a crash between creating and renaming): they may hold
// a token, so they go with the key.
void removeLeftovers(const QString &folder, const QString &key)
{
    QDir dir(folder);
    const QStringList names
        = dir.entryList({ key + suffix + newInfix + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        dir.remove(name);
    }
}

// The folder, made with mode 0700 if missing (its parents as usual), and narrowed to 0700 if it was made
// wider by someone else. Returns a message when there is no folder to write in.
QString prepareFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir()) {
#ifdef Q_OS_UNIX
        constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (info.permissions() & others) {
            // Made wider by someone else. The files are 0600 anyway; this hides their names. It fails,
            // harmlessly, for a folder of someone else's.
            QFile::setPermissions(folder, folderMode);
        }
#endif
        return {};
    }
    if (info.exists()) {
        return FileTokenStore::tr("The token could not be saved: %1 is not a folder.").arg(native(folder));
    }
    const QFileInfo absolute(QDir::cleanPath(info.absoluteFilePath()));
    const QString parent = absolute.absolutePath();
    if (QDir().mkpath(parent) && QDir(parent).mkdir(absolute.fileName(), folderMode)) {
        return {};
    }
    if (QFileInfo(parent).isDir() && !folderWritable(parent)) {
        return FileTokenStore::tr("The token could not be saved: the folder %1 is read-only.").arg(native(parent));
    }
    return FileTokenStore::tr("The token could not be saved: the folder %1 could not be made.").arg(native(folder));
}

QString saveProblem(const QString &folder, const QFile &file, int error)
{
    if (!folderWritable(folder)) {
        return FileTokenStore::tr("The token could not be saved: the folder %1 is read-only.").arg(native(folder));
    }
    // A short write leaves QFile without an error of its own: errno says why.
    const QString why = file.error() != QFileDevice::NoError || error == 0
        ? file.errorString()
        : QString::fromStdString(std::generic_category().message(error));
    if (file.error() == QFileDevice::ResourceError || error == ENOSPC || error == EFBIG
#ifdef EDQUOT
        || error == EDQUOT
#endif
    ) {
        return FileTokenStore::tr("The token could not be saved: there is no space left on the disk for it (%1).")
            .arg(why);
    }
    return FileTokenStore::tr("The token could not be saved in %1 (%2).").arg(native(folder), why);
}

TokenStoreResult readToken(const QString &folder, const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return { TokenStoreResult::Status::NotFound, {},
            FileTokenStore::tr("No token is saved in %1 for this connection.").arg(native(folder)) };
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return failed(FileTokenStore::tr("The saved token could not be read from %1 (%2).")
                          .arg(native(path), file.errorString()));
    }
    QByteArray token = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return failed(FileTokenStore::tr("The saved token could not be read from %1 (%2).")
                          .arg(native(path), file.errorString()));
    }
    if (token.isEmpty()) {
        return { TokenStoreResult::Status::NotFound, {},
            FileTokenStore::tr("The token file %1 is empty.").arg(native(path)) };
    }
    return ok(std::move(token));
}

TokenStoreResult writeToken(const QString &folder, const QString &key, const QString &path, const QByteArray &token)
{
    if (const QString problem = prepareFolder(folder); !problem.isEmpty()) {
        return failed(problem);
    }
    // Created with O_EXCL and mode 0600 (a umask can only narrow it): the file is never readable by anyone
    // else, not even while it is empty, and never one that someone else made.
    const QString temporary = path + newInfix + QString::number(QRandomGenerator::global()->generate64(), 16);
    QFile file(temporary);
    errno = 0; // what the failures below read, when QFile does not say
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, fileMode)) {
        return failed(saveProblem(folder, file, errno));
    }
    errno = 0;
    bool written = file.write(token) == token.size();
    int error = written ? 0 : errno;
#ifdef Q_OS_UNIX
    // On disk before the rename makes it the token: a crash must not leave an empty file in its place.
    if (written && ::fsync(file.handle()) != 0) {
        written = false;
        error = errno;
    }
#endif
    file.close();
    if (!written) {
        const QString problem = saveProblem(folder, file, error);
        QFile::remove(temporary);
        return failed(problem);
    }
    std::error_code renameError;
    std::filesystem::rename(fsPath(temporary), fsPath(path), renameError);
    if (renameError) {
        QFile::remove(temporary);
        if (!folderWritable(folder)) {
            return failed(saveProblem(folder, file, renameError.value()));
        }
        return failed(FileTokenStore::tr("The token could not be saved as %1 (%2).")
                          .arg(native(path), QString::fromStdString(renameError.message())));
    }
    removeLeftovers(folder, key);
    return ok();
}

TokenStoreResult removeToken(const QString &folder, const QString &key, const QString &path)
{
    removeLeftovers(folder, key);
    QFile file(path);
    if (!file.exists() && !QFileInfo(path).isSymLink()) {
        return ok();
    }
    if (file.remove()) {
        return ok();
    }
    if (!folderWritable(folder)) {
        return failed(FileTokenStore::tr("The saved token could not be deleted: the folder %1 is read-only.")
                          .arg(native(folder)));
    }
    return failed(
        FileTokenStore::tr("The saved token %1 could not be deleted (%2).").arg(native(path), file.errorString()));
}

TokenStoreResult unsafeKey(const QString &key)
{
    return failed(FileTokenStore::tr("“%1” cannot be used as the name of a token file.").arg(key));
}

} // namespace

QString FileTokenStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokens");
}

FileTokenStore::FileTokenStore(QString folder)
    : m_folder(std::move(folder))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1); // one at a time, in order
}

FileTokenStore::~FileTokenStore()
{
    m_pool->waitForDone();
}

bool FileTokenStore::isSafeKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 128) {
        return false;
    }
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'-' || u == u'_';
        if (!allowed) {
            return false;
        }
    }
    // Windows reserves these names with any extension: "nul.token" is the null device.
    static const QStringList reserved = { QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
        QStringLiteral("nul"), QStringLiteral("com1"), QStringLiteral("com2"), QStringLiteral("com3"),
        QStringLiteral("com4"), QStringLiteral("com5"), QStringLiteral("com6"), QStringLiteral("com7"),
        QStringLiteral("com8"), QStringLiteral("com9"), QStringLiteral("lpt1"), QStringLiteral("lpt2"),
        QStringLiteral("lpt3"), QStringLiteral("lpt4"), QStringLiteral("lpt5"), QStringLiteral("lpt6"),
        QStringLiteral("lpt7"), QStringLiteral("lpt8"), QStringLiteral("lpt9") };
    return !reserved.contains(key, Qt::CaseInsensitive);
}

QString FileTokenStore::filePath(const QString &key) const
{
    return isSafeKey(key) ? QDir(m_folder).filePath(key + suffix) : QString();
}

QString FileTokenStore::displayName() const
{
    return tr("a plain file (not encrypted)");
}

void FileTokenStore::read(const QString &key, QObject *context, Callback callback)
{
    const QString folder = m_folder;
    const QString path = filePath(key);
    run([folder, key, path] { return path.isEmpty() ? unsafeKey(key) : readToken(folder, path); }, context,
        std::move(callback));
}

void FileTokenStore::write(const QString &key, const QByteArray &token, QObject *context, Callback callback)
{
    const QString folder = m_folder;
    const QString path = filePath(key);
    run([folder, key, path, token] { return path.isEmpty() ? unsafeKey(key) : writeToken(folder, key, path, token); },
        context, std::move(callback));
}

void FileTokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    const QString folder = m_folder;
    const QString path = filePath(key);
    run([folder, key, path] { return path.isEmpty() ? unsafeKey(key) : removeToken(folder, key, path); }, context,
        std::move(callback));
}

void FileTokenStore::run(std::function<TokenStoreResult()> work, QObject *context, Callback callback)
{
    Q_ASSERT(context);
    // The result travels in the future (shared, thread-safe), not through the watcher, which deletes itself
    // whether or not the context is still there to hear it.
    const QFuture<TokenStoreResult> future = QtConcurrent::run(m_pool.get(), std::move(work));
    auto *watcher = new QFutureWatcher<TokenStoreResult>();
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [future, callback = std::move(callback)] { callback(future.result()); });
    watcher->setFuture(future);
}

} // namespace wpc
