// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimFormat.h"
#include "models/sim/SimRender.h"

#include <QJsonArray>

namespace wpc::sim {

namespace {

QString billingClassification(const Offering &o)
{
    const bool limit = o.hasLimits();
    const bool usage = o.hasUsage();
    if (limit && !usage) {
        return QStringLiteral("limit_only");
    }
    if (usage && !limit) {
        return QStringLiteral("usage_only");
    }
    return QStringLiteral("mixed");
}

int resourceCount(const World &w, int offering, int plan)
{
    int n = 0;
    for (const Resource &r : w.resources) {
        if (!r.deleted && r.offering == offering && (plan < 0 || r.plan == plan)
            && r.state != ResourceState::Terminated) {
            ++n;
        }
    }
    return n;
}

QJsonObject renderPlan(const RenderContext &ctx, const Offering &o, int offering, int index)
{
    const Plan &plan = o.plans.at(index);
    QJsonArray components;
    QJsonObject prices;
    QJsonObject quotas;
    for (int i = 0; i < o.components.size(); ++i) {
        const Component &c = o.components.at(i);
        const double price = i < plan.prices.size() ? plan.prices.at(i) : 0.0;
        const int amount = c.billing == BillingType::Fixed ? c.defaultLimit : 0;
        components.append(QJsonObject { { QStringLiteral("type"), c.type }, { QStringLiteral("name"), c.name },
            { QStringLiteral("measured_unit"), c.measuredUnit }, { QStringLiteral("amount"), amount },
            { QStringLiteral("price"), decimalString(price, 10) }, { QStringLiteral("future_price"), QJsonValue::Null },
            { QStringLiteral("discount_threshold"), QJsonValue::Null },
            { QStringLiteral("discount_rate"), QJsonValue::Null } });
        prices.insert(c.type, price);
        quotas.insert(c.type, amount);
    }
    return {
        { QStringLiteral("url"), ctx.url(u"marketplace-public-plans", plan.uuid) },
        { QStringLiteral("uuid"), plan.uuid.hex() },
        { QStringLiteral("name"), plan.name },
        { QStringLiteral("description"), plan.description },
        { QStringLiteral("article_code"), QString() },
        { QStringLiteral("max_amount"), QJsonValue::Null },
        { QStringLiteral("archived"), false },
        { QStringLiteral("is_active"), true },
        { QStringLiteral("unit_price"), plan.unitPrice },
        { QStringLiteral("unit"), plan.unit },
        { QStringLiteral("init_price"), 0.0 },
        { QStringLiteral("switch_price"), 0.0 },
        { QStringLiteral("backend_id"), QString() },
        { QStringLiteral("organization_groups"), QJsonArray() },
        { QStringLiteral("components"), components },
        { QStringLiteral("prices"), prices },
        { QStringLiteral("future_prices"), QJsonObject() },
        { QStringLiteral("quotas"), quotas },
        { QStringLiteral("resources_count"), resourceCount(ctx.world, offering, index) },
        { QStringLiteral("plan_type"), billingClassification(o) },
        { QStringLiteral("minimal_price"), plan.unitPrice.toDouble() },
    };
}

QJsonObject optionsOrEmpty(const QJsonObject &options)
{
    if (!options.isEmpty()) {
        return options;
    }
    return { { QStringLiteral("options"), QJsonObject() }, { QStringLiteral("order"), QJsonArray() } };
}

} // namespace

QJsonObject renderOfferingComponent(const Component &c)
{
    const bool limited = c.billing == BillingType::Limit || c.billing == BillingType::Fixed;
    return {
        { QStringLiteral("uuid"), c.uuid.hex() },
        { QStringLiteral("billing_type"), billingTypeName(c.billing) },
        { QStringLiteral("type"), c.type },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("measured_unit"), c.measuredUnit },
        { QStringLiteral("unit_factor"), c.unitFactor },
        { QStringLiteral("limit_period"),
            c.limitPeriod.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.limitPeriod) },
        { QStringLiteral("limit_amount"), QJsonValue::Null },
        { QStringLiteral("article_code"), QString() },
        { QStringLiteral("max_value"), limited ? QJsonValue(c.maxValue) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("min_value"), limited ? QJsonValue(c.minValue) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("max_available_limit"), QJsonValue::Null },
        { QStringLiteral("is_boolean"), false },
        { QStringLiteral("default_limit"), limited ? QJsonValue(c.defaultLimit) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("factor"), QJsonValue::Null },
        { QStringLiteral("is_builtin"), false },
        { QStringLiteral("is_prepaid"), false },
        { QStringLiteral("overage_component"), QJsonValue::Null },
        { QStringLiteral("min_prepaid_duration"), QJsonValue::Null },
        { QStringLiteral("max_prepaid_duration"), QJsonValue::Null },
    };
}

QJsonObject renderProviderOffering(const RenderContext &ctx, int offering)
{
    const Offering &o = ctx.world.offerings.at(offering);
    const Customer &c = ctx.world.customers.at(o.customer);
    return {
        { QStringLiteral("url"), ctx.url(u"marketplace-provider-offerings", o.uuid) },
        { QStringLiteral("uuid"), o.uuid.hex() },
        { QStringLiteral("name"), o.name },
        { QStringLiteral("slug"), o.slug },
        { QStringLiteral("type"), o.type },
        { QStringLiteral("state"), o.state },
        { QStringLiteral("customer"), ctx.url(u"customers", c.uuid) },
        { QStringLiteral("customer_uuid"), c.uuid.hex() },
        { QStringLiteral("customer_name"), c.name },
        { QStringLiteral("category_title"), o.categoryTitle },
        { QStringLiteral("category_uuid"), o.categoryUuid.hex() },
        { QStringLiteral("shared"), o.shared },
        { QStringLiteral("billable"), o.billable },
        { QStringLiteral("created"), isoDateTime(o.created) },
    };
}

