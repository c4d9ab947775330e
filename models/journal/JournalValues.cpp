// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalValues.h"

#include "models/domain/Resource.h"

#include <optional>

namespace wpc::JournalValues {

namespace {
// The row's value for one body key, and the row field it comes from; none when a row does not keep it.
std::optional<std::pair<QJsonValue, QLatin1StringView>> rowValue(const Resource &row, QStringView key)
{
    using L = QLatin1StringView;
    if (key == u"name") {
        return std::pair { QJsonValue(row.name), L("name") };
    }
    if (key == u"description") {
        return std::pair { QJsonValue(row.description), L("description") };
    }
    if (key == u"end_date") {
        const QJsonValue date = row.endDate.isValid() ? QJsonValue(row.endDate.toString(Qt::ISODate)) : QJsonValue();
        return std::pair { date, L("end_date") };
    }
    if (key == u"backend_id") {
        return std::pair { QJsonValue(row.backendId), L("backend_id") };
    }
    if (key == u"slug") {
        return std::pair { QJsonValue(row.slug), L("slug") };
    }
    if (key == u"paused") {
        return std::pair { QJsonValue(row.paused), L("paused") };
    }
    if (key == u"downscaled") {
        return std::pair { QJsonValue(row.downscaled), L("downscaled") };
    }
    if (key == u"restrict_member_access") {
        return std::pair { QJsonValue(row.restrictMemberAccess), L("restrict_member_access") };
    }
    if (key == u"limits") {
        QJsonObject limits;
        for (auto it = row.limits.cbegin(); it != row.limits.cend(); ++it) {
            limits.insert(it.key(), it.value());
        }
        return std::pair { QJsonValue(limits), L("limits") };
    }
    if (key == u"project") {
        const QJsonObject project { { QStringLiteral("uuid"), row.projectUuid },
            { QStringLiteral("name"), row.projectName } };
        return std::pair { QJsonValue(project), L("project_uuid") };
    }
    return std::nullopt;
}
} // namespace

QJsonObject before(const QJsonObject &body, const Resource &row, const QStringList &rowFields)
{
    QJsonObject values;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const auto value = rowValue(row, it.key());
        if (value && (rowFields.isEmpty() || rowFields.contains(value->second))) {
            values.insert(it.key(), value->first);
        }
    }
    return values;
}

} // namespace wpc::JournalValues
