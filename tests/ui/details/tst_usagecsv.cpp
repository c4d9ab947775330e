// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/UsageCsv.h"

#include <QTest>
#include <QTimeZone>

using namespace wpc;

// The usage export: one row per component record, the limit only where the resource has one, numbers in
// the C locale, and RFC 4180 quoting.
class TestUsageCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndLimits();
    void quotingAndEmpty();
};

namespace {
PlanPeriod::ComponentUsage usage(const QString &type, const QString &name, const QString &unit, double amount)
{
    PlanPeriod::ComponentUsage component;
    component.type = type;
    component.name = name;
    component.measuredUnit = unit;
    component.usage = amount;
    component.date = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    return component;
}
} // namespace

void TestUsageCsv::rowsAndLimits()
{
    PlanPeriod period;
    period.planName = QStringLiteral("Default");
    period.start = QDateTime(QDate(2026, 1, 15), QTime(0, 0), QTimeZone::utc());
    period.components = { usage(QStringLiteral("cpu"), QStringLiteral("CPU hours"), QStringLiteral("h"), 120.5),
        usage(QStringLiteral("storage"), QStringLiteral("Storage"), QStringLiteral("GB"), 3) };
    const QMap<QString, double> limits { { QStringLiteral("cpu"), 1000 } };

    const auto rows = UsageCsv::rows({ period }, limits);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).period, QStringLiteral("Default (2026-01-15)"));
    QCOMPARE(rows.at(0).limit, std::optional<double>(1000));
    QVERIFY(!rows.at(1).limit);

    const QString expected = QStringLiteral("Period,Component,Name,Usage,Unit,Limit,Date\r\n"
                                            "Default (2026-01-15),cpu,CPU hours,120.5,h,1000,2026-03-01\r\n"
                                            "Default (2026-01-15),storage,Storage,3,GB,,2026-03-01\r\n");
    QCOMPARE(UsageCsv::usageCsv({ period }, limits), expected);
}

void TestUsageCsv::quotingAndEmpty()
{
    QCOMPARE(UsageCsv::usageCsv({}), QStringLiteral("Period,Component,Name,Usage,Unit,Limit,Date\r\n"));
    PlanPeriod period;
    period.planName = QStringLiteral("Gold, \"large\"");
    period.components = { usage(QStringLiteral("ram"), QStringLiteral("RAM\nhours"), QStringLiteral("GB·h"), 0.25) };
    const QString csv = UsageCsv::usageCsv({ period });
    QVERIFY2(csv.contains(QStringLiteral("\"Gold, \"\"large\"\"\",ram,\"RAM\nhours\",0.25,GB·h,,2026-03-01\r\n")),
        qPrintable(csv));
}

QTEST_GUILESS_MAIN(TestUsageCsv)
#include "tst_usagecsv.moc"
