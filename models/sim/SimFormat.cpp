// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimFormat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace wpc::sim {

QString isoDateTime(qint64 us)
{
    const qint64 secs = us >= 0 ? us / kUsPerSecond : (us - kUsPerSecond + 1) / kUsPerSecond;
    const qint64 micros = us - secs * kUsPerSecond;
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    QString out = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (micros != 0) {
        out += QLatin1Char('.') + QString::number(micros).rightJustified(6, QLatin1Char('0'));
    }
    return out + QStringLiteral("+00:00");
}

QJsonValue isoDateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate dateOf(qint64 us)
{
    const qint64 days = us >= 0 ? us / kUsPerDay : (us - kUsPerDay + 1) / kUsPerDay;
    return QDate(1970, 1, 1).addDays(days);
}

qint64 startOfDayUs(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date) * kUsPerDay;
}

QString decimalString(double value, int places)
{
    return QString::number(value, 'f', places);
}

QString centiString(qint64 centi)
{
    const bool negative = centi < 0;
    const qint64 a = negative ? -centi : centi;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.')
        + QString::number(a % 100).rightJustified(2, QLatin1Char('0'));
}

QString slugify(const QString &text, int maxLength)
{
    QString out;
    bool dash = false;
    for (const QChar ch : text.normalized(QString::NormalizationForm_KD)) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber()) {
            out.append(ch.toLower());
            dash = false;
        } else if ((ch.isSpace() || ch == u'-' || ch == u'_' || ch == u'/') && !dash && !out.isEmpty()) {
            out.append(u'-');
            dash = true;
        }
    }
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    return out.left(maxLength);
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

std::optional<qint64> parseIsoDateTimeUs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T "
                       "](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,6})\\d*)?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    const int h = m.captured(4).toInt();
    const int mi = m.captured(5).toInt();
    const int s = m.captured(6).toInt();
    if (h > 23 || mi > 59 || s > 59) {
        return std::nullopt;
    }
    qint64 us = startOfDayUs(date) + ((h * 60 + mi) * 60 + s) * kUsPerSecond;
    if (!m.captured(7).isEmpty()) {
        us += m.captured(7).leftJustified(6, QLatin1Char('0')).toLongLong();
    }
    const QString tz = m.captured(8);
    if (!tz.isEmpty() && tz != u"Z") {
        const int sign = tz.startsWith(u'-') ? -1 : 1;
        const QString digits = tz.mid(1).remove(u':');
        const int offsetMinutes = digits.left(2).toInt() * 60 + (digits.size() > 2 ? digits.mid(2, 2).toInt() : 0);
        us -= sign * qint64(offsetMinutes) * 60 * kUsPerSecond;
    }
    return us;
}

} // namespace wpc::sim
