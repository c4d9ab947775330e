// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ReplyDecoders.h"

#include "models/domain/JsonReader.h"
#include "models/domain/StringPool.h"

namespace wpc::ReplyDecoders {

bool resourcePage(const ApiResponse &response, int pageNumber, StringPool *pool, ResourcePage *out, QString *problem)
{
    out->page = response.page;
    out->pageNumber = pageNumber;
    if (!array<Resource>(response, &out->resources, problem,
            [](const QJsonObject &json, QString *error) { return Resource::fromJson(json, false, error); })) {
        return false;
    }
    if (pool) {
        for (Resource &row : out->resources) {
            row.shareStrings(*pool);
        }
    }
    return true;
}

bool resource(const ApiResponse &response, Resource *out, QString *problem)
{
    if (!response.json.isObject()) {
        *problem = QCoreApplication::translate("wpc::ProviderResourcesApi", "an object was expected");
        return false;
    }
    std::optional<Resource> value = Resource::fromJson(response.json.object(), true, problem);
    if (!value) {
        return false;
    }
    *out = std::move(*value);
    return true;
}

bool actionOutcome(Operation operation, const ApiResponse &response, ActionOutcome *outcome, QString *problem)
{
    outcome->httpStatus = response.httpStatus;
    if (response.json.isNull()) {
        return true; // 200/204 with an empty body: refresh_last_sync, set_as_ok, unlink…
    }
    if (!response.json.isObject()) {
        *problem = QCoreApplication::translate("wpc::ProviderResourcesApi", "an object was expected");
        return false;
    }
    const QJsonObject json = response.json.object();
    JsonReader reader(json);
    outcome->json = json;
    outcome->status = reader.string(QLatin1StringView("status"));
    if (outcome->status.isEmpty()) {
        outcome->status = reader.string(QLatin1StringView("detail")); // pull answers 202 {"detail": …}
    }
    outcome->orderUuid = reader.string(QLatin1StringView("order_uuid"));
    if (operation == Operation::Update || operation == Operation::PartialUpdate) {
        reader.string(QLatin1StringView("name"));
        reader.string(QLatin1StringView("description"));
        reader.date(QLatin1StringView("end_date"));
    }
    if (reader.hasError()) {
        *problem = reader.error();
        return false;
    }
    if (operation == Operation::MoveResource) {
        outcome->resource = Resource::fromJson(json, false, problem);
        if (!outcome->resource) {
            return false;
        }
    }
    return true;
}
bool text(const ApiResponse &response, QString *out, QString *)
{
    *out = QString::fromUtf8(response.body);
    return true;
}

} // namespace wpc::ReplyDecoders
