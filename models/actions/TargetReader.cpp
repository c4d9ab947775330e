// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/TargetReader.h"

#include "models/actions/BulkRun.h"
#include "models/api/ProviderResourcesApi.h"

namespace wpc {

TargetReader::TargetReader(ProviderResourcesApi *api, QStringList uuids, QStringList fields, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_uuids(std::move(uuids))
    , m_fields(std::move(fields))
{
    m_uuids.removeDuplicates();
}

TargetReader::~TargetReader() = default;

void TargetReader::start()
{
    if (m_uuids.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    readMore();
}

void TargetReader::readMore()
{
    // As many at once as a bulk run sends by default: the server is not flooded before anything changes.
    while (!m_failed && m_inFlight < BulkRun::kDefaultConcurrency && m_next < m_uuids.size()) {
        const QString uuid = m_uuids.at(m_next++);
        ++m_inFlight;
        m_api->retrieve(uuid, m_fields, this, [this, uuid](const Result<Resource> &result) {
            --m_inFlight;
            if (m_failed) {
                return;
            }
            if (!result.ok()) {
                m_failed = true;
                Q_EMIT failed(result.error);
                return;
            }
            m_read.insert(uuid, result.value);
            Q_EMIT progressed(int(m_read.size()), total());
            if (isDone()) {
                Q_EMIT finished();
            } else {
                readMore();
            }
        });
    }
}

} // namespace wpc
