// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace wpc {

// The day Waldur counts its date rules from (“at least 7 days in advance”, “not before today”):
// timezone.now().date(), which is today in UTC whatever zone the user or the server sits in.
QDate serverToday();

} // namespace wpc
