// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Resource.h"

#include "models/domain/JsonReader.h"
#include "models/domain/StringPool.h"

#include <QCoreApplication>

namespace wpc {

namespace ResourceStates {

namespace {
struct StateName
{
    ResourceState state;
    QLatin1StringView wire;
    const char *display;
};

constexpr StateName kStates[] = {
    { ResourceState::Creating, QLatin1StringView("Creating"), QT_TRANSLATE_NOOP("ResourceState", "Creating") },
    { ResourceState::OK, QLatin1StringView("OK"), QT_TRANSLATE_NOOP("ResourceState", "OK") },
    { ResourceState::Erred, QLatin1StringView("Erred"), QT_TRANSLATE_NOOP("ResourceState", "Erred") },
    { ResourceState::Updating, QLatin1StringView("Updating"), QT_TRANSLATE_NOOP("ResourceState", "Updating") },
    { ResourceState::Terminating, QLatin1StringView("Terminating"), QT_TRANSLATE_NOOP("ResourceState", "Terminating") },
    { ResourceState::Terminated, QLatin1StringView("Terminated"), QT_TRANSLATE_NOOP("ResourceState", "Terminated") },
};
} // namespace

QString toWire(ResourceState state)
{
    for (const StateName &name : kStates) {
        if (name.state == state) {
            return name.wire;
        }
    }
    return {};
}

ResourceState fromWire(QStringView text)
{
    // Case-sensitive, like the server's filter: "ok" is not a state.
    for (const StateName &name : kStates) {
        if (text == name.wire) {
            return name.state;
        }
    }
    return ResourceState::Unknown;
}

QString displayName(ResourceState state)
{
    for (const StateName &name : kStates) {
        if (name.state == state) {
            return QCoreApplication::translate("ResourceState", name.display);
        }
    }
    return QCoreApplication::translate("ResourceState", "Unknown");
}

bool isTransitional(ResourceState state)
{
    return state == ResourceState::Creating || state == ResourceState::Updating || state == ResourceState::Terminating;
}

} // namespace ResourceStates

std::optional<Resource> Resource::fromJson(const QJsonObject &json, bool keepRaw, QString *error)
{
    JsonReader reader(json);
    Resource r;
    r.uuid = reader.string(QLatin1StringView("uuid"));
    r.url = reader.string(QLatin1StringView("url"));
    r.name = reader.string(QLatin1StringView("name"));
    r.slug = reader.string(QLatin1StringView("slug"));
    r.description = reader.string(QLatin1StringView("description"));
    // A state this client does not know yet (a newer server) stays Unknown rather than failing the page.
    r.state = ResourceStates::fromWire(reader.string(QLatin1StringView("state")));
    r.offeringUuid = reader.string(QLatin1StringView("offering_uuid"));
    r.offeringName = reader.string(QLatin1StringView("offering_name"));
    r.offeringType = reader.string(QLatin1StringView("offering_type"));
    r.customerUuid = reader.string(QLatin1StringView("customer_uuid"));
    r.customerName = reader.string(QLatin1StringView("customer_name"));
    r.projectUuid = reader.string(QLatin1StringView("project_uuid"));
    r.projectName = reader.string(QLatin1StringView("project_name"));
    r.categoryTitle = reader.string(QLatin1StringView("category_title"));
    r.planName = reader.string(QLatin1StringView("plan_name"));
    r.backendId = reader.string(QLatin1StringView("backend_id"));
    r.errorMessage = reader.string(QLatin1StringView("error_message"));
    r.created = reader.dateTime(QLatin1StringView("created"));
    r.modified = reader.dateTime(QLatin1StringView("modified"));
    r.lastSync = reader.dateTime(QLatin1StringView("last_sync"));
    r.endDate = reader.date(QLatin1StringView("end_date"));
    r.projectEndDate = reader.date(QLatin1StringView("project_end_date"));
    r.limits = reader.numberMap(QLatin1StringView("limits"));
    r.paused = reader.boolean(QLatin1StringView("paused"));
    r.downscaled = reader.boolean(QLatin1StringView("downscaled"));
    r.restrictMemberAccess = reader.boolean(QLatin1StringView("restrict_member_access"));
    // Only its presence matters to a row; the order itself stays in raw for the detail view.
    const QLatin1StringView orderKey("order_in_progress");
    reader.object(orderKey); // type check only
    r.hasOrderInProgress = json.value(orderKey).isObject();

    if (reader.hasError()) {
        if (error) {
            *error = reader.error();
        }
        return std::nullopt;
    }
    if (keepRaw) {
        r.raw = json;
    }
    return r;
}

void Resource::shareStrings(StringPool &pool)
{
    pool.share({ &offeringName, &offeringType, &customerName, &customerUuid, &offeringUuid, &projectName, &projectUuid,
        &categoryTitle, &planName });
}

} // namespace wpc
