// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/OperationTable.h"

#include <QCoreApplication>

#include <array>

namespace wpc::OperationTable {

namespace {
using M = ApiRequest::Method;
using L = QLatin1StringView;
using K = ActionKind;
using S = MenuSection;
using R = StateRule;
using F = ToggledFlag;
using B = BulkUse;
using U = Undo;
using A = AfterSuccess;
using Body = RequestBody;
using Reply = ReplyKind;

#define OP_TEXT(text) QT_TRANSLATE_NOOP("wpc::OperationTable", text)

constexpr int kCount = static_cast<int>(Operation::Count);
constexpr QKeyCombination kNone(Qt::Key_unknown);
constexpr L kStateOnly("state");

// One row per operation, in enum order (checked below). Endpoint: operation, method, path segment after
// {uuid}/, staff-only (the server answers 403 otherwise), mutates, stable name for journals and logs.
constexpr std::array<OperationFacts, kCount> kTable { {
    { { Operation::List, M::Get, L(""), false, false, L("list") }, K::Table, S::None, OP_TEXT("List"), nullptr,
        OP_TEXT("List the resources of your offerings."), kNone, R::Any, nullptr, nullptr, F::None, L(""), B::No,
        U::None, A::Reread },
    { { Operation::Retrieve, M::Get, L(""), false, false, L("retrieve") }, K::Table, S::None, OP_TEXT("Details"),
        nullptr, OP_TEXT("Read one resource in full."), kNone, R::Any, nullptr, nullptr, F::None, L(""), B::No, U::None,
        A::Reread },
    { { Operation::Pull, M::Post, L("pull"), false, true, L("pull"), Body::None }, K::OneClick, S::Provider,
        OP_TEXT("Pull from backend"), nullptr, OP_TEXT("Schedule a pull of the resource from its backend."),
        QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_U), R::OkOrErredWithBackendId,
        OP_TEXT("Only resources in state OK or Erred can be pulled; this one is %1."), nullptr, F::None,
        L("state,backend_id"), B::Yes, U::None, A::Reread, OP_TEXT("Pull resource %1 from its backend") },
    { { Operation::Unlink, M::Post, L("unlink"), true, true, L("unlink"), Body::None }, K::Dialog, S::Staff,
        OP_TEXT("Unlink…"), nullptr,
        OP_TEXT("Remove the resource's record from Waldur without any cleanup in the backend."), kNone, R::Any, nullptr,
        OP_TEXT("Only staff can unlink resources."), F::None, L(""), B::TypedCount, U::None, A::RemoveRow,
        OP_TEXT("Unlink resource %1") },
    { { Operation::UpdateOptions, M::Post, L("update_options"), false, true, L("update_options"), Body::Keyed,
          L("options") },
        K::Dialog, S::Provider, OP_TEXT("Update options (order)…"), nullptr,
        OP_TEXT("Change the resource options through an update order."), kNone, R::OkOnly,
        OP_TEXT("Options can be changed through an order only in state OK; this one is %1. "
                "“Update options directly” works in any state."),
        nullptr, F::None, kStateOnly, B::No, U::None, A::Reread, OP_TEXT("Update options of resource %1") },
    { { Operation::UpdateOptionsDirect, M::Post, L("update_options_direct"), false, true, L("update_options_direct"),
          Body::Keyed, L("options") },
        K::Dialog, S::Provider, OP_TEXT("Update options directly…"), nullptr,
        OP_TEXT("Change the recorded resource options at once, without an order."), kNone, R::Any, nullptr, nullptr,
        F::None, L(""), B::No, U::None, A::Reread, OP_TEXT("Update options of resource %1 directly") },
    { { Operation::Update, M::Put, L(""), false, true, L("update"), Body::Keyed, L("name") }, K::Dialog, S::Provider,
        OP_TEXT("Edit…"), nullptr, OP_TEXT("Change the name, description and end date."), QKeyCombination(Qt::Key_F2),
        R::Any, nullptr, nullptr, F::None, L(""), B::No, U::PreviousValue, A::Reread, OP_TEXT("Edit resource %1") },
    // Edit sends PATCH when only some fields changed; the menu has one item for both.
    { { Operation::PartialUpdate, M::Patch, L(""), false, true, L("partial_update"), Body::NonEmpty }, K::Dialog,
        S::None, OP_TEXT("Edit…"), nullptr, OP_TEXT("Change the name, description and end date."), kNone, R::Any,
        nullptr, nullptr, F::None, L(""), B::No, U::PreviousValue, A::Reread, OP_TEXT("Edit resource %1") },
    { { Operation::Details, M::Get, L("details"), false, false, L("details"), Body::None, L(""), Reply::JsonOrAbsent },
        K::View, S::View, OP_TEXT("Plugin details"), nullptr,
        OP_TEXT("Show what the server returns for this resource."), kNone, R::Any, nullptr, nullptr, F::None, L(""),
        B::No, U::None, A::Reread },
    { { Operation::GlauthUsersConfig, M::Get, L("glauth_users_config"), false, false, L("glauth_users_config"),
          Body::None, L(""), Reply::Text },
        K::View, S::View, OP_TEXT("GLauth users config"), nullptr,
        OP_TEXT("Show what the server returns for this resource."), kNone, R::Any, nullptr, nullptr, F::None, L(""),
        B::No, U::None, A::Reread },
    { { Operation::OfferingForSubresources, M::Get, L("offering_for_subresources"), false, false,
          L("offering_for_subresources") },
        K::View, S::View, OP_TEXT("Offerings for sub-resources"), nullptr,
        OP_TEXT("Show what the server returns for this resource."), kNone, R::Any, nullptr, nullptr, F::None, L(""),
        B::No, U::None, A::Reread },
    { { Operation::Offering, M::Get, L("offering"), false, false, L("offering") }, K::View, S::View,
        OP_TEXT("Offering"), nullptr, OP_TEXT("Show what the server returns for this resource."), kNone, R::Any,
        nullptr, nullptr, F::None, L(""), B::No, U::None, A::Reread },
    { { Operation::PlanPeriods, M::Get, L("plan_periods"), false, false, L("plan_periods") }, K::View, S::View,
        OP_TEXT("Plan periods"), nullptr, OP_TEXT("Show what the server returns for this resource."), kNone, R::Any,
        nullptr, nullptr, F::None, L(""), B::No, U::None, A::Reread },
    { { Operation::Team, M::Get, L("team"), false, false, L("team") }, K::View, S::View, OP_TEXT("Team"), nullptr,
        OP_TEXT("Show what the server returns for this resource."), kNone, R::Any, nullptr, nullptr, F::None, L(""),
        B::No, U::None, A::Reread },
    { { Operation::MoveResource, M::Post, L("move_resource"), true, true, L("move_resource"), Body::Keyed,
          L("project") },
        K::Dialog, S::Staff, OP_TEXT("Move to another project…"), nullptr,
        OP_TEXT("Move the resource, its orders and pending invoice items to another project."),
        QKeyCombination(Qt::CTRL, Qt::Key_M), R::Any, nullptr,
        OP_TEXT("Only staff can move resources to another project."), F::None, L(""), B::TypedCount, U::PreviousValue,
        A::Reread, OP_TEXT("Move resource %1 to another project") },
    { { Operation::RefreshLastSync, M::Post, L("refresh_last_sync"), false, true, L("refresh_last_sync"), Body::None },
        K::OneClick, S::Provider, OP_TEXT("Refresh last sync"), nullptr,
        OP_TEXT("Record that the resource was synchronised just now."), kNone, R::Any, nullptr, nullptr, F::None, L(""),
        B::Yes, U::None, A::Reread, OP_TEXT("Refresh the last sync time of resource %1") },
    { { Operation::SetAsErred, M::Post, L("set_as_erred"), false, true, L("set_as_erred"), Body::Optional }, K::Dialog,
        S::Provider, OP_TEXT("Set as erred…"), nullptr,
        OP_TEXT("Set the resource to Erred, with an error message and traceback."), kNone, R::Any, nullptr, nullptr,
        F::None, L(""), B::Yes, U::None, A::Reread, OP_TEXT("Mark resource %1 as erred") },
    { { Operation::SetAsOk, M::Post, L("set_as_ok"), false, true, L("set_as_ok"), Body::None }, K::OneClick,
        S::Provider, OP_TEXT("Set as OK"), nullptr, OP_TEXT("Set the resource back to OK and clear its error."), kNone,
        R::NotOkNotTerminated, OP_TEXT("A terminated resource cannot be set back to OK."), nullptr, F::None, kStateOnly,
        B::Yes, U::None, A::Reread, OP_TEXT("Mark resource %1 as OK") },
    { { Operation::SetBackendId, M::Post, L("set_backend_id"), false, true, L("set_backend_id"), Body::Keyed,
          L("backend_id") },
        K::Dialog, S::Provider, OP_TEXT("Set backend ID…"), nullptr,
        OP_TEXT("Change the ID of the resource in the backend."), QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_B),
        R::Any, nullptr, nullptr, F::None, L(""), B::No, U::PreviousValue, A::Reread,
        OP_TEXT("Set the backend ID of resource %1 to \"%2\"") },
    { { Operation::SetBackendMetadata, M::Post, L("set_backend_metadata"), false, true, L("set_backend_metadata"),
          Body::Keyed, L("backend_metadata") },
        K::Dialog, S::Provider, OP_TEXT("Set backend metadata…"), nullptr, OP_TEXT("Replace the backend metadata."),
        kNone, R::Any, nullptr, nullptr, F::None, L(""), B::Yes, U::PreviousValue, A::Reread,
        OP_TEXT("Set the backend metadata of resource %1") },
    { { Operation::SetDownscaled, M::Post, L("set_downscaled"), true, true, L("set_downscaled"), Body::Keyed,
          L("downscaled") },
        K::OneClick, S::Staff, OP_TEXT("Mark as downscaled"), OP_TEXT("Unmark downscaled"),
        OP_TEXT("Mark or unmark the resource as downscaled."), kNone, R::Any, nullptr,
        OP_TEXT("Only staff can mark resources as downscaled."), F::Downscaled, L("downscaled"), B::Yes,
        U::PreviousValue, A::WriteFlag, OP_TEXT("Downscale resource %1"), OP_TEXT("Stop downscaling resource %1") },
    { { Operation::SetEndDateByProvider, M::Post, L("set_end_date_by_provider"), false, true,
          L("set_end_date_by_provider"), Body::Keyed, L("end_date") },
        K::Dialog, S::Provider, OP_TEXT("Set end date…"), nullptr,
        OP_TEXT("Set or clear the date on which the resource is terminated, as its service provider."),
        QKeyCombination(Qt::CTRL, Qt::Key_E), R::Any, nullptr, nullptr, F::None, L(""), B::Yes, U::PreviousValue,
        A::Reread, OP_TEXT("Set the end date of resource %1 to %2"), OP_TEXT("Clear the end date of resource %1") },
    { { Operation::SetEndDateByStaff, M::Post, L("set_end_date_by_staff"), true, true, L("set_end_date_by_staff"),
          Body::Keyed, L("end_date") },
        K::Dialog, S::Staff, OP_TEXT("Set end date as staff…"), nullptr, OP_TEXT("Set or clear the end date as staff."),
        kNone, R::Any, nullptr, OP_TEXT("Only staff can set the end date as staff."), F::None, L(""), B::Yes,
        U::PreviousValue, A::Reread, OP_TEXT("Set the end date of resource %1 to %2"),
        OP_TEXT("Clear the end date of resource %1") },
    { { Operation::SetLimits, M::Post, L("set_limits"), false, true, L("set_limits"), Body::Keyed, L("limits") },
        K::Dialog, S::Provider, OP_TEXT("Set limits…"), nullptr,
        OP_TEXT("Change the limits of the offering's limit-based components."), QKeyCombination(Qt::CTRL, Qt::Key_L),
        R::Any, nullptr, nullptr, F::None, L(""), B::Yes, U::PreviousValue, A::Reread,
        OP_TEXT("Set the limits of resource %1") },
    { { Operation::SetPaused, M::Post, L("set_paused"), true, true, L("set_paused"), Body::Keyed, L("paused") },
        K::OneClick, S::Staff, OP_TEXT("Pause"), OP_TEXT("Unpause"), OP_TEXT("Pause or unpause the resource."),
        QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_P), R::Any, nullptr,
        OP_TEXT("Only staff can pause or unpause resources."), F::Paused, L("paused"), B::Yes, U::PreviousValue,
        A::WriteFlag, OP_TEXT("Pause resource %1"), OP_TEXT("Resume resource %1") },
    { { Operation::SetRestrictMemberAccess, M::Post, L("set_restrict_member_access"), true, true,
          L("set_restrict_member_access"), Body::Keyed, L("restrict_member_access") },
        K::OneClick, S::Staff, OP_TEXT("Restrict member access"), OP_TEXT("Allow member access"),
        OP_TEXT("Restrict or allow access for project members."), kNone, R::Any, nullptr,
        OP_TEXT("Only staff can restrict member access."), F::RestrictMemberAccess, L("restrict_member_access"), B::Yes,
        U::PreviousValue, A::WriteFlag, OP_TEXT("Restrict member access to resource %1"),
        OP_TEXT("Allow member access to resource %1") },
    { { Operation::SetSlug, M::Post, L("set_slug"), true, true, L("set_slug"), Body::Keyed, L("slug") }, K::Dialog,
        S::Staff, OP_TEXT("Set slug…"), nullptr, OP_TEXT("Change the resource's slug."), kNone, R::Any, nullptr,
        OP_TEXT("Only staff can change the slug."), F::None, L(""), B::No, U::PreviousValue, A::Reread,
        OP_TEXT("Set the slug of resource %1 to \"%2\"") },
    { { Operation::SubmitReport, M::Post, L("submit_report"), false, true, L("submit_report"), Body::Keyed,
          L("report") },
        K::Dialog, S::Provider, OP_TEXT("Submit report…"), nullptr, OP_TEXT("Submit a report made of sections."), kNone,
        R::Any, nullptr, nullptr, F::None, L(""), B::No, U::None, A::Reread,
        OP_TEXT("Submit a report for resource %1") },
    { { Operation::Terminate, M::Post, L("terminate"), false, true, L("terminate"), Body::Optional }, K::Dialog,
        S::Provider, OP_TEXT("Terminate…"), nullptr, OP_TEXT("Create an order that terminates the resource."),
        QKeyCombination(Qt::SHIFT, Qt::Key_Delete), R::OkOrErred,
        OP_TEXT("Only resources in state OK or Erred can be terminated; this one is %1."), nullptr, F::None, kStateOnly,
        B::TypedCount, U::None, A::Reread, OP_TEXT("Terminate resource %1") },
} };

