// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/ActionCatalog.h"

#include "models/domain/Entities.h"
#include "models/domain/Resource.h"

#include <QCoreApplication>

namespace wpc::ActionCatalog {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::ActionCatalog", text);
}

bool isOkOrErred(ResourceState state)
{
    return state == ResourceState::OK || state == ResourceState::Erred;
}

QString stateProblem(const OperationFacts &facts, const Resource &row)
{
    // The reason names the row's state where it has a place for it (%1).
    QString refused = OperationTable::text(facts.stateReason);
    if (refused.contains(QLatin1StringView("%1"))) {
        refused = refused.arg(ResourceStates::displayName(row.state));
    }
    switch (facts.stateRule) {
    case StateRule::Any:
        return {};
    case StateRule::OkOrErred:
        return isOkOrErred(row.state) ? QString() : refused;
    case StateRule::OkOrErredWithBackendId:
        if (!isOkOrErred(row.state)) {
            return refused;
        }
        return row.backendId.trimmed().isEmpty() ? tr("Pull needs a backend ID; set one first.") : QString();
    case StateRule::OkOnly:
        return row.state == ResourceState::OK ? QString() : refused;
    case StateRule::NotOkNotTerminated:
        if (row.state == ResourceState::OK) {
            return tr("The resource is already OK.");
        }
        return row.state == ResourceState::Terminated ? refused : QString();
    }
    return {};
}
} // namespace

QList<Operation> providerActions()
{
    return OperationTable::menu(MenuSection::Provider);
}

QList<Operation> staffActions()
{
    return OperationTable::menu(MenuSection::Staff);
}

QList<Operation> viewActions()
{
    return OperationTable::menu(MenuSection::View);
}

ActionKind kind(Operation operation)
{
    return OperationTable::facts(operation).kind;
}

QString objectName(Operation operation)
{
    return QStringLiteral("action_") + QString(Endpoints::info(operation).name);
}

bool toggledFlagValue(Operation operation, const Resource &row)
{
    switch (OperationTable::facts(operation).toggles) {
    case ToggledFlag::None:
        return false;
    case ToggledFlag::Paused:
        return row.paused;
    case ToggledFlag::Downscaled:
        return row.downscaled;
    case ToggledFlag::RestrictMemberAccess:
        return row.restrictMemberAccess;
    }
    return false;
}

QString label(Operation operation, const Resource *row)
{
    const OperationFacts &facts = OperationTable::facts(operation);
    const bool set = row && toggledFlagValue(operation, *row);
    return OperationTable::text(set ? facts.labelWhenSet : facts.label);
}

QString description(Operation operation)
{
    return OperationTable::text(OperationTable::facts(operation).description);
}

QKeyCombination shortcut(Operation operation)
{
    return OperationTable::facts(operation).shortcut;
}

ActionAvailability availability(Operation operation, const Resource *row, const CurrentUser *user)
{
    if (!row) {
        return { false, tr("Select a resource first.") };
    }
    const OperationFacts &facts = OperationTable::facts(operation);
    if (facts.endpoint.staffOnly) {
        if (!user) {
            return { false, tr("Your permissions are still being loaded from the server.") };
        }
        if (!user->isStaff) {
            return { false, OperationTable::text(facts.staffReason) };
        }
    }
    if (const QString problem = stateProblem(facts, *row); !problem.isEmpty()) {
        return { false, problem };
    }
    return { true, {} };
}

} // namespace wpc::ActionCatalog
