// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestServer.h"

#include <QProcessEnvironment>

namespace wpc::test {

TestServer::TestServer()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString external = env.value(QStringLiteral("WPC_TEST_SERVER_URL"));
    if (!external.isEmpty()) {
        m_url = QUrl(external.endsWith(QLatin1Char('/')) ? external : external + QLatin1Char('/'));
        m_staffToken = env.value(QStringLiteral("WPC_TEST_STAFF_TOKEN")).toUtf8();
        m_ownerToken = env.value(QStringLiteral("WPC_TEST_OWNER_TOKEN")).toUtf8();
        if (!m_url.isValid() || m_staffToken.isEmpty() || m_ownerToken.isEmpty()) {
            m_error = QStringLiteral("WPC_TEST_SERVER_URL needs WPC_TEST_STAFF_TOKEN and WPC_TEST_OWNER_TOKEN");
            m_url = QUrl();
        }
        return;
    }
    sim::Simulator::Config config;
    config.seed = kSeed;
    config.resourceCount = kResources;
    m_simulator = std::make_unique<sim::Simulator>(config);
    if (!m_simulator->listen()) {
        m_error = m_simulator->errorString();
        return;
    }
    m_url = m_simulator->url();
    m_staffToken = sim::Simulator::staffToken();
    m_ownerToken = sim::Simulator::ownerToken();
}

TestServer::~TestServer() = default;

} // namespace wpc::test
