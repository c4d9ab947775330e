// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimFormat.h"
#include "models/sim/SimRender.h"

#include <QHash>
#include <QJsonArray>

namespace wpc::sim {

namespace {

// Everything a field renderer may need, resolved once per row.
struct Row
{
    const RenderContext &c;
    const World &w;
    int index;
    const Resource &r;
    const Offering &o;
    const Project &p;
    const Customer &customer;
    const Customer &provider;
    const Plan *plan; // null: the resource has no plan
};

// A field renderer returns Undefined for a key that Waldur leaves out: DRF skips a read-only field whose
// dotted source meets None before its last step (ERRATA §1).
const QJsonValue kLeftOut(QJsonValue::Undefined);

using FieldFn = QJsonValue (*)(const Row &);

struct FieldDef
{
    const char *name;
    FieldFn render;
};

quint64 hashOf(const Resource &r)
{
    return mix64(r.uuid.hi ^ mix64(r.uuid.lo));
}

QString userUrl(const RenderContext &c, int user)
{
    return c.url(u"users", c.world.users.at(user).uuid);
}

QJsonValue attributesOf(const Row &row)
{
    const quint64 h = hashOf(row.r);
    QJsonObject a { { QStringLiteral("name"), row.r.name } };
    if (!row.r.description.isEmpty()) {
        a.insert(QStringLiteral("description"), row.r.description);
    }
    switch (row.o.details) {
    case DetailsKind::OpenStackInstance: {
        static const char *const flavors[] = { "m1.small", "m1.medium", "m1.large", "c2.xlarge", "g1.gpu" };
        static const char *const images[] = { "Ubuntu 22.04", "Ubuntu 24.04", "Rocky Linux 9", "Debian 12" };
        a.insert(QStringLiteral("flavor"), QString::fromLatin1(flavors[h % 5]));
        a.insert(QStringLiteral("image"), QString::fromLatin1(images[(h >> 8) % 4]));
        a.insert(QStringLiteral("system_volume_size"), 20480);
        break;
    }
    case DetailsKind::OpenStackTenant:
        a.insert(QStringLiteral("subnet_cidr"), QStringLiteral("192.168.%1.0/24").arg((h >> 4) % 250));
        break;
    case DetailsKind::OpenStackVolume:
        a.insert(QStringLiteral("size"), qint64(row.r.limits[0] > 0 ? row.r.limits[0] : 10) * 1024);
        break;
    default:
        break;
    }
    return a;
}

QJsonValue currentUsages(const Row &row)
{
    QJsonObject out;
    if (row.r.state == ResourceState::Creating) {
        return out;
    }
    for (int i = 0; i < row.o.components.size() && i < kMaxComponents; ++i) {
        const Component &comp = row.o.components.at(i);
        if (comp.billing == BillingType::Usage || comp.billing == BillingType::Limit) {
            out.insert(comp.type, double(row.r.usageCenti[size_t(i)]) / 100.0);
        }
    }
    return out;
}

QJsonValue limitUsage(const Row &row)
{
    QJsonObject out;
    for (int i = 0; i < row.o.components.size() && i < kMaxComponents; ++i) {
        const Component &comp = row.o.components.at(i);
        if (comp.billing == BillingType::Limit) {
            out.insert(comp.type, double(row.r.usageCenti[size_t(i)]) / 100.0);
        }
    }
    return out;
}

QJsonValue renewalDate(const Row &row)
{
    const QDate today = dateOf(row.c.now);
    QJsonObject out;
    for (const Component &comp : row.o.components) {
        if (comp.billing != BillingType::Limit) {
            continue;
        }
        QDate next;
        if (comp.limitPeriod == u"month") {
            next = QDate(today.year(), today.month(), 1).addMonths(1);
        } else if (comp.limitPeriod == u"quarterly") {
            next = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1).addMonths(3);
        } else if (comp.limitPeriod == u"annual") {
            next = QDate(today.year() + 1, 1, 1);
        }
        if (next.isValid()) {
            out.insert(comp.type, next.toString(Qt::ISODate));
        }
    }
    return out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out);
}

