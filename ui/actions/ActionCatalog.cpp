// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ActionCatalog.h"

#include "models/domain/Entities.h"
#include "models/domain/Resource.h"

#include <QCoreApplication>

namespace wpc::ActionCatalog {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::ActionCatalog", text);
}

bool isOkOrErred(ResourceState state)
{
    return state == ResourceState::OK || state == ResourceState::Erred;
}

QString staffOnlyReason(Operation operation)
{
    switch (operation) {
    case Operation::Unlink:
        return tr("Only staff can unlink resources.");
    case Operation::MoveResource:
        return tr("Only staff can move resources to another project.");
    case Operation::SetDownscaled:
        return tr("Only staff can mark resources as downscaled.");
    case Operation::SetEndDateByStaff:
        return tr("Only staff can set the end date as staff.");
    case Operation::SetPaused:
        return tr("Only staff can pause or unpause resources.");
    case Operation::SetRestrictMemberAccess:
        return tr("Only staff can restrict member access.");
    case Operation::SetSlug:
        return tr("Only staff can change the slug.");
    default:
        return tr("Only staff can do this.");
    }
}

// The server's state validators (409 "Valid states for operation: …") and what HomePort adds on top.
QString stateProblem(Operation operation, const Resource &row)
{
    const QString state = ResourceStates::displayName(row.state);
    switch (operation) {
    case Operation::Terminate:
        if (!isOkOrErred(row.state)) {
            return tr("Only resources in state OK or Erred can be terminated; this one is %1.").arg(state);
        }
        break;
    case Operation::Pull:
        if (!isOkOrErred(row.state)) {
            return tr("Only resources in state OK or Erred can be pulled; this one is %1.").arg(state);
        }
        if (row.backendId.trimmed().isEmpty()) {
            return tr("Pull needs a backend ID; set one first.");
        }
        break;
    case Operation::UpdateOptions:
        if (row.state != ResourceState::OK) {
            return tr("Options can be changed through an order only in state OK; this one is %1. "
                      "“Update options directly” works in any state.")
                .arg(state);
        }
        break;
    case Operation::SetAsOk:
        if (row.state == ResourceState::OK) {
            return tr("The resource is already OK.");
        }
        if (row.state == ResourceState::Terminated) {
            return tr("A terminated resource cannot be set back to OK.");
        }
        break;
    default:
        break;
    }
    return {};
}
} // namespace

QList<Operation> providerActions()
{
    return { Operation::Update, Operation::SetEndDateByProvider, Operation::SetLimits, Operation::UpdateOptions,
        Operation::UpdateOptionsDirect, Operation::SetBackendId, Operation::SetBackendMetadata, Operation::SubmitReport,
        Operation::SetAsErred, Operation::SetAsOk, Operation::RefreshLastSync, Operation::Pull, Operation::Terminate };
}

QList<Operation> staffActions()
{
    return { Operation::MoveResource, Operation::SetSlug, Operation::SetEndDateByStaff, Operation::SetPaused,
        Operation::SetDownscaled, Operation::SetRestrictMemberAccess, Operation::Unlink };
}

QList<Operation> viewActions()
{
    return { Operation::Details, Operation::Offering, Operation::OfferingForSubresources, Operation::PlanPeriods,
        Operation::Team, Operation::GlauthUsersConfig };
}

ActionKind kind(Operation operation)
{
    switch (operation) {
    case Operation::SetAsOk:
    case Operation::RefreshLastSync:
    case Operation::Pull:
    case Operation::SetPaused:
    case Operation::SetDownscaled:
    case Operation::SetRestrictMemberAccess:
        return ActionKind::OneClick;
    case Operation::Details:
    case Operation::Offering:
    case Operation::OfferingForSubresources:
    case Operation::PlanPeriods:
    case Operation::Team:
    case Operation::GlauthUsersConfig:
        return ActionKind::View;
    default:
        return ActionKind::Dialog;
    }
}

QString objectName(Operation operation)
{
    return QStringLiteral("action_") + QString(Endpoints::info(operation).name);
}

