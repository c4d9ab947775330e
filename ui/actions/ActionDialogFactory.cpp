// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ActionDialogFactory.h"

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
    switch (operation) {
    case Operation::Update:
    case Operation::PartialUpdate:
        return new EditResourceDialog(api, row, parent);
    case Operation::SetEndDateByProvider:
        return new EndDateDialog(EndDateDialog::Mode::Provider, api, row, parent);
    case Operation::SetEndDateByStaff:
        return new EndDateDialog(EndDateDialog::Mode::Staff, api, row, parent);
    case Operation::SetLimits:
        return new SetLimitsDialog(api, row, parent);
    case Operation::UpdateOptions:
        return new UpdateOptionsDialog(UpdateOptionsDialog::Mode::Order, api, row, parent);
    case Operation::UpdateOptionsDirect:
        return new UpdateOptionsDialog(UpdateOptionsDialog::Mode::Direct, api, row, parent);
    case Operation::MoveResource:
        return new MoveResourceDialog(api, row, parent);
    case Operation::SetBackendId:
        return new SetBackendIdDialog(api, row, parent);
    case Operation::SetSlug:
        return new SetSlugDialog(api, row, parent);
    case Operation::SetBackendMetadata:
        return new BackendMetadataDialog(api, row, parent);
    case Operation::SetAsErred:
        return new SetErredDialog(api, row, parent);
    case Operation::SubmitReport:
        return new SubmitReportDialog(api, row, parent);
    case Operation::Terminate:
        return new TerminateDialog(api, row, parent);
    case Operation::Unlink:
        return new UnlinkDialog(api, row, parent);
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

ActionDialog *createForMany(
    Operation operation, ProviderResourcesApi *api, const QList<Resource> &targets, QWidget *parent)
{
    switch (operation) {
    case Operation::SetEndDateByProvider:
        return new EndDateDialog(EndDateDialog::Mode::Provider, api, ActionDialog::Targets::many(targets), parent);
    case Operation::SetEndDateByStaff:
        return new EndDateDialog(EndDateDialog::Mode::Staff, api, ActionDialog::Targets::many(targets), parent);
    case Operation::MoveResource:
        return new MoveResourceDialog(api, ActionDialog::Targets::many(targets), parent);
    case Operation::SetBackendMetadata:
        return new BackendMetadataDialog(api, ActionDialog::Targets::many(targets), parent);
    case Operation::SetAsErred:
        return new SetErredDialog(api, ActionDialog::Targets::many(targets), parent);
    case Operation::SetLimits:
        return new SetLimitsDialog(api, ActionDialog::Targets::many(targets), parent);
    case Operation::Terminate: // no attributes in bulk
    case Operation::Unlink:
    case Operation::Update:
    case Operation::PartialUpdate:
    case Operation::UpdateOptions:
    case Operation::UpdateOptionsDirect:
    case Operation::SetBackendId:
    case Operation::SetSlug:
    case Operation::SubmitReport:
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
    return nullptr;
}

} // namespace wpc::ActionDialogFactory
