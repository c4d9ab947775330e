// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimDataset.h"

#include "models/sim/SimCatalog.h"
#include "models/sim/SimFormat.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace wpc::sim {

namespace {

constexpr int kConsumerCustomers = 40;
constexpr int kProjects = 150;
constexpr int kMemberPool = 240;
constexpr int kHistoryDays = 730;

const char *const kFirstNames[] = { "Alice", "Bruno", "Chen", "Daria", "Emil", "Freya", "Gustav", "Hanna", "Ilmar",
    "Jonas", "Kaisa", "Lars", "Maarja", "Nils", "Olga", "Priit", "Quentin", "Rasmus", "Sofia", "Tiina", "Ugne",
    "Viktor", "Wilma", "Xavier", "Ylva", "Zofia", "Aino", "Birk", "Carmen", "Dmitri" };
const char *const kLastNames[] = { "Smith", "Tamm", "Lindqvist", "Kask", "Nowak", "Berzins", "Virtanen", "Hansen",
    "Rebane", "Petrov", "Jensen", "Saar", "Korhonen", "Olsen", "Kazlauskas", "Larsen", "Mets", "Nieminen", "Eriksson",
    "Ozols", "Poska", "Rand", "Sepp", "Ilves", "Kuusk", "Laine", "Magnusson", "Novak", "Ots", "Pihl" };
const char *const kCities[] = { "Tartu", "Tallinn", "Riga", "Vilnius", "Helsinki", "Oulu", "Turku", "Uppsala", "Lund",
    "Bergen", "Tromsø", "Aarhus", "Odense", "Reykjavík", "Gdańsk", "Kaunas", "Espoo", "Umeå", "Trondheim", "Göteborg",
    "Copenhagen", "Stockholm", "Oslo", "Jyväskylä" };
const char *const kKinds[]
    = { "University", "University Hospital", "Institute of Technology", "Marine Research Institute", "Observatory",
          "Biobank", "Climate Centre", "School of Economics", "Genomics Lab", "Polytechnic" };
const char *const kTopics[] = { "Genome Assembly", "Climate Downscaling", "Protein Folding", "Ice Sheet Modelling",
    "Language Models", "Particle Tracking", "Urban Mobility", "Drug Discovery", "Seismic Imaging",
    "Ocean Acidification", "Fusion Plasma", "Cancer Imaging", "Wind Farm CFD", "Bird Migration", "Quantum Chemistry",
    "Digital Humanities", "Sky Survey", "Soil Microbiome", "Traffic Forecasting", "Battery Materials" };
const char *const kProjectSuffixes[] = { "", "", " II", " 2025", " Pilot", " (Horizon Europe)", " Phase 2" };
const char *const kVmRoles[] = { "web", "db", "jupyter", "gitlab-runner", "worker", "api", "proxy", "build" };

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString asciiLower(const QString &text)
{
    return slugify(text).remove(u'-');
}

void addUsers(World &world, Random &rng)
{
    User staff;
    staff.uuid = rng.uuid();
    staff.username = QStringLiteral("stella.admin");
    staff.firstName = QStringLiteral("Stella");
    staff.lastName = QStringLiteral("Admin");
    staff.email = QStringLiteral("stella.admin@waldur.example.org");
    staff.isStaff = true;
    world.users.append(staff);

    User owner;
    owner.uuid = rng.uuid();
    owner.username = QStringLiteral("oliver.owner");
    owner.firstName = QStringLiteral("Oliver");
    owner.lastName = QStringLiteral("Owner");
    owner.email = QStringLiteral("oliver.owner@nordic-hpc.example.org");
    world.users.append(owner);

    QSet<QString> taken;
    while (world.users.size() < kMemberPool + 2) {
        User u;
        u.firstName = utf8(rng.pick(kFirstNames));
        u.lastName = utf8(rng.pick(kLastNames));
        QString username = asciiLower(u.firstName) + QLatin1Char('.') + asciiLower(u.lastName);
        if (taken.contains(username)) {
            username += QString::number(rng.range(2, 99));
            if (taken.contains(username)) {
                continue;
            }
        }
        taken.insert(username);
        u.uuid = rng.uuid();
        u.username = username;
        u.email = username + QStringLiteral("@research.example.org");
        world.users.append(u);
    }
}

void addConsumers(World &world, Random &rng)
{
    QSet<QString> taken;
    while (world.customers.size() < kProviderCount + kConsumerCustomers) {
        const QString city = utf8(rng.pick(kCities));
        const QString kind = utf8(rng.pick(kKinds));
        const QString name = rng.chance(0.5) && kind == u"University" ? QString(QStringLiteral("University of ") + city)
                                                                      : QString(city + QLatin1Char(' ') + kind);
        if (taken.contains(name)) {
            continue;
        }
        taken.insert(name);
        Customer c;
        c.uuid = rng.uuid();
        c.name = name;
        QString abbreviation;
        for (const QString &word : name.split(QLatin1Char(' '))) {
            if (word != u"of") {
                abbreviation += word.at(0).toUpper();
            }
        }
        c.abbreviation = abbreviation;
        c.slug = slugify(name);
        c.created = world.anchorUs - rng.range(400, 1000) * kUsPerDay - rng.range(0, 86399) * kUsPerSecond;
        c.owners.append(int(rng.range(2, world.users.size() - 1)));
        world.customerIndex.insert(c.uuid, int(world.customers.size()));
        world.customers.append(c);
    }
}

void addProjects(World &world, Random &rng)
{
    const QDate today = dateOf(world.anchorUs);
    for (int i = 0; i < kProjects; ++i) {
        Project p;
        p.uuid = rng.uuid();
        p.customer
            = i < kConsumerCustomers ? kProviderCount + i : int(rng.range(kProviderCount, world.customers.size() - 1));
        p.name = utf8(rng.pick(kTopics)) + utf8(rng.pick(kProjectSuffixes));
        p.slug = slugify(p.name) + QLatin1Char('-') + QString::number(i + 1);
        p.description = rng.chance(0.6) ? QStringLiteral("Research project of ") + world.customers.at(p.customer).name
                                        : QString();
        p.created = world.customers.at(p.customer).created + rng.range(1, 300) * kUsPerDay;
        if (rng.chance(0.2)) {
            p.endDate = today.addDays(rng.range(20, 700));
            if (rng.chance(0.5)) {
                p.endDateRequestedBy = World::kStaff;
            }
        }
        const int memberCount = int(rng.range(2, 8));
        for (int m = 0; m < memberCount; ++m) {
            const int user = int(rng.range(2, world.users.size() - 1));
            if (std::any_of(p.members.cbegin(), p.members.cend(), [user](const Member &x) { return x.user == user; })) {
                continue;
            }
            const ProjectRole role
                = m == 0 ? ProjectRole::Admin : (rng.chance(0.2) ? ProjectRole::Manager : ProjectRole::Member);
            p.members.append({ user, role });
        }
        world.projectIndex.insert(p.uuid, int(world.projects.size()));
        world.projects.append(p);
    }
}

int pickOffering(const World &world, Random &rng)
{
    int total = 0;
    for (const Offering &o : world.offerings) {
        total += o.weight;
    }
    int roll = int(rng.range(0, total - 1));
    for (int i = 0; i < world.offerings.size(); ++i) {
        roll -= world.offerings.at(i).weight;
        if (roll < 0) {
            return i;
        }
    }
    return 0;
}

ResourceState pickState(Random &rng, bool recent)
{
    const double roll = rng.unit();
    if (recent && roll < 0.3) {
        return ResourceState::Creating;
    }
    if (roll < 0.78) {
        return ResourceState::OK;
    }
    if (roll < 0.84) {
        return ResourceState::Erred;
    }
    if (roll < 0.87) {
        return ResourceState::Updating;
    }
    if (roll < 0.89) {
        return ResourceState::Terminating;
    }
    return ResourceState::Terminated;
}

QString openstackId(Random &rng)
{
    const QString h = rng.uuid().hex();
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-')
        + h.mid(16, 4) + QLatin1Char('-') + h.mid(20);
}

void nameResource(const World &world, Resource &r, Random &rng, int serial)
{
    const Offering &o = world.offerings.at(r.offering);
    const Project &p = world.projects.at(r.project);
    const QString projectSlug = slugify(p.name, 20);
    switch (o.details) {
    case DetailsKind::Slurm:
        r.name = projectSlug + QStringLiteral("-hpc-") + QString::number(serial);
        r.backendId = QStringLiteral("aurora_") + projectSlug.left(12).replace(u'-', u'_') + QLatin1Char('_')
            + QString::number(serial);
        break;
    case DetailsKind::NoScope:
        r.name = p.name + QStringLiteral(" shared storage ") + QString::number(serial);
        r.backendId = QStringLiteral("nfs-vol-") + QString::number(10000 + serial);
        break;
    case DetailsKind::OpenStackTenant:
        r.name = projectSlug + QStringLiteral("-tenant-") + QString::number(serial);
        r.backendId = rng.uuid().hex();
        break;
    case DetailsKind::OpenStackInstance:
        r.name = utf8(rng.pick(kVmRoles)) + QLatin1Char('-') + projectSlug.section(QLatin1Char('-'), 0, 0)
            + QLatin1Char('-') + QString::number(serial).rightJustified(2, QLatin1Char('0'));
        r.backendId = openstackId(rng);
        break;
    case DetailsKind::OpenStackVolume:
        r.name = QStringLiteral("data-volume-") + QString::number(serial);
        r.backendId = openstackId(rng);
        break;
    case DetailsKind::NoSerializer:
        r.name = QStringLiteral("Consulting: ") + p.name + QStringLiteral(" #") + QString::number(serial);
        r.backendId = rng.chance(0.5) ? QStringLiteral("RSU-") + QString::number(1000 + serial) : QString();
        break;
    }
    if (rng.chance(0.05)) {
        r.backendId.clear();
    }
    r.slug = slugify(r.name);
    if (rng.chance(0.15)) {
        r.description = QStringLiteral("Requested by the PI for ") + p.name + QLatin1Char('.');
    }
}

void fillLimitsAndUsage(const World &world, Resource &r, Random &rng)
{
    r.limits.fill(kNoLimit);
    r.usageCenti.fill(0);
    const Offering &o = world.offerings.at(r.offering);
    for (int c = 0; c < o.components.size() && c < kMaxComponents; ++c) {
        const Component &comp = o.components.at(c);
        if (comp.billing == BillingType::Limit) {
            static const qint32 steps[] = { 1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000 };
            qint32 value = steps[rng.next() % (sizeof(steps) / sizeof(steps[0]))] * comp.defaultLimit;
            value = std::min(value, comp.maxValue);
            r.limits[c] = value;
            if (r.state != ResourceState::Creating) {
                r.usageCenti[c] = qint32(std::llround(value * rng.unit() * 1.05 * 100));
            }
        } else if (comp.billing == BillingType::Usage && r.state != ResourceState::Creating) {
            // For usage components maxValue is only the scale of a plausible monthly amount.
            r.usageCenti[c] = qint32(rng.range(0, qint64(comp.maxValue) * 100));
        } else if (comp.billing == BillingType::Fixed) {
            r.limits[c] = comp.defaultLimit * qint32(rng.range(1, 8));
        }
    }
}

const char *errorMessageFor(DetailsKind kind)
{
    switch (kind) {
    case DetailsKind::Slurm:
        return "sacctmgr: error: Problem talking to the database: Connection refused";
    case DetailsKind::OpenStackInstance:
        return "No valid host was found. There are not enough hosts available.";
    case DetailsKind::OpenStackTenant:
        return "Quota exceeded for resources: ['router'].";
    case DetailsKind::OpenStackVolume:
        return "Invalid volume: Volume status must be available or error, but current status is: in-use.";
    default:
        return "Provisioning script exited with code 1.";
    }
}

void addOrder(World &world, int resource, OrderType type, OrderState state, qint64 created, Random &rng)
{
    Resource &r = world.resources[size_t(resource)];
    const Project &p = world.projects.at(r.project);
    Order order;
    order.uuid = rng.uuid();
    order.type = type;
    order.state = state;
    order.resource = resource;
    order.createdBy = p.members.isEmpty() ? World::kStaff : p.members.at(0).user;
    order.created = created;
    order.modified = created;
    order.attributes = QJsonObject { { QStringLiteral("name"), r.name } };
    order.cost = decimalString(rng.range(0, 50000) / 100.0, 10);
    const int index = int(world.orders.size());
    world.orders.push_back(order);
    if (state != OrderState::Done) {
        r.pendingOrder = index;
    }
    if (type == OrderType::Create) {
        r.creationOrder = index;
    }
}

void addResources(World &world, Random &rng, int count)
{
    const QDate today = dateOf(world.anchorUs);
    const qint64 start = world.anchorUs - kHistoryDays * kUsPerDay;
    const qint64 span = world.anchorUs - qint64(2) * 3600 * kUsPerSecond - start;
    std::vector<double> gaps(size_t(count > 0 ? count : 0));
    double sum = 0;
    for (double &g : gaps) {
        g = 0.2 + 1.6 * rng.unit();
        sum += g;
    }
    world.resources.resize(size_t(count));
    double t = 0;
    for (int i = 0; i < count; ++i) {
        t += gaps[size_t(i)];
        Resource &r = world.resources[size_t(i)];
        r.uuid = rng.uuid();
        r.created = start + qint64(span * (t / sum)) - rng.range(0, 999999);
        r.offering = quint8(pickOffering(world, rng));
        const double skew = std::pow(rng.unit(), 1.7);
        r.project = qint32(std::min<qint64>(world.projects.size() - 1, qint64(skew * world.projects.size())));
        r.plan = quint8(rng.range(0, world.offerings.at(r.offering).plans.size() - 1));
        r.state = pickState(rng, world.anchorUs - r.created < 14 * kUsPerDay);
        nameResource(world, r, rng, i + 1);
        fillLimitsAndUsage(world, r, rng);
        const qint64 age = world.anchorUs - r.created;
        r.modified = r.created + qint64(double(age) * rng.unit() * 0.5);
        r.lastSync = std::max(r.created, world.anchorUs - rng.range(60, qint64(6) * 3600) * kUsPerSecond);
        r.paused = rng.chance(0.03);
        r.downscaled = rng.chance(0.03);
        r.restrictMemberAccess = rng.chance(0.04);
        const double endRoll = rng.unit();
        if (r.state == ResourceState::Terminated) {
            if (endRoll < 0.4) {
                r.endDate = today.addDays(-rng.range(1, 300));
            }
        } else if (endRoll < 0.03) {
            r.endDate = today.addDays(rng.range(1, 6));
        } else if (endRoll < 0.18) {
            r.endDate = today.addDays(rng.range(8, 540));
        }
        if (r.endDate.isValid() && rng.chance(0.5)) {
            const Project &p = world.projects.at(r.project);
            r.endDateRequestedBy = p.members.isEmpty() ? World::kStaff : p.members.at(0).user;
        }
        world.resourceIndex.insert(r.uuid, i);
    }
}

void settleGeneratedStates(World &world, Random &rng)
{
    const int count = int(world.resources.size());
    // Small data sets still get every state, so every filter and action has something to act on.
    if (count >= 6) {
        int oldest = 0;
        for (int s = int(ResourceState::Creating); s <= int(ResourceState::Terminated); ++s) {
            const auto state = ResourceState(s);
            const bool present = std::any_of(world.resources.cbegin(), world.resources.cend(),
                [state](const Resource &r) { return r.state == state; });
            if (!present) {
                // Creating goes to the newest resource (creation orders are recent), the rest to the oldest.
                const int index = state == ResourceState::Creating ? count - 1 : oldest++;
                world.resources[size_t(index)].state = state;
            }
        }
    }
    for (int i = 0; i < count; ++i) {
        Resource &r = world.resources[size_t(i)];
        const Offering &o = world.offerings.at(r.offering);
        switch (r.state) {
        case ResourceState::Creating:
            r.backendId.clear();
            r.modified = r.created;
            r.lastSync = r.created;
            fillLimitsAndUsage(world, r, rng);
            addOrder(world, i, OrderType::Create, OrderState::Executing, r.created, rng);
            break;
        case ResourceState::Erred:
            r.errorMessage = QString::fromLatin1(errorMessageFor(o.details));
            r.errorTraceback = sampleTraceback(o.type, r.errorMessage);
            break;
        case ResourceState::Updating:
            addOrder(world, i, OrderType::Update, OrderState::Executing,
                world.anchorUs - rng.range(3600, qint64(48) * 3600) * kUsPerSecond, rng);
            break;
        case ResourceState::Terminating:
            addOrder(world, i, OrderType::Terminate, OrderState::Executing,
                world.anchorUs - rng.range(600, qint64(24) * 3600) * kUsPerSecond, rng);
            break;
        case ResourceState::Terminated:
            r.lastSync = r.modified;
            break;
        case ResourceState::OK:
            // A consumer asked to terminate and the provider has not approved yet: the resource is still OK.
            if (rng.chance(0.01)) {
                addOrder(world, i, OrderType::Terminate, OrderState::PendingProvider,
                    world.anchorUs - rng.range(3600, qint64(72) * 3600) * kUsPerSecond, rng);
            }
            break;
        }
        const Order *pending = r.pendingOrder >= 0 ? &world.orders[size_t(r.pendingOrder)] : nullptr;
        if (pending && pending->created > r.modified) {
            r.modified = pending->created;
        }
    }
}

} // namespace

