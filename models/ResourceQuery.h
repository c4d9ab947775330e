// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace wpc {

// What the user asked to see: filters, search, ordering and sparse fields for one resource list. A value
// type compared by the model to decide whether a reply still belongs to the current view.
struct ResourceQuery
{
    QList<ResourceState> states; // empty = all states
    QStringList offeringUuids;
    QString customerUuid;
    QString projectUuid;
    QString projectName;
    QString providerUuid;
    QString categoryUuid;
    QString planUuid;
    QString offeringType;
    QString name;
    QString nameExact;
    QString backendId;
    QString runtimeState; // backend_metadata.runtime_state, exact
    QString parentOfferingUuid;
    QString search; // Waldur's `query`
    std::optional<bool> paused;
    std::optional<bool> downscaled;
    std::optional<bool> restrictMemberAccess;
    std::optional<bool> hasTerminateDate;
    std::optional<bool> offeringShared;
    std::optional<bool> offeringBillable;
    std::optional<bool> usageBased; // the offering has a usage-based component
    std::optional<bool> limitBased; // … a limit-based one
    std::optional<bool> onlyUsageBased; // … and none of the other kind
    std::optional<bool> onlyLimitBased;
    std::optional<int> componentCount; // the offering's components
    std::optional<int> limitComponentCount; // … its limit-based ones
    QDateTime createdAfter;
    QDateTime modifiedAfter;
    QString ordering; // one of created, end_date, name, project_name, state; "-" prefix for descending
    QStringList fields; // sparse fieldset; empty = full objects

    // The default view: every state but Terminated, newest first.
    static ResourceQuery defaults();
    // Query items in Waldur's form: repeated state and field keys, comma-joined offering_uuid.
    QUrlQuery toUrlQuery() const;
    // The query toUrlQuery() wrote (a saved view keeps it so); keys it does not know are ignored.
    static ResourceQuery fromUrlQuery(const QUrlQuery &query);
    bool operator==(const ResourceQuery &other) const = default;
};

} // namespace wpc
