// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimBackend.h"
#include "models/sim/SimFormat.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace wpc::sim {

namespace {

struct OfferingUser
{
    QJsonValue username = QJsonValue::Null;
    QJsonValue state = QJsonValue::Null;
};

// Offering users exist only where the provider creates them (the Slurm offering); names and states are
// derived from the pair so they stay the same across requests.
OfferingUser offeringUserOf(const World &w, int offering, int user)
{
    OfferingUser out;
    const Offering &o = w.offerings.at(offering);
    if (!o.providerCanCreateOfferingUser()) {
        return out;
    }
    const User &u = w.users.at(user);
    const quint64 h = mix64(u.uuid.lo ^ o.uuid.hi);
    const int roll = int(h % 10);
    if (roll == 0) {
        return out;
    }
    const QString name = slugify(u.firstName.left(1) + u.lastName).remove(u'-') + QString::number(user % 100);
    if (roll == 1) {
        out.state = QStringLiteral("Requested");
        return out;
    }
    out.username = name;
    out.state = roll == 2 ? QStringLiteral("Creating") : QStringLiteral("OK");
    return out;
}

QString pluginState(ResourceState state)
{
    switch (state) {
    case ResourceState::Creating:
        return QStringLiteral("Creating");
    case ResourceState::Erred:
        return QStringLiteral("Erred");
    case ResourceState::Updating:
        return QStringLiteral("Updating");
    case ResourceState::Terminating:
        return QStringLiteral("Deleting");
    default:
        return QStringLiteral("OK");
    }
}

qint32 limitOf(const Resource &r, const Offering &o, const char *type, qint32 fallback)
{
    for (int i = 0; i < o.components.size() && i < kMaxComponents; ++i) {
        if (o.components.at(i).type == QLatin1StringView(type) && r.limits[size_t(i)] != kNoLimit) {
            return r.limits[size_t(i)];
        }
    }
    return fallback;
}

double usageOf(const Resource &r, const Offering &o, const char *type)
{
    for (int i = 0; i < o.components.size() && i < kMaxComponents; ++i) {
        if (o.components.at(i).type == QLatin1StringView(type)) {
            return double(r.usageCenti[size_t(i)]) / 100.0;
        }
    }
    return 0.0;
}

QJsonObject pluginBase(const RenderContext &ctx, int index)
{
    const World &w = ctx.world;
    const Resource &r = w.resources[size_t(index)];
    const Offering &o = w.offerings.at(r.offering);
    const Project &p = w.projects.at(r.project);
    const Customer &c = w.customers.at(p.customer);
    return {
        { QStringLiteral("url"), scopeUrl(ctx, r) },
        { QStringLiteral("uuid"), scopeUuid(r).hex() },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("service_name"), o.name },
        { QStringLiteral("service_settings"), ctx.url(u"service-settings", o.serviceSettings) },
        { QStringLiteral("service_settings_uuid"), o.serviceSettings.hex() },
        { QStringLiteral("service_settings_state"), QStringLiteral("OK") },
        { QStringLiteral("project"), ctx.url(u"projects", p.uuid) },
        { QStringLiteral("project_uuid"), p.uuid.hex() },
        { QStringLiteral("project_name"), p.name },
        { QStringLiteral("customer"), ctx.url(u"customers", c.uuid) },
        { QStringLiteral("customer_uuid"), c.uuid.hex() },
        { QStringLiteral("customer_name"), c.name },
        { QStringLiteral("customer_abbreviation"), c.abbreviation },
        { QStringLiteral("resource_type"), o.scopeType },
        { QStringLiteral("state"), pluginState(r.state) },
        { QStringLiteral("backend_id"), r.backendId },
        { QStringLiteral("created"), isoDateTime(r.created) },
        { QStringLiteral("modified"), isoDateTime(r.modified) },
        { QStringLiteral("error_message"), r.errorMessage },
        { QStringLiteral("error_traceback"), r.errorTraceback },
        { QStringLiteral("marketplace_offering_uuid"), o.uuid.hex() },
        { QStringLiteral("marketplace_resource_uuid"), r.uuid.hex() },
        { QStringLiteral("marketplace_resource_state"), stateName(r.state) },
    };
}

