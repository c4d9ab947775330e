// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimFormat.h"
#include "models/sim/SimRender.h"

#include <QJsonArray>

namespace wpc::sim {

namespace {

quint64 hashOf(const Resource &r)
{
    return mix64(r.uuid.hi ^ mix64(r.uuid.lo));
}

QString coreState(ResourceState state)
{
    switch (state) {
    case ResourceState::Creating:
        return QStringLiteral("CREATING");
    case ResourceState::OK:
        return QStringLiteral("OK");
    case ResourceState::Erred:
        return QStringLiteral("ERRED");
    case ResourceState::Updating:
        return QStringLiteral("UPDATING");
    case ResourceState::Terminating:
    case ResourceState::Terminated:
        return QStringLiteral("DELETING");
    }
    return {};
}

QString generatedRuntimeState(const Resource &r, const Offering &o)
{
    switch (o.details) {
    case DetailsKind::OpenStackInstance:
        if (r.state == ResourceState::Creating) {
            return QStringLiteral("BUILD");
        }
        if (r.state == ResourceState::Erred) {
            return QStringLiteral("ERROR");
        }
        return (hashOf(r) % 7 == 0 || r.paused) ? QStringLiteral("SHUTOFF") : QStringLiteral("ACTIVE");
    case DetailsKind::OpenStackVolume:
        return hashOf(r) % 3 == 0 ? QStringLiteral("available") : QStringLiteral("in-use");
    default:
        return {};
    }
}

// Option values a resource was ordered with, derived from its id and the offering's option definitions.
QJsonObject generatedOptions(const World &world, const Resource &r, const Offering &o)
{
    const QJsonObject defs = o.resourceOptions.value(QLatin1StringView("options")).toObject();
    QJsonObject out;
    quint64 h = hashOf(r);
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject def = it.value().toObject();
        const QString type = def.value(QLatin1StringView("type")).toString();
        h = mix64(h);
        if (type == u"select_string") {
            const QJsonArray choices = def.value(QLatin1StringView("choices")).toArray();
            out.insert(it.key(), choices.at(qsizetype(h % quint64(choices.size()))));
        } else if (type == u"boolean") {
            out.insert(it.key(), (h & 1) != 0);
        } else if (type == u"integer") {
            const int lo = def.value(QLatin1StringView("min")).toInt();
            const int hi = def.value(QLatin1StringView("max")).toInt(lo + 10);
            out.insert(it.key(), lo + int(h % quint64(hi - lo + 1)));
        } else if (it.key() == u"mount_point") {
            out.insert(it.key(), QString(QStringLiteral("/projects/") + r.slug.left(30)));
        } else {
            const Project &p = world.projects.at(r.project);
            const int user = p.members.isEmpty() ? World::kStaff : p.members.at(0).user;
            out.insert(it.key(), world.users.at(user).email);
        }
    }
    return out;
}

} // namespace

bool hasScope(const World &world, const Resource &r)
{
    return !world.offerings.at(r.offering).scopeCollection.isEmpty() && r.state != ResourceState::Terminated;
}

Uuid scopeUuid(const Resource &r)
{
    return derivedUuid(r.uuid, 1);
}

QString scopeUrl(const RenderContext &ctx, const Resource &r)
{
    if (!hasScope(ctx.world, r)) {
        return {};
    }
    return ctx.url(ctx.world.offerings.at(r.offering).scopeCollection, scopeUuid(r));
}

QJsonValue planUrl(const RenderContext &ctx, const Offering &offering, const Plan *plan)
{
    // PublicPlanField: the plan under its public offering.
    if (!plan) {
        return QJsonValue::Null;
    }
    return QString(ctx.url(u"marketplace-public-offerings", offering.uuid) + QStringLiteral("plans/") + plan->uuid.hex()
        + QLatin1Char('/'));
}

QJsonValue offeringImage(const RenderContext &ctx, const Offering &offering)
{
    if (offering.imageName.isEmpty()) {
        return QJsonValue::Null;
    }
    return ctx.media(QStringLiteral("marketplace_service_offering_images/") + offering.imageName);
}

