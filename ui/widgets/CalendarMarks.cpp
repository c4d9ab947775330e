// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CalendarMarks.h"

#include <QCalendarWidget>
#include <QTextCharFormat>

namespace wpc::CalendarMarks {

namespace {

const char *const kLimit = "wpcRefusedBefore";
const char *const kWhy = "wpcRefusedWhy";

// The days the shown month's grid can hold: a few of the months before and after.
void markPage(QCalendarWidget *calendar, int year, int month)
{
    calendar->setDateTextFormat(QDate(), QTextCharFormat());
    const QDate limit = calendar->property(kLimit).toDate();
    if (!limit.isValid()) {
        return;
    }
    QTextCharFormat refused;
    refused.setForeground(calendar->palette().brush(QPalette::Disabled, QPalette::Text));
    refused.setFontStrikeOut(true);
    refused.setToolTip(calendar->property(kWhy).toString());
    const QDate first = QDate(year, month, 1).addDays(-7);
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(14);
    for (QDate day = first; day <= last && day < limit; day = day.addDays(1)) {
        calendar->setDateTextFormat(day, refused);
    }
}

} // namespace

void markRefusedBefore(QCalendarWidget *calendar, const QDate &limit, const QString &why)
{
    const bool connected = calendar->property(kLimit).isValid();
    calendar->setProperty(kLimit, limit);
    calendar->setProperty(kWhy, why);
    if (!connected) {
        QObject::connect(calendar, &QCalendarWidget::currentPageChanged, calendar,
            [calendar](int year, int month) { markPage(calendar, year, month); });
    }
    markPage(calendar, calendar->yearShown(), calendar->monthShown());
}

} // namespace wpc::CalendarMarks
