// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"

class QWidget;

namespace wpc {

class ActionDialog;
class ProviderResourcesApi;
struct Resource;

namespace ActionDialogFactory {

// The dialog for a dialog-kind operation (ActionCatalog::kind() == ActionKind::Dialog), not yet shown;
// nullptr for any other operation.
ActionDialog *create(Operation operation, ProviderResourcesApi *api, const Resource &row, QWidget *parent);

} // namespace ActionDialogFactory

} // namespace wpc
