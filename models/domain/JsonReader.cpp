// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/JsonReader.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

namespace wpc {

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Keeps at most three fraction digits (truncating): Python sends microseconds, QDateTime holds milliseconds.
QString trimFraction(QStringView text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return text.toString();
    }
    qsizetype end = dot + 1;
    while (end < text.size() && text.at(end).isDigit()) {
        ++end;
    }
    if (end - dot - 1 <= 3) {
        return text.toString();
    }
    return text.left(dot + 4).toString() + text.mid(end);
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : JsonReader(object, std::move(path), std::make_shared<QString>())
{
}

JsonReader::JsonReader(const QJsonObject &object, QString path, std::shared_ptr<QString> error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(std::move(error))
{
}

JsonReader JsonReader::child(const QJsonObject &object, const QString &pathSuffix) const
{
    return JsonReader(object, m_path.isEmpty() ? pathSuffix : m_path + QLatin1Char('.') + pathSuffix, m_error);
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::fieldName(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &what)
{
    if (m_error->isEmpty()) {
        *m_error = what;
    }
}

void JsonReader::wrongType(QLatin1StringView key, const QJsonValue &value, const char *expected)
{
    //: %1 is a JSON field name, %2 the expected kind of value ("a string"), %3 what was there instead.
    fail(QCoreApplication::translate("wpc::JsonReader", "field \"%1\" should be %2 but is %3")
             .arg(fieldName(key), QLatin1StringView(expected), typeName(value)));
}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString()) {
        return value.toString();
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "a string");
    }
    return {};
}

bool JsonReader::boolean(QLatin1StringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isBool()) {
        return value.toBool();
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "a boolean");
    }
    return fallback;
}

std::optional<double> JsonReader::number(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "a number");
    }
    return std::nullopt;
}

std::optional<qint64> JsonReader::integer(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
            return static_cast<qint64>(d);
        }
        wrongType(key, value, "a whole number");
        return std::nullopt;
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "a whole number");
    }
    return std::nullopt;
}

std::optional<double> JsonReader::decimal(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok) {
            return d;
        }
        fail(QCoreApplication::translate("wpc::JsonReader", "field \"%1\" is not a decimal number: \"%2\"")
                 .arg(fieldName(key), value.toString().left(40)));
        return std::nullopt;
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "a decimal number");
    }
    return std::nullopt;
}

QDate JsonReader::date(QLatin1StringView key)
{
    const QString text = string(key);
    if (text.isEmpty()) {
        return {};
    }
    const QDate parsed = parseDate(text);
    if (!parsed.isValid()) {
        fail(QCoreApplication::translate("wpc::JsonReader", "field \"%1\" is not a date: \"%2\"")
                 .arg(fieldName(key), text.left(40)));
    }
    return parsed;
}

QDateTime JsonReader::dateTime(QLatin1StringView key)
{
    const QString text = string(key);
    if (text.isEmpty()) {
        return {};
    }
    QDateTime parsed = parseDateTime(text);
    if (!parsed.isValid()) {
        fail(QCoreApplication::translate("wpc::JsonReader", "field \"%1\" is not a date and time: \"%2\"")
                 .arg(fieldName(key), text.left(40)));
    }
    return parsed;
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isObject()) {
        return value.toObject();
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "an object");
    }
    return {};
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isArray()) {
        return value.toArray();
    }
    if (!value.isNull() && !value.isUndefined()) {
        wrongType(key, value, "an array");
    }
    return {};
}

QMap<QString, double> JsonReader::numberMap(QLatin1StringView key)
{
    QMap<QString, double> result;
    const QJsonObject map = object(key);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.value().isDouble()) {
            result.insert(it.key(), it.value().toDouble());
        } else if (!it.value().isNull()) {
            fail(QCoreApplication::translate("wpc::JsonReader", "field \"%1\" should be a number but is %2")
                     .arg(fieldName(key) + QLatin1Char('.') + it.key(), typeName(it.value())));
        }
    }
    return result;
}

QDateTime JsonReader::parseDateTime(QStringView text)
{
    // Qt 6.4 accepts Python's six fraction digits but rounds them, so "…59.999999" becomes the next second.
    // Truncating keeps a parsed time never later than the server's, which matters when it is sent back as
    // a "modified after" filter.
    QDateTime parsed = QDateTime::fromString(trimFraction(text), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return {};
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        // No zone designator: Waldur keeps its clock in UTC, so the user's zone must not shift it.
        parsed.setTimeZone(QTimeZone::utc());
    }
    // Offset-carrying QDateTimes allocate; UTC ones fit in the object, which matters for many table rows.
    return parsed.toUTC();
}

QDate JsonReader::parseDate(QStringView text)
{
    if (text.size() != 10) {
        return {};
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

} // namespace wpc
