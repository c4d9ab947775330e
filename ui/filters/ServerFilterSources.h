// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/filters/FilterSources.h"

class QObject;

namespace wpc {

class ProviderResourcesApi;

// The filter pickers' sources on a Waldur server: offerings, customers (who are also the providers) and
// projects are searched by name a page at a time; categories and offering types come from one walk over
// the provider's offerings, made when first needed and kept by `owner`; plans from the chosen offering.
FilterSources serverFilterSources(ProviderResourcesApi *api, const QString &settingsGroup, QObject *owner);

} // namespace wpc
