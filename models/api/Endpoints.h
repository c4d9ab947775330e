// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiRequest.h"

#include <QLatin1StringView>
#include <QString>

#include <array>

namespace wpc {

// The 29 operations of /api/marketplace-provider-resources/, in the seed's order.
enum class Operation {
    List,
    Retrieve,
    Pull,
    Unlink,
    UpdateOptions,
    UpdateOptionsDirect,
    Update,
    PartialUpdate,
    Details,
    GlauthUsersConfig,
    OfferingForSubresources,
    Offering,
    PlanPeriods,
    Team,
    MoveResource,
    RefreshLastSync,
    SetAsErred,
    SetAsOk,
    SetBackendId,
    SetBackendMetadata,
    SetDownscaled,
    SetEndDateByProvider,
    SetEndDateByStaff,
    SetLimits,
    SetPaused,
    SetRestrictMemberAccess,
    SetSlug,
    SubmitReport,
    Terminate,
    Count
};

// The wire facts of one operation; its row in OperationTable holds them with everything else.
struct EndpointInfo
{
    Operation operation;
    ApiRequest::Method method;
    QLatin1StringView action; // path segment after {uuid}/, empty for list/retrieve/update
    bool staffOnly; // the server refuses non-staff callers with 403
    bool mutates;
    QLatin1StringView name; // stable id for journals and logs: the action segment, or "list", "update"…
};

namespace Endpoints {
inline constexpr QLatin1StringView kResources { "api/marketplace-provider-resources/" };
inline constexpr QLatin1StringView kCurrentUser { "api/users/me/" };
inline constexpr QLatin1StringView kUsers { "api/users/" }; // + "<uuid>/"
inline constexpr QLatin1StringView kProjects { "api/projects/" };
inline constexpr QLatin1StringView kCustomers { "api/customers/" };
inline constexpr QLatin1StringView kOfferings { "api/marketplace-provider-offerings/" };

const EndpointInfo &info(Operation operation);
// Operation for an action segment ("set_paused"), or Operation::Count when unknown.
Operation fromActionName(QLatin1StringView action);
// Operation for a stable name (EndpointInfo::name), or Operation::Count when unknown.
Operation fromName(QStringView name);
// "api/marketplace-provider-resources/" for List, ".../<uuid>/" or ".../<uuid>/<action>/" otherwise.
QString pathFor(Operation operation, const QString &resourceUuid = {});
QString projectUrlPath(const QString &projectUuid);
} // namespace Endpoints

} // namespace wpc
