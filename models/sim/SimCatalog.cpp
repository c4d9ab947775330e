// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimCatalog.h"

#include "models/sim/SimFormat.h"

#include <QJsonArray>

namespace wpc::sim {

namespace {

// Offerings in the same category share its id; derive it from the title so it needs no bookkeeping.
quint64 fnv1a(const char *text)
{
    quint64 h = 1469598103934665603ULL;
    for (; *text; ++text) {
        h = (h ^ quint64(static_cast<unsigned char>(*text))) * 1099511628211ULL;
    }
    return h;
}

Component component(Random &rng,
    const char *type,
    const char *name,
    const char *unit,
    BillingType billing,
    const char *limitPeriod,
    qint32 maxValue,
    qint32 defaultLimit,
    const char *price,
    const char *description = "")
{
    Component c;
    c.uuid = rng.uuid();
    c.type = QString::fromLatin1(type);
    c.name = QString::fromLatin1(name);
    c.measuredUnit = QString::fromLatin1(unit);
    c.billing = billing;
    c.limitPeriod = QString::fromLatin1(limitPeriod);
    c.minValue = 0;
    c.maxValue = maxValue;
    c.defaultLimit = defaultLimit;
    c.price = QString::fromLatin1(price);
    c.description = QString::fromLatin1(description);
    return c;
}

Plan plan(Random &rng,
    const char *name,
    const char *unit,
    const char *unitPrice,
    QList<double> prices,
    const char *description)
{
    Plan p;
    p.uuid = rng.uuid();
    p.name = QString::fromLatin1(name);
    p.unit = QString::fromLatin1(unit);
    p.unitPrice = QString::fromLatin1(unitPrice);
    p.prices = std::move(prices);
    p.description = QString::fromLatin1(description);
    return p;
}

QJsonObject option(const char *type, const char *label, const char *help, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("type"), QString::fromLatin1(type));
    extra.insert(QStringLiteral("label"), QString::fromLatin1(label));
    extra.insert(QStringLiteral("help_text"), QString::fromLatin1(help));
    if (!extra.contains(QStringLiteral("required"))) {
        extra.insert(QStringLiteral("required"), false);
    }
    return extra;
}

QJsonObject resourceOptions(const QList<std::pair<const char *, QJsonObject>> &fields)
{
    QJsonObject options;
    QJsonArray order;
    for (const auto &[key, field] : fields) {
        options.insert(QString::fromLatin1(key), field);
        order.append(QString::fromLatin1(key));
    }
    return QJsonObject { { QStringLiteral("options"), options }, { QStringLiteral("order"), order } };
}

Offering baseOffering(Random &rng,
    const World &world,
    int customer,
    const char *name,
    const char *type,
    const char *category,
    const char *icon)
{
    Offering o;
    o.uuid = rng.uuid();
    o.name = QString::fromUtf8(name);
    o.slug = slugify(o.name);
    o.type = QString::fromLatin1(type);
    o.customer = customer;
    o.categoryUuid = derivedUuid(Uuid { 0x5ca1ab1e, fnv1a(category) }, 7);
    o.categoryTitle = QString::fromLatin1(category);
    o.categoryIcon = QString::fromLatin1(icon);
    o.imageName = o.slug + QStringLiteral(".png");
    o.serviceSettings = rng.uuid();
    o.created = world.anchorUs - 900 * kUsPerDay + rng.range(0, 100) * kUsPerDay;
    o.backendId = o.slug.left(12);
    return o;
}

void addProviders(World &world, Random &rng)
{
    const struct
    {
        const char *name;
        const char *abbreviation;
    } providers[] = {
        { "Nordic HPC Centre", "NHC" },
        { "Baltic Cloud Services", "BCS" },
        { "Research Support Unit", "RSU" },
    };
    for (const auto &p : providers) {
        Customer c;
        c.uuid = rng.uuid();
        c.name = QString::fromLatin1(p.name);
        c.abbreviation = QString::fromLatin1(p.abbreviation);
        c.slug = slugify(c.name);
        c.created = world.anchorUs - 1100 * kUsPerDay + rng.range(0, 30) * kUsPerDay;
        world.customers.append(c);
    }
    world.customers[0].owners.append(World::kOwner);
}

void addHpcOfferings(World &world, Random &rng)
{
    Offering slurm = baseOffering(rng, world, 0, "Aurora HPC Cluster", "Marketplace.Slurm", "HPC", "hpc.svg");
    slurm.description = QStringLiteral("Batch computing on 1,200 CPU nodes and 96 GPU nodes.");
    slurm.fullDescription = QStringLiteral("<p>Aurora is a Slurm cluster for research projects. Allocations are "
                                           "granted in thousands of core hours.</p>");
    slurm.components = {
        component(rng, "cpu_k_hours", "CPU allocation", "k-hours", BillingType::Limit, "total", 1000000, 100,
            "25.0000000000", "Thousands of CPU core hours"),
        component(rng, "gpu_k_hours", "GPU allocation", "k-hours", BillingType::Limit, "total", 100000, 10,
            "180.0000000000", "Thousands of GPU hours"),
        component(rng, "gb_k_hours", "Storage usage", "GB k-hours", BillingType::Usage, "", 5000, 0, "0.0400000000",
            "Scratch storage used, in thousands of GB hours"),
    };
    slurm.plans = {
        plan(rng, "Research allocation", "month", "0.0000000000", { 25, 180, 0.04 }, "Pay for what is allocated."),
        plan(rng, "Pilot", "month", "0.0000000000", { 0, 0, 0 }, "Free pilot allocation, up to 50 k-hours."),
    };
    slurm.pluginOptions = QJsonObject {
        { QStringLiteral("service_provider_can_create_offering_user"), true },
        { QStringLiteral("create_orders_on_resource_option_change"), false },
        { QStringLiteral("username_generation_policy"), QStringLiteral("service_provider") },
        { QStringLiteral("initial_uidnumber"), 5000 },
        { QStringLiteral("initial_primarygroup_number"), 5000 },
        { QStringLiteral("initial_usergroup_number"), 6000 },
        { QStringLiteral("homedir_prefix"), QStringLiteral("/home/") },
        { QStringLiteral("supports_pausing"), true },
        { QStringLiteral("supports_downscaling"), true },
        { QStringLiteral("auto_approve_remote_orders"), true },
    };
    slurm.resourceOptions = resourceOptions({
        { "qos",
            option("select_string", "Quality of service", "Slurm QoS for the account's jobs.",
                { { QStringLiteral("choices"),
                      QJsonArray { QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("debug") } },
                    { QStringLiteral("default"), QStringLiteral("normal") } }) },
        { "max_jobs",
            option("integer", "Maximum concurrent jobs", "Running and pending jobs per account.",
                { { QStringLiteral("min"), 1 }, { QStringLiteral("max"), 1000 } }) },
        { "email_notifications", option("boolean", "Email notifications", "Mail the PI when a job fails.") },
    });
    slurm.attributes = QJsonObject { { QStringLiteral("nodes"), 1296 },
        { QStringLiteral("scheduler"), QStringLiteral("Slurm 23.11") } };
    slurm.endpoints = { { QStringLiteral("Login node"), QStringLiteral("ssh://login.aurora.example.org") },
        { QStringLiteral("User guide"), QStringLiteral("https://docs.aurora.example.org/") } };
    slurm.details = DetailsKind::Slurm;
    slurm.scopeCollection = QStringLiteral("slurm-allocations");
    slurm.scopeType = QStringLiteral("SLURM.Allocation");
    slurm.hasServiceSettings = true;
    slurm.weight = 30;
    world.offerings.append(slurm);

    Offering nfs = baseOffering(rng, world, 0, "Project Storage (NFS)", "Marketplace.Basic", "Storage", "storage.svg");
    nfs.description = QStringLiteral("Backed-up NFS shares mounted on Aurora and on cloud VMs.");
    nfs.components = {
        component(rng, "storage", "Storage quota", "TB", BillingType::Limit, "month", 500, 1, "12.0000000000"),
    };
    nfs.plans = {
        plan(rng, "Standard", "month", "12.0000000000", { 12 }, "Disk tier with nightly backup."),
        plan(rng, "Archive", "month", "4.0000000000", { 4 }, "Tape tier; restores take hours."),
    };
    nfs.pluginOptions = QJsonObject {
        { QStringLiteral("service_provider_can_create_offering_user"), false },
        { QStringLiteral("create_orders_on_resource_option_change"), true },
    };
    nfs.resourceOptions = resourceOptions({
        { "storage_class",
            option("select_string", "Storage class", "Performance tier of the share.",
                { { QStringLiteral("choices"),
                      QJsonArray { QStringLiteral("standard"), QStringLiteral("fast"), QStringLiteral("archive") } },
                    { QStringLiteral("default"), QStringLiteral("standard") } }) },
        { "backup_enabled", option("boolean", "Nightly backup", "Copy the share to tape every night.") },
        { "snapshot_retention_days",
            option("integer", "Snapshot retention (days)", "How long daily snapshots are kept.",
                { { QStringLiteral("min"), 0 }, { QStringLiteral("max"), 90 } }) },
        { "mount_point", option("string", "Mount point", "Path under /projects where the share is mounted.") },
    });
    nfs.imageName.clear(); // offerings made by hand often have none: Waldur then sends null
    // The institution's own storage: offered to its own projects only and paid for centrally, so that the
    // shared and billable filters have something to tell apart.
    nfs.shared = false;
    nfs.billable = false;
    nfs.weight = 12;
    world.offerings.append(nfs);
}

void addCloudOfferings(World &world, Random &rng)
{
    const int tenantIndex = int(world.offerings.size());
    Offering tenant
        = baseOffering(rng, world, 1, "OpenStack Tenant (Tartu)", "OpenStack.Tenant", "Private clouds", "cloud.svg");
    tenant.description = QStringLiteral("A private OpenStack project with its own network and quotas.");
    tenant.components = {
        component(rng, "cores", "Cores", "cores", BillingType::Limit, "month", 512, 4, "3.5000000000"),
        component(rng, "ram", "RAM", "GB", BillingType::Limit, "month", 4096, 8, "1.2000000000"),
        component(rng, "storage", "Storage", "GB", BillingType::Limit, "month", 102400, 100, "0.0500000000"),
    };
    tenant.components[1].unitFactor = 1024;
    tenant.plans = {
        plan(rng, "Small", "month", "20.0000000000", { 3.5, 1.2, 0.05 }, "Up to 16 cores."),
        plan(rng, "Large", "month", "80.0000000000", { 3.0, 1.0, 0.04 }, "Discounted rates for big tenants."),
    };
    tenant.pluginOptions = QJsonObject {
        { QStringLiteral("storage_mode"), QStringLiteral("fixed") },
        { QStringLiteral("max_instances"), 50 },
        { QStringLiteral("max_volumes"), 100 },
        { QStringLiteral("max_security_groups"), 20 },
        { QStringLiteral("default_internal_network_mtu"), 1500 },
    };
    tenant.endpoints = { { QStringLiteral("Horizon"), QStringLiteral("https://cloud.tartu.example.org/") } };
    tenant.details = DetailsKind::OpenStackTenant;
    tenant.scopeCollection = QStringLiteral("openstack-tenants");
    tenant.scopeType = QStringLiteral("OpenStack.Tenant");
    tenant.hasServiceSettings = true;
    tenant.weight = 10;
    world.offerings.append(tenant);

    Offering vm
        = baseOffering(rng, world, 1, "Virtual Machine (Tartu)", "OpenStack.Instance", "Virtual machines", "vm.svg");
    vm.description = QStringLiteral("Virtual machines in an OpenStack tenant.");
    vm.parent = tenantIndex;
    vm.components = {
        component(rng, "cores", "Cores", "cores", BillingType::Fixed, "", 64, 2, "4.0000000000"),
        component(rng, "ram", "RAM", "GB", BillingType::Fixed, "", 512, 4, "1.5000000000"),
        component(rng, "disk", "Disk", "GB", BillingType::Fixed, "", 2048, 20, "0.0600000000"),
    };
    vm.plans = { plan(rng, "Flavor-based", "hour", "0.0100000000", { 4, 1.5, 0.06 }, "Billed per flavor hour.") };
    vm.details = DetailsKind::OpenStackInstance;
    vm.scopeCollection = QStringLiteral("openstack-instances");
    vm.scopeType = QStringLiteral("OpenStack.Instance");
    vm.hasServiceSettings = true;
    vm.weight = 28;
    world.offerings.append(vm);

    Offering volume
        = baseOffering(rng, world, 1, "Block Storage Volume", "OpenStack.Volume", "Virtual machines", "volume.svg");
    volume.description = QStringLiteral("Persistent volumes for OpenStack instances.");
    volume.parent = tenantIndex;
    volume.components = {
        component(rng, "gigabytes", "Size", "GB", BillingType::Fixed, "", 10240, 10, "0.0500000000"),
    };
    volume.plans = { plan(rng, "Per GB", "month", "0.0000000000", { 0.05 }, "Billed per GB and month.") };
    volume.details = DetailsKind::OpenStackVolume;
    volume.scopeCollection = QStringLiteral("openstack-volumes");
    volume.scopeType = QStringLiteral("OpenStack.Volume");
    volume.hasServiceSettings = true;
    volume.weight = 12;
    world.offerings.append(volume);
}

void addSupportOffering(World &world, Random &rng)
{
    Offering consulting = baseOffering(
        rng, world, 2, "Research Software Consulting", "Support.OfferingTemplate", "Consultancy", "consulting.svg");
    consulting.description = QStringLiteral("Help from research software engineers, billed per hour.");
    consulting.shared = true;
    consulting.components = {
        component(rng, "hours", "Consulting hours", "hours", BillingType::Usage, "", 120, 0, "85.0000000000"),
    };
    consulting.plans = { plan(rng, "Hourly", "quantity", "0.0000000000", { 85 }, "Reported monthly.") };
    consulting.pluginOptions = QJsonObject { { QStringLiteral("create_orders_on_resource_option_change"), false } };
    consulting.resourceOptions = resourceOptions({
        { "topic",
            option("select_string", "Topic", "What the consultation is about.",
                { { QStringLiteral("choices"),
                    QJsonArray { QStringLiteral("Code review"), QStringLiteral("Performance tuning"),
                        QStringLiteral("Data management plan"), QStringLiteral("Containerisation") } } }) },
        { "preferred_contact", option("string", "Preferred contact", "Email or phone of the contact person.") },
    });
    consulting.details = DetailsKind::NoSerializer;
    consulting.scopeCollection = QStringLiteral("support-offerings");
    consulting.scopeType = QStringLiteral("Support.Offering");
    consulting.imageName.clear();
    consulting.weight = 8;
    world.offerings.append(consulting);
}

} // namespace

void addCatalog(World &world, Random &rng)
{
    addProviders(world, rng);
    addHpcOfferings(world, rng);
    addCloudOfferings(world, rng);
    addSupportOffering(world, rng);
    for (int i = 0; i < world.offerings.size(); ++i) {
        world.offeringIndex.insert(world.offerings.at(i).uuid, i);
    }
    for (int i = 0; i < world.customers.size(); ++i) {
        world.customerIndex.insert(world.customers.at(i).uuid, i);
    }
}

} // namespace wpc::sim
