// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QCalendarWidget;

namespace wpc::CalendarMarks {

// Marks every day before `limit` as one a rule refuses: drawn in the palette's disabled text colour and
// struck through, with `why` as its tooltip, on whatever month the calendar shows. The days stay
// clickable, so that a click shows the rule's message instead of silently doing nothing. A second call
// replaces the first; an invalid limit removes the marks.
void markRefusedBefore(QCalendarWidget *calendar, const QDate &limit, const QString &why);

} // namespace wpc::CalendarMarks
