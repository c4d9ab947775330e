// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/UsageCsv.h"

#include "models/domain/Csv.h"

#include <QCoreApplication>

namespace wpc::UsageCsv {

namespace {

using Csv::field;

QString number(double value)
{
    return QString::number(value, 'g', 15); // C locale: a dot, whatever the user's locale
}

} // namespace

QList<Row> rows(const QList<PlanPeriod> &periods, const QMap<QString, double> &limits)
{
    QList<Row> result;
    for (const PlanPeriod &period : periods) {
        const QString label = period.start.isValid()
            ? QStringLiteral("%1 (%2)").arg(period.planName, period.start.date().toString(Qt::ISODate))
            : period.planName;
        for (const auto &component : period.components) {
            Row row;
            row.period = label;
            row.type = component.type;
            row.name = component.name;
            row.usage = component.usage;
            row.unit = component.measuredUnit;
            if (limits.contains(component.type)) {
                row.limit = limits.value(component.type);
            }
            row.date = component.date.isValid() ? component.date.date().toString(Qt::ISODate) : QString();
            result.append(row);
        }
    }
    return result;
}

QStringList header()
{
    return { QCoreApplication::translate("wpc::UsageCsv", "Period"),
        QCoreApplication::translate("wpc::UsageCsv", "Component"), QCoreApplication::translate("wpc::UsageCsv", "Name"),
        QCoreApplication::translate("wpc::UsageCsv", "Usage"), QCoreApplication::translate("wpc::UsageCsv", "Unit"),
        QCoreApplication::translate("wpc::UsageCsv", "Limit"), QCoreApplication::translate("wpc::UsageCsv", "Date") };
}

QString csv(const QList<Row> &rows)
{
    QStringList lines;
    QStringList head;
    for (const QString &title : header()) {
        head.append(field(title));
    }
    lines.append(head.join(QLatin1Char(',')));
    for (const Row &row : rows) {
        lines.append(QStringList { field(row.period), field(row.type), field(row.name), number(row.usage),
            field(row.unit), row.limit ? number(*row.limit) : QString(), row.date }
                         .join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString usageCsv(const QList<PlanPeriod> &periods, const QMap<QString, double> &limits)
{
    return csv(rows(periods, limits));
}

} // namespace wpc::UsageCsv
