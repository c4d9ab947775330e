// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wpc::Csv {
// One field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break.
// A value a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is
// first prefixed with an apostrophe, as OWASP's CSV injection advice says: it then shows as text.
QString field(const QString &value);
// The same guard alone: the value with the apostrophe when it needs one.
QString defused(const QString &value);
// Fields joined by commas, ended by CRLF.
QString line(const QStringList &fields);
} // namespace wpc::Csv
