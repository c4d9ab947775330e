// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "models/api/ApiClient.h"
#include "models/api/ResourceAction.h"
#include "models/domain/Entities.h"
#include "models/domain/Offering.h"
#include "models/domain/Resource.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace wpc {

class StringPool;

template <typename T> struct Result
{
    T value {};
    ApiError error;
    bool ok() const
    {
        return !error.isError();
    }
};

struct ResourcePage
{
    QList<Resource> resources;
    PageInfo page;
    int pageNumber = 1;
};

// What an action's reply says: Waldur's status sentence, an order uuid (terminate, update_options), or the
// whole updated resource (move_resource, PUT/PATCH give name/description/end_date only).
struct ActionOutcome
{
    int httpStatus = 0;
    QString status; // "Resource paused flag has been changed." / pull's detail
    QString orderUuid;
    std::optional<Resource> resource;
    QJsonObject json;
};

// What a read-only operation of a resource returned, as the server sent it (ActionKind::View).
struct ViewReply
{
    QJsonValue json; // an object or an array; null for a text reply or nothing
    QString text; // ReplyKind::Text
    bool absent = false; // ReplyKind::JsonOrAbsent: nothing of this kind stands behind the resource
};

// Typed calls for every operation of /api/marketplace-provider-resources/ plus the helper lists the
// dialogs need. Thin: builds ApiRequests, sends them through ApiClient, parses replies into domain values;
// a reply whose JSON does not fit the contract becomes ApiError::Kind::Protocol.
class ProviderResourcesApi
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ProviderResourcesApi(ApiClient *client);
    ApiClient *client() const
    {
        return m_client;
    }

    // GET list: page is 1-based; pageSize is clamped by the server to 300. With a pool, the rows' repeated
    // names are shared through it while the page is decoded (off the GUI thread for a large page).
    void list(const ResourceQuery &query,
        int page,
        int pageSize,
        QObject *context,
        Callback<ResourcePage> callback,
        std::shared_ptr<StringPool> pool = {});
    // GET retrieve; fields empty = the whole object. Resource::raw keeps the object as the server sent it.
    void retrieve(const QString &uuid, const QStringList &fields, QObject *context, Callback<Resource> callback);

    // Every POST/PUT/PATCH action. Never retried.
    void perform(const ResourceAction &action, QObject *context, Callback<ActionOutcome> callback);

    // Any read-only operation of one resource, untyped, as the operation table says it replies: what the
    // viewer shows. JSON that is neither an object nor a list is a protocol error.
    void view(Operation operation, const QString &uuid, QObject *context, Callback<ViewReply> callback);

    // GET sub-resources, typed, for the details pane.
    void details(
        const QString &uuid, QObject *context, Callback<std::optional<QJsonObject>> callback); // 204/404 → nullopt
    void glauthUsersConfig(const QString &uuid, QObject *context, Callback<QString> callback);
    void offeringForSubresources(const QString &uuid, QObject *context, Callback<QList<SubresourceOffering>> callback);
    void offering(const QString &uuid, QObject *context, Callback<Offering> callback);
    void planPeriods(const QString &uuid, QObject *context, Callback<QList<PlanPeriod>> callback);
    void team(const QString &uuid, QObject *context, Callback<QList<TeamMember>> callback);

    // Helpers outside the family.
    void currentUser(QObject *context, Callback<CurrentUser> callback);
    // Another user, by uuid; Waldur shows only users the caller is connected with (404 otherwise).
    void user(const QString &uuid, QObject *context, Callback<CurrentUser> callback);
    void projects(const QString &nameFilter, int page, QObject *context, Callback<QList<Project>> callback);
    // The pickers' lists, by name (contains, any case), a page of kHelperPageSize at a time, sorted by name.
    static constexpr int kHelperPageSize = 50;
    void customers(const QString &nameFilter, QObject *context, Callback<QList<NamedRef>> callback, int page = 1);
    void offerings(const QString &nameFilter, QObject *context, Callback<QList<NamedRef>> callback, int page = 1);
    // One of the provider's offerings by uuid; a 404 says it no longer exists (or was never the caller's).
    void providerOffering(const QString &uuid, QObject *context, Callback<NamedRef> callback);
    void customer(const QString &uuid, QObject *context, Callback<NamedRef> callback);
    void project(const QString &uuid, QObject *context, Callback<Project> callback);
    // The provider's offerings' types and categories, kFacetPageSize at a time.
    static constexpr int kFacetPageSize = 300;
    void offeringFacets(int page, QObject *context, Callback<QList<OfferingFacet>> callback);
    // One of the provider's offerings with its plans (and little else).
    void offeringPlans(const QString &uuid, QObject *context, Callback<Offering> callback);

private:
    ApiClient *m_client;
};

} // namespace wpc
