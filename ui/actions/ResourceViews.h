// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"

class QWidget;

namespace wpc {

class JsonViewerDialog;
class ProviderResourcesApi;
struct Resource;

// The read-only GET operations of a resource, each shown in a JsonViewerDialog that loads itself:
// details, offering, offering_for_subresources, plan_periods, team and glauth_users_config.
namespace ResourceViews {

// Opens (show(), not exec()) a viewer for operation and starts loading it; the viewer deletes itself on close.
JsonViewerDialog *open(Operation operation, ProviderResourcesApi *api, const Resource &row, QWidget *parent);

} // namespace ResourceViews

} // namespace wpc
