// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/actions/OperationTable.h"

#include <QLatin1StringView>
#include <QString>

#include <array>

namespace wpc {

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
