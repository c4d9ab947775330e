// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/OneClickActions.h"

#include "models/actions/ActionCatalog.h"
#include "models/domain/Resource.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace wpc::OneClickActions {

namespace {
#define ONE_CLICK_TEXT(text) QT_TRANSLATE_NOOP("wpc::OneClickActions", text)

// What the row's value fills into the question's second sentence.
enum class Detail { None, State, BackendId };

// The question and the status-bar sentences of one one-click operation (for a toggle, one going each way):
// its "dialog". %1 in the question is the resource with its project and customer, in success and failure
// its name.
struct Texts
{
    Operation operation;
    bool setsFlag; // a toggle's direction: whether the flag is set (the row has it clear); false otherwise
    const char *title;
    const char *question;
    const char *detail;
    Detail fill;
    const char *button;
    const char *success;
    const char *failure;
};

constexpr std::array kTexts {
    Texts { Operation::SetPaused, true, ONE_CLICK_TEXT("Pause resource"), ONE_CLICK_TEXT("Pause %1?"),
        ONE_CLICK_TEXT("Its users cannot use it until it is unpaused."), Detail::None, ONE_CLICK_TEXT("Pause"),
        ONE_CLICK_TEXT("Paused %1."), ONE_CLICK_TEXT("Pausing %1 failed") },
    Texts { Operation::SetPaused, false, ONE_CLICK_TEXT("Unpause resource"), ONE_CLICK_TEXT("Unpause %1?"),
        ONE_CLICK_TEXT("Its users can use it again."), Detail::None, ONE_CLICK_TEXT("Unpause"),
        ONE_CLICK_TEXT("Unpaused %1."), ONE_CLICK_TEXT("Unpausing %1 failed") },
    Texts { Operation::SetDownscaled, true, ONE_CLICK_TEXT("Mark as downscaled"),
        ONE_CLICK_TEXT("Mark %1 as downscaled?"),
        ONE_CLICK_TEXT("The resource is shown as running with reduced capacity."), Detail::None, ONE_CLICK_TEXT("Mark"),
        ONE_CLICK_TEXT("Marked %1 as downscaled."), ONE_CLICK_TEXT("Marking %1 as downscaled failed") },
    Texts { Operation::SetDownscaled, false, ONE_CLICK_TEXT("Unmark downscaled"),
        ONE_CLICK_TEXT("Unmark %1 as downscaled?"),
        ONE_CLICK_TEXT("The resource is shown as running with its full capacity again."), Detail::None,
        ONE_CLICK_TEXT("Unmark"), ONE_CLICK_TEXT("Unmarked %1 as downscaled."),
        ONE_CLICK_TEXT("Unmarking %1 as downscaled failed") },
    Texts { Operation::SetRestrictMemberAccess, true, ONE_CLICK_TEXT("Restrict member access"),
        ONE_CLICK_TEXT("Restrict member access to %1?"),
        ONE_CLICK_TEXT("Plain project members lose access; project managers and administrators keep it."), Detail::None,
        ONE_CLICK_TEXT("Restrict"), ONE_CLICK_TEXT("Restricted member access to %1."),
        ONE_CLICK_TEXT("Restricting member access to %1 failed") },
    Texts { Operation::SetRestrictMemberAccess, false, ONE_CLICK_TEXT("Allow member access"),
        ONE_CLICK_TEXT("Allow project members to access %1 again?"),
        ONE_CLICK_TEXT("Every member of the project gets access again."), Detail::None, ONE_CLICK_TEXT("Allow"),
        ONE_CLICK_TEXT("Allowed member access to %1."), ONE_CLICK_TEXT("Allowing member access to %1 failed") },
    Texts { Operation::SetAsOk, false, ONE_CLICK_TEXT("Set as OK"), ONE_CLICK_TEXT("Set %1 to OK?"),
        ONE_CLICK_TEXT("It is now %1. Its error message and traceback are cleared."), Detail::State,
        ONE_CLICK_TEXT("Set as OK"), ONE_CLICK_TEXT("Set %1 to OK."), ONE_CLICK_TEXT("Setting %1 to OK failed") },
    Texts { Operation::RefreshLastSync, false, ONE_CLICK_TEXT("Refresh last sync"),
        ONE_CLICK_TEXT("Record that %1 was synchronised just now?"),
        ONE_CLICK_TEXT("Its last sync time becomes the current time; nothing is read from the backend."), Detail::None,
        ONE_CLICK_TEXT("Refresh"), ONE_CLICK_TEXT("Refreshed the last sync time of %1."),
        ONE_CLICK_TEXT("Refreshing the last sync time of %1 failed") },
    Texts { Operation::Pull, false, ONE_CLICK_TEXT("Pull from backend"), ONE_CLICK_TEXT("Pull %1 from its backend?"),
        ONE_CLICK_TEXT("Waldur schedules a pull that reads the resource with backend ID “%1” and updates its record."),
        Detail::BackendId, ONE_CLICK_TEXT("Pull"),
        ONE_CLICK_TEXT("A pull of %1 was scheduled; its record changes when the pull has run."),
        ONE_CLICK_TEXT("Pulling %1 failed") },
};

#undef ONE_CLICK_TEXT

QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::OneClickActions", text);
}
} // namespace

std::optional<OneClickAction> make(Operation operation, const Resource &row)
{
    const bool toggle = OperationTable::facts(operation).toggles != ToggledFlag::None;
    const bool sets = toggle && !ActionCatalog::toggledFlagValue(operation, row);
    const auto texts = std::find_if(
        kTexts.begin(), kTexts.end(), [&](const Texts &t) { return t.operation == operation && t.setsFlag == sets; });
    if (texts == kTexts.end()) {
        return std::nullopt;
    }
    const QString name = tr("“%1”").arg(row.name.isEmpty() ? row.uuid : row.name);
    const QString where = tr("%1 in project “%2” (%3)").arg(name, row.projectName, row.customerName);
    QString detail = tr(texts->detail);
    switch (texts->fill) {
    case Detail::None:
        break;
    case Detail::State:
        detail = detail.arg(ResourceStates::displayName(row.state));
        break;
    case Detail::BackendId:
        detail = detail.arg(row.backendId);
        break;
    }
    OneClickAction a;
    a.action = toggle ? ResourceAction::flag(operation, row.uuid, sets) : ResourceAction::of(operation, row.uuid);
    a.question = { tr(texts->title), tr(texts->question).arg(where), detail, tr(texts->button), false };
    a.success = tr(texts->success).arg(name);
    a.failure = tr(texts->failure).arg(name);
    return a;
}

} // namespace wpc::OneClickActions
