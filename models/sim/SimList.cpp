// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimBackend.h"
#include "models/sim/SimFormat.h"

#include <QJsonArray>

#include <algorithm>

namespace wpc::sim {

namespace {

// The provider resource filter set (django-filter semantics: empty values are ignored, invalid ones are
// reported per parameter, all at once).
struct ResourceFilter
{
    quint8 states = 0; // bit per ResourceState
    std::optional<quint32> offerings; // bit per offering index
    std::optional<int> customer, project, provider; // -1 = an id that matches nothing
    std::optional<Uuid> category, plan, parentOffering;
    std::optional<QString> projectName, offeringType, name, nameExact, backendId, query, runtimeState;
    std::optional<bool> paused, downscaled, restricted, hasEndDate, shared, billable;
    std::optional<bool> usageBased, limitBased, onlyUsageBased, onlyLimitBased;
    std::optional<qint64> createdAfter, modifiedAfter;
    std::optional<int> componentCount, limitComponentCount;
    int queryUuidMatch = -1;
};

struct Parser
{
    const QueryParams &q;
    const World &w;
    QJsonObject errors;

    void error(const QString &key, const QString &message)
    {
        if (!errors.contains(key)) {
            errors.insert(key, QJsonArray { message });
        }
    }
    std::optional<QString> text(const char *key) const
    {
        const QString v = q.value(QLatin1StringView(key));
        return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
    }
    std::optional<Uuid> uuid(const char *key)
    {
        const auto v = text(key);
        if (!v) {
            return std::nullopt;
        }
        const auto u = Uuid::parse(*v);
        if (!u) {
            error(QLatin1StringView(key), QStringLiteral("Enter a valid UUID."));
        }
        return u;
    }
    std::optional<int> indexOf(const char *key, const QHash<Uuid, int> &index)
    {
        const auto u = uuid(key);
        return u ? std::optional<int>(index.value(*u, -1)) : std::nullopt;
    }
    // The last path segment of a hyperlink filter value (…/customers/<uuid>/).
    std::optional<int> indexOfUrl(const char *key, const QHash<Uuid, int> &index)
    {
        const auto v = text(key);
        if (!v) {
            return std::nullopt;
        }
        const QStringList parts = QUrl(*v).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const auto u = parts.isEmpty() ? std::nullopt : Uuid::parse(parts.last());
        return u ? index.value(*u, -1) : -1;
    }
    std::optional<bool> boolean(const char *key) const
    {
        const QString v = q.value(QLatin1StringView(key)).toLower();
        if (v == u"true" || v == u"1") {
            return true;
        }
        if (v == u"false" || v == u"0") {
            return false;
        }
        return std::nullopt;
    }
    std::optional<qint64> after(const char *key)
    {
        const auto v = text(key);
        if (!v) {
            return std::nullopt;
        }
        const auto us = parseIsoDateTimeUs(*v);
        if (!us) {
            error(QLatin1StringView(key), QStringLiteral("Enter a valid date/time."));
        }
        return us;
    }
    std::optional<int> number(const char *key)
    {
        const auto v = text(key);
        if (!v) {
            return std::nullopt;
        }
        bool ok = false;
        const double d = v->toDouble(&ok);
        if (!ok) {
            error(QLatin1StringView(key), QStringLiteral("Enter a number."));
            return std::nullopt;
        }
        return int(d);
    }
    void offeringsFrom(ResourceFilter &f, const char *key, bool bySlug)
    {
        const auto v = text(key);
        if (!v) {
            return;
        }
        const quint32 mask = f.offerings.value_or(0xffffffffu);
        quint32 named = 0;
        for (const QString &raw : v->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString item = raw.trimmed();
            const auto uuid = bySlug ? std::nullopt : Uuid::parse(item);
            if (!bySlug && !uuid) {
                error(QLatin1StringView(key), QStringLiteral("Enter a valid UUID."));
                continue;
            }
            for (int i = 0; i < w.offerings.size(); ++i) {
                const Offering &o = w.offerings.at(i);
                if (bySlug ? o.slug == item : *uuid == o.uuid) {
                    named |= 1u << i;
                }
            }
        }
        f.offerings = mask & named;
    }
};

ResourceFilter parseFilter(Parser &p)
{
    ResourceFilter f;
    for (const QString &state : p.q.values(u"state")) {
        if (state.isEmpty()) {
            continue;
        }
        const auto s = stateFromName(state);
        if (!s) {
            p.error(QStringLiteral("state"),
                QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(state));
            break;
        }
        f.states |= quint8(1u << int(*s));
    }
    p.offeringsFrom(f, "offering_uuid", false);
    p.offeringsFrom(f, "offering_slug", true);
    if (const auto o = p.indexOfUrl("offering", p.w.offeringIndex)) {
        f.offerings = f.offerings.value_or(0xffffffffu) & (*o >= 0 ? 1u << *o : 0u);
    }
    f.customer = p.indexOf("customer_uuid", p.w.customerIndex);
    if (const auto c = p.indexOfUrl("customer", p.w.customerIndex)) {
        f.customer = f.customer && *f.customer != *c ? -1 : *c;
    }
    f.project = p.indexOf("project_uuid", p.w.projectIndex);
    f.provider = p.indexOf("provider_uuid", p.w.customerIndex);
    f.category = p.uuid("category_uuid");
    f.plan = p.uuid("plan_uuid");
    f.parentOffering = p.uuid("parent_offering_uuid");
    f.projectName = p.text("project_name");
    f.offeringType = p.text("offering_type");
    f.name = p.text("name");
    f.nameExact = p.text("name_exact");
    f.backendId = p.text("backend_id");
    f.query = p.text("query");
    f.runtimeState = p.text("runtime_state");
    f.paused = p.boolean("paused");
    f.downscaled = p.boolean("downscaled");
    f.restricted = p.boolean("restrict_member_access");
    f.hasEndDate = p.boolean("has_terminate_date");
    f.shared = p.boolean("offering_shared");
    f.billable = p.boolean("offering_billable");
    f.usageBased = p.boolean("usage_based");
    f.limitBased = p.boolean("limit_based");
    f.onlyUsageBased = p.boolean("only_usage_based");
    f.onlyLimitBased = p.boolean("only_limit_based");
    f.createdAfter = p.after("created");
    f.modifiedAfter = p.after("modified");
    f.componentCount = p.number("component_count");
    f.limitComponentCount = p.number("limit_component_count");
    if (f.query) {
        if (const auto u = Uuid::parse(f.query->trimmed())) {
            f.queryUuidMatch = p.w.findResource(*u);
        }
    }
    return f;
}

int limitComponents(const Offering &o)
{
    return int(std::count_if(o.components.cbegin(), o.components.cend(),
        [](const Component &c) { return c.billing == BillingType::Limit; }));
}

bool matches(const ResourceFilter &f, const World &w, int index)
{
    const Resource &r = w.resources[size_t(index)];
    const Offering &o = w.offerings.at(r.offering);
    const Project &p = w.projects.at(r.project);
    const auto bad = [](const auto &opt, const auto &value) { return opt && *opt != value; };
    if ((f.states && !(f.states & (1u << int(r.state)))) || (f.offerings && !(*f.offerings & (1u << r.offering)))
        || bad(f.customer, p.customer) || bad(f.project, int(r.project)) || bad(f.provider, o.customer)
        || bad(f.category, o.categoryUuid) || (f.plan && (!o.plan(r.plan) || o.plan(r.plan)->uuid != *f.plan))
        || (f.parentOffering && (o.parent < 0 || w.offerings.at(o.parent).uuid != *f.parentOffering))
        || bad(f.projectName, p.name) || bad(f.offeringType, o.type) || bad(f.nameExact, r.name)
        || bad(f.backendId, r.backendId) || bad(f.paused, r.paused) || bad(f.downscaled, r.downscaled)
        || bad(f.restricted, r.restrictMemberAccess) || bad(f.hasEndDate, r.endDate.isValid())
        || bad(f.shared, o.shared) || bad(f.billable, o.billable) || bad(f.usageBased, o.hasUsage())
        || bad(f.limitBased, o.hasLimits()) || bad(f.onlyUsageBased, o.hasUsage() && !o.hasLimits())
        || bad(f.onlyLimitBased, o.hasLimits() && !o.hasUsage()) || bad(f.componentCount, int(o.components.size()))
        || bad(f.limitComponentCount, limitComponents(o))) {
        return false;
    }
    if ((f.createdAfter && r.created < *f.createdAfter) || (f.modifiedAfter && r.modified < *f.modifiedAfter)) {
        return false;
    }
    if (f.name && !r.name.contains(*f.name, Qt::CaseInsensitive)) {
        return false;
    }
    if (f.runtimeState && runtimeState(w, index) != *f.runtimeState) {
        return false;
    }
    if (f.query) {
        if (f.queryUuidMatch >= 0) {
            return index == f.queryUuidMatch;
        }
        const QString &qv = *f.query;
        const auto u = Uuid::parse(qv.trimmed());
        return r.name.contains(qv, Qt::CaseInsensitive) || r.slug.contains(qv, Qt::CaseInsensitive)
            || r.backendId.compare(qv, Qt::CaseInsensitive) == 0 || (u && hasScope(w, r) && scopeUuid(r) == *u);
    }
    return true;
}

enum class SortKey { Created, EndDate, Name, ProjectName, State };

struct Ordering
{
    SortKey key;
    bool descending;
};

int compareKey(const World &w, const Ordering &o, const Resource &a, const Resource &b)
{
    switch (o.key) {
    case SortKey::Created:
        return a.created < b.created ? -1 : (a.created > b.created ? 1 : 0);
    case SortKey::EndDate:
        // PostgreSQL puts NULLs last when ascending and first when descending: the same "NULL is largest".
        if (a.endDate.isValid() != b.endDate.isValid()) {
            return a.endDate.isValid() ? -1 : 1;
        }
        return a.endDate < b.endDate ? -1 : (b.endDate < a.endDate ? 1 : 0);
    case SortKey::Name:
        return a.name.compare(b.name, Qt::CaseInsensitive);
    case SortKey::ProjectName:
        return w.projects.at(a.project).name.compare(w.projects.at(b.project).name, Qt::CaseInsensitive);
    case SortKey::State:
        return int(a.state) - int(b.state);
    }
    return 0;
}

std::optional<QList<Ordering>> parseOrdering(const QueryParams &q, QJsonObject *errors)
{
    QList<Ordering> out;
    for (const QString &raw : q.value(u"o").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString token = raw.trimmed();
        const bool descending = token.startsWith(u'-');
        const QString name = descending ? token.mid(1) : token;
        static const QList<std::pair<QString, SortKey>> keys {
            { QStringLiteral("created"), SortKey::Created },
            { QStringLiteral("end_date"), SortKey::EndDate },
            { QStringLiteral("name"), SortKey::Name },
            { QStringLiteral("project_name"), SortKey::ProjectName },
            { QStringLiteral("state"), SortKey::State },
        };
        const auto it = std::find_if(keys.cbegin(), keys.cend(), [&](const auto &k) { return k.first == name; });
        if (it == keys.cend()) {
            errors->insert(QStringLiteral("o"),
                QJsonArray {
                    QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(token) });
            return std::nullopt;
        }
        out.append({ it->second, descending });
    }
    return out;
}

// The rows a user sees for a filter, in the requested order; ties stay in creation order.
std::vector<int> matchingRows(const World &w, int user, const ResourceFilter &filter, const QList<Ordering> &ordering)
{
    std::vector<int> rows;
    for (int i = 0; i < int(w.resources.size()); ++i) {
        const Resource &r = w.resources[size_t(i)];
        if (!r.deleted && w.canSeeResource(user, r) && matches(filter, w, i)) {
            rows.push_back(i);
        }
    }
    if (!ordering.isEmpty()) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const Resource &ra = w.resources[size_t(a)];
            const Resource &rb = w.resources[size_t(b)];
            for (const Ordering &o : ordering) {
                const int c = compareKey(w, o, ra, rb);
                if (c != 0) {
                    return o.descending ? c > 0 : c < 0;
                }
            }
            return false;
        });
    }
    return rows;
}

} // namespace