QJsonObject instanceDetails(const RenderContext &ctx, int index)
{
    const Resource &r = ctx.world.resources[size_t(index)];
    const Offering &o = ctx.world.offerings.at(r.offering);
    QJsonObject d = pluginBase(ctx, index);
    const QJsonObject meta = backendMetadata(ctx.world, index);
    const quint64 h = mix64(r.uuid.lo);
    const qint32 cores = limitOf(r, o, "cores", 2);
    d.insert(QStringLiteral("runtime_state"), meta.value(QStringLiteral("runtime_state")));
    d.insert(QStringLiteral("flavor_name"), QStringLiteral("m1.c%1r%2").arg(cores).arg(limitOf(r, o, "ram", 4)));
    d.insert(QStringLiteral("flavor_disk"), limitOf(r, o, "disk", 20) * 1024);
    d.insert(QStringLiteral("image_name"), QStringLiteral("Ubuntu 22.04"));
    d.insert(QStringLiteral("cores"), cores);
    d.insert(QStringLiteral("ram"), limitOf(r, o, "ram", 4) * 1024);
    d.insert(QStringLiteral("disk"), limitOf(r, o, "disk", 20) * 1024);
    d.insert(QStringLiteral("external_ips"), meta.value(QStringLiteral("external_ips")));
    d.insert(QStringLiteral("internal_ips"), meta.value(QStringLiteral("internal_ips")));
    d.insert(QStringLiteral("availability_zone_name"), QStringLiteral("nova"));
    d.insert(QStringLiteral("hypervisor_hostname"), QStringLiteral("compute-%1.tartu.example.org").arg(h % 40 + 1));
    d.insert(QStringLiteral("key_name"), QStringLiteral("deploy-key"));
    d.insert(QStringLiteral("start_time"), isoDateTime(r.created + 300 * kUsPerSecond));
    d.insert(QStringLiteral("security_groups"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("default") } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("ssh") } } });
    return d;
}

QJsonObject tenantDetails(const RenderContext &ctx, int index)
{
    const Resource &r = ctx.world.resources[size_t(index)];
    const Offering &o = ctx.world.offerings.at(r.offering);
    QJsonObject d = pluginBase(ctx, index);
    QJsonArray quotas;
    for (const char *type : { "cores", "ram", "storage" }) {
        quotas.append(QJsonObject { { QStringLiteral("name"), QLatin1StringView(type) },
            { QStringLiteral("limit"), limitOf(r, o, type, -1) }, { QStringLiteral("usage"), usageOf(r, o, type) } });
    }
    d.insert(QStringLiteral("quotas"), quotas);
    d.insert(QStringLiteral("internal_network_id"), derivedUuid(r.uuid, 5).hex());
    d.insert(QStringLiteral("external_network_id"), derivedUuid(o.uuid, 6).hex());
    d.insert(QStringLiteral("availability_zone"), QString());
    d.insert(QStringLiteral("default_volume_type_name"), QStringLiteral("ssd"));
    d.insert(QStringLiteral("user_username"), QString(r.slug.left(20) + QStringLiteral("-admin")));
    return d;
}

QJsonObject volumeDetails(const RenderContext &ctx, int index)
{
    const Resource &r = ctx.world.resources[size_t(index)];
    const Offering &o = ctx.world.offerings.at(r.offering);
    QJsonObject d = pluginBase(ctx, index);
    const QString runtime = runtimeState(ctx.world, index);
    d.insert(QStringLiteral("runtime_state"), runtime);
    d.insert(QStringLiteral("size"), limitOf(r, o, "gigabytes", 10) * 1024);
    d.insert(QStringLiteral("bootable"), false);
    d.insert(QStringLiteral("type_name"), QStringLiteral("ssd"));
    d.insert(QStringLiteral("device"),
        runtime == u"in-use" ? QJsonValue(QStringLiteral("/dev/vdb")) : QJsonValue(QString()));
    return d;
}

