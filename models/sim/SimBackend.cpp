// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimBackend.h"

#include "models/sim/SimDataset.h"
#include "models/sim/SimFormat.h"
#include "models/sim/Simulator.h"

#include <QDateTime>
#include <QJsonArray>

namespace wpc::sim {

namespace {

const QString kResources = QStringLiteral("marketplace-provider-resources");

HttpReply notRouted()
{
    HttpReply reply;
    reply.status = 404;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n"
                 "  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";
    return reply;
}

HttpReply methodNotAllowed(const QByteArray &method, const QByteArray &allow)
{
    HttpReply reply
        = HttpReply::detail(405, QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(method)));
    reply.addHeader("Allow", allow);
    return reply;
}

// Whether an Accept header admits `type` ("text/plain" matches "text/plain", "text/*" and "*/*").
bool accepts(const QByteArray &accept, QByteArrayView type)
{
    if (accept.trimmed().isEmpty()) {
        return true;
    }
    const QByteArrayView major = type.first(type.indexOf('/'));
    for (const QByteArray &range : accept.split(',')) {
        const QByteArray media = range.split(';').constFirst().trimmed().toLower();
        if (media == type || media == "*/*" || (media.endsWith("/*") && QByteArrayView(media).chopped(2) == major)) {
            return true;
        }
    }
    return false;
}

bool isRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

} // namespace

SimBackend::SimBackend(quint64 seed, int resourceCount, int extraCustomers)
{
    const qint64 realNowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    const qint64 anchor = startOfDayUs(dateOf(realNowUs));
    generateWorld(m_world, seed, resourceCount, anchor, extraCustomers);
    grantToken(Simulator::staffToken(), World::kStaff, false);
    grantToken(Simulator::ownerToken(), World::kOwner, false);
    const qint64 realNowMs = QDateTime::currentMSecsSinceEpoch();
    for (Order &order : m_world.orders) {
        order.realCreatedMs = realNowMs;
    }
}

qint64 SimBackend::now() const
{
    return QDateTime::currentMSecsSinceEpoch() * 1000 + m_offsetUs;
}

void SimBackend::grantToken(const QByteArray &key, int user, bool bearer)
{
    m_tokens.insert(key, TokenGrant { user, bearer, false });
}

void SimBackend::revokeToken(const QByteArray &key)
{
    m_tokens.remove(key);
}

void SimBackend::expireToken(const QByteArray &key)
{
    if (const auto found = m_tokens.find(key); found != m_tokens.end()) {
        found->expired = true;
    }
}

int SimBackend::authenticate(const QByteArray &authorization, HttpReply *error) const
{
    const QByteArray header = authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    const QByteArray keyword = (space < 0 ? header : header.left(space)).toLower();
    if (header.isEmpty() || (keyword != "token" && keyword != "bearer")) {
        *error = HttpReply::detail(401, QStringLiteral("Authentication credentials were not provided."));
        error->addHeader("WWW-Authenticate", "Token");
        return -1;
    }
    const bool bearer = keyword == "bearer";
    const QByteArray key = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    const auto grant = m_tokens.constFind(key);
    QString message;
    if (bearer) {
        // OIDCAuthentication (and PATAuthentication in newer Waldur) read Bearer; a Token key is no JWT.
        if (grant != m_tokens.cend() && grant->bearer && !grant->expired) {
            return grant->user;
        }
        message = grant != m_tokens.cend() && grant->bearer ? QStringLiteral("Token has expired.")
                                                            : QStringLiteral("Invalid JWT token.");
    } else if (key.isEmpty()) {
        message = QStringLiteral("Invalid token. No credentials provided.");
    } else if (key.contains(' ')) {
        message = QStringLiteral("Invalid token. Token string should not contain spaces.");
    } else if (grant != m_tokens.cend() && !grant->bearer) {
        if (!grant->expired) {
            return grant->user;
        }
        message = QStringLiteral("Token has expired.");
    } else {
        message = QStringLiteral("Invalid token.");
    }
    *error = HttpReply::detail(401, message);
    error->addHeader("WWW-Authenticate", "Token");
    return -1;
}

