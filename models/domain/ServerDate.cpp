// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ServerDate.h"

#include <QDateTime>

namespace wpc {

QDate serverToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace wpc
