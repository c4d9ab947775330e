// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimRandom.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace wpc::sim {

// The simulator's database: plain structs, rendered to JSON per request. Nothing here keeps a JSON
// object per resource, so 100,000 resources stay cheap to generate and to hold.

enum class ResourceState : quint8 { Creating = 1, OK, Erred, Updating, Terminating, Terminated };
QString stateName(ResourceState state);
std::optional<ResourceState> stateFromName(QStringView name); // case-sensitive, like the filter

enum class OrderType : quint8 { Create, Update, Terminate };
enum class OrderState : quint8 { PendingProvider, Executing, Done };
enum class BillingType : quint8 { Fixed, Usage, Limit, One };
QString billingTypeName(BillingType type);

// How GET …/details/ answers for an offering's resources.
enum class DetailsKind : quint8 { NoScope, NoSerializer, OpenStackInstance, OpenStackTenant, OpenStackVolume, Slurm };

enum class ProjectRole : quint8 { Admin, Manager, Member };
QString projectRoleName(ProjectRole role);

constexpr int kMaxComponents = 4;
constexpr qint32 kNoLimit = -1;
constexpr quint8 kNoPlan = 0xFF; // Resource::plan of a resource without a plan

struct User
{
    Uuid uuid;
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    bool isStaff = false;
    bool isSupport = false;
    QString fullName() const
    {
        return firstName + QLatin1Char(' ') + lastName;
    }
};

struct Customer
{
    Uuid uuid;
    QString name;
    QString abbreviation;
    QString slug;
    qint64 created = 0;
    QList<int> owners;
};

struct Member
{
    int user = 0;
    ProjectRole role = ProjectRole::Member;
};

struct Project
{
    Uuid uuid;
    QString name;
    QString slug;
    QString description;
    int customer = 0;
    qint64 created = 0;
    QDate endDate;
    int endDateRequestedBy = -1;
    QList<Member> members;
};

struct Component
{
    Uuid uuid;
    QString type;
    QString name;
    QString description;
    QString measuredUnit;
    BillingType billing = BillingType::Usage;
    QString limitPeriod; // empty = none
    qint32 minValue = 0;
    qint32 maxValue = 0;
    qint32 defaultLimit = 0;
    qint32 unitFactor = 1;
    QString price; // decimal string per unit
};

struct Plan
{
    Uuid uuid;
    QString name;
    QString description;
    QString unit; // BillingUnit
    QString unitPrice;
    QList<double> prices; // per component, aligned with Offering::components
};

struct Offering
{
    Uuid uuid;
    QString name;
    QString slug;
    QString type;
    QString description;
    QString fullDescription;
    QString backendId;
    QString imageName; // file name under /media/; empty = no image
    int customer = 0;
    int parent = -1;
    Uuid categoryUuid;
    QString categoryTitle;
    QString categoryIcon;
    QList<Component> components;
    QList<Plan> plans;
    QJsonObject pluginOptions;
    QJsonObject resourceOptions; // {"options":{…},"order":[…]} or empty
    QJsonObject options;
    QJsonObject attributes;
    QList<std::pair<QString, QString>> endpoints; // name, url
    bool shared = true;
    bool billable = true;
    QString state = QStringLiteral("Active");
    qint64 created = 0;
    Uuid serviceSettings; // the offering's scope, when hasServiceSettings
    bool hasServiceSettings = false;
    DetailsKind details = DetailsKind::NoScope;
    QString scopeCollection; // e.g. "openstack-instances"; empty = no plugin scope
    QString scopeType; // e.g. "OpenStack.Instance"
    int weight = 1; // share of generated resources
    bool createOrdersOnOptionChange() const;
    bool providerCanCreateOfferingUser() const;
    bool hasUsage() const;
    bool hasLimits() const;
    const Plan *plan(quint8 index) const
    {
        return index < plans.size() ? &plans.at(index) : nullptr;
    }
};

struct Order
{
    Uuid uuid;
    OrderType type = OrderType::Create;
    OrderState state = OrderState::Executing;
    int resource = -1;
    int createdBy = 0;
    qint64 created = 0;
    qint64 modified = 0;
    qint64 completed = 0;
    qint64 realCreatedMs = 0; // wall clock, for Config::autoProcessOrdersAfterSecs
    QJsonObject attributes;
    QJsonObject limits;
    QString cost = QStringLiteral("0.0000000000");
};

struct Resource
{
    Uuid uuid;
    QString name;
    QString slug;
    QString description;
    QString backendId;
    QString errorMessage;
    QString errorTraceback;
    qint64 created = 0; // microseconds since the epoch, UTC, simulated time
    qint64 modified = 0;
    qint64 lastSync = 0;
    QDate endDate;
    qint32 endDateRequestedBy = -1;
    qint32 project = 0;
    qint32 pendingOrder = -1;
    qint32 creationOrder = -1; // -1: a completed Create order derived from the resource itself
    qint32 parent = -1; // the resource whose backend object holds this one (an instance's tenant)
    quint8 offering = 0;
    quint8 plan = 0; // index into the offering's plans, or kNoPlan
    ResourceState state = ResourceState::OK;
    bool paused = false;
    bool downscaled = false;
    bool restrictMemberAccess = false;
    bool deleted = false;
    std::array<qint32, kMaxComponents> limits {}; // aligned with the offering's components; kNoLimit = unset
    std::array<qint32, kMaxComponents> usageCenti {}; // current usage in hundredths
};

// Values that only a few resources ever get (set by actions), kept out of Resource to keep it small.
struct ResourceExtras
{
    std::optional<QJsonObject> limits;
    std::optional<QJsonObject> backendMetadata;
    std::optional<QJsonObject> options;
    std::optional<QJsonArray> report;
};

struct World
{
    QList<User> users; // [0] staff, [1] provider owner
    QList<Customer> customers; // the first kProviderCount are service providers
    QList<Project> projects;
    QList<Offering> offerings;
    std::vector<Resource> resources; // in creation order
    std::vector<Order> orders;
    QHash<int, ResourceExtras> extras;
    QHash<Uuid, int> resourceIndex;
    QHash<Uuid, int> projectIndex;
    QHash<Uuid, int> customerIndex;
    QHash<Uuid, int> offeringIndex;
    qint64 anchorUs = 0; // start of the generation day; every generated timestamp is before it

    static constexpr int kStaff = 0;
    static constexpr int kOwner = 1;

    bool isStaff(int user) const
    {
        return users.at(user).isStaff;
    }
    bool ownsCustomer(int user, int customer) const
    {
        return customers.at(customer).owners.contains(user);
    }
    // Staff see everything; others see resources of offerings whose provider customer they own.
    bool canSeeResource(int user, const Resource &r) const
    {
        return isStaff(user) || ownsCustomer(user, offerings.at(r.offering).customer);
    }
    int findResource(const Uuid &uuid) const
    {
        return resourceIndex.value(uuid, -1);
    }
    const ResourceExtras *extrasFor(int index) const
    {
        const auto it = extras.constFind(index);
        return it == extras.cend() ? nullptr : &*it;
    }
};

} // namespace wpc::sim