SimListCache::Rows SimBackend::resourceRows(int user, const QueryParams &query, QJsonObject *errors)
{
    // Parsed on every request, hit or miss: invalid filters are reported exactly as without the cache.
    Parser parser { query, m_world, {} };
    const ResourceFilter filter = parseFilter(parser);
    const auto ordering = parseOrdering(query, &parser.errors);
    if (!parser.errors.isEmpty()) {
        *errors = parser.errors;
        return nullptr;
    }
    SimListCache::Key key = SimListCache::keyOf(user, query);
    SimListCache::Rows rows = m_listCache.find(key);
    if (!rows) {
        rows = std::make_shared<const std::vector<int>>(matchingRows(m_world, user, filter, *ordering));
        m_listCache.insert(std::move(key), rows);
    }
    return rows;
}

void SimBackend::warmListIndex(int user, const QByteArray &rawQuery)
{
    QJsonObject errors;
    resourceRows(user, QueryParams::parse(rawQuery), &errors);
}

HttpReply SimBackend::listResources(const Call &call)
{
    QJsonObject errors;
    const SimListCache::Rows rows = resourceRows(call.user, call.request.query, &errors);
    if (!rows) {
        return HttpReply::json(400, errors);
    }
    const FieldSet fields = FieldSet::fromQuery(call.request.query);
    return paged(call, int(rows->size()),
        [&](int i) { return QJsonValue(renderResource(call.ctx, (*rows)[size_t(i)], fields)); });
}

