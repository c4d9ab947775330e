// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"

#include <QKeyCombination>
#include <QList>
#include <QString>

namespace wpc {

struct CurrentUser;
struct Resource;

struct ActionAvailability
{
    bool enabled = false;
    QString reason; // why it is disabled, a full sentence; empty when enabled
};

// The operation table read for one row: the menu's sections, each operation's label (which follows the
// resource's flags), shortcut and description, and the rules that decide whether the server would accept
// it right now (state rules of waldur-api-behaviour §4 and homeport-features §3, staff-only actions).
// Pure functions, no widgets: the menu, the bulk preview and the command palette share them.
namespace ActionCatalog {

// The menu's sections, in display order. Edit stands for both PUT and PATCH (Operation::Update).
QList<Operation> providerActions();
QList<Operation> staffActions();
QList<Operation> viewActions();

ActionKind kind(Operation operation);
// "action_set_paused"; Edit is "action_update".
QString objectName(Operation operation);
// The menu text; flag toggles follow the row's current value ("Pause" / "Unpause"). row may be null.
QString label(Operation operation, const Resource *row);
QString description(Operation operation);
QKeyCombination shortcut(Operation operation); // Qt::Key_unknown when it has none
// Whether the action may be offered for row; user is null while the signed-in user is not known yet.
ActionAvailability availability(Operation operation, const Resource *row, const CurrentUser *user);
// The current value of the flag a toggle flips (paused for set_paused…); false for other operations.
bool toggledFlagValue(Operation operation, const Resource &row);

} // namespace ActionCatalog

} // namespace wpc
