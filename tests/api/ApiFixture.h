// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ProviderResourcesApi.h"
#include "tests/api/ApiTestHelpers.h"
#include "tests/support/TestServer.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <functional>
#include <memory>

namespace wpc::test {

// One server (the in-process simulator, or WPC_TEST_SERVER_URL) with a staff and an owner client, and a
// way to find resources by what they are rather than by hard-coded uuids, so the same tests run against
// an external server seeded alike. Mutating tests take resources with take(), which never hands out the
// same resource twice, so one test's change cannot break another's assumptions.
class ApiFixture
{
public:
    bool setUp(QString *error)
    {
        server = std::make_unique<TestServer>();
        if (!server->isValid()) {
            *error = server->errorString();
            return false;
        }
        ApiClient::Options options;
        options.retryBaseDelayMs = 5;
        staffClient = std::make_unique<ApiClient>(&network, server->url(), server->staffToken(), options);
        ownerClient = std::make_unique<ApiClient>(&network, server->url(), server->ownerToken(), options);
        staff = std::make_unique<ProviderResourcesApi>(staffClient.get());
        owner = std::make_unique<ProviderResourcesApi>(ownerClient.get());
        return true;
    }

    // Resources matching query (full objects, so hasOrderInProgress is known), first page of 300.
    QList<Resource> find(const ResourceQuery &query, ProviderResourcesApi *api = nullptr)
    {
        const auto page = await<ResourcePage>([&](QObject *context, auto callback) {
            (api ? api : staff.get())->list(query, 1, 300, context, callback);
        });
        return page && page->ok() ? page->value.resources : QList<Resource>();
    }

    // An untouched resource in one of states, without a pending order, that satisfies accept.
    std::optional<Resource> take(const QList<ResourceState> &states,
        const std::function<bool(const Resource &)> &accept = {},
        ProviderResourcesApi *api = nullptr)
    {
        ResourceQuery query;
        query.states = states;
        query.ordering = QStringLiteral("created");
        for (const Resource &r : find(query, api)) {
            if (!m_taken.contains(r.uuid) && !r.hasOrderInProgress && (!accept || accept(r))) {
                m_taken.insert(r.uuid);
                return r;
            }
        }
        return std::nullopt;
    }

    std::optional<Resource> retrieve(const QString &uuid)
    {
        const auto result
            = await<Resource>([&](QObject *context, auto callback) { staff->retrieve(uuid, {}, context, callback); });
        return result && result->ok() ? std::optional<Resource>(result->value) : std::nullopt;
    }

    std::optional<Result<ActionOutcome>> perform(const ResourceAction &action, ProviderResourcesApi *api = nullptr)
    {
        return await<ActionOutcome>(
            [&](QObject *context, auto callback) { (api ? api : staff.get())->perform(action, context, callback); });
    }

    std::unique_ptr<TestServer> server;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> staffClient;
    std::unique_ptr<ApiClient> ownerClient;
    std::unique_ptr<ProviderResourcesApi> staff;
    std::unique_ptr<ProviderResourcesApi> owner;

private:
    QSet<QString> m_taken;
};

// A uuid no server has.
inline const QString kMissingUuid = QStringLiteral("00000000000040008000000000000000");

} // namespace wpc::test

#define WPC_REQUIRE(optionalValue, what)                                                                               \
    do {                                                                                                               \
        if (!(optionalValue))                                                                                          \
            QFAIL(qPrintable(QStringLiteral("the seed has no %1").arg(QLatin1StringView(what))));                      \
    } while (false)
