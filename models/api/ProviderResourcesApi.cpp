// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ProviderResourcesApi.h"

#include "models/api/ReplyDecoders.h"
#include "models/domain/StringPool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace wpc {

namespace {
constexpr int kHelperPageSize = ProviderResourcesApi::kHelperPageSize;

ApiError protocolError(const ApiResponse &response, const QString &what)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.httpStatus = response.httpStatus;
    error.detail = what;
    error.message = QCoreApplication::translate(
        "wpc::ProviderResourcesApi", "The server's reply did not have the expected form: %1")
                        .arg(what);
    return error;
}

// parse(response, &value, &problem) returns false with a description when the reply breaks the contract.
// It runs as the call's decoder, so for a large page on a worker thread, and touches only its arguments.
template <typename T, typename Parse>
void sendParsed(ApiClient *client,
    const ApiRequest &request,
    QObject *context,
    ProviderResourcesApi::Callback<T> callback,
    Parse parse)
{
    auto decode = [parse = std::move(parse)](ApiResponse &response) {
        T value {};
        if (QString problem; !parse(response, &value, &problem)) {
            return protocolError(response, problem);
        }
        response.decoded = std::move(value);
        // The callback reads only the value: the parsed JSON is freed here, on the worker that decoded a
        // large page, not on the GUI thread.
        response.json = {};
        response.body = {};
        return ApiError();
    };
    client->send(
        request, context,
        [callback = std::move(callback)](const ApiResponse &response, const ApiError &error) {
            Result<T> result;
            if (error.isError()) {
                result.error = error;
            } else if (const T *value = std::any_cast<T>(&response.decoded)) {
                result.value = *value;
            }
            if (callback) {
                callback(result);
            }
        },
        std::move(decode));
}

template <typename T> auto listParser()
{
    return [](const ApiResponse &response, QList<T> *out, QString *problem) {
        return ReplyDecoders::list<T>(response, out, problem);
    };
}

template <typename T> auto objectParser()
{
    return [](const ApiResponse &response, T *out, QString *problem) {
        return ReplyDecoders::object<T>(response, out, problem);
    };
}

ApiRequest getRequest(const QString &path, const QUrlQuery &query = {})
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

QUrlQuery fieldsQuery(std::initializer_list<const char *> fields)
{
    QUrlQuery query;
    for (const char *field : fields) {
        query.addQueryItem(QStringLiteral("field"), QLatin1StringView(field));
    }
    return query;
}

QUrlQuery helperQuery(const QString &nameFilter, int page, std::initializer_list<const char *> fields)
{
    QUrlQuery query;
    if (!nameFilter.trimmed().isEmpty()) {
        query.addQueryItem(QStringLiteral("name"), nameFilter.trimmed());
    }
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(kHelperPageSize));
    // These lists feed pickers: asking only for what they show keeps large offering objects off the wire.
    for (const char *field : fields) {
        query.addQueryItem(QStringLiteral("field"), QLatin1StringView(field));
    }
    return query;
}

} // namespace

ProviderResourcesApi::ProviderResourcesApi(ApiClient *client)
    : m_client(client)
{
}

void ProviderResourcesApi::list(const ResourceQuery &query,
    int page,
    int pageSize,
    QObject *context,
    Callback<ResourcePage> callback,
    std::shared_ptr<StringPool> pool)
{
    QUrlQuery urlQuery = query.toUrlQuery();
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    urlQuery.addQueryItem(QStringLiteral("page_size"), QString::number(std::max(1, pageSize)));
    const int pageNumber = std::max(1, page);
    sendParsed<ResourcePage>(m_client, getRequest(Endpoints::pathFor(Operation::List), urlQuery), context,
        std::move(callback),
        [pageNumber, pool = std::move(pool)](const ApiResponse &response, ResourcePage *out, QString *problem) {
            return ReplyDecoders::resourcePage(response, pageNumber, pool.get(), out, problem);
        });
}

void ProviderResourcesApi::retrieve(
    const QString &uuid, const QStringList &fields, QObject *context, Callback<Resource> callback)
{
    QUrlQuery query;
    for (const QString &field : fields) {
        query.addQueryItem(QStringLiteral("field"), field);
    }
    sendParsed<Resource>(m_client, getRequest(Endpoints::pathFor(Operation::Retrieve, uuid), query), context,
        std::move(callback), ReplyDecoders::resource);
}

