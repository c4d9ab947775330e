// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourcePoller.h"

#include "models/ResourceTableModel.h"
#include "models/api/ProviderResourcesApi.h"

#include <algorithm>

namespace wpc {

ResourcePoller::ResourcePoller(ProviderResourcesApi *api, ResourceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ResourcePoller::dispatch);
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { scanRows(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, &ResourcePoller::onModelReset);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourcePoller::onModelReset);
    // A row an action just put into Terminating/Updating arrives as dataChanged.
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            scanRows(topLeft.row(), bottomRight.row());
        });
    onModelReset();
}

ResourcePoller::~ResourcePoller() = default;

void ResourcePoller::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (!active) {
        m_timer.stop();
        return;
    }
    // Whatever changed while hidden is worth seeing at once.
    const qint64 now = m_clock.elapsed();
    for (auto &entry : m_entries) {
        entry.dueMs = std::min(entry.dueMs, now);
    }
    schedule();
}

void ResourcePoller::setBackoff(int initialMs, int maxMs)
{
    m_initialMs = std::max(1, initialMs);
    m_maxMs = std::max(m_initialMs, maxMs);
}

void ResourcePoller::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
    schedule();
}

int ResourcePoller::delayFor(int attempt) const
{
    qint64 delay = m_initialMs;
    for (int i = 0; i < attempt && delay < m_maxMs; ++i) {
        delay *= 2;
    }
    return int(std::min<qint64>(delay, m_maxMs));
}

void ResourcePoller::scanRows(int first, int last)
{
    // One schedule() for the whole range: it looks at every entry, and a bulk load adds thousands.
    bool added = false;
    for (int row = std::max(0, first); row <= last; ++row) {
        const Resource *resource = m_model->resourceAt(row);
        if (resource && ResourceStates::isTransitional(resource->state)) {
            added = track(resource->uuid) || added;
        }
    }
    if (added) {
        schedule();
    }
}

void ResourcePoller::onModelReset()
{
    const QStringList tracked = m_entries.keys();
    for (const QString &uuid : tracked) {
        if (m_model->rowOf(uuid) < 0) {
            untrack(uuid);
        }
    }
    scanRows(0, m_model->rowCount() - 1);
}

bool ResourcePoller::track(const QString &uuid)
{
    if (uuid.isEmpty() || m_entries.contains(uuid)) {
        return false;
    }
    Entry entry;
    entry.dueMs = m_clock.elapsed() + delayFor(0);
    m_entries.insert(uuid, entry);
    Q_EMIT pollingChanged(uuid, true);
    return true;
}

void ResourcePoller::untrack(const QString &uuid)
{
    if (m_entries.remove(uuid) > 0) {
        Q_EMIT pollingChanged(uuid, false);
    }
}

void ResourcePoller::schedule()
{
    if (!m_active || m_inFlight >= m_maxInFlight) {
        m_timer.stop();
        return;
    }
    qint64 earliest = -1;
    for (const auto &entry : std::as_const(m_entries)) {
        if (!entry.inFlight && (earliest < 0 || entry.dueMs < earliest)) {
            earliest = entry.dueMs;
        }
    }
    if (earliest < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max<qint64>(0, earliest - m_clock.elapsed())));
}

void ResourcePoller::dispatch()
{
    if (!m_active) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    QList<QPair<qint64, QString>> due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->inFlight && it->dueMs <= now) {
            due.append({ it->dueMs, it.key() });
        }
    }
    std::sort(due.begin(), due.end()); // the longest waiting first
    for (const auto &item : std::as_const(due)) {
        if (m_inFlight >= m_maxInFlight) {
            break;
        }
        poll(item.second);
    }
    schedule();
}

void ResourcePoller::poll(const QString &uuid)
{
    m_entries[uuid].inFlight = true;
    ++m_inFlight;
    Q_EMIT requestStarted(uuid, m_inFlight);

    m_api->retrieve(uuid, m_model->rowFields(), this, [this, uuid](const Result<Resource> &result) {
        --m_inFlight;
        auto it = m_entries.find(uuid);
        if (it == m_entries.end()) {
            schedule();
            return;
        }
        it->inFlight = false;
        if (result.ok()) {
            if (m_model->rowOf(uuid) >= 0) {
                m_model->updateResource(result.value);
            }
            if (!ResourceStates::isTransitional(result.value.state) || m_model->rowOf(uuid) < 0) {
                untrack(uuid);
                Q_EMIT resourceSettled(uuid);
                schedule();
                return;
            }
        } else if (result.error.kind == ApiError::Kind::NotFound) {
            untrack(uuid); // gone; the table learns of it on its next refresh
            schedule();
            return;
        }
        it = m_entries.find(uuid);
        if (it != m_entries.end()) {
            it->attempt += 1;
            it->dueMs = m_clock.elapsed() + delayFor(it->attempt);
        }
        schedule();
    });
}

} // namespace wpc