QJsonObject slurmDetails(const RenderContext &ctx, int index)
{
    const Resource &r = ctx.world.resources[size_t(index)];
    const Offering &o = ctx.world.offerings.at(r.offering);
    QJsonObject d = pluginBase(ctx, index);
    d.insert(QStringLiteral("gateway"), QStringLiteral("login.aurora.example.org"));
    d.insert(QStringLiteral("is_active"), r.state != ResourceState::Terminating && !r.paused);
    d.insert(QStringLiteral("cpu_limit"), limitOf(r, o, "cpu_k_hours", -1));
    d.insert(QStringLiteral("cpu_usage"), usageOf(r, o, "cpu_k_hours"));
    d.insert(QStringLiteral("gpu_limit"), limitOf(r, o, "gpu_k_hours", -1));
    d.insert(QStringLiteral("gpu_usage"), usageOf(r, o, "gpu_k_hours"));
    d.insert(QStringLiteral("ram_limit"), -1);
    d.insert(QStringLiteral("ram_usage"), usageOf(r, o, "gb_k_hours"));
    return d;
}

} // namespace

HttpReply SimBackend::details(const Call &call, int index)
{
    const Resource &r = m_world.resources[size_t(index)];
    const Offering &o = m_world.offerings.at(r.offering);
    if (!hasScope(m_world, r)) {
        return HttpReply::empty(404);
    }
    switch (o.details) {
    case DetailsKind::NoScope:
        return HttpReply::empty(404);
    case DetailsKind::NoSerializer:
        return HttpReply::empty(204);
    case DetailsKind::OpenStackInstance:
        return HttpReply::json(200, instanceDetails(call.ctx, index));
    case DetailsKind::OpenStackTenant:
        return HttpReply::json(200, tenantDetails(call.ctx, index));
    case DetailsKind::OpenStackVolume:
        return HttpReply::json(200, volumeDetails(call.ctx, index));
    case DetailsKind::Slurm:
        return HttpReply::json(200, slurmDetails(call.ctx, index));
    }
    return HttpReply::empty(404);
}

HttpReply SimBackend::offering(const Call &call, int index)
{
    return HttpReply::json(200, renderPublicOffering(call.ctx, m_world.resources[size_t(index)].offering));
}