QJsonObject renderPublicOffering(const RenderContext &ctx, int offering)
{
    const World &w = ctx.world;
    const Offering &o = w.offerings.at(offering);
    const Customer &c = w.customers.at(o.customer);
    QJsonArray components;
    for (const Component &comp : o.components) {
        components.append(renderOfferingComponent(comp));
    }
    QJsonArray plans;
    for (int i = 0; i < o.plans.size(); ++i) {
        plans.append(renderPlan(ctx, o, offering, i));
    }
    QJsonArray endpoints;
    for (int i = 0; i < o.endpoints.size(); ++i) {
        endpoints.append(QJsonObject { { QStringLiteral("uuid"), derivedUuid(o.uuid, 100 + quint64(i)).hex() },
            { QStringLiteral("name"), o.endpoints.at(i).first }, { QStringLiteral("url"), o.endpoints.at(i).second } });
    }
    const bool scoped = o.hasServiceSettings;
    const Offering *parent = o.parent >= 0 ? &w.offerings.at(o.parent) : nullptr;
    QJsonObject out {
        { QStringLiteral("url"), ctx.url(u"marketplace-public-offerings", o.uuid) },
        { QStringLiteral("uuid"), o.uuid.hex() },
        { QStringLiteral("created"), isoDateTime(o.created) },
        { QStringLiteral("name"), o.name },
        { QStringLiteral("slug"), o.slug },
        { QStringLiteral("description"), o.description },
        { QStringLiteral("full_description"), o.fullDescription },
        { QStringLiteral("privacy_policy_link"), QString() },
        { QStringLiteral("access_url"), QString() },
        { QStringLiteral("endpoints"), endpoints },
        { QStringLiteral("software_catalogs"), QJsonArray() },
        { QStringLiteral("partitions"), QJsonArray() },
        { QStringLiteral("roles"), QJsonArray() },
        { QStringLiteral("customer"), ctx.url(u"customers", c.uuid) },
        { QStringLiteral("customer_uuid"), c.uuid.hex() },
        { QStringLiteral("customer_name"), c.name },
        { QStringLiteral("project"), QJsonValue::Null },
        { QStringLiteral("project_uuid"), QJsonValue::Null },
        { QStringLiteral("project_name"), QJsonValue::Null },
        { QStringLiteral("category"), ctx.url(u"marketplace-categories", o.categoryUuid) },
        { QStringLiteral("category_uuid"), o.categoryUuid.hex() },
        { QStringLiteral("category_title"), o.categoryTitle },
        { QStringLiteral("attributes"), o.attributes },
        { QStringLiteral("options"), optionsOrEmpty(o.options) },
        { QStringLiteral("resource_options"), optionsOrEmpty(o.resourceOptions) },
        { QStringLiteral("components"), components },
        { QStringLiteral("plugin_options"), o.pluginOptions },
        { QStringLiteral("state"), o.state },
        { QStringLiteral("vendor_details"), QString() },
        { QStringLiteral("getting_started"), QString() },
        { QStringLiteral("integration_guide"), QString() },
        { QStringLiteral("thumbnail"), offeringThumbnail(ctx, o) },
        { QStringLiteral("order_count"), resourceCount(w, offering, -1) },
        { QStringLiteral("plans"), plans },
        { QStringLiteral("screenshots"), QJsonArray() },
        { QStringLiteral("type"), o.type },
        { QStringLiteral("shared"), o.shared },
        { QStringLiteral("billable"), o.billable },
        { QStringLiteral("scope"),
            scoped ? QJsonValue(ctx.url(u"service-settings", o.serviceSettings)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("scope_uuid"), scoped ? QJsonValue(o.serviceSettings.hex()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("scope_name"), QJsonValue::Null },
        { QStringLiteral("scope_state"), scoped ? QJsonValue(QStringLiteral("OK")) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("scope_error_message"), QJsonValue::Null },
        { QStringLiteral("files"), QJsonArray() },
        { QStringLiteral("quotas"), QJsonArray() },
        { QStringLiteral("paused_reason"), QString() },
        { QStringLiteral("datacite_doi"), QString() },
        { QStringLiteral("citation_count"), 0 },
        { QStringLiteral("latitude"), 58.3780 },
        { QStringLiteral("longitude"), 26.7290 },
        { QStringLiteral("country"), QStringLiteral("EE") },
        { QStringLiteral("backend_id"), o.backendId },
        { QStringLiteral("organization_groups"), QJsonArray() },
        { QStringLiteral("tags"), QJsonArray() },
        { QStringLiteral("image"), offeringImage(ctx, o) },
        { QStringLiteral("total_customers"), QJsonValue::Null },
        { QStringLiteral("total_cost"), QJsonValue::Null },
        { QStringLiteral("total_cost_estimated"), QJsonValue::Null },
        { QStringLiteral("parent_description"),
            parent ? QJsonValue(parent->description) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("parent_uuid"), parent ? QJsonValue(parent->uuid.hex()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("parent_name"), parent ? QJsonValue(parent->name) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("backend_metadata"), QJsonObject() },
        { QStringLiteral("has_compliance_requirements"), false },
        { QStringLiteral("billing_type_classification"), billingClassification(o) },
        { QStringLiteral("compliance_checklist"), QJsonValue::Null },
        { QStringLiteral("user_has_consent"), true },
        { QStringLiteral("is_accessible"), true },
        { QStringLiteral("google_calendar_is_public"), QJsonValue::Null },
        { QStringLiteral("google_calendar_link"), QJsonValue::Null },
        { QStringLiteral("promotion_campaigns"), QJsonArray() },
    };
    return out;
}

} // namespace wpc::sim