QJsonValue endpointsOf(const Row &row)
{
    QJsonArray out;
    for (int i = 0; i < row.o.endpoints.size(); ++i) {
        out.append(QJsonObject { { QStringLiteral("uuid"), derivedUuid(row.o.uuid, 100 + quint64(i)).hex() },
            { QStringLiteral("name"), row.o.endpoints.at(i).first },
            { QStringLiteral("url"), row.o.endpoints.at(i).second } });
    }
    return out;
}

QJsonValue parentOffering(const Row &row, int what)
{
    if (row.o.parent < 0) {
        return kLeftOut;
    }
    const Offering &parent = row.w.offerings.at(row.o.parent);
    return what == 0 ? parent.uuid.hex() : (what == 1 ? parent.name : parent.slug);
}

QJsonValue parentResource(const Row &row, bool uuid)
{
    if (row.r.parent < 0) {
        return kLeftOut;
    }
    const Resource &parent = row.w.resources[size_t(row.r.parent)];
    return uuid ? QJsonValue(parent.uuid.hex()) : QJsonValue(parent.name);
}

// plan.unit, plan.name…: left out without a plan.
template <typename Fn> QJsonValue ofPlan(const Row &row, Fn value)
{
    return row.plan ? QJsonValue(value(*row.plan)) : kLeftOut;
}

QJsonValue offeringComponents(const Row &row)
{
    QJsonArray out;
    for (const Component &comp : row.o.components) {
        out.append(renderOfferingComponent(comp));
    }
    return out;
}

