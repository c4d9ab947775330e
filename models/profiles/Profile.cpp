// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profiles/Profile.h"

namespace wpc {

bool Profile::isPlainHttpRemote() const
{
    return serverRoot.scheme() == QLatin1StringView("http") && !isLoopbackHost(serverRoot.host());
}

QString Profile::secretName(Secret secret)
{
    switch (secret) {
    case Secret::Keychain:
        return QStringLiteral("keychain");
    case Secret::File:
        return QStringLiteral("file");
    case Secret::Session:
        return QStringLiteral("session");
    }
    return QStringLiteral("keychain");
}

Profile::Secret Profile::secretFromName(const QString &name)
{
    if (name == QLatin1StringView("file")) {
        return Secret::File;
    }
    if (name == QLatin1StringView("session")) {
        return Secret::Session;
    }
    return Secret::Keychain;
}

} // namespace wpc
