// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/OptionSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace wpc::OptionSchema {

namespace {
int boundOr(const QJsonObject &definition, QLatin1StringView key, int fallback)
{
    const QJsonValue value = definition.value(key);
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

OptionField fieldOf(const QString &key, const QJsonObject &definition, const QJsonValue &current)
{
    OptionField field;
    field.key = key;
    field.type = definition.value(QLatin1StringView("type")).toString();
    field.label = definition.value(QLatin1StringView("label")).toString(key);
    field.help = definition.value(QLatin1StringView("help_text")).toString();
    field.required = definition.value(QLatin1StringView("required")).toBool();
    field.value = current.isUndefined() || current.isNull() ? definition.value(QLatin1StringView("default")) : current;
    field.minimum = boundOr(definition, QLatin1StringView("min"), 0);
    field.maximum = boundOr(definition, QLatin1StringView("max"), INT_MAX);
    QSet<QString> seen;
    for (const QJsonValue choice : definition.value(QLatin1StringView("choices")).toArray()) {
        if (const QString text = choice.toString(); !seen.contains(text)) {
            seen.insert(text);
            field.choices.append(text);
        }
    }
    return field;
}
} // namespace

std::optional<QList<OptionField>> fields(
    const QJsonObject &resourceOptions, const QJsonObject &current, QString *problem)
{
    const QJsonObject definitions = resourceOptions.value(QLatin1StringView("options")).toObject();
    if (definitions.size() > kMaxOptions) {
        *problem
            = QCoreApplication::translate("wpc::OptionSchema", "The offering defines %1 options; at most %2 are shown.")
                  .arg(QString::number(definitions.size()), QString::number(kMaxOptions));
        return std::nullopt;
    }
    QStringList order;
    QSet<QString> ordered;
    for (const QJsonValue key : resourceOptions.value(QLatin1StringView("order")).toArray()) {
        if (const QString text = key.toString(); definitions.contains(text) && !ordered.contains(text)) {
            ordered.insert(text);
            order.append(text);
        }
    }
    for (auto it = definitions.constBegin(); it != definitions.constEnd(); ++it) {
        if (!ordered.contains(it.key())) {
            order.append(it.key()); // options missing from "order" still get an editor, at the end
        }
    }
    QList<OptionField> out;
    out.reserve(order.size());
    for (const QString &key : std::as_const(order)) {
        OptionField field = fieldOf(key, definitions.value(key).toObject(), current.value(key));
        if (field.choices.size() > kMaxChoices) {
            *problem = QCoreApplication::translate(
                "wpc::OptionSchema", "The option “%1” offers %2 choices; at most %3 are shown.")
                           .arg(field.label, QString::number(field.choices.size()), QString::number(kMaxChoices));
            return std::nullopt;
        }
        out.append(std::move(field));
    }
    return out;
}

} // namespace wpc::OptionSchema
