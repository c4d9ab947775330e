// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace wpc::sim {

std::optional<QJsonObject> parseBody(const HttpRequest &request, HttpReply *error)
{
    if (request.body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpReply::detail(400, QStringLiteral("JSON parse error - ") + parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = HttpReply::json(400,
            QJsonObject { { QStringLiteral("non_field_errors"),
                QJsonArray { QStringLiteral("Invalid data. Expected a "
                                            "dictionary, but got list.") } } });
        return std::nullopt;
    }
    return doc.object();
}

std::optional<bool> drfBoolean(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isDouble()) {
        if (value.toDouble() == 1.0) {
            return true;
        }
        if (value.toDouble() == 0.0) {
            return false;
        }
        return std::nullopt;
    }
    if (value.isString()) {
        static const QStringList truthy { QStringLiteral("t"), QStringLiteral("y"), QStringLiteral("yes"),
            QStringLiteral("true"), QStringLiteral("on"), QStringLiteral("1") };
        static const QStringList falsy { QStringLiteral("f"), QStringLiteral("n"), QStringLiteral("no"),
            QStringLiteral("false"), QStringLiteral("off"), QStringLiteral("0") };
        const QString text = value.toString();
        // DRF lists the lower, Capitalised and UPPER spellings only.
        const bool plainCase = text == text.toLower() || text == text.toUpper()
            || (text.size() > 1 && text.mid(1) == text.mid(1).toLower() && text.at(0).isUpper());
        if (plainCase && truthy.contains(text.toLower())) {
            return true;
        }
        if (plainCase && falsy.contains(text.toLower())) {
            return false;
        }
    }
    return std::nullopt;
}

std::optional<qint64> drfInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) {
            return qint64(d);
        }
        return std::nullopt;
    }
    if (value.isString()) {
        QString text = value.toString().trimmed();
        if (text.endsWith(QStringLiteral(".0"))) {
            text.chop(2);
        }
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok) {
            return n;
        }
    }
    return std::nullopt;
}

std::optional<QString> drfString(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    return std::nullopt;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("str");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("dict");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return value.toDouble() == std::floor(value.toDouble()) ? QStringLiteral("int") : QStringLiteral("float");
    default:
        return QStringLiteral("NoneType");
    }
}

namespace msg {
QString required()
{
    return QStringLiteral("This field is required.");
}
QString notNull()
{
    return QStringLiteral("This field may not be null.");
}
QString blank()
{
    return QStringLiteral("This field may not be blank.");
}
QString maxLength(int n)
{
    return QStringLiteral("Ensure this field has no more than %1 characters.").arg(n);
}
QString notString()
{
    return QStringLiteral("Not a valid string.");
}
QString notBoolean()
{
    return QStringLiteral("Must be a valid boolean.");
}
QString notInteger()
{
    return QStringLiteral("A valid integer is required.");
}
QString minValue(qint64 n)
{
    return QStringLiteral("Ensure this value is greater than or equal to %1.").arg(n);
}
QString maxValue(qint64 n)
{
    return QStringLiteral("Ensure this value is less than or equal to %1.").arg(n);
}
QString dateFormat()
{
    return QStringLiteral("Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
}
QString notDict(const QJsonValue &value)
{
    return QStringLiteral("Expected a dictionary of items but got type \"%1\".").arg(jsonTypeName(value));
}
QString notList(const QJsonValue &value)
{
    return QStringLiteral("Expected a list of items but got type \"%1\".").arg(jsonTypeName(value));
}
} // namespace msg

} // namespace wpc::sim
