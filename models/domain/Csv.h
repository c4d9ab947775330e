// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wpc::Csv {
// One field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break.
QString field(const QString &value);
// Fields joined by commas, ended by CRLF.
QString line(const QStringList &fields);
} // namespace wpc::Csv