QString label(Operation operation, const Resource *row)
{
    switch (operation) {
    case Operation::Update:
    case Operation::PartialUpdate:
        return tr("Edit…");
    case Operation::SetEndDateByProvider:
        return tr("Set end date…");
    case Operation::SetLimits:
        return tr("Set limits…");
    case Operation::UpdateOptions:
        return tr("Update options (order)…");
    case Operation::UpdateOptionsDirect:
        return tr("Update options directly…");
    case Operation::SetBackendId:
        return tr("Set backend ID…");
    case Operation::SetBackendMetadata:
        return tr("Set backend metadata…");
    case Operation::SubmitReport:
        return tr("Submit report…");
    case Operation::SetAsErred:
        return tr("Set as erred…");
    case Operation::SetAsOk:
        return tr("Set as OK");
    case Operation::RefreshLastSync:
        return tr("Refresh last sync");
    case Operation::Pull:
        return tr("Pull from backend");
    case Operation::Terminate:
        return tr("Terminate…");
    case Operation::MoveResource:
        return tr("Move to another project…");
    case Operation::SetSlug:
        return tr("Set slug…");
    case Operation::SetEndDateByStaff:
        return tr("Set end date as staff…");
    case Operation::SetPaused:
        return row && row->paused ? tr("Unpause") : tr("Pause");
    case Operation::SetDownscaled:
        return row && row->downscaled ? tr("Unmark downscaled") : tr("Mark as downscaled");
    case Operation::SetRestrictMemberAccess:
        return row && row->restrictMemberAccess ? tr("Allow member access") : tr("Restrict member access");
    case Operation::Unlink:
        return tr("Unlink…");
    case Operation::Details:
        return tr("Plugin details");
    case Operation::Offering:
        return tr("Offering");
    case Operation::OfferingForSubresources:
        return tr("Offerings for sub-resources");
    case Operation::PlanPeriods:
        return tr("Plan periods");
    case Operation::Team:
        return tr("Team");
    case Operation::GlauthUsersConfig:
        return tr("GLauth users config");
    default:
        return QString(Endpoints::info(operation).name);
    }
}

QString description(Operation operation)
{
    switch (operation) {
    case Operation::Update:
        return tr("Change the name, description and end date.");
    case Operation::SetEndDateByProvider:
        return tr("Set or clear the date on which the resource is terminated, as its service provider.");
    case Operation::SetLimits:
        return tr("Change the limits of the offering's limit-based components.");
    case Operation::UpdateOptions:
        return tr("Change the resource options through an update order.");
    case Operation::UpdateOptionsDirect:
        return tr("Change the recorded resource options at once, without an order.");
    case Operation::SetBackendId:
        return tr("Change the ID of the resource in the backend.");
    case Operation::SetBackendMetadata:
        return tr("Replace the backend metadata.");
    case Operation::SubmitReport:
        return tr("Submit a report made of sections.");
    case Operation::SetAsErred:
        return tr("Set the resource to Erred, with an error message and traceback.");
    case Operation::SetAsOk:
        return tr("Set the resource back to OK and clear its error.");
    case Operation::RefreshLastSync:
        return tr("Record that the resource was synchronised just now.");
    case Operation::Pull:
        return tr("Schedule a pull of the resource from its backend.");
    case Operation::Terminate:
        return tr("Create an order that terminates the resource.");
    case Operation::MoveResource:
        return tr("Move the resource, its orders and pending invoice items to another project.");
    case Operation::SetSlug:
        return tr("Change the resource's slug.");
    case Operation::SetEndDateByStaff:
        return tr("Set or clear the end date as staff.");
    case Operation::SetPaused:
        return tr("Pause or unpause the resource.");
    case Operation::SetDownscaled:
        return tr("Mark or unmark the resource as downscaled.");
    case Operation::SetRestrictMemberAccess:
        return tr("Restrict or allow access for project members.");
    case Operation::Unlink:
        return tr("Remove the resource's record from Waldur without any cleanup in the backend.");
    default:
        return tr("Show what the server returns for this resource.");
    }
}

QKeySequence shortcut(Operation operation)
{
    switch (operation) {
    case Operation::Update:
        return QKeySequence(Qt::Key_F2);
    case Operation::SetEndDateByProvider:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case Operation::SetLimits:
        return QKeySequence(Qt::CTRL | Qt::Key_L);
    case Operation::MoveResource:
        return QKeySequence(Qt::CTRL | Qt::Key_M);
    case Operation::Pull:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    case Operation::SetPaused:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    case Operation::SetBackendId:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    case Operation::Terminate:
        return QKeySequence(Qt::SHIFT | Qt::Key_Delete);
    default:
        return {};
    }
}

ActionAvailability availability(Operation operation, const Resource *row, const CurrentUser *user)
{
    if (!row) {
        return { false, tr("Select a resource first.") };
    }
    if (Endpoints::info(operation).staffOnly) {
        if (!user) {
            return { false, tr("Your permissions are still being loaded from the server.") };
        }
        if (!user->isStaff) {
            return { false, staffOnlyReason(operation) };
        }
    }
    if (const QString problem = stateProblem(operation, *row); !problem.isEmpty()) {
        return { false, problem };
    }
    return { true, {} };
}

} // namespace wpc::ActionCatalog