void ProviderResourcesApi::perform(const ResourceAction &action, QObject *context, Callback<ActionOutcome> callback)
{
    if (!action.isValid()) {
        // A programming error, but one the user sees as a failed action rather than a crash or a bad request.
        Result<ActionOutcome> result;
        result.error.kind = ApiError::Kind::Validation;
        result.error.message = QCoreApplication::translate(
            "wpc::ProviderResourcesApi", "The action \"%1\" is incomplete and was not sent.")
                                   .arg(action.describe());
        QTimer::singleShot(0, context ? context : m_client, [callback = std::move(callback), result] {
            if (callback) {
                callback(result);
            }
        });
        return;
    }
    const Operation operation = action.operation;
    sendParsed<ActionOutcome>(m_client, action.toRequest(), context, std::move(callback),
        [operation](const ApiResponse &response, ActionOutcome *out, QString *problem) {
            return ReplyDecoders::actionOutcome(operation, response, out, problem);
        });
}

void ProviderResourcesApi::view(
    Operation operation, const QString &uuid, QObject *context, Callback<ViewReply> callback)
{
    const ReplyKind kind = Endpoints::info(operation).reply;
    ApiRequest request = getRequest(Endpoints::pathFor(operation, uuid));
    if (kind == ReplyKind::Text) {
        request.accept = ApiRequest::Accept::Text;
    }
    m_client->send(
        request, context, [kind, callback = std::move(callback)](const ApiResponse &response, const ApiError &error) {
            Result<ViewReply> result;
            if (kind == ReplyKind::JsonOrAbsent && error.kind == ApiError::Kind::NotFound && error.detail.isEmpty()
                && error.fieldErrors.isEmpty()) {
                // 404 with an empty body; a missing resource says {"detail": "Not found."} and stays an error.
                result.value.absent = true;
            } else if (error.isError()) {
                result.error = error;
            } else if (kind == ReplyKind::Text) {
                result.value.text = QString::fromUtf8(response.body);
            } else if (response.json.isObject()) {
                result.value.json = response.json.object();
            } else if (response.json.isArray()) {
                result.value.json = response.json.array();
            } else if (response.httpStatus == 204 || response.body.trimmed().isEmpty()) {
                result.value.absent = kind == ReplyKind::JsonOrAbsent;
            } else {
                result.error = protocolError(response,
                    QCoreApplication::translate("wpc::ProviderResourcesApi", "an object or a list was expected"));
            }
            if (callback) {
                callback(result);
            }
        });
}

void ProviderResourcesApi::details(const QString &uuid, QObject *context, Callback<std::optional<QJsonObject>> callback)
{
    m_client->send(getRequest(Endpoints::pathFor(Operation::Details, uuid)), context,
        [callback = std::move(callback)](const ApiResponse &response, const ApiError &error) {
            Result<std::optional<QJsonObject>> result;
            if (error.kind == ApiError::Kind::NotFound && error.detail.isEmpty() && error.fieldErrors.isEmpty()) {
                // No plugin object behind the resource: 404 with an empty body. A missing resource
                // says {"detail": "Not found."} and stays an error.
            } else if (error.isError()) {
                result.error = error;
            } else if (response.httpStatus != 204 && !response.json.isNull()) {
                if (response.json.isObject()) {
                    result.value = response.json.object();
                } else {
                    result.error = protocolError(
                        response, QCoreApplication::translate("wpc::ProviderResourcesApi", "an object was expected"));
                }
            }
            if (callback) {
                callback(result);
            }
        });
}

void ProviderResourcesApi::glauthUsersConfig(const QString &uuid, QObject *context, Callback<QString> callback)
{
    ApiRequest request = getRequest(Endpoints::pathFor(Operation::GlauthUsersConfig, uuid));
    request.accept = ApiRequest::Accept::Text;
    sendParsed<QString>(m_client, request, context, std::move(callback), ReplyDecoders::text);
}

void ProviderResourcesApi::offeringForSubresources(
    const QString &uuid, QObject *context, Callback<QList<SubresourceOffering>> callback)
{
    sendParsed<QList<SubresourceOffering>>(m_client,
        getRequest(Endpoints::pathFor(Operation::OfferingForSubresources, uuid)), context, std::move(callback),
        listParser<SubresourceOffering>());
}

void ProviderResourcesApi::offering(const QString &uuid, QObject *context, Callback<Offering> callback)
{
    sendParsed<Offering>(m_client, getRequest(Endpoints::pathFor(Operation::Offering, uuid)), context,
        std::move(callback), objectParser<Offering>());
}

