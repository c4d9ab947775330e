// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/details/DetailsFixture.h"

#include <QTabWidget>

namespace wpc::test {

DetailsFixture::DetailsFixture() = default;

DetailsFixture::~DetailsFixture()
{
    m_pane.reset();
    m_api.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

bool DetailsFixture::start()
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->isValid()) {
        m_why = m_server->errorString();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(), m_server->url(), m_server->staffToken());
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());
    ResourceQuery query = ResourceQuery::defaults();
    query.states.clear();
    const auto page
        = fetch<ResourcePage>([&](QObject *context, auto callback) { m_api->list(query, 1, 100, context, callback); });
    if (!page.ok() || page.value.resources.size() < 20) {
        m_why = page.ok() ? QStringLiteral("too few resources") : page.error.message;
        return false;
    }
    m_resources = page.value.resources;
    m_pane = std::make_unique<ResourceDetailsPane>(m_api.get());
    m_pane->resize(700, 650);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get())) {
        m_why = QStringLiteral("the pane was not exposed");
        return false;
    }
    return true;
}

DetailsTab *DetailsFixture::show(const Resource &resource, const char *tabName)
{
    auto *tab = m_pane->findChild<DetailsTab *>(QLatin1StringView(tabName));
    if (!tab) {
        return nullptr;
    }
    m_pane->setResource(resource);
    m_pane->tabs()->setCurrentWidget(tab);
    const bool settled = QTest::qWaitFor(
        [tab] { return tab->status() != DetailsTab::Status::Loading && tab->status() != DetailsTab::Status::Idle; },
        15000);
    return settled ? tab : nullptr;
}

const Resource *DetailsFixture::findWith(const std::function<bool(const Resource &)> &accept) const
{
    for (const Resource &resource : m_resources) {
        if (accept(resource)) {
            return &resource;
        }
    }
    return nullptr;
}

int DetailsFixture::countRequests(const QString &pathSuffix) const
{
    int count = 0;
    for (const auto &request : m_server->simulator()->requests()) {
        count += request.path.endsWith(pathSuffix) ? 1 : 0;
    }
    return count;
}

} // namespace wpc::test
