// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceQuery.h"

namespace wpc {

namespace {
void addIfSet(QUrlQuery *query, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        query->addQueryItem(QLatin1StringView(key), value);
    }
}

void addIfSet(QUrlQuery *query, const char *key, const std::optional<bool> &value)
{
    if (value) {
        query->addQueryItem(QLatin1StringView(key), *value ? QStringLiteral("true") : QStringLiteral("false"));
    }
}

void addIfSet(QUrlQuery *query, const char *key, const std::optional<int> &value)
{
    if (value) {
        query->addQueryItem(QLatin1StringView(key), QString::number(*value));
    }
}

void addIfSet(QUrlQuery *query, const char *key, const QDateTime &value)
{
    if (value.isValid()) {
        // UTC with "Z": an offset's "+" would read as a space on the server unless encoded.
        query->addQueryItem(QLatin1StringView(key), value.toUTC().toString(Qt::ISODate));
    }
}
} // namespace

ResourceQuery ResourceQuery::defaults()
{
    ResourceQuery query;
    query.states = { ResourceState::Creating, ResourceState::OK, ResourceState::Erred, ResourceState::Updating,
        ResourceState::Terminating };
    query.ordering = QStringLiteral("-created");
    return query;
}

QUrlQuery ResourceQuery::toUrlQuery() const
{
    QUrlQuery query;
    for (ResourceState state : states) {
        if (state != ResourceState::Unknown) {
            query.addQueryItem(QStringLiteral("state"), ResourceStates::toWire(state));
        }
    }
    // django-filter's CSV widget reads one comma-joined value, not repeated keys.
    addIfSet(&query, "offering_uuid", offeringUuids.join(QLatin1Char(',')));
    addIfSet(&query, "customer_uuid", customerUuid);
    addIfSet(&query, "project_uuid", projectUuid);
    addIfSet(&query, "project_name", projectName);
    addIfSet(&query, "provider_uuid", providerUuid);
    addIfSet(&query, "category_uuid", categoryUuid);
    addIfSet(&query, "plan_uuid", planUuid);
    addIfSet(&query, "offering_type", offeringType);
    addIfSet(&query, "name", name);
    addIfSet(&query, "name_exact", nameExact);
    addIfSet(&query, "backend_id", backendId);
    addIfSet(&query, "runtime_state", runtimeState);
    addIfSet(&query, "parent_offering_uuid", parentOfferingUuid);
    addIfSet(&query, "query", search.trimmed());
    addIfSet(&query, "paused", paused);
    addIfSet(&query, "downscaled", downscaled);
    addIfSet(&query, "restrict_member_access", restrictMemberAccess);
    addIfSet(&query, "has_terminate_date", hasTerminateDate);
    addIfSet(&query, "offering_shared", offeringShared);
    addIfSet(&query, "offering_billable", offeringBillable);
    addIfSet(&query, "usage_based", usageBased);
    addIfSet(&query, "limit_based", limitBased);
    addIfSet(&query, "only_usage_based", onlyUsageBased);
    addIfSet(&query, "only_limit_based", onlyLimitBased);
    addIfSet(&query, "component_count", componentCount);
    addIfSet(&query, "limit_component_count", limitComponentCount);
    addIfSet(&query, "created", createdAfter);
    addIfSet(&query, "modified", modifiedAfter);
    addIfSet(&query, "o", ordering);
    for (const QString &field : fields) {
        query.addQueryItem(QStringLiteral("field"), field);
    }
    return query;
}

namespace {
std::optional<bool> boolean(const QUrlQuery &query, const char *key)
{
    const QString value = query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    if (value == QLatin1StringView("true")) {
        return true;
    }
    if (value == QLatin1StringView("false")) {
        return false;
    }
    return std::nullopt;
}

std::optional<int> number(const QUrlQuery &query, const char *key)
{
    bool ok = false;
    const int value = query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// To the second, as toUrlQuery() writes it: what a restored query holds is what it sends.
QDateTime time(const QUrlQuery &query, const char *key)
{
    const QDateTime value
        = QDateTime::fromString(query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded), Qt::ISODate);
    return value.isValid() ? value.addMSecs(-value.time().msec()) : value;
}
} // namespace

ResourceQuery ResourceQuery::fromUrlQuery(const QUrlQuery &query)
{
    const auto text
        = [&query](const char *key) { return query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded); };
    ResourceQuery out;
    for (const QString &state : query.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded)) {
        if (const ResourceState value = ResourceStates::fromWire(state); value != ResourceState::Unknown) {
            out.states << value;
        }
    }
    out.offeringUuids = text("offering_uuid").split(QLatin1Char(','), Qt::SkipEmptyParts);
    out.customerUuid = text("customer_uuid");
    out.projectUuid = text("project_uuid");
    out.projectName = text("project_name");
    out.providerUuid = text("provider_uuid");
    out.categoryUuid = text("category_uuid");
    out.planUuid = text("plan_uuid");
    out.offeringType = text("offering_type");
    out.name = text("name");
    out.nameExact = text("name_exact");
    out.backendId = text("backend_id");
    out.runtimeState = text("runtime_state");
    out.parentOfferingUuid = text("parent_offering_uuid");
    out.search = text("query").trimmed(); // as toUrlQuery() sends it
    out.paused = boolean(query, "paused");
    out.downscaled = boolean(query, "downscaled");
    out.restrictMemberAccess = boolean(query, "restrict_member_access");
    out.hasTerminateDate = boolean(query, "has_terminate_date");
    out.offeringShared = boolean(query, "offering_shared");
    out.offeringBillable = boolean(query, "offering_billable");
    out.usageBased = boolean(query, "usage_based");
    out.limitBased = boolean(query, "limit_based");
    out.onlyUsageBased = boolean(query, "only_usage_based");
    out.onlyLimitBased = boolean(query, "only_limit_based");
    out.componentCount = number(query, "component_count");
    out.limitComponentCount = number(query, "limit_component_count");
    out.createdAfter = time(query, "created");
    out.modifiedAfter = time(query, "modified");
    out.ordering = text("o");
    out.fields = query.allQueryItemValues(QStringLiteral("field"), QUrl::FullyDecoded);
    return out;
}

} // namespace wpc
