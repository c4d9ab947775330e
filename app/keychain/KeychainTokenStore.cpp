// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/keychain/KeychainTokenStore.h"

#ifdef WPC_SECRET_SERVICE
#include "app/keychain/SecretServiceCheck.h"
#endif

#include <QLoggingCategory>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace wpc {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "wpc.keychain")

enum class Operation { Read, Write, Remove, Probe };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    case Operation::Probe:
        return "probe";
    }
    return "?";
}

QString unavailable(const QString &why)
{
    return KeychainTokenStore::tr("No keychain answered (%1). The token is kept for this session only.").arg(why);
}

QString denied()
{
    return KeychainTokenStore::tr("The keychain is locked or access was refused.");
}

TokenStoreResult interpret(const QKeychain::Job &job, Operation operation)
{
    using Status = TokenStoreResult::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return { Status::Ok, {}, {} };
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove || operation == Operation::Probe) {
            return { Status::Ok, {}, {} }; // nothing kept: as good as removed; a keychain that answers
        }
        return { Status::NotFound, {},
            KeychainTokenStore::tr("No token is saved in the keychain for this connection.") };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { Status::Denied, {}, denied() };
    case QKeychain::NoBackendAvailable:
        return { Status::Unavailable, {}, unavailable(job.errorString()) };
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return { Status::Failed, {}, KeychainTokenStore::tr("The keychain reported an error: %1").arg(job.errorString()) };
}

// One operation, as much of it as is needed to start it again.
struct Request
{
    Operation operation = Operation::Read;
    QString service;
    QString key;
    QByteArray token; // Write only
    bool retried = false;
};

void start(Request request, QObject *context, TokenStore::Callback callback);

void deliver(const Request &request, const TokenStoreResult &result, const TokenStore::Callback &callback)
{
    if (!result.ok() && result.status != TokenStoreResult::Status::NotFound) {
        qCInfo(lcKeychain).noquote() << operationName(request.operation) << request.key << "failed:" << result.message;
    }
    callback(result);
}

// QtKeychain's answer, corrected where its libsecret backend cannot tell (see SecretServiceCheck).
void conclude(
    Request request, const QString &why, TokenStoreResult result, QObject *context, TokenStore::Callback callback)
{
    using Status = TokenStoreResult::Status;
#ifdef WPC_SECRET_SERVICE
    if ((request.operation == Operation::Read && result.status == Status::NotFound)
        || (request.operation == Operation::Remove && result.ok())) {
        const QString service = request.service;
        const QString key = request.key;
        SecretServiceCheck::findLocked(service, key, context,
            [request = std::move(request), result = std::move(result), callback = std::move(callback)](
                bool locked) mutable {
                if (locked) {
                    result = { Status::Denied, {}, denied() };
                }
                deliver(request, result, callback);
            });
        return;
    }
    if (result.status == Status::Failed) {
        SecretServiceCheck::ping(context,
            [request = std::move(request), why, result = std::move(result), context, callback = std::move(callback)](
                bool answers, const QString &) mutable {
                if (!answers) {
                    deliver(request, { Status::Unavailable, {}, unavailable(why) }, callback);
                } else if (!request.retried) {
                    // A Secret Service answers, yet the call failed: most likely libsecret still talks to
                    // the daemon that was there before. Once more, on a fresh connection.
                    qCInfo(lcKeychain).noquote() << operationName(request.operation) << request.key
                                                 << "failed, trying again on a new connection:" << why;
                    request.retried = true;
                    SecretServiceCheck::forgetConnection();
                    start(std::move(request), context, std::move(callback));
                } else {
                    deliver(request, result, callback);
                }
            });
        return;
    }
#else
    Q_UNUSED(why);
    Q_UNUSED(context);
#endif
    deliver(request, result, callback);
}

QKeychain::Job *makeJob(const Request &request)
{
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
    case Operation::Probe:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(request.service);
        write->setBinaryData(request.token); // kept exactly (libsecret: base64, attribute type "base64")
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    job->setAutoDelete(true); // once finished, whether or not the context is still there
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(request.key);
    return job;
}

// Starts the job; its answer goes to the callback through the context. A job outlives its context: a
// token being written is written.
void start(Request request, QObject *context, TokenStore::Callback callback)
{
    Q_ASSERT(context);
    Q_ASSERT(context->thread() == QThread::currentThread());
    QKeychain::Job *job = makeJob(request);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [request = std::move(request), context, callback = std::move(callback)](QKeychain::Job *done) mutable {
            TokenStoreResult result = interpret(*done, request.operation);
            if (result.ok() && request.operation == Operation::Read) {
                result.token = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
            }
            const QString why = done->errorString();
            conclude(std::move(request), why, std::move(result), context, std::move(callback));
        });
    job->start(); // queued: the answer never comes inside the call
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainTokenStore::displayName() const
{
    return tr("the system keychain");
}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback callback)
{
    start({ Operation::Read, m_service, key, {} }, context, std::move(callback));
}

void KeychainTokenStore::write(const QString &key, const QByteArray &token, QObject *context, Callback callback)
{
    start({ Operation::Write, m_service, key, token }, context, std::move(callback));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    start({ Operation::Remove, m_service, key, {} }, context, std::move(callback));
}

void KeychainTokenStore::probe(QObject *context, Callback callback)
{
    // An entry no profile uses (profile ids are UUIDs): found or not, a keychain answered.
    start({ Operation::Probe, m_service, QStringLiteral("wpc-keychain-probe"), {} }, context, std::move(callback));
}

} // namespace wpc