#undef OP_TEXT

constexpr bool rowsAreConsistent()
{
    for (int i = 0; i < kCount; ++i) {
        const OperationFacts &row = kTable[size_t(i)];
        if (static_cast<int>(row.endpoint.operation) != i) {
            return false; // not in enum order
        }
        if ((row.stateRule == StateRule::Any) != (row.stateReason == nullptr)) {
            return false; // a rule without its reason, or a reason without a rule
        }
        if (row.endpoint.staffOnly != (row.staffReason != nullptr)) {
            return false; // staff-only without saying so, or the other way round
        }
        if ((row.toggles == ToggledFlag::None) != (row.labelWhenSet == nullptr)) {
            return false; // a toggle needs both labels
        }
        if (row.bulk != BulkUse::No && !row.endpoint.mutates) {
            return false; // only changes run in bulk
        }
        if (row.endpoint.mutates != (row.summary != nullptr)) {
            return false; // every change says how it reads in a journal; reads do not
        }
        if ((row.endpoint.body == RequestBody::Keyed) != !row.endpoint.bodyKey.isEmpty()) {
            return false; // a keyed body names its key
        }
        if (row.toggles != ToggledFlag::None
            && (row.endpoint.body != RequestBody::Keyed || row.summaryCleared == nullptr
                || row.afterSuccess != AfterSuccess::WriteFlag)) {
            return false; // a toggle sends its flag, says both ways how it reads, and writes the flag back
        }
    }
    return true;
}
static_assert(
    rowsAreConsistent(), "kTable: enum order, each rule with its reason, toggles complete, changes summarised");

