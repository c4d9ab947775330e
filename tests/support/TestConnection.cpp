// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestConnection.h"

namespace wpc::test {

TestConnection::TestConnection(Role role)
    : m_client(std::make_unique<ApiClient>(
        &m_network, m_server.url(), role == Role::Staff ? m_server.staffToken() : m_server.ownerToken()))
    , m_api(std::make_unique<ProviderResourcesApi>(m_client.get()))
{
}

} // namespace wpc::test
