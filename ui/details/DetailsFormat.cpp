// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/DetailsFormat.h"

#include "ui/widgets/JsonTree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>

namespace wpc::DetailsFormat {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("wpc::DetailsFormat", "Yes")
                              : QCoreApplication::translate("wpc::DetailsFormat", "No");
    case QJsonValue::String:
        return value.toString();
    default:
        return JsonTree::displayText(value);
    }
}

QString dateTime(const QJsonValue &value)
{
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return text(value);
    }
    return QLocale().toString(parsed.toLocalTime(), QLocale::ShortFormat);
}

double number(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().toDouble();
    }
    return value.toDouble();
}

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace wpc::DetailsFormat
