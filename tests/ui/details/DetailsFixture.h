// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "tests/support/TestServer.h"
#include "ui/details/DetailsTab.h"
#include "ui/details/ResourceDetailsPane.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace wpc::test {

// What the details pane tests share: a server (the in-process simulator or WPC_TEST_SERVER_URL), the real
// client, the first hundred resources of every state, and a 700×650 pane on screen. fetch() runs one
// client call to completion so that a test can compare the pane with what the server serves.
class DetailsFixture
{
public:
    DetailsFixture();
    ~DetailsFixture();

    bool start(); // false with why() on failure
    QString why() const
    {
        return m_why;
    }

    TestServer *server() const
    {
        return m_server.get();
    }
    ProviderResourcesApi *api() const
    {
        return m_api.get();
    }
    ResourceDetailsPane *pane() const
    {
        return m_pane.get();
    }
    const QList<Resource> &resources() const
    {
        return m_resources;
    }

    template <typename T, typename Call> Result<T> fetch(Call call)
    {
        std::optional<Result<T>> out;
        call(&m_context, [&out](const Result<T> &result) { out = result; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000)) {
            Result<T> timedOut;
            timedOut.error.kind = ApiError::Kind::Timeout;
            return timedOut;
        }
        return *out;
    }

    // Selects the resource, shows the tab and waits until it has left Loading; nullptr on timeout.
    DetailsTab *show(const Resource &resource, const char *tabName);
    const Resource *findWith(const std::function<bool(const Resource &)> &accept) const;
    int countRequests(const QString &pathSuffix) const; // simulator only

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<ResourceDetailsPane> m_pane;
    QList<Resource> m_resources;
    QObject m_context;
    QString m_why;
};

} // namespace wpc::test
