// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"

#include <QKeySequence>
#include <QList>
#include <QString>

namespace wpc {

struct CurrentUser;
struct Resource;

// How an action is carried out from the Actions menu.
enum class ActionKind {
    Dialog, // opens a dialog that collects input and sends the request
    OneClick, // asks one confirmation question, then sends
    View, // a read-only GET shown in the shared viewer
};

struct ActionAvailability
{
    bool enabled = false;
    QString reason; // why it is disabled, a full sentence; empty when enabled
};

// The console's knowledge about each per-resource operation as a menu item: its label (which follows
// the resource's flags), shortcut, description and the rules that decide whether the server would accept
// it right now (state rules of waldur-api-behaviour §4 and homeport-features §3, staff-only actions).
// Pure functions, no widgets, so that the rules can be tested on their own.
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
QKeySequence shortcut(Operation operation);
// Whether the action may be offered for row; user is null while the signed-in user is not known yet.
ActionAvailability availability(Operation operation, const Resource *row, const CurrentUser *user);

} // namespace ActionCatalog

} // namespace wpc
