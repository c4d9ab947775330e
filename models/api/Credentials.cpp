// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/Credentials.h"

#include <QHostAddress>
#include <QString>

namespace wpc {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace wpc
