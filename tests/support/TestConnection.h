// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "tests/support/TestServer.h"

#include <QNetworkAccessManager>

#include <memory>

namespace wpc::test {

// The client side of a test in one piece: the TestServer (in-process simulator or WPC_TEST_SERVER_URL),
// a network manager, an ApiClient signed in as staff or as the provider owner, and the typed API.
class TestConnection
{
public:
    enum class Role { Staff, Owner };

    explicit TestConnection(Role role = Role::Staff);

    bool isValid() const
    {
        return m_server.isValid();
    }
    QString errorString() const
    {
        return m_server.errorString();
    }
    TestServer &server()
    {
        return m_server;
    }
    sim::Simulator *simulator() const
    {
        return m_server.simulator();
    }
    ApiClient *client() const
    {
        return m_client.get();
    }
    ProviderResourcesApi *api() const
    {
        return m_api.get();
    }

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
};

} // namespace wpc::test
