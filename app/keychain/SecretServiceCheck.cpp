// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/keychain/SecretServiceCheck.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLibrary>
#include <QMap>

namespace wpc {

namespace {

using Attributes = QMap<QString, QString>;

constexpr int timeoutMs = 10000;

QString secretsService()
{
    return QStringLiteral("org.freedesktop.secrets");
}

QString secretsPath()
{
    return QStringLiteral("/org/freedesktop/secrets");
}

void whenFinished(const QDBusPendingCall &call, QObject *context, std::function<void(const QDBusPendingCall &)> handler)
{
    auto *watcher = new QDBusPendingCallWatcher(call);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, &QObject::deleteLater);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, context, [call, handler = std::move(handler)] { handler(call); });
}

} // namespace

void SecretServiceCheck::findLocked(
    const QString &service, const QString &key, QObject *context, std::function<void(bool locked)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    static const QMetaType attributesType = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(attributesType);
    // QtKeychain's libsecret schema (org.qt.keychain) matches on these two; "type" tells text from binary.
    const Attributes attributes { { QStringLiteral("user"), key }, { QStringLiteral("server"), service } };
    QDBusMessage message = QDBusMessage::createMethodCall(secretsService(), secretsPath(),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    message << QVariant::fromValue(attributes);
    whenFinished(bus.asyncCall(message, timeoutMs), context, [done = std::move(done)](const QDBusPendingCall &call) {
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply(call);
        done(reply.isValid() && !reply.argumentAt<1>().isEmpty());
    });
}

void SecretServiceCheck::ping(QObject *context, std::function<void(bool answers, const QString &why)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false, bus.lastError().message());
        return;
    }
    const QDBusMessage message = QDBusMessage::createMethodCall(
        secretsService(), secretsPath(), QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
    whenFinished(bus.asyncCall(message, timeoutMs), context, [done = std::move(done)](const QDBusPendingCall &call) {
        const QDBusPendingReply<> reply(call);
        done(reply.isValid(), reply.error().message());
    });
}

void SecretServiceCheck::forgetConnection()
{
    // The same library QtKeychain loads (QLibrary("secret-1", 0)), so the same instance and cache.
    QLibrary libsecret(QStringLiteral("secret-1"), 0);
    using Disconnect = void (*)();
    if (const auto disconnect = reinterpret_cast<Disconnect>(libsecret.resolve("secret_service_disconnect"))) {
        disconnect();
    }
}

} // namespace wpc
