// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Offering.h"

#include "models/domain/JsonReader.h"

#include <QCoreApplication>

namespace wpc {

namespace {
QString elementNotObject(const QString &path)
{
    return QCoreApplication::translate("wpc::JsonReader", "field \"%1\" should be an object").arg(path);
}
} // namespace

std::optional<Offering> Offering::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    Offering o;
    o.uuid = reader.string(QLatin1StringView("uuid"));
    o.name = reader.string(QLatin1StringView("name"));
    o.type = reader.string(QLatin1StringView("type"));
    o.state = reader.string(QLatin1StringView("state"));
    o.resourceOptions = reader.object(QLatin1StringView("resource_options"));
    o.pluginOptions = reader.object(QLatin1StringView("plugin_options"));

    const QJsonArray components = reader.array(QLatin1StringView("components"));
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString path = QStringLiteral("components[%1]").arg(i);
        if (!components.at(i).isObject()) {
            reader.fail(elementNotObject(path));
            continue;
        }
        JsonReader c = reader.child(components.at(i).toObject(), path);
        Component component;
        component.type = c.string(QLatin1StringView("type"));
        component.name = c.string(QLatin1StringView("name"));
        component.measuredUnit = c.string(QLatin1StringView("measured_unit"));
        component.billingType = c.string(QLatin1StringView("billing_type"));
        component.limitPeriod = c.string(QLatin1StringView("limit_period"));
        component.minValue = c.integer(QLatin1StringView("min_value"));
        component.maxValue = c.integer(QLatin1StringView("max_value"));
        o.components.append(component);
    }

    const QJsonArray plans = reader.array(QLatin1StringView("plans"));
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QString path = QStringLiteral("plans[%1]").arg(i);
        if (!plans.at(i).isObject()) {
            reader.fail(elementNotObject(path));
            continue;
        }
        JsonReader p = reader.child(plans.at(i).toObject(), path);
        Plan plan;
        plan.uuid = p.string(QLatin1StringView("uuid"));
        plan.name = p.string(QLatin1StringView("name"));
        plan.unit = p.string(QLatin1StringView("unit"));
        // unit_price is a Decimal rendered as a string; a number is tolerated and kept as text.
        const QJsonValue price = plans.at(i).toObject().value(QLatin1StringView("unit_price"));
        if (price.isDouble()) {
            plan.price = QString::number(price.toDouble());
        } else {
            plan.price = p.string(QLatin1StringView("unit_price"));
        }
        o.plans.append(plan);
    }

    if (reader.hasError()) {
        if (error) {
            *error = reader.error();
        }
        return std::nullopt;
    }
    o.raw = json;
    return o;
}

} // namespace wpc