// The menu's order within each section.
constexpr std::array kMenuOrder { Operation::Update, Operation::SetEndDateByProvider, Operation::SetLimits,
    Operation::UpdateOptions, Operation::UpdateOptionsDirect, Operation::SetBackendId, Operation::SetBackendMetadata,
    Operation::SubmitReport, Operation::SetAsErred, Operation::SetAsOk, Operation::RefreshLastSync, Operation::Pull,
    Operation::Terminate, Operation::MoveResource, Operation::SetSlug, Operation::SetEndDateByStaff,
    Operation::SetPaused, Operation::SetDownscaled, Operation::SetRestrictMemberAccess, Operation::Unlink,
    Operation::Details, Operation::Offering, Operation::OfferingForSubresources, Operation::PlanPeriods,
    Operation::Team, Operation::GlauthUsersConfig };
} // namespace

const OperationFacts &facts(Operation operation)
{
    const int index = static_cast<int>(operation);
    Q_ASSERT(index >= 0 && index < kCount);
    return kTable[size_t(std::clamp(index, 0, kCount - 1))];
}

std::span<const OperationFacts> all()
{
    return kTable;
}

QList<Operation> menu(MenuSection section)
{
    QList<Operation> operations;
    for (Operation operation : kMenuOrder) {
        if (facts(operation).section == section) {
            operations.append(operation);
        }
    }
    return operations;
}

QString text(const char *source)
{
    return source ? QCoreApplication::translate("wpc::OperationTable", source) : QString();
}

} // namespace wpc::OperationTable
