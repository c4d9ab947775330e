// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimFormat.h"
#include "models/sim/SimRender.h"

#include <QJsonArray>

namespace wpc::sim {

namespace {

QString orderTypeName(OrderType type)
{
    switch (type) {
    case OrderType::Create:
        return QStringLiteral("Create");
    case OrderType::Update:
        return QStringLiteral("Update");
    case OrderType::Terminate:
        return QStringLiteral("Terminate");
    }
    return {};
}

QString orderStateName(OrderState state)
{
    switch (state) {
    case OrderState::PendingProvider:
        return QStringLiteral("pending-provider");
    case OrderState::Executing:
        return QStringLiteral("executing");
    case OrderState::Done:
        return QStringLiteral("done");
    }
    return {};
}

QJsonValue stringOrNull(const QString &text, bool present)
{
    return present ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject renderOrder(const RenderContext &ctx, const Order &order)
{
    const World &w = ctx.world;
    const Resource &r = w.resources[size_t(order.resource)];
    const Offering &o = w.offerings.at(r.offering);
    const Customer &provider = w.customers.at(o.customer);
    const Project &p = w.projects.at(r.project);
    const Customer &customer = w.customers.at(p.customer);
    const Plan *plan = o.plan(r.plan);
    const User &creator = w.users.at(order.createdBy);
    const bool reviewed = order.state != OrderState::PendingProvider;
    const User &reviewer = w.users.at(World::kStaff);
    const bool scoped = hasScope(w, r);

    QJsonObject out {
        { QStringLiteral("offering"), ctx.url(u"marketplace-public-offerings", o.uuid) },
        { QStringLiteral("offering_name"), o.name },
        { QStringLiteral("offering_uuid"), o.uuid.hex() },
        { QStringLiteral("offering_description"), o.description },
        { QStringLiteral("offering_image"), offeringImage(ctx, o) },
        { QStringLiteral("offering_thumbnail"), offeringThumbnail(ctx, o) },
        { QStringLiteral("offering_type"), o.type },
        { QStringLiteral("offering_shared"), o.shared },
        { QStringLiteral("offering_billable"), o.billable },
        { QStringLiteral("offering_plugin_options"), o.pluginOptions },
        { QStringLiteral("provider_name"), provider.name },
        { QStringLiteral("provider_uuid"), provider.uuid.hex() },
        { QStringLiteral("provider_slug"), provider.slug },
        { QStringLiteral("category_title"), o.categoryTitle },
        { QStringLiteral("category_uuid"), o.categoryUuid.hex() },
        { QStringLiteral("category_icon"), ctx.media(QStringLiteral("marketplace_category_icons/") + o.categoryIcon) },
        { QStringLiteral("plan"), planUrl(ctx, o, plan) },
        { QStringLiteral("attributes"), order.attributes },
        { QStringLiteral("limits"), order.limits.isEmpty() ? resourceLimits(w, order.resource) : order.limits },
        { QStringLiteral("uuid"), order.uuid.hex() },
        { QStringLiteral("created"), isoDateTime(order.created) },
        { QStringLiteral("modified"), isoDateTime(order.modified) },
        { QStringLiteral("resource_uuid"), stringOrNull(scopeUuid(r).hex(), scoped) },
        { QStringLiteral("resource_type"), stringOrNull(o.scopeType, scoped) },
        { QStringLiteral("resource_name"), r.name },
        { QStringLiteral("cost"), order.cost },
        { QStringLiteral("state"), orderStateName(order.state) },
        { QStringLiteral("output"), QString() },
        { QStringLiteral("marketplace_resource_uuid"), r.uuid.hex() },
        { QStringLiteral("error_message"), QString() },
        { QStringLiteral("error_traceback"), QString() },
        { QStringLiteral("callback_url"), QJsonValue::Null },
        { QStringLiteral("completed_at"),
            order.state == OrderState::Done ? QJsonValue(isoDateTime(order.completed)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("request_comment"), QJsonValue::Null },
        { QStringLiteral("attachment"), QJsonValue::Null },
        { QStringLiteral("type"), orderTypeName(order.type) },
        { QStringLiteral("start_date"), QJsonValue::Null },
        { QStringLiteral("slug"), QString(QStringLiteral("order-") + order.uuid.hex().left(8)) },
        { QStringLiteral("url"), ctx.url(u"marketplace-orders", order.uuid) },
        { QStringLiteral("consumer_reviewed_by"), QJsonValue::Null },
        { QStringLiteral("consumer_reviewed_by_full_name"), QJsonValue::Null },
        { QStringLiteral("consumer_reviewed_by_username"), QJsonValue::Null },
        { QStringLiteral("consumer_reviewed_at"), QJsonValue::Null },
        { QStringLiteral("provider_reviewed_by"), stringOrNull(reviewer.username, reviewed) },
        { QStringLiteral("provider_reviewed_by_full_name"), stringOrNull(reviewer.fullName(), reviewed) },
        { QStringLiteral("provider_reviewed_by_username"), stringOrNull(reviewer.username, reviewed) },
        { QStringLiteral("provider_reviewed_at"),
            stringOrNull(isoDateTime(order.created + 60 * kUsPerSecond), reviewed) },
        { QStringLiteral("created_by_username"), creator.username },
        { QStringLiteral("created_by_full_name"), creator.fullName() },
        { QStringLiteral("created_by_civil_number"), QJsonValue::Null },
        { QStringLiteral("created_by_email"), creator.email },
        { QStringLiteral("created_by_organization"), QJsonValue::Null },
        { QStringLiteral("created_by_organization_registry_code"), QJsonValue::Null },
        { QStringLiteral("customer_name"), customer.name },
        { QStringLiteral("customer_uuid"), customer.uuid.hex() },
        { QStringLiteral("customer_slug"), customer.slug },
        { QStringLiteral("project_name"), p.name },
        { QStringLiteral("project_uuid"), p.uuid.hex() },
        { QStringLiteral("project_description"), p.description },
        { QStringLiteral("project_slug"), p.slug },
        { QStringLiteral("old_plan_name"), QJsonValue::Null },
        { QStringLiteral("new_plan_name"), QJsonValue::Null },
        { QStringLiteral("old_plan_uuid"), QJsonValue::Null },
        { QStringLiteral("new_plan_uuid"), QJsonValue::Null },
        { QStringLiteral("old_cost_estimate"), 0.0 },
        { QStringLiteral("new_cost_estimate"), QJsonValue::Null },
        { QStringLiteral("can_terminate"), false },
        { QStringLiteral("fixed_price"), 0.0 },
        { QStringLiteral("activation_price"), 0.0 },
        { QStringLiteral("termination_comment"), QJsonValue::Null },
        { QStringLiteral("backend_id"), QString() },
        { QStringLiteral("order_subtype"), QJsonValue::Null },
        { QStringLiteral("provider_message"), QString() },
        { QStringLiteral("provider_message_url"), QString() },
        { QStringLiteral("provider_message_attachment"), QJsonValue::Null },
        { QStringLiteral("consumer_message"), QString() },
        { QStringLiteral("consumer_message_attachment"), QJsonValue::Null },
        { QStringLiteral("consumer_rejection_comment"), QString() },
        { QStringLiteral("provider_rejection_comment"), QString() },
        { QStringLiteral("issue"), QJsonValue::Null },
    };
    if (plan) { // plan.unit, plan.name…: DRF leaves them out without a plan (ERRATA §1)
        out.insert(QStringLiteral("plan_unit"), plan->unit);
        out.insert(QStringLiteral("plan_name"), plan->name);
        out.insert(QStringLiteral("plan_uuid"), plan->uuid.hex());
        out.insert(QStringLiteral("plan_description"), plan->description);
    }
    return out;
}

QJsonObject renderUser(const RenderContext &ctx, int user)
{
    const User &u = ctx.world.users.at(user);
    return {
        { QStringLiteral("url"), ctx.url(u"users", u.uuid) },
        { QStringLiteral("uuid"), u.uuid.hex() },
        { QStringLiteral("username"), u.username },
        { QStringLiteral("full_name"), u.fullName() },
        { QStringLiteral("first_name"), u.firstName },
        { QStringLiteral("last_name"), u.lastName },
        { QStringLiteral("email"), u.email },
        { QStringLiteral("is_staff"), u.isStaff },
        { QStringLiteral("is_support"), u.isSupport },
        { QStringLiteral("is_active"), true },
    };
}

QJsonObject renderProject(const RenderContext &ctx, int project)
{
    const Project &p = ctx.world.projects.at(project);
    const Customer &c = ctx.world.customers.at(p.customer);
    return {
        { QStringLiteral("url"), ctx.url(u"projects", p.uuid) },
        { QStringLiteral("uuid"), p.uuid.hex() },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("slug"), p.slug },
        { QStringLiteral("description"), p.description },
        { QStringLiteral("customer"), ctx.url(u"customers", c.uuid) },
        { QStringLiteral("customer_uuid"), c.uuid.hex() },
        { QStringLiteral("customer_name"), c.name },
        { QStringLiteral("customer_slug"), c.slug },
        { QStringLiteral("customer_abbreviation"), c.abbreviation },
        { QStringLiteral("created"), isoDateTime(p.created) },
        { QStringLiteral("end_date"), isoDateOrNull(p.endDate) },
        { QStringLiteral("end_date_requested_by"),
            p.endDateRequestedBy >= 0 ? QJsonValue(ctx.url(u"users", ctx.world.users.at(p.endDateRequestedBy).uuid))
                                      : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("backend_id"), QString() },
        { QStringLiteral("is_removed"), false },
    };
}

QJsonObject renderCustomer(const RenderContext &ctx, int customer)
{
    const Customer &c = ctx.world.customers.at(customer);
    return {
        { QStringLiteral("url"), ctx.url(u"customers", c.uuid) },
        { QStringLiteral("uuid"), c.uuid.hex() },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("abbreviation"), c.abbreviation },
        { QStringLiteral("slug"), c.slug },
        { QStringLiteral("native_name"), QString() },
        { QStringLiteral("email"), QString(QStringLiteral("contact@") + c.slug + QStringLiteral(".example.org")) },
        { QStringLiteral("created"), isoDateTime(c.created) },
    };
}

} // namespace wpc::sim
