// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/TargetCollector.h"

#include "models/api/ProviderResourcesApi.h"

namespace wpc {

TargetCollector::TargetCollector(ProviderResourcesApi *api, ResourceQuery query, QObject *parent, int pageSize)
    : QObject(parent)
    , m_api(api)
    , m_query(std::move(query))
    , m_pageSize(pageSize)
{
}

TargetCollector::~TargetCollector() = default;

void TargetCollector::start()
{
    ++m_generation;
    m_resources.clear();
    m_seen.clear();
    m_total = -1;
    m_running = true;
    request(1);
}

void TargetCollector::cancel()
{
    ++m_generation;
    m_running = false;
}

void TargetCollector::request(int page)
{
    const quint64 generation = m_generation;
    m_api->list(m_query, page, m_pageSize, this, [this, generation, page](const Result<ResourcePage> &result) {
        if (generation != m_generation) {
            return; // cancelled or started again meanwhile
        }
        if (!result.ok()) {
            m_running = false;
            ApiError error = result.error;
            error.message = tr("Page %1 of the matching resources could not be read: %2").arg(page).arg(error.message);
            Q_EMIT failed(error);
            return;
        }
        if (result.value.page.totalCount >= 0) {
            m_total = result.value.page.totalCount;
        }
        for (const Resource &row : result.value.resources) {
            if (!m_seen.contains(row.uuid)) {
                m_seen.insert(row.uuid);
                m_resources.append(row);
            }
        }
        Q_EMIT progressed(int(m_resources.size()), m_total);
        if (result.value.page.hasNext() && !result.value.resources.isEmpty()) {
            request(page + 1);
            return;
        }
        m_running = false;
        Q_EMIT finished();
    });
}

} // namespace wpc
