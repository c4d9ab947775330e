// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/OneClickActions.h"

#include "models/domain/Resource.h"

#include <QCoreApplication>

namespace wpc::OneClickActions {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::OneClickActions", text);
}
} // namespace

OneClickAction make(Operation operation, const Resource &row)
{
    const QString name = tr("“%1”").arg(row.name.isEmpty() ? row.uuid : row.name);
    const QString where = tr("%1 in project “%2” (%3)").arg(name, row.projectName, row.customerName);
    OneClickAction a;
    auto &q = a.question;
    switch (operation) {
    case Operation::SetPaused:
        a.action = ResourceAction::setPaused(row.uuid, !row.paused);
        if (row.paused) {
            q = { tr("Unpause resource"), tr("Unpause %1?").arg(where), tr("Its users can use it again."),
                tr("Unpause"), false };
            a.success = tr("Unpaused %1.").arg(name);
            a.failure = tr("Unpausing %1 failed").arg(name);
        } else {
            q = { tr("Pause resource"), tr("Pause %1?").arg(where), tr("Its users cannot use it until it is unpaused."),
                tr("Pause"), false };
            a.success = tr("Paused %1.").arg(name);
            a.failure = tr("Pausing %1 failed").arg(name);
        }
        break;
    case Operation::SetDownscaled:
        a.action = ResourceAction::setDownscaled(row.uuid, !row.downscaled);
        if (row.downscaled) {
            q = { tr("Unmark downscaled"), tr("Unmark %1 as downscaled?").arg(where),
                tr("The resource is shown as running with its full capacity again."), tr("Unmark"), false };
            a.success = tr("Unmarked %1 as downscaled.").arg(name);
            a.failure = tr("Unmarking %1 as downscaled failed").arg(name);
        } else {
            q = { tr("Mark as downscaled"), tr("Mark %1 as downscaled?").arg(where),
                tr("The resource is shown as running with reduced capacity."), tr("Mark"), false };
            a.success = tr("Marked %1 as downscaled.").arg(name);
            a.failure = tr("Marking %1 as downscaled failed").arg(name);
        }
        break;
    case Operation::SetRestrictMemberAccess:
        a.action = ResourceAction::setRestrictMemberAccess(row.uuid, !row.restrictMemberAccess);
        if (row.restrictMemberAccess) {
            q = { tr("Allow member access"), tr("Allow project members to access %1 again?").arg(where),
                tr("Every member of the project gets access again."), tr("Allow"), false };
            a.success = tr("Allowed member access to %1.").arg(name);
            a.failure = tr("Allowing member access to %1 failed").arg(name);
        } else {
            q = { tr("Restrict member access"), tr("Restrict member access to %1?").arg(where),
                tr("Plain project members lose access; project managers and administrators keep it."), tr("Restrict"),
                false };
            a.success = tr("Restricted member access to %1.").arg(name);
            a.failure = tr("Restricting member access to %1 failed").arg(name);
        }
        break;
    case Operation::SetAsOk:
        a.action = ResourceAction::setAsOk(row.uuid);
        q = { tr("Set as OK"), tr("Set %1 to OK?").arg(where),
            tr("It is now %1. Its error message and traceback are cleared.")
                .arg(ResourceStates::displayName(row.state)),
            tr("Set as OK"), false };
        a.success = tr("Set %1 to OK.").arg(name);
        a.failure = tr("Setting %1 to OK failed").arg(name);
        break;
    case Operation::RefreshLastSync:
        a.action = ResourceAction::refreshLastSync(row.uuid);
        q = { tr("Refresh last sync"), tr("Record that %1 was synchronised just now?").arg(where),
            tr("Its last sync time becomes the current time; nothing is read from the backend."), tr("Refresh"),
            false };
        a.success = tr("Refreshed the last sync time of %1.").arg(name);
        a.failure = tr("Refreshing the last sync time of %1 failed").arg(name);
        break;
    case Operation::Pull:
        a.action = ResourceAction::pull(row.uuid);
        q = { tr("Pull from backend"), tr("Pull %1 from its backend?").arg(where),
            tr("Waldur schedules a pull that reads the resource with backend ID “%1” and updates its record.")
                .arg(row.backendId),
            tr("Pull"), false };
        a.success = tr("A pull of %1 was scheduled; its record changes when the pull has run.").arg(name);
        a.failure = tr("Pulling %1 failed").arg(name);
        break;
    case Operation::List:
    case Operation::Retrieve:
    case Operation::Unlink:
    case Operation::UpdateOptions:
    case Operation::UpdateOptionsDirect:
    case Operation::Update:
    case Operation::PartialUpdate:
    case Operation::Details:
    case Operation::GlauthUsersConfig:
    case Operation::OfferingForSubresources:
    case Operation::Offering:
    case Operation::PlanPeriods:
    case Operation::Team:
    case Operation::MoveResource:
    case Operation::SetAsErred:
    case Operation::SetBackendId:
    case Operation::SetBackendMetadata:
    case Operation::SetEndDateByProvider:
    case Operation::SetEndDateByStaff:
    case Operation::SetLimits:
    case Operation::SetSlug:
    case Operation::SubmitReport:
    case Operation::Terminate:
    case Operation::Count:
        break;
    }
    return a;
}

} // namespace wpc::OneClickActions
