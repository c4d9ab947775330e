// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimHttp.h"
#include "models/sim/SimListCache.h"
#include "models/sim/SimRender.h"
#include "models/sim/SimWorld.h"

#include <QJsonObject>

#include <functional>

namespace wpc::sim {

// The server's behaviour without any transport: one request in, one reply out. Not thread-safe; the
// Simulator serialises calls with its mutex.
class SimBackend
{
public:
    SimBackend(quint64 seed, int resourceCount, int extraCustomers = 0);

    HttpReply handle(const HttpRequest &request);
    // The user an Authorization header names, or -1 with the 401 reply in *error.
    int authenticate(const QByteArray &authorization, HttpReply *error) const;
    QString userTag(int user) const; // "staff", "owner" or empty
    // Tokens beyond the two built-in ones, and what becomes of a token: deleted (Waldur says "Invalid token.")
    // or past its lifetime ("Token has expired."). A bearer one is a personal access token or OIDC token.
    void grantToken(const QByteArray &key, int user, bool bearer);
    void revokeToken(const QByteArray &key);
    void expireToken(const QByteArray &key);

    // Builds the row index of a resource list query ahead of its first request, as a database has its
    // indexes before the first query. A query with invalid filters is ignored.
    void warmListIndex(int user, const QByteArray &rawQuery);

    qint64 now() const; // simulated, microseconds since the epoch
    void advanceClock(qint64 seconds);
    // Finishes executing orders that were created at least delayMs of wall-clock time ago.
    int processDueOrders(qint64 realNowMs, qint64 delayMs);

    // Host used for absolute URLs when a request has no Host header, and by resourceJson().
    void setDefaultHost(const QString &host)
    {
        m_defaultHost = host;
    }
    // "https" when the simulator serves TLS: the URLs in its replies say so, as Waldur's do.
    void setScheme(const QString &scheme)
    {
        m_scheme = scheme;
    }
    QJsonObject resourceJson(const QString &uuid) const;
    QStringList resourceUuids() const;
    const World &world() const
    {
        return m_world;
    }

private:
    struct TokenGrant
    {
        int user = -1;
        bool bearer = false;
        bool expired = false;
    };

    struct Call
    {
        const HttpRequest &request;
        int user;
        RenderContext ctx;
    };
    using Action = HttpReply (SimBackend::*)(const Call &, int);

    HttpReply route(const HttpRequest &request, const QStringList &segments);
    // Content negotiation (406), then authentication (401), then the view. `produces` is the view's only
    // media type, as DRF views here have a single renderer.
    HttpReply withUser(const HttpRequest &request,
        const std::function<HttpReply(const Call &)> &view,
        QByteArrayView produces = "application/json");
    HttpReply resourceItem(const Call &call, const QString &id, const QString &action);

    // Paging exactly like Waldur's LinkHeaderPagination.
    HttpReply paged(const Call &call, int total, const std::function<QJsonValue(int)> &itemAt) const;

    // SimList.cpp
    // The filtered, ordered rows of a resource list query, from m_listCache when possible; null with the
    // filter errors in *errors.
    SimListCache::Rows resourceRows(int user, const QueryParams &query, QJsonObject *errors);
    HttpReply listResources(const Call &call);
    HttpReply listProjects(const Call &call);
    HttpReply listCustomers(const Call &call);
    HttpReply listOfferings(const Call &call);
    HttpReply retrieveSimple(const Call &call, const QString &collection, const QString &id);
    // Staff see every user; others only themselves (Waldur's connected users, narrowed).
    HttpReply retrieveUser(const Call &call, const QString &id);

    // SimActions.cpp
    HttpReply updateResource(const Call &call, int index);
    HttpReply setFlag(const Call &call, int index, const QString &field);
    HttpReply setPaused(const Call &call, int index);
    HttpReply setDownscaled(const Call &call, int index);
    HttpReply setRestrictMemberAccess(const Call &call, int index);
    HttpReply setSlug(const Call &call, int index);
    HttpReply setBackendId(const Call &call, int index);
    HttpReply setBackendMetadata(const Call &call, int index);
    HttpReply setEndDate(const Call &call, int index);
    HttpReply setLimits(const Call &call, int index);
    HttpReply submitReport(const Call &call, int index);
    HttpReply setAsErred(const Call &call, int index);
    HttpReply setAsOk(const Call &call, int index);
    HttpReply refreshLastSync(const Call &call, int index);

    // SimOrders.cpp
    HttpReply pull(const Call &call, int index);
    HttpReply unlink(const Call &call, int index);
    HttpReply terminate(const Call &call, int index);
    HttpReply updateOptions(const Call &call, int index);
    HttpReply updateOptionsDirect(const Call &call, int index);
    HttpReply moveResource(const Call &call, int index);
    HttpReply applyOptions(const Call &call, int index, bool direct);
    int createOrder(int index, OrderType type, int user, const QJsonObject &attributes);
    void finishOrder(int orderIndex);
    ResourceExtras &extras(int index)
    {
        return m_world.extras[index];
    }

    // SimSubresources.cpp
    HttpReply details(const Call &call, int index);
    HttpReply offering(const Call &call, int index);
    HttpReply planPeriods(const Call &call, int index);
    HttpReply team(const Call &call, int index);
    HttpReply offeringForSubresources(const Call &call, int index);
    HttpReply glauthUsersConfig(const Call &call, int index);

    QString m_scheme = QStringLiteral("http");
    QHash<QByteArray, TokenGrant> m_tokens;
    World m_world;
    // Every change to m_world must clear it. Write requests clear it in handle(), finishing an order in
    // finishOrder(); a new way to change the world outside those needs its own clear().
    SimListCache m_listCache;
    qint64 m_offsetUs = 0;
    QString m_defaultHost = QStringLiteral("127.0.0.1");
};

} // namespace wpc::sim