QJsonValue offeringThumbnail(const RenderContext &ctx, const Offering &offering)
{
    if (offering.imageName.isEmpty()) {
        return QJsonValue::Null;
    }
    return ctx.media(QStringLiteral("marketplace_service_offering_thumbnails/") + offering.imageName);
}

QJsonValue resourceOptions(const World &world, int index)
{
    if (const ResourceExtras *e = world.extrasFor(index); e && e->options) {
        return *e->options;
    }
    const Resource &r = world.resources[size_t(index)];
    const Offering &o = world.offerings.at(r.offering);
    if (o.resourceOptions.isEmpty()) {
        return QJsonValue::Null;
    }
    return generatedOptions(world, r, o);
}

QJsonObject resourceLimits(const World &world, int index)
{
    if (const ResourceExtras *e = world.extrasFor(index); e && e->limits) {
        return *e->limits;
    }
    const Resource &r = world.resources[size_t(index)];
    const Offering &o = world.offerings.at(r.offering);
    QJsonObject out;
    for (int i = 0; i < o.components.size() && i < kMaxComponents; ++i) {
        if (o.components.at(i).billing == BillingType::Limit && r.limits[size_t(i)] != kNoLimit) {
            out.insert(o.components.at(i).type, r.limits[size_t(i)]);
        }
    }
    return out;
}

QString runtimeState(const World &world, int index)
{
    if (const ResourceExtras *e = world.extrasFor(index); e && e->backendMetadata) {
        return e->backendMetadata->value(QLatin1StringView("runtime_state")).toString();
    }
    const Resource &r = world.resources[size_t(index)];
    return generatedRuntimeState(r, world.offerings.at(r.offering));
}

QJsonObject backendMetadata(const World &world, int index)
{
    if (const ResourceExtras *e = world.extrasFor(index); e && e->backendMetadata) {
        return *e->backendMetadata;
    }
    const Resource &r = world.resources[size_t(index)];
    const Offering &o = world.offerings.at(r.offering);
    const quint64 h = hashOf(r);
    switch (o.details) {
    case DetailsKind::OpenStackInstance: {
        QJsonObject m { { QStringLiteral("state"), coreState(r.state) },
            { QStringLiteral("runtime_state"), generatedRuntimeState(r, o) }, { QStringLiteral("action"), QString() },
            { QStringLiteral("instance_name"), r.name } };
        m.insert(QStringLiteral("internal_ips"),
            QJsonArray { QStringLiteral("10.%1.%2.%3").arg(h % 250).arg((h >> 8) % 250).arg(2 + (h >> 16) % 250) });
        m.insert(QStringLiteral("external_ips"),
            (h >> 24) % 3 == 0
                ? QJsonArray()
                : QJsonArray { QStringLiteral("193.40.%1.%2").arg((h >> 32) % 250).arg(2 + (h >> 40) % 250) });
        return m;
    }
    case DetailsKind::OpenStackTenant:
        return { { QStringLiteral("state"), coreState(r.state) }, { QStringLiteral("runtime_state"), QString() },
            { QStringLiteral("action"), QString() }, { QStringLiteral("instance_name"), QJsonValue::Null } };
    case DetailsKind::OpenStackVolume:
        return { { QStringLiteral("state"), coreState(r.state) },
            { QStringLiteral("runtime_state"), generatedRuntimeState(r, o) }, { QStringLiteral("action"), QString() } };
    default:
        return {};
    }
}

Order creationOrderOf(const World &world, int index)
{
    const Resource &r = world.resources[size_t(index)];
    if (r.creationOrder >= 0) {
        return world.orders[size_t(r.creationOrder)];
    }
    const quint64 h = hashOf(r);
    const Project &p = world.projects.at(r.project);
    Order order;
    order.uuid = derivedUuid(r.uuid, 2);
    order.type = OrderType::Create;
    order.state = OrderState::Done;
    order.resource = index;
    order.createdBy = p.members.isEmpty() ? World::kStaff : p.members.at(0).user;
    order.created = r.created;
    order.completed = r.created + qint64(60 + h % 3600) * kUsPerSecond;
    order.modified = order.completed;
    order.attributes = QJsonObject { { QStringLiteral("name"), r.name } };
    order.cost = decimalString(double(h % 50000) / 100.0, 10);
    return order;
}

} // namespace wpc::sim
