// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ActionDialogFactory.h"

#include "models/actions/OperationTable.h"
#include "ui/actions/BackendMetadataDialog.h"
#include "ui/actions/EditResourceDialog.h"
#include "ui/actions/EndDateDialog.h"
#include "ui/actions/MoveResourceDialog.h"
#include "ui/actions/SetBackendIdDialog.h"
#include "ui/actions/SetErredDialog.h"
#include "ui/actions/SetLimitsDialog.h"
#include "ui/actions/SetSlugDialog.h"
#include "ui/actions/SubmitReportDialog.h"
#include "ui/actions/TerminateDialog.h"
#include "ui/actions/UnlinkDialog.h"
#include "ui/actions/UpdateOptionsDialog.h"

namespace wpc::ActionDialogFactory {

ActionDialog *create(Operation operation, ProviderResourcesApi *api, const Resource &row, QWidget *parent)
{
    return create(operation, api, ActionDialog::Targets::one(row), parent);
}

ActionDialog *createForMany(
    Operation operation, ProviderResourcesApi *api, const QList<Resource> &targets, QWidget *parent)
{
    if (OperationTable::facts(operation).bulk == BulkUse::No || targets.isEmpty()) {
        return nullptr;
    }
    return create(operation, api, ActionDialog::Targets::many(targets), parent);
}

ActionDialog *create(
    Operation operation, ProviderResourcesApi *api, const ActionDialog::Targets &targets, QWidget *parent)
{
    const Resource &row = targets.rows.constFirst();
    switch (operation) {
    case Operation::Update:
    case Operation::PartialUpdate:
        return new EditResourceDialog(api, row, parent);
    case Operation::SetEndDateByProvider:
        return new EndDateDialog(EndDateDialog::Mode::Provider, api, targets, parent);
    case Operation::SetEndDateByStaff:
        return new EndDateDialog(EndDateDialog::Mode::Staff, api, targets, parent);
    case Operation::SetLimits:
        return new SetLimitsDialog(api, targets, parent);
    case Operation::UpdateOptions:
        return new UpdateOptionsDialog(UpdateOptionsDialog::Mode::Order, api, row, parent);
    case Operation::UpdateOptionsDirect:
        return new UpdateOptionsDialog(UpdateOptionsDialog::Mode::Direct, api, row, parent);
    case Operation::MoveResource:
        return new MoveResourceDialog(api, targets, parent);
    case Operation::SetBackendId:
        return new SetBackendIdDialog(api, row, parent);
    case Operation::SetSlug:
        return new SetSlugDialog(api, row, parent);
    case Operation::SetBackendMetadata:
        return new BackendMetadataDialog(api, targets, parent);
    case Operation::SetAsErred:
        return new SetErredDialog(api, targets, parent);
    case Operation::SubmitReport:
        return new SubmitReportDialog(api, row, parent);
    case Operation::Terminate: // in bulk, no attributes: the bulk preview alone asks
        return targets.bulk ? nullptr : new TerminateDialog(api, row, parent);
    case Operation::Unlink:
        return targets.bulk ? nullptr : new UnlinkDialog(api, row, parent);
    case Operation::List:
    case Operation::Retrieve:
    case Operation::Pull:
    case Operation::Details:
    case Operation::GlauthUsersConfig:
    case Operation::OfferingForSubresources:
    case Operation::Offering:
    case Operation::PlanPeriods:
    case Operation::Team:
    case Operation::RefreshLastSync:
    case Operation::SetAsOk:
    case Operation::SetDownscaled:
    case Operation::SetPaused:
    case Operation::SetRestrictMemberAccess:
    case Operation::Count:
        break;
    }
    return nullptr; // no dialog: a one-click action, a view, or the table itself
}

} // namespace wpc::ActionDialogFactory
