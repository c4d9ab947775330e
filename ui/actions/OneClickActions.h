// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ResourceAction.h"
#include "ui/actions/ConfirmationHelper.h"

namespace wpc {

struct Resource;

// A one-click action as the controller runs it: the request, the question asked first, and the
// sentences for success and failure. Flags are toggled from the row's current value.
struct OneClickAction
{
    ResourceAction action;
    ConfirmationHelper::Question question;
    QString success; // "Paused “alloc-12”."
    QString failure; // "Pausing “alloc-12” failed"
};

namespace OneClickActions {
// For every operation of ActionKind::OneClick (set_paused, pull…); none for the others. A toggle goes the
// other way from the row's current value.
std::optional<OneClickAction> make(Operation operation, const Resource &row);
} // namespace OneClickActions

} // namespace wpc