namespace {

// What a non-staff user may see besides resources: their offerings, and the projects and customers that
// hold resources of those offerings (plus their own organisation).
struct Visibility
{
    QSet<int> projects;
    QSet<int> customers;
};

Visibility visibilityOf(const World &w, int user)
{
    Visibility v;
    for (int c = 0; c < w.customers.size(); ++c) {
        if (w.ownsCustomer(user, c)) {
            v.customers.insert(c);
        }
    }
    for (const Resource &r : w.resources) {
        if (!r.deleted && w.canSeeResource(user, r)) {
            v.projects.insert(r.project);
            v.customers.insert(w.projects.at(r.project).customer);
        }
    }
    for (int p = 0; p < w.projects.size(); ++p) {
        if (w.ownsCustomer(user, w.projects.at(p).customer)) {
            v.projects.insert(p);
        }
    }
    return v;
}

} // namespace

HttpReply SimBackend::listProjects(const Call &call)
{
    const QueryParams &q = call.request.query;
    const bool staff = m_world.isStaff(call.user);
    const Visibility v = staff ? Visibility() : visibilityOf(m_world, call.user);
    std::optional<int> customer;
    for (const char *key : { "customer", "customer_uuid" }) {
        const QString value = q.value(QLatin1StringView(key));
        if (value.isEmpty()) {
            continue;
        }
        const auto u = Uuid::parse(value);
        if (!u) {
            return HttpReply::fieldError(QLatin1StringView(key), QStringLiteral("Enter a valid UUID."));
        }
        customer = m_world.customerIndex.value(*u, -1);
    }
    const QString name = q.value(u"name");
    std::vector<int> rows;
    for (int i = 0; i < m_world.projects.size(); ++i) {
        const Project &p = m_world.projects.at(i);
        if ((staff || v.projects.contains(i)) && (!customer || *customer == p.customer)
            && (name.isEmpty() || p.name.contains(name, Qt::CaseInsensitive))) {
            rows.push_back(i);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return m_world.projects.at(a).name.compare(m_world.projects.at(b).name, Qt::CaseInsensitive) < 0;
    });
    return paged(call, int(rows.size()), [&](int i) { return QJsonValue(renderProject(call.ctx, rows[size_t(i)])); });
}