// Order as in the OpenAPI Resource schema, which follows the serializer's field order.
const FieldDef kFields[] = {
    { "offering", [](const Row &x) -> QJsonValue { return x.c.url(u"marketplace-public-offerings", x.o.uuid); } },
    { "offering_name", [](const Row &x) -> QJsonValue { return x.o.name; } },
    { "offering_uuid", [](const Row &x) -> QJsonValue { return x.o.uuid.hex(); } },
    { "offering_description", [](const Row &x) -> QJsonValue { return x.o.description; } },
    { "offering_image", [](const Row &x) -> QJsonValue { return offeringImage(x.c, x.o); } },
    { "offering_thumbnail", [](const Row &x) -> QJsonValue { return offeringThumbnail(x.c, x.o); } },
    { "offering_type", [](const Row &x) -> QJsonValue { return x.o.type; } },
    { "offering_shared", [](const Row &x) -> QJsonValue { return x.o.shared; } },
    { "offering_billable", [](const Row &x) -> QJsonValue { return x.o.billable; } },
    { "offering_plugin_options", [](const Row &x) -> QJsonValue { return x.o.pluginOptions; } },
    { "provider_name", [](const Row &x) -> QJsonValue { return x.provider.name; } },
    { "provider_uuid", [](const Row &x) -> QJsonValue { return x.provider.uuid.hex(); } },
    { "provider_slug", [](const Row &x) -> QJsonValue { return x.provider.slug; } },
    { "category_title", [](const Row &x) -> QJsonValue { return x.o.categoryTitle; } },
    { "category_uuid", [](const Row &x) -> QJsonValue { return x.o.categoryUuid.hex(); } },
    { "category_icon",
        [](const Row &x) -> QJsonValue {
            return x.c.media(QStringLiteral("marketplace_category_icons/") + x.o.categoryIcon);
        } },
    { "plan", [](const Row &x) -> QJsonValue { return planUrl(x.c, x.o, x.plan); } },
    { "plan_unit", [](const Row &x) { return ofPlan(x, [](const Plan &p) { return p.unit; }); } },
    { "plan_name", [](const Row &x) { return ofPlan(x, [](const Plan &p) { return p.name; }); } },
    { "plan_uuid", [](const Row &x) { return ofPlan(x, [](const Plan &p) { return p.uuid.hex(); }); } },
    { "plan_description", [](const Row &x) { return ofPlan(x, [](const Plan &p) { return p.description; }); } },
    { "attributes", attributesOf },
    { "limits", [](const Row &x) -> QJsonValue { return resourceLimits(x.w, x.index); } },
    { "uuid", [](const Row &x) -> QJsonValue { return x.r.uuid.hex(); } },
    { "created", [](const Row &x) -> QJsonValue { return isoDateTime(x.r.created); } },
    { "modified", [](const Row &x) -> QJsonValue { return isoDateTime(x.r.modified); } },
    { "url", [](const Row &x) -> QJsonValue { return x.c.url(u"marketplace-resources", x.r.uuid); } },
    { "scope",
        [](const Row &x) -> QJsonValue {
            return hasScope(x.w, x.r) ? QJsonValue(scopeUrl(x.c, x.r)) : QJsonValue(QJsonValue::Null);
        } },
    { "description", [](const Row &x) -> QJsonValue { return x.r.description; } },
    { "state", [](const Row &x) -> QJsonValue { return stateName(x.r.state); } },
    { "resource_uuid",
        [](const Row &x) -> QJsonValue {
            return hasScope(x.w, x.r) ? QJsonValue(scopeUuid(x.r).hex()) : QJsonValue(QJsonValue::Null);
        } },
    { "backend_id", [](const Row &x) -> QJsonValue { return x.r.backendId; } },
    { "effective_id", [](const Row &) -> QJsonValue { return QString(); } },
    { "resource_type",
        [](const Row &x) -> QJsonValue {
            return hasScope(x.w, x.r) ? QJsonValue(x.o.scopeType) : QJsonValue(QJsonValue::Null);
        } },
    { "project", [](const Row &x) -> QJsonValue { return x.c.url(u"projects", x.p.uuid); } },
    { "project_uuid", [](const Row &x) -> QJsonValue { return x.p.uuid.hex(); } },
    { "project_name", [](const Row &x) -> QJsonValue { return x.p.name; } },
    { "project_description", [](const Row &x) -> QJsonValue { return x.p.description; } },
    { "project_end_date", [](const Row &x) -> QJsonValue { return isoDateOrNull(x.p.endDate); } },
    { "project_end_date_requested_by",
        [](const Row &x) -> QJsonValue {
            return x.p.endDateRequestedBy >= 0 ? QJsonValue(userUrl(x.c, x.p.endDateRequestedBy))
                                               : QJsonValue(QJsonValue::Null);
        } },
    { "customer_uuid", [](const Row &x) -> QJsonValue { return x.customer.uuid.hex(); } },
    { "customer_name", [](const Row &x) -> QJsonValue { return x.customer.name; } },
    { "offering_slug", [](const Row &x) -> QJsonValue { return x.o.slug; } },
    { "parent_offering_uuid", [](const Row &x) -> QJsonValue { return parentOffering(x, 0); } },
    { "parent_offering_name", [](const Row &x) -> QJsonValue { return parentOffering(x, 1); } },
    { "parent_offering_slug", [](const Row &x) -> QJsonValue { return parentOffering(x, 2); } },
    { "offering_backend_id", [](const Row &x) -> QJsonValue { return x.o.backendId; } },
    { "parent_uuid", [](const Row &x) { return parentResource(x, true); } },
    { "parent_name", [](const Row &x) { return parentResource(x, false); } },
    { "backend_metadata", [](const Row &x) -> QJsonValue { return backendMetadata(x.w, x.index); } },
    { "is_usage_based", [](const Row &x) -> QJsonValue { return x.o.hasUsage(); } },
    { "is_limit_based", [](const Row &x) -> QJsonValue { return x.o.hasLimits(); } },
    { "name", [](const Row &x) -> QJsonValue { return x.r.name; } },
    { "slug", [](const Row &x) -> QJsonValue { return x.r.slug; } },
    { "current_usages", currentUsages },
    { "can_terminate",
        [](const Row &x) -> QJsonValue {
            return (x.r.state == ResourceState::OK || x.r.state == ResourceState::Erred) && x.r.pendingOrder < 0;
        } },
    { "report",
        [](const Row &x) -> QJsonValue {
            const ResourceExtras *e = x.w.extrasFor(x.index);
            return e && e->report ? QJsonValue(*e->report) : QJsonValue(QJsonValue::Null);
        } },
    { "end_date", [](const Row &x) -> QJsonValue { return isoDateOrNull(x.r.endDate); } },
    { "end_date_requested_by",
        [](const Row &x) -> QJsonValue {
            return x.r.endDateRequestedBy >= 0 ? QJsonValue(userUrl(x.c, x.r.endDateRequestedBy))
                                               : QJsonValue(QJsonValue::Null);
        } },
    { "username", [](const Row &) -> QJsonValue { return QJsonValue::Null; } },
    { "limit_usage", limitUsage },
    { "downscaled", [](const Row &x) -> QJsonValue { return x.r.downscaled; } },
    { "restrict_member_access", [](const Row &x) -> QJsonValue { return x.r.restrictMemberAccess; } },
    { "paused", [](const Row &x) -> QJsonValue { return x.r.paused; } },
    { "endpoints", endpointsOf },
    { "error_message", [](const Row &x) -> QJsonValue { return x.r.errorMessage; } },
    { "error_traceback", [](const Row &x) -> QJsonValue { return x.r.errorTraceback; } },
    { "options", [](const Row &x) -> QJsonValue { return resourceOptions(x.w, x.index); } },
    { "available_actions", [](const Row &) -> QJsonValue { return QJsonArray(); } },
    { "last_sync", [](const Row &x) -> QJsonValue { return isoDateTime(x.r.lastSync); } },
    { "order_in_progress",
        [](const Row &x) -> QJsonValue {
            return x.r.pendingOrder >= 0 ? QJsonValue(renderOrder(x.c, x.w.orders[size_t(x.r.pendingOrder)]))
                                         : QJsonValue(QJsonValue::Null);
        } },
    { "creation_order", [](const Row &x) -> QJsonValue { return renderOrder(x.c, creationOrderOf(x.w, x.index)); } },
    { "service_settings_uuid",
        [](const Row &x) { return x.o.hasServiceSettings ? QJsonValue(x.o.serviceSettings.hex()) : kLeftOut; } },
    { "project_slug", [](const Row &x) -> QJsonValue { return x.p.slug; } },
    { "customer_slug", [](const Row &x) -> QJsonValue { return x.customer.slug; } },
    { "user_requires_reconsent", [](const Row &) -> QJsonValue { return false; } },
    { "renewal_date", renewalDate },
    { "offering_state", [](const Row &x) -> QJsonValue { return x.o.state; } },
    { "offering_components", offeringComponents },
};

