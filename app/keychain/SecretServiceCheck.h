// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace wpc {

// What QtKeychain's libsecret backend cannot tell, asked of the Secret Service (org.freedesktop.secrets)
// directly over the session bus, asynchronously: libsecret answers "nothing found" both when there is no
// such item and when the item is in a locked collection and unlocking was refused (there is no prompter,
// or the user said no); it answers "deleted" for a locked item it did not delete; and it gives a missing
// bus or a vanished daemon the same error code as any other failure. And what it cannot do: find a
// restarted daemon again. Linux and the BSDs only. The answers come through the context, and not at all
// once it is gone.
class SecretServiceCheck
{
public:
    // Whether the Secret Service holds a locked item with QtKeychain's attributes for this service and key
    // (SearchItems, which never prompts). False when it cannot be asked.
    static void findLocked(
        const QString &service, const QString &key, QObject *context, std::function<void(bool locked)> done);
    // Whether a Secret Service answers on the session bus (a Ping, which starts an activatable one); why not
    // when it does not.
    static void ping(QObject *context, std::function<void(bool answers, const QString &why)> done);
    // Makes libsecret connect afresh on its next call. It keeps the connection (and the encryption session)
    // of its first call for the life of the process, so once the daemon has restarted, crashed and been
    // started again by D-Bus activation, every call fails ("The session does not exist") until this
    // (secret_service_disconnect(), in the libsecret that QtKeychain loaded). Does nothing without libsecret.
    static void forgetConnection();
};

} // namespace wpc