HttpReply SimBackend::listCustomers(const Call &call)
{
    const bool staff = m_world.isStaff(call.user);
    const Visibility v = staff ? Visibility() : visibilityOf(m_world, call.user);
    const QString name = call.request.query.value(u"name");
    std::vector<int> rows;
    for (int i = 0; i < m_world.customers.size(); ++i) {
        if ((staff || v.customers.contains(i))
            && (name.isEmpty() || m_world.customers.at(i).name.contains(name, Qt::CaseInsensitive))) {
            rows.push_back(i);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return m_world.customers.at(a).name.compare(m_world.customers.at(b).name, Qt::CaseInsensitive) < 0;
    });
    return paged(call, int(rows.size()), [&](int i) { return QJsonValue(renderCustomer(call.ctx, rows[size_t(i)])); });
}

HttpReply SimBackend::listOfferings(const Call &call)
{
    const QString name = call.request.query.value(u"name");
    const QString type = call.request.query.value(u"type");
    std::vector<int> rows;
    for (int i = 0; i < m_world.offerings.size(); ++i) {
        const Offering &o = m_world.offerings.at(i);
        if ((m_world.isStaff(call.user) || m_world.ownsCustomer(call.user, o.customer))
            && (name.isEmpty() || o.name.contains(name, Qt::CaseInsensitive)) && (type.isEmpty() || o.type == type)) {
            rows.push_back(i);
        }
    }
    return paged(
        call, int(rows.size()), [&](int i) { return QJsonValue(renderProviderOffering(call.ctx, rows[size_t(i)])); });
}