QString SimBackend::userTag(int user) const
{
    if (user == World::kStaff) {
        return QStringLiteral("staff");
    }
    if (user == World::kOwner) {
        return QStringLiteral("owner");
    }
    return {};
}

HttpReply SimBackend::handle(const HttpRequest &request)
{
    // Any write may change which resources a list shows or their order; reads never change the world.
    // Clearing on every write, even a refused one, is cheaper than proving which writes are harmless.
    if (!isRead(request.method)) {
        m_listCache.clear();
    }
    if (!request.path.startsWith(QStringLiteral("/api/"))) {
        return notRouted();
    }
    if (!request.path.endsWith(u'/')) {
        // Django's APPEND_SLASH: reads are redirected, writes have nowhere to go.
        if (!isRead(request.method)) {
            return notRouted();
        }
        HttpReply reply = HttpReply::empty(301);
        QByteArray location = request.path.toUtf8() + '/';
        if (!request.rawQuery.isEmpty()) {
            location += '?' + request.rawQuery;
        }
        reply.addHeader("Location", location);
        return reply;
    }
    QStringList segments = request.path.mid(5).split(QLatin1Char('/'));
    segments.removeLast(); // the empty piece after the trailing slash
    return route(request, segments);
}

HttpReply SimBackend::withUser(
    const HttpRequest &request, const std::function<HttpReply(const Call &)> &view, QByteArrayView produces)
{
    if (!accepts(request.header("accept"), produces)) {
        return HttpReply::detail(406, QStringLiteral("Could not satisfy the request Accept header."));
    }
    HttpReply error;
    const int user = authenticate(request.header("authorization"), &error);
    if (user < 0) {
        return error;
    }
    const QString host = request.host().isEmpty() ? m_defaultHost : request.host();
    const Call call { request, user, RenderContext { m_world, m_scheme + QStringLiteral("://") + host, user, now() } };
    return view(call);
}

