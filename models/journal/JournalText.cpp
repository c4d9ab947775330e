// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalText.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace wpc::JournalText {

QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime storedTime(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(10) != u'T' || text.at(19) != u'.' || text.at(23) != u'Z') {
        return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    const auto number = [&text](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    return date.isValid() && time.isValid() ? QDateTime(date, time, QTimeZone::utc())
                                            : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString objectText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace wpc::JournalText
