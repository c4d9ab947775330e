// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wpc {

// The resource's offering, from GET .../{uuid}/offering/ (PublicOfferingDetails), reduced to what the
// console shows and validates against; the whole object stays in `raw`.
struct Offering
{
    struct Component
    {
        QString type;
        QString name;
        QString measuredUnit;
        QString billingType; // fixed, usage, limit, one, few
        QString limitPeriod;
        std::optional<qint64> minValue;
        std::optional<qint64> maxValue;
    };
    struct Plan
    {
        QString uuid;
        QString name;
        QString unit;
        QString price; // decimal string
    };

    QString uuid;
    QString name;
    QString type;
    QString state;
    QList<Component> components;
    QList<Plan> plans;
    QJsonObject resourceOptions; // {"options": {...}, "order": [...]}
    QJsonObject pluginOptions;
    QJsonObject raw;

    static std::optional<Offering> fromJson(const QJsonObject &json, QString *error);
};

} // namespace wpc