void ProviderResourcesApi::planPeriods(const QString &uuid, QObject *context, Callback<QList<PlanPeriod>> callback)
{
    sendParsed<QList<PlanPeriod>>(m_client, getRequest(Endpoints::pathFor(Operation::PlanPeriods, uuid)), context,
        std::move(callback), listParser<PlanPeriod>());
}

void ProviderResourcesApi::team(const QString &uuid, QObject *context, Callback<QList<TeamMember>> callback)
{
    sendParsed<QList<TeamMember>>(m_client, getRequest(Endpoints::pathFor(Operation::Team, uuid)), context,
        std::move(callback), listParser<TeamMember>());
}

void ProviderResourcesApi::currentUser(QObject *context, Callback<CurrentUser> callback)
{
    sendParsed<CurrentUser>(
        m_client, getRequest(Endpoints::kCurrentUser), context, std::move(callback), objectParser<CurrentUser>());
}

void ProviderResourcesApi::user(const QString &uuid, QObject *context, Callback<CurrentUser> callback)
{
    sendParsed<CurrentUser>(m_client, getRequest(Endpoints::kUsers + uuid + QLatin1Char('/')), context,
        std::move(callback), objectParser<CurrentUser>());
}

void ProviderResourcesApi::projects(
    const QString &nameFilter, int page, QObject *context, Callback<QList<Project>> callback)
{
    const QUrlQuery query = helperQuery(
        nameFilter, std::max(1, page), { "uuid", "url", "name", "customer_uuid", "customer_name", "end_date" });
    sendParsed<QList<Project>>(
        m_client, getRequest(Endpoints::kProjects, query), context, std::move(callback), listParser<Project>());
}

void ProviderResourcesApi::customers(
    const QString &nameFilter, QObject *context, Callback<QList<NamedRef>> callback, int page)
{
    sendParsed<QList<NamedRef>>(m_client,
        getRequest(
            Endpoints::kCustomers, helperQuery(nameFilter, std::max(1, page), { "uuid", "name", "abbreviation" })),
        context, std::move(callback), listParser<NamedRef>());
}

void ProviderResourcesApi::offerings(
    const QString &nameFilter, QObject *context, Callback<QList<NamedRef>> callback, int page)
{
    sendParsed<QList<NamedRef>>(m_client,
        getRequest(Endpoints::kOfferings, helperQuery(nameFilter, std::max(1, page), { "uuid", "name", "type" })),
        context, std::move(callback), listParser<NamedRef>());
}

void ProviderResourcesApi::providerOffering(const QString &uuid, QObject *context, Callback<NamedRef> callback)
{
    sendParsed<NamedRef>(m_client,
        getRequest(Endpoints::kOfferings + uuid + QLatin1Char('/'), fieldsQuery({ "uuid", "name", "type" })), context,
        std::move(callback), objectParser<NamedRef>());
}

void ProviderResourcesApi::customer(const QString &uuid, QObject *context, Callback<NamedRef> callback)
{
    sendParsed<NamedRef>(m_client,
        getRequest(Endpoints::kCustomers + uuid + QLatin1Char('/'), fieldsQuery({ "uuid", "name", "abbreviation" })),
        context, std::move(callback), objectParser<NamedRef>());
}

void ProviderResourcesApi::project(const QString &uuid, QObject *context, Callback<Project> callback)
{
    sendParsed<Project>(m_client,
        getRequest(Endpoints::kProjects + uuid + QLatin1Char('/'),
            fieldsQuery({ "uuid", "url", "name", "customer_uuid", "customer_name", "end_date" })),
        context, std::move(callback), objectParser<Project>());
}

void ProviderResourcesApi::offeringFacets(int page, QObject *context, Callback<QList<OfferingFacet>> callback)
{
    QUrlQuery query = fieldsQuery({ "uuid", "type", "category_uuid", "category_title" });
    query.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(kFacetPageSize));
    sendParsed<QList<OfferingFacet>>(
        m_client, getRequest(Endpoints::kOfferings, query), context, std::move(callback), listParser<OfferingFacet>());
}

void ProviderResourcesApi::offeringPlans(const QString &uuid, QObject *context, Callback<Offering> callback)
{
    sendParsed<Offering>(m_client,
        getRequest(Endpoints::kOfferings + uuid + QLatin1Char('/'), fieldsQuery({ "uuid", "name", "type", "plans" })),
        context, std::move(callback), objectParser<Offering>());
}

} // namespace wpc
