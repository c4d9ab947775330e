// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/Endpoints.h"

#include <QUrl>

namespace wpc::Endpoints {

namespace {
using M = ApiRequest::Method;
using L = QLatin1StringView;

constexpr int kCount = static_cast<int>(Operation::Count);

// Order matches enum Operation; checked by a static_assert below and by tst_domain_actions.
constexpr std::array<EndpointInfo, kCount> kTable { {
    { Operation::List, M::Get, L(""), false, false, L("list") },
    { Operation::Retrieve, M::Get, L(""), false, false, L("retrieve") },
    { Operation::Pull, M::Post, L("pull"), false, true, L("pull") },
    { Operation::Unlink, M::Post, L("unlink"), true, true, L("unlink") },
    { Operation::UpdateOptions, M::Post, L("update_options"), false, true, L("update_options") },
    { Operation::UpdateOptionsDirect, M::Post, L("update_options_direct"), false, true, L("update_options_direct") },
    { Operation::Update, M::Put, L(""), false, true, L("update") },
    { Operation::PartialUpdate, M::Patch, L(""), false, true, L("partial_update") },
    { Operation::Details, M::Get, L("details"), false, false, L("details") },
    { Operation::GlauthUsersConfig, M::Get, L("glauth_users_config"), false, false, L("glauth_users_config") },
    { Operation::OfferingForSubresources, M::Get, L("offering_for_subresources"), false, false,
        L("offering_for_subresources") },
    { Operation::Offering, M::Get, L("offering"), false, false, L("offering") },
    { Operation::PlanPeriods, M::Get, L("plan_periods"), false, false, L("plan_periods") },
    { Operation::Team, M::Get, L("team"), false, false, L("team") },
    { Operation::MoveResource, M::Post, L("move_resource"), true, true, L("move_resource") },
    { Operation::RefreshLastSync, M::Post, L("refresh_last_sync"), false, true, L("refresh_last_sync") },
    { Operation::SetAsErred, M::Post, L("set_as_erred"), false, true, L("set_as_erred") },
    { Operation::SetAsOk, M::Post, L("set_as_ok"), false, true, L("set_as_ok") },
    { Operation::SetBackendId, M::Post, L("set_backend_id"), false, true, L("set_backend_id") },
    { Operation::SetBackendMetadata, M::Post, L("set_backend_metadata"), false, true, L("set_backend_metadata") },
    { Operation::SetDownscaled, M::Post, L("set_downscaled"), true, true, L("set_downscaled") },
    { Operation::SetEndDateByProvider, M::Post, L("set_end_date_by_provider"), false, true,
        L("set_end_date_by_provider") },
    { Operation::SetEndDateByStaff, M::Post, L("set_end_date_by_staff"), true, true, L("set_end_date_by_staff") },
    { Operation::SetLimits, M::Post, L("set_limits"), false, true, L("set_limits") },
    { Operation::SetPaused, M::Post, L("set_paused"), true, true, L("set_paused") },
    { Operation::SetRestrictMemberAccess, M::Post, L("set_restrict_member_access"), true, true,
        L("set_restrict_member_access") },
    { Operation::SetSlug, M::Post, L("set_slug"), true, true, L("set_slug") },
    { Operation::SubmitReport, M::Post, L("submit_report"), false, true, L("submit_report") },
    { Operation::Terminate, M::Post, L("terminate"), false, true, L("terminate") },
} };

constexpr bool tableInEnumOrder()
{
    for (int i = 0; i < kCount; ++i) {
        if (static_cast<int>(kTable[i].operation) != i) {
            return false;
        }
    }
    return true;
}
static_assert(tableInEnumOrder(), "kTable rows must follow enum Operation");

constexpr EndpointInfo kInvalid { Operation::Count, M::Get, L(""), false, false, L("") };
} // namespace

const EndpointInfo &info(Operation operation)
{
    const int index = static_cast<int>(operation);
    if (index < 0 || index >= kCount) {
        return kInvalid;
    }
    return kTable[index];
}

Operation fromActionName(QLatin1StringView action)
{
    if (action.isEmpty()) {
        return Operation::Count;
    }
    for (const EndpointInfo &row : kTable) {
        if (row.action == action) {
            return row.operation;
        }
    }
    return Operation::Count;
}

Operation fromName(QStringView name)
{
    for (const EndpointInfo &row : kTable) {
        if (name == row.name) {
            return row.operation;
        }
    }
    return Operation::Count;
}

QString pathFor(Operation operation, const QString &resourceUuid)
{
    const EndpointInfo &row = info(operation);
    if (operation == Operation::List || row.operation == Operation::Count) {
        return kResources;
    }
    // Uuids are hex, which percent-encoding leaves alone; anything else cannot climb out of the path.
    QString path = kResources + QString::fromLatin1(QUrl::toPercentEncoding(resourceUuid)) + QLatin1Char('/');
    if (!row.action.isEmpty()) {
        path += row.action + QLatin1Char('/');
    }
    return path;
}

QString projectUrlPath(const QString &projectUuid)
{
    return kProjects + QString::fromLatin1(QUrl::toPercentEncoding(projectUuid)) + QLatin1Char('/');
}

} // namespace wpc::Endpoints