QString sampleTraceback(const QString &offeringType, const QString &message)
{
    const QString module = offeringType.startsWith(u"OpenStack") ? QStringLiteral("waldur_openstack.backend")
                                                                 : QStringLiteral("waldur_site_agent.backend");
    return QStringLiteral("Traceback (most recent call last):\n"
                          "  File \"/usr/src/waldur/%1/executors.py\", line 214, in execute\n"
                          "    self.backend.create_resource(resource)\n"
                          "  File \"/usr/src/waldur/%1/client.py\", line 88, in create_resource\n"
                          "    raise BackendError(response.text)\n"
                          "%1.exceptions.BackendError: %2\n")
        .arg(module, message);
}

namespace {

// What Waldur derives rather than stores at random: an instance or volume belongs to the newest tenant of
// its project created before it (the handler that sets Resource.parent from the offering's scope), and
// resources a provider imported by hand into a plan-less offering have no plan. Neither draws from the
// random sequence, so every other generated value stays as it was.
void deriveRelations(World &world)
{
    QHash<int, int> tenantOfProject;
    for (int i = 0; i < int(world.resources.size()); ++i) {
        Resource &r = world.resources[size_t(i)];
        const Offering &o = world.offerings.at(r.offering);
        if (o.details == DetailsKind::OpenStackTenant && r.state != ResourceState::Terminated) {
            tenantOfProject.insert(r.project, i);
        } else if (o.parent >= 0) {
            r.parent = tenantOfProject.value(r.project, -1);
        }
        if (o.details == DetailsKind::NoSerializer && (r.uuid.lo & 1) != 0) {
            r.plan = kNoPlan;
        }
    }
}

void addExtraCustomers(World &world, quint64 seed, int count)
{
    Random rng(mix64(seed ^ 0x5c0ffee5ull)); // a stream of its own: the rest of the world stays as it was
    for (int i = 1; i <= count; ++i) {
        Customer c;
        c.uuid = rng.uuid();
        c.name = QStringLiteral("Customer %1").arg(i, 5, 10, QLatin1Char('0'));
        c.abbreviation = QStringLiteral("C%1").arg(i);
        c.slug = slugify(c.name);
        c.created = world.anchorUs - rng.range(10, 400) * kUsPerDay;
        world.customerIndex.insert(c.uuid, int(world.customers.size()));
        world.customers.append(c);
    }
}

} // namespace

void generateWorld(World &world, quint64 seed, int resourceCount, qint64 anchorUs, int extraCustomers)
{
    Random rng(mix64(seed));
    world.anchorUs = anchorUs;
    addUsers(world, rng);
    addCatalog(world, rng);
    addConsumers(world, rng);
    addProjects(world, rng);
    addResources(world, rng, resourceCount);
    settleGeneratedStates(world, rng);
    deriveRelations(world);
    addExtraCustomers(world, seed, extraCustomers);
}

} // namespace wpc::sim
