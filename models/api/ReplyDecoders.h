// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ProviderResourcesApi.h"
#include "models/api/ReplyInterpreter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wpc {

class StringPool;

// How the typed calls of ProviderResourcesApi read a successful reply. Each is a pure function of the
// reply, runs as the call's decoder (on a worker thread for a large reply) and returns false with the
// problem when the reply breaks the contract. The fuzzers (tests/fuzz) call the same functions.
namespace ReplyDecoders {

// A JSON list of objects, each read by fromJson(object, &problem); at most Limits::kMaxRowsPerPage of them.
template <typename T, typename FromJson>
bool array(const ApiResponse &response, QList<T> *out, QString *problem, FromJson fromJson)
{
    if (!response.json.isArray()) {
        *problem = QCoreApplication::translate("wpc::ProviderResourcesApi", "a list was expected");
        return false;
    }
    const QJsonArray array = response.json.array();
    if (array.size() > Limits::kMaxRowsPerPage) {
        *problem = QCoreApplication::translate(
            "wpc::ProviderResourcesApi", "the list has %1 items, and at most %2 are read from one reply")
                       .arg(QString::number(array.size()), QString::number(Limits::kMaxRowsPerPage));
        return false;
    }
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *problem = QCoreApplication::translate("wpc::ProviderResourcesApi", "item %1 of the list is not an object")
                           .arg(i);
            return false;
        }
        QString itemError;
        std::optional<T> item = fromJson(array.at(i).toObject(), &itemError);
        if (!item) {
            *problem = QCoreApplication::translate("wpc::ProviderResourcesApi", "item %1 of the list: %2")
                           .arg(QString::number(i), itemError);
            return false;
        }
        out->append(std::move(*item));
    }
    return true;
}

template <typename T> bool list(const ApiResponse &response, QList<T> *out, QString *problem)
{
    return array<T>(
        response, out, problem, [](const QJsonObject &json, QString *error) { return T::fromJson(json, error); });
}

template <typename T> bool object(const ApiResponse &response, T *out, QString *problem)
{
    if (!response.json.isObject()) {
        *problem = QCoreApplication::translate("wpc::ProviderResourcesApi", "an object was expected");
        return false;
    }
    std::optional<T> value = T::fromJson(response.json.object(), problem);
    if (!value) {
        return false;
    }
    *out = std::move(*value);
    return true;
}

// A page of the resource list; with a pool, the rows' repeated names are shared through it.
bool resourcePage(const ApiResponse &response, int pageNumber, StringPool *pool, ResourcePage *out, QString *problem);
// One resource, whole or sparse, kept as sent in Resource::raw.
bool resource(const ApiResponse &response, Resource *out, QString *problem);
// What an action's reply says (empty bodies included).
bool actionOutcome(Operation operation, const ApiResponse &response, ActionOutcome *out, QString *problem);
// A text reply (glauth_users_config) as UTF-8; malformed sequences become U+FFFD.
bool text(const ApiResponse &response, QString *out, QString *problem);

} // namespace ReplyDecoders

} // namespace wpc