HttpReply SimBackend::retrieveUser(const Call &call, const QString &id)
{
    const auto u = Uuid::parse(id);
    for (int i = 0; u && i < m_world.users.size(); ++i) {
        if (m_world.users.at(i).uuid == *u && (m_world.isStaff(call.user) || i == call.user)) {
            return HttpReply::json(200, renderUser(call.ctx, i));
        }
    }
    return HttpReply::detail(404, QStringLiteral("Not found."));
}

HttpReply SimBackend::retrieveSimple(const Call &call, const QString &collection, const QString &id)
{
    const auto u = Uuid::parse(id);
    const bool staff = m_world.isStaff(call.user);
    HttpReply notFound = HttpReply::detail(404, QStringLiteral("Not found."));
    if (!u) {
        return notFound;
    }
    if (collection == u"marketplace-provider-offerings") {
        const int i = m_world.offeringIndex.value(*u, -1);
        if (i < 0 || !(staff || m_world.ownsCustomer(call.user, m_world.offerings.at(i).customer))) {
            return notFound;
        }
        return HttpReply::json(200, renderPublicOffering(call.ctx, i));
    }
    const Visibility v = staff ? Visibility() : visibilityOf(m_world, call.user);
    if (collection == u"projects") {
        const int i = m_world.projectIndex.value(*u, -1);
        if (i < 0 || !(staff || v.projects.contains(i))) {
            return notFound;
        }
        return HttpReply::json(200, renderProject(call.ctx, i));
    }
    const int i = m_world.customerIndex.value(*u, -1);
    if (i < 0 || !(staff || v.customers.contains(i))) {
        return notFound;
    }
    return HttpReply::json(200, renderCustomer(call.ctx, i));
}

} // namespace wpc::sim