HttpReply SimBackend::planPeriods(const Call &call, int index)
{
    const Resource &r = m_world.resources[size_t(index)];
    const Offering &o = m_world.offerings.at(r.offering);
    const Plan *plan = o.plan(r.plan);
    const QDate today = dateOf(call.ctx.now);
    const qint64 monthStart = startOfDayUs(QDate(today.year(), today.month(), 1));
    const bool ended = r.state == ResourceState::Terminated;
    QJsonArray out;
    // Plan periods belong to a plan: a resource without one has none.
    if (!plan || (ended && r.modified < monthStart)) {
        return HttpReply::json(200, out);
    }
    QJsonArray components;
    if (r.state != ResourceState::Creating) {
        const qint64 reported = std::min(call.ctx.now, std::max(monthStart, r.created) + 3600 * kUsPerSecond);
        for (int i = 0; i < o.components.size() && i < kMaxComponents; ++i) {
            const Component &c = o.components.at(i);
            if (c.billing != BillingType::Usage && c.billing != BillingType::Limit) {
                continue;
            }
            components.append(QJsonObject { { QStringLiteral("uuid"), derivedUuid(r.uuid, 10 + quint64(i)).hex() },
                { QStringLiteral("created"), isoDateTime(reported) }, { QStringLiteral("description"), QString() },
                { QStringLiteral("type"), c.type }, { QStringLiteral("name"), c.name },
                { QStringLiteral("measured_unit"), c.measuredUnit },
                { QStringLiteral("usage"), centiString(r.usageCenti[size_t(i)]) },
                { QStringLiteral("date"), isoDateTime(monthStart) }, { QStringLiteral("recurring"), false } });
        }
    }
    out.append(QJsonObject { { QStringLiteral("uuid"), derivedUuid(r.uuid, 3).hex() },
        { QStringLiteral("plan_name"), plan->name }, { QStringLiteral("plan_uuid"), plan->uuid.hex() },
        { QStringLiteral("start"), isoDateTime(startOfDayUs(dateOf(r.created))) },
        { QStringLiteral("end"), ended ? QJsonValue(isoDateTime(r.modified)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("components"), components } });
    return HttpReply::json(200, out);
}

HttpReply SimBackend::team(const Call &call, int index)
{
    const Resource &r = m_world.resources[size_t(index)];
    const Project &p = m_world.projects.at(r.project);
    QJsonArray out;
    for (const Member &m : p.members) {
        const User &u = m_world.users.at(m.user);
        const OfferingUser ou = offeringUserOf(m_world, r.offering, m.user);
        const bool expires = mix64(u.uuid.hi ^ p.uuid.lo) % 10 == 0;
        out.append(QJsonObject {
            { QStringLiteral("url"), call.ctx.url(u"users", u.uuid) },
            { QStringLiteral("uuid"), u.uuid.hex() },
            { QStringLiteral("username"), u.username },
            { QStringLiteral("full_name"), u.fullName() },
            { QStringLiteral("email"), u.email },
            { QStringLiteral("role"), projectRoleName(m.role) },
            { QStringLiteral("expiration_time"),
                expires ? QJsonValue(isoDateTime(m_world.anchorUs + 120 * kUsPerDay)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("offering_user_username"), ou.username },
            { QStringLiteral("offering_user_state"), ou.state },
        });
    }
    return HttpReply::json(200, out);
}

HttpReply SimBackend::offeringForSubresources(const Call &, int index)
{
    const int offering = m_world.resources[size_t(index)].offering;
    QJsonArray out;
    for (const Offering &o : m_world.offerings) {
        if (o.parent == offering) {
            out.append(QJsonObject { { QStringLiteral("uuid"), o.uuid.hex() }, { QStringLiteral("type"), o.type } });
        }
    }
    return HttpReply::json(200, out);
}

HttpReply SimBackend::glauthUsersConfig(const Call &, int index)
{
    const Resource &r = m_world.resources[size_t(index)];
    const Offering &o = m_world.offerings.at(r.offering);
    if (!o.providerCanCreateOfferingUser()) {
        return HttpReply::text(400,
            "Offering \"" + o.name.toUtf8()
                + "\" does not allow the service provider to create offering users "
                  "(plugin_options.service_provider_can_create_offering_user is false).");
    }
    const int uidBase = o.pluginOptions.value(QStringLiteral("initial_uidnumber")).toInt(5000);
    const int groupBase = o.pluginOptions.value(QStringLiteral("initial_usergroup_number")).toInt(6000);
    const int projectGroup
        = o.pluginOptions.value(QStringLiteral("initial_primarygroup_number")).toInt(5000) + int(r.project) + 2000;
    const QString home = o.pluginOptions.value(QStringLiteral("homedir_prefix")).toString(QStringLiteral("/home/"));
    QString users;
    QString groups;
    for (const Member &m : m_world.projects.at(r.project).members) {
        const OfferingUser ou = offeringUserOf(m_world, r.offering, m.user);
        if (ou.username.isNull() || ou.state.toString() != u"OK") {
            continue;
        }
        const User &u = m_world.users.at(m.user);
        const QString name = ou.username.toString();
        const int uid = uidBase + m.user;
        const int gid = groupBase + m.user;
        const QByteArray hash
            = QCryptographicHash::hash((name + u.uuid.hex()).toUtf8(), QCryptographicHash::Sha256).toHex();
        const QByteArray key = QCryptographicHash::hash(u.uuid.hex().toUtf8(), QCryptographicHash::Sha256).toBase64();
        users += QStringLiteral("[[users]]\n  name = \"%1\"\n  givenname=\"%2\"\n  sn=\"%3\"\n  mail = \"%4\"\n"
                                "  uidnumber = %5\n  primarygroup = %6\n  otherGroups = [%7]\n")
                     .arg(name, u.firstName, u.lastName, u.email)
                     .arg(uid)
                     .arg(gid)
                     .arg(projectGroup);
        users += QStringLiteral("  sshkeys = [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%1 %2\"]\n"
                                "  loginShell = \"/bin/bash\"\n  homeDir = \"%3%4\"\n  passsha256 = \"%5\"\n"
                                "    [[users.customattributes]]\n    preferredUsername = [\"%4\"]\n\n")
                     .arg(QString::fromLatin1(key.left(43)), u.username, home, name, QString::fromLatin1(hash));
        groups += QStringLiteral("[[groups]]\n  name = \"%1\"\n  gidnumber = %2\n\n").arg(name).arg(gid);
    }
    return HttpReply::text(200, (users + groups).toUtf8());
}

} // namespace wpc::sim
