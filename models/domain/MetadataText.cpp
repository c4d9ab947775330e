// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/MetadataText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace wpc::MetadataText {

namespace {
QString lineAndColumn(const QString &text, qsizetype offset)
{
    const QStringView before = QStringView(text).left(offset);
    const qsizetype line = before.count(QLatin1Char('\n')) + 1;
    const qsizetype column = offset - before.lastIndexOf(QLatin1Char('\n'));
    return QCoreApplication::translate("wpc::BackendMetadataDialog", "line %1, column %2")
        .arg(QString::number(line), QString::number(column));
}
} // namespace

QJsonValue cellValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(trimmed).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
            return doc.array().at(0);
        }
    }
    return text;
}

QString cellText(const QJsonValue &value)
{
    if (value.isString() && cellValue(value.toString()) == value) {
        return value.toString();
    }
    // Numbers, objects, and strings that would read back as something else are shown as JSON.
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

std::optional<QJsonObject> parseObject(const QString &text, QString *problem)
{
    if (text.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError error;
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = QString::fromUtf8(utf8.left(error.offset)).size();
        *problem = QCoreApplication::translate("wpc::BackendMetadataDialog", "The JSON is not valid at %1: %2.")
                       .arg(lineAndColumn(text, offset), error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = QCoreApplication::translate(
            "wpc::BackendMetadataDialog", "The metadata must be a JSON object: {\"key\": value, …}.");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace wpc::MetadataText
