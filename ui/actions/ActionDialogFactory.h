// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"
#include "ui/actions/ActionDialog.h"

#include <QList>

class QWidget;

namespace wpc {

class ProviderResourcesApi;

namespace ActionDialogFactory {

// The dialog for a dialog-kind operation (ActionCatalog::kind() == ActionKind::Dialog), not yet shown;
// nullptr for any other operation.
ActionDialog *create(Operation operation, ProviderResourcesApi *api, const Resource &row, QWidget *parent);
// The dialog that asks once for the parameters of a bulk run over `targets` (one or more); nullptr when the
// operation takes none in bulk (the one-click ones, terminate and unlink: the bulk preview alone asks) or is
// not offered in bulk.
ActionDialog *createForMany(
    Operation operation, ProviderResourcesApi *api, const QList<Resource> &targets, QWidget *parent);
// Both of the above: the dialog for `targets` (ActionDialog::Targets::one or ::many).
ActionDialog *create(
    Operation operation, ProviderResourcesApi *api, const ActionDialog::Targets &targets, QWidget *parent);

} // namespace ActionDialogFactory

} // namespace wpc
