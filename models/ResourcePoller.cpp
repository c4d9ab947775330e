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
    // A row an action just put into Terminating/Updating arrives as dataChanged; a busy mark is no new state.
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            if (roles != QList<int> { ResourceTableModel::BusyRole }) {
                scanRows(topLeft.row(), bottomRight.row());
            }
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
    m_due.clear();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->dueMs = std::min(it->dueMs, now);
        if (!it->inFlight) {
            m_due.insert({ it->dueMs, it.key() });
        }
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
    // One signal and one schedule() for the whole range: a bulk load adds thousands.
    QStringList added;
    for (int row = std::max(0, first); row <= last; ++row) {
        const Resource *resource = m_model->resourceAt(row);
        if (resource && ResourceStates::isTransitional(resource->state) && track(resource->uuid)) {
            added.append(resource->uuid);
        }
    }
    if (!added.isEmpty()) {
        Q_EMIT pollingChanged(added, true);
        schedule();
    }
}

void ResourcePoller::onModelReset()
{
    QStringList gone;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (m_model->rowOf(it.key()) < 0) {
            gone.append(it.key());
        }
    }
    for (const QString &uuid : std::as_const(gone)) {
        untrack(uuid);
    }
    if (!gone.isEmpty()) {
        Q_EMIT pollingChanged(gone, false);
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
    m_due.insert({ entry.dueMs, uuid });
    return true;
}

void ResourcePoller::untrack(const QString &uuid)
{
    const auto it = m_entries.constFind(uuid);
    if (it == m_entries.cend()) {
        return;
    }
    if (!it->inFlight) {
        m_due.erase({ it->dueMs, uuid });
    }
    m_entries.erase(it);
}

void ResourcePoller::schedule()
{
    if (!m_active || m_inFlight >= m_maxInFlight) {
        m_timer.stop();
        return;
    }
    if (m_due.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max<qint64>(0, m_due.cbegin()->first - m_clock.elapsed())));
}

void ResourcePoller::dispatch()
{
    if (!m_active) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    // The longest waiting first.
    while (m_inFlight < m_maxInFlight && !m_due.empty() && m_due.cbegin()->first <= now) {
        const QString uuid = m_due.extract(m_due.cbegin()).value().second;
        poll(uuid);
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
        if (it == m_entries.end() || !it->inFlight) { // untracked meanwhile (and perhaps tracked anew)
            schedule();
            return;
        }
        if (result.ok()) {
            if (m_model->rowOf(uuid) >= 0) {
                m_model->updateResource(result.value);
            }
            if (!ResourceStates::isTransitional(result.value.state) || m_model->rowOf(uuid) < 0) {
                untrack(uuid);
                Q_EMIT pollingChanged({ uuid }, false);
                Q_EMIT resourceSettled(uuid);
                schedule();
                return;
            }
        } else if (result.error.kind == ApiError::Kind::NotFound) {
            untrack(uuid); // gone; the table learns of it on its next refresh
            Q_EMIT pollingChanged({ uuid }, false);
            schedule();
            return;
        }
        it = m_entries.find(uuid);
        if (it != m_entries.end()) {
            it->inFlight = false;
            it->attempt += 1;
            it->dueMs = m_clock.elapsed() + delayFor(it->attempt);
            m_due.insert({ it->dueMs, uuid });
        }
        schedule();
    });
}

} // namespace wpc