constexpr int kFieldCount = int(sizeof(kFields) / sizeof(kFields[0]));

const QHash<QString, int> &fieldIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < kFieldCount; ++i) {
            h.insert(QString::fromLatin1(kFields[i].name), i);
        }
        return h;
    }();
    return index;
}

} // namespace

FieldSet FieldSet::all()
{
    FieldSet set;
    set.fields.reserve(kFieldCount);
    for (int i = 0; i < kFieldCount; ++i) {
        set.fields.append(i);
    }
    return set;
}

FieldSet FieldSet::fromQuery(const QueryParams &query)
{
    const QStringList requested = query.values(u"field");
    if (requested.isEmpty()) {
        return all();
    }
    FieldSet set;
    for (const QString &name : requested) {
        const int i = fieldIndex().value(name, -1);
        if (i >= 0 && !set.fields.contains(i)) {
            set.fields.append(i);
        }
    }
    if (set.fields.isEmpty()) {
        set = all();
        const int inProgress = fieldIndex().value(QStringLiteral("order_in_progress"));
        const int creation = fieldIndex().value(QStringLiteral("creation_order"));
        set.fields.removeAll(inProgress);
        set.fields.removeAll(creation);
    }
    return set;
}

QJsonObject renderResource(const RenderContext &ctx, int index, const FieldSet &fields)
{
    const World &w = ctx.world;
    const Resource &r = w.resources[size_t(index)];
    const Offering &o = w.offerings.at(r.offering);
    const Project &p = w.projects.at(r.project);
    const Row row { ctx, w, index, r, o, p, w.customers.at(p.customer), w.customers.at(o.customer), o.plan(r.plan) };
    QJsonObject out;
    for (const int f : fields.fields) {
        const QJsonValue value = kFields[f].render(row);
        if (!value.isUndefined()) {
            out.insert(QLatin1StringView(kFields[f].name), value);
        }
    }
    return out;
}

} // namespace wpc::sim
