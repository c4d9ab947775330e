// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QJsonValue>
#include <QString>

namespace wpc::DetailsFormat {

// How the details pane writes server values: null as empty, booleans as Yes/No, decimal strings as
// numbers, datetimes in the user's locale.
QString text(const QJsonValue &value);
QString dateTime(const QJsonValue &value);
double number(const QJsonValue &value);
QFont monospace();

} // namespace wpc::DetailsFormat
