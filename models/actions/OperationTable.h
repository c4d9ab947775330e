// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiRequest.h"

#include <QKeyCombination>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <span>

namespace wpc {

// The 29 operations of /api/marketplace-provider-resources/, in the seed's order. A new one is a line
// here and a row in OperationTable.cpp; its dialog (ActionDialogFactory, the only other exhaustive switch)
// or its confirmation question (OneClickActions) is all the rest.
enum class Operation {
    List,
    Retrieve,
    Pull,
    Unlink,
    UpdateOptions,
    UpdateOptionsDirect,
    Update,
    PartialUpdate,
    Details,
    GlauthUsersConfig,
    OfferingForSubresources,
    Offering,
    PlanPeriods,
    Team,
    MoveResource,
    RefreshLastSync,
    SetAsErred,
    SetAsOk,
    SetBackendId,
    SetBackendMetadata,
    SetDownscaled,
    SetEndDateByProvider,
    SetEndDateByStaff,
    SetLimits,
    SetPaused,
    SetRestrictMemberAccess,
    SetSlug,
    SubmitReport,
    Terminate,
    Count
};

// What a request of the operation carries.
enum class RequestBody {
    None, // no body at all
    Optional, // an object, or nothing (set_as_erred, terminate)
    Keyed, // an object with EndpointInfo::bodyKey; the server fails without it (it indexes validated_data[key])
    NonEmpty, // an object with at least one field (PATCH)
};

// What the server answers a read with.
enum class ReplyKind {
    Json,
    JsonOrAbsent, // 404 with an empty body: there is nothing of this kind behind the resource (plugin details)
    Text, // text/plain (the GLauth configuration)
};

// The wire facts of one operation; its row in OperationTable holds them with everything else.
struct EndpointInfo
{
    Operation operation;
    ApiRequest::Method method;
    QLatin1StringView action; // path segment after {uuid}/, empty for list/retrieve/update
    bool staffOnly; // the server refuses non-staff callers with 403
    bool mutates;
    QLatin1StringView name; // stable id for journals and logs: the action segment, or "list", "update"…
    RequestBody body = RequestBody::None;
    QLatin1StringView bodyKey {}; // the key a Keyed body must carry (a toggle's flag: {"paused": true})
    ReplyKind reply = ReplyKind::Json;
};

// How an operation is carried out from the Actions menu.
enum class ActionKind {
    Table, // list and retrieve: the table and the details pane, not a menu item
    Dialog, // a dialog asks for the parameters
    OneClick, // one confirmation question, no parameters
    View, // a read-only GET shown in the shared viewer
};

// Where the Actions menu lists it.
enum class MenuSection { None, Provider, Staff, View };

// The server's state rule (409 "Valid states for operation: …") and what HomePort adds on top.
enum class StateRule {
    Any,
    OkOrErred, // terminate
    OkOrErredWithBackendId, // pull: the backend is asked for the resource by its ID
    OkOnly, // update options through an order
    NotOkNotTerminated, // set as OK
};

// The flag an on/off operation toggles; its label follows the row's value ("Pause" / "Unpause").
enum class ToggledFlag { None, Paused, Downscaled, RestrictMemberAccess };

// Whether the operation is offered for many resources at once.
enum class BulkUse {
    No,
    Yes,
    TypedCount, // destructive (terminate, unlink, move): the bulk preview wants the count typed to confirm
};

// How the journal can take the change back (issue [4/7]).
enum class Undo {
    None, // no inverse: a pull, a report, a termination, an unlink, an error set, options (Waldur merges them)
    PreviousValue, // the same operation with the values the change overwrote (end date, limits, slug, flags…)
};

// What the table does with the row once the server has accepted the change.
enum class AfterSuccess {
    Reread, // read the row again: the change, and whatever else the server did, shows
    WriteFlag, // the server sets just the flag sent (a toggle): it is written into the row, nothing is read
    RemoveRow, // the record is gone (unlink)
};

// Every fact about one operation, in one row: the wire facts (method, path, staff-only) are its
// EndpointInfo; the rest is what the menu, the rules, the bulk runner and the journal need. Texts are
// translation sources (context "wpc::OperationTable"); OperationTable::text() translates them.
struct OperationFacts
{
    EndpointInfo endpoint;
    ActionKind kind;
    MenuSection section;
    const char *label; // the menu text; for a toggle, the text while the flag is off
    const char *labelWhenSet; // a toggle's text while the flag is on; nullptr otherwise
    const char *description; // the tooltip while enabled
    QKeyCombination shortcut; // none when Qt::Key_unknown
    StateRule stateRule;
    const char *stateReason; // why the rule refuses, with %1 for the row's state; nullptr for Any
    const char *staffReason; // why a non-staff user cannot; nullptr unless staff-only
    ToggledFlag toggles;
    QLatin1StringView ruleFields; // the resource fields the rule and label read, for sparse reads
    BulkUse bulk;
    Undo undo;
    AfterSuccess afterSuccess;
    // How a change reads in a journal or a report, %1 the resource's uuid and %2 the value of the body's key
    // when it is a string ("Set the slug of resource %1 to “%2”"); null for reads.
    const char *summary = nullptr;
    const char *summaryCleared = nullptr; // when the body's key is false or null ("Resume…", "Clear…")
};

namespace OperationTable {

const OperationFacts &facts(Operation operation);
// All operations, in enum order.
std::span<const OperationFacts> all();
// A section's operations in the order the menu shows them.
QList<Operation> menu(MenuSection section);
QString text(const char *source); // translated; empty for nullptr

} // namespace OperationTable

} // namespace wpc
