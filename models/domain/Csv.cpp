// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Csv.h"

namespace wpc::Csv {

QString defused(const QString &value)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && kFormulaStarts.contains(value.front())) {
        return QLatin1Char('\'') + value;
    }
    return value;
}

QString field(const QString &raw)
{
    const QString value = defused(raw);
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

QString line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields) {
        quoted.append(field(value));
    }
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace wpc::Csv
