// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Entities.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wpc {

// The usage table as rows and as CSV (RFC 4180: comma separated, CRLF, quoted when needed). Pure so that
// tests check the export without a file dialog.
namespace UsageCsv {

struct Row
{
    QString period; // plan name and start date
    QString type;
    QString name;
    double usage = 0;
    QString unit;
    std::optional<double> limit;
    QString date; // ISO date of the usage record
};

QList<Row> rows(const QList<PlanPeriod> &periods, const QMap<QString, double> &limits);
QStringList header();
QString csv(const QList<Row> &rows);
QString usageCsv(const QList<PlanPeriod> &periods, const QMap<QString, double> &limits = {});

} // namespace UsageCsv
} // namespace wpc
