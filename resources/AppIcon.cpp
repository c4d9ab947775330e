// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/AppIcon.h"

namespace wpc {

QIcon applicationIcon()
{
    QIcon embedded;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        embedded.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/waldur-provider-console.png").arg(size), QSize(size, size));
    }
    return QIcon::fromTheme(QStringLiteral("waldur-provider-console"), embedded);
}

} // namespace wpc