HttpReply SimBackend::route(const HttpRequest &request, const QStringList &s)
{
    const QByteArray &method = request.method;
    if (s.size() == 2 && s.at(0) == u"users" && s.at(1) == u"me") {
        return withUser(request, [&](const Call &call) {
            if (!isRead(method)) {
                return methodNotAllowed(method, "GET, HEAD, OPTIONS");
            }
            return HttpReply::json(200, renderUser(call.ctx, call.user));
        });
    }
    if (s.size() == 2 && s.at(0) == u"users") {
        return withUser(request, [&](const Call &call) {
            if (!isRead(method)) {
                return methodNotAllowed(method, "GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
            }
            return retrieveUser(call, s.at(1));
        });
    }
    if (s.size() == 1) {
        using List = HttpReply (SimBackend::*)(const Call &);
        List list = nullptr;
        if (s.at(0) == kResources) {
            list = &SimBackend::listResources;
        } else if (s.at(0) == u"projects") {
            list = &SimBackend::listProjects;
        } else if (s.at(0) == u"customers") {
            list = &SimBackend::listCustomers;
        } else if (s.at(0) == u"marketplace-provider-offerings") {
            list = &SimBackend::listOfferings;
        } else {
            return notRouted();
        }
        return withUser(request, [&](const Call &call) {
            if (!isRead(method)) {
                return methodNotAllowed(method, "GET, HEAD, OPTIONS");
            }
            return (this->*list)(call);
        });
    }
    if (s.size() == 2
        && (s.at(0) == u"projects" || s.at(0) == u"customers" || s.at(0) == u"marketplace-provider-offerings")) {
        return withUser(request, [&](const Call &call) {
            if (!isRead(method)) {
                return methodNotAllowed(method, "GET, HEAD, OPTIONS");
            }
            return retrieveSimple(call, s.at(0), s.at(1));
        });
    }
    if ((s.size() == 2 || s.size() == 3) && s.at(0) == kResources) {
        return resourceItem(Call { request, -1, RenderContext { m_world, QString(), -1, 0 } }, s.at(1),
            s.size() == 3 ? s.at(2) : QString());
    }
    return notRouted();
}

HttpReply SimBackend::paged(const Call &call, int total, const std::function<QJsonValue(int)> &itemAt) const
{
    // HEAD runs this view as GET does (Django), with the same headers; the transport sends no body.
    const QueryParams &q = call.request.query;
    int pageSize = 10;
    if (q.has(u"page_size")) {
        bool ok = false;
        const int requested = q.value(u"page_size").trimmed().toInt(&ok);
        if (ok && requested > 0) {
            pageSize = std::min(requested, 300);
        }
    }
    const int pages = std::max(1, (total + pageSize - 1) / pageSize);
    int page = 1;
    const QString pageText = q.value(u"page").trimmed();
    if (pageText == u"last") {
        page = pages;
    } else if (!pageText.isEmpty()) {
        bool ok = false;
        page = pageText.toInt(&ok);
        if (!ok || page < 1 || page > pages) {
            return HttpReply::detail(404, QStringLiteral("Invalid page."));
        }
    }
    QJsonArray items;
    const int first = (page - 1) * pageSize;
    for (int i = first; i < std::min(total, first + pageSize); ++i) {
        items.append(itemAt(i));
    }
    const QString base = call.ctx.base + call.request.path;
    const auto link = [&](int target, const char *rel) {
        const QString query = q.encodedWithPage(target == 1 ? QString() : QString::number(target));
        return QStringLiteral("<%1%2>; rel=\"%3\"")
            .arg(base, query.isEmpty() ? QString() : QLatin1Char('?') + query, QString::fromLatin1(rel));
    };
    QStringList links { link(1, "first") };
    if (page > 1) {
        links.append(link(page - 1, "prev"));
    }
    if (page < pages) {
        links.append(link(page + 1, "next"));
    }
    links.append(link(pages, "last"));
    HttpReply reply = HttpReply::json(200, items);
    reply.addHeader("X-Result-Count", QByteArray::number(total));
    reply.addHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
    return reply;
}

HttpReply SimBackend::resourceItem(const Call &pre, const QString &id, const QString &action)
{
    struct Entry
    {
        const char *name;
        bool post;
        bool staffOnly;
        Action handler;
    };
    static const Entry table[] = {
        { "details", false, false, &SimBackend::details },
        { "offering", false, false, &SimBackend::offering },
        { "plan_periods", false, false, &SimBackend::planPeriods },
        { "team", false, false, &SimBackend::team },
        { "offering_for_subresources", false, false, &SimBackend::offeringForSubresources },
        { "glauth_users_config", false, false, &SimBackend::glauthUsersConfig },
        { "pull", true, false, &SimBackend::pull },
        { "unlink", true, true, &SimBackend::unlink },
        { "terminate", true, false, &SimBackend::terminate },
        { "update_options", true, false, &SimBackend::updateOptions },
        { "update_options_direct", true, false, &SimBackend::updateOptionsDirect },
        { "move_resource", true, true, &SimBackend::moveResource },
        { "set_slug", true, true, &SimBackend::setSlug },
        { "set_paused", true, true, &SimBackend::setPaused },
        { "set_downscaled", true, true, &SimBackend::setDownscaled },
        { "set_restrict_member_access", true, true, &SimBackend::setRestrictMemberAccess },
        { "set_end_date_by_staff", true, true, &SimBackend::setEndDate },
        { "set_end_date_by_provider", true, false, &SimBackend::setEndDate },
        { "set_backend_id", true, false, &SimBackend::setBackendId },
        { "set_backend_metadata", true, false, &SimBackend::setBackendMetadata },
        { "set_limits", true, false, &SimBackend::setLimits },
        { "submit_report", true, false, &SimBackend::submitReport },
        { "set_as_erred", true, false, &SimBackend::setAsErred },
        { "set_as_ok", true, false, &SimBackend::setAsOk },
        { "refresh_last_sync", true, false, &SimBackend::refreshLastSync },
    };
    const Entry *entry = nullptr;
    if (!action.isEmpty()) {
        for (const Entry &e : table) {
            if (action == QLatin1StringView(e.name)) {
                entry = &e;
            }
        }
        if (!entry) {
            return notRouted();
        }
    }
    const HttpRequest &request = pre.request;
    const QByteArray &method = request.method;
    return withUser(
        request,
        [&](const Call &call) -> HttpReply {
            if (!entry && !isRead(method) && method != "PUT" && method != "PATCH") {
                return methodNotAllowed(method, "GET, PUT, PATCH, HEAD, OPTIONS");
            }
            if (entry && entry->post && method != "POST") {
                return methodNotAllowed(method, "POST, OPTIONS");
            }
            if (entry && !entry->post && !isRead(method)) {
                return methodNotAllowed(method, "GET, HEAD, OPTIONS");
            }
            // Staff-only actions are refused before the object is looked up, so unknown ids also get 403.
            if (entry && entry->staffOnly && !m_world.isStaff(call.user)) {
                return HttpReply::detail(403, QStringLiteral("You do not have permission to perform this action."));
            }
            const auto uuid = Uuid::parse(id);
            const int index = uuid ? m_world.findResource(*uuid) : -1;
            if (index < 0 || !m_world.canSeeResource(call.user, m_world.resources[size_t(index)])) {
                return HttpReply::detail(404, QStringLiteral("Not found."));
            }
            if (entry) {
                return (this->*entry->handler)(call, index);
            }
            if (isRead(method)) {
                return HttpReply::json(200, renderResource(call.ctx, index, FieldSet::fromQuery(request.query)));
            }
            return updateResource(call, index);
        },
        action == u"glauth_users_config" ? QByteArrayView("text/plain") : QByteArrayView("application/json"));
}

void SimBackend::advanceClock(qint64 seconds)
{
    m_offsetUs += seconds * kUsPerSecond;
    // No filter reads the clock today (created/modified take absolute dates); cleared anyway so a
    // relative-date filter added later cannot serve a list from the past.
    m_listCache.clear();
    if (seconds <= 0) {
        return;
    }
    for (int i = 0; i < int(m_world.orders.size()); ++i) {
        if (m_world.orders[size_t(i)].state == OrderState::Executing) {
            finishOrder(i);
        }
    }
}

int SimBackend::processDueOrders(qint64 realNowMs, qint64 delayMs)
{
    int finished = 0;
    for (int i = 0; i < int(m_world.orders.size()); ++i) {
        const Order &order = m_world.orders[size_t(i)];
        if (order.state == OrderState::Executing && realNowMs - order.realCreatedMs >= delayMs) {
            finishOrder(i);
            ++finished;
        }
    }
    return finished;
}

QJsonObject SimBackend::resourceJson(const QString &uuid) const
{
    const auto parsed = Uuid::parse(uuid);
    const int index = parsed ? m_world.findResource(*parsed) : -1;
    if (index < 0) {
        return {};
    }
    const RenderContext ctx { m_world, m_scheme + QStringLiteral("://") + m_defaultHost, World::kStaff, now() };
    return renderResource(ctx, index, FieldSet::all());
}

QStringList SimBackend::resourceUuids() const
{
    QStringList out;
    out.reserve(qsizetype(m_world.resources.size()));
    for (const Resource &r : m_world.resources) {
        if (!r.deleted) {
            out.append(r.uuid.hex());
        }
    }
    return out;
}

} // namespace wpc::sim
