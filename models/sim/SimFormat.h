// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wpc::sim {

// Text forms Waldur uses on the wire. Times are microseconds since the epoch, UTC.

constexpr qint64 kUsPerSecond = 1000000;
constexpr qint64 kUsPerDay = 86400 * kUsPerSecond;

QString isoDateTime(qint64 us); // "2026-01-15T09:30:00.123456+00:00"
QJsonValue isoDateOrNull(const QDate &date); // "2026-01-15" or null
QDate dateOf(qint64 us);
qint64 startOfDayUs(const QDate &date);
QString decimalString(double value, int places); // decimals go out as strings
QString centiString(qint64 centi); // 12050 → "120.50"
QString slugify(const QString &text, int maxLength = 50);

// DRF's DateField: only YYYY-MM-DD.
std::optional<QDate> parseIsoDate(const QString &text);
// django-filter's IsoDateTimeField: ISO 8601 date or date-time; naive values are UTC.
std::optional<qint64> parseIsoDateTimeUs(const QString &text);

} // namespace wpc::sim
