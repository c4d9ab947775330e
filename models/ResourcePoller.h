// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <set>
#include <utility>

namespace wpc {

class ProviderResourcesApi;
class ResourceTableModel;

// Keeps rows in transition (Creating, Updating, Terminating) current: each is re-read with a sparse
// retrieve on a backoff schedule (2 s, 4 s, 8 s… capped at 60 s) until it settles, with a bounded number
// of requests in flight so a table full of transitional rows never floods the server. It watches the
// model for inserted, reset and changed rows, and pauses while inactive (the window is hidden).
class ResourcePoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kInitialDelayMs = 2000;
    static constexpr int kMaxDelayMs = 60000;
    static constexpr int kMaxInFlight = 4;

    ResourcePoller(ProviderResourcesApi *api, ResourceTableModel *model, QObject *parent = nullptr);
    ~ResourcePoller() override;

    void setActive(bool active);
    bool isActive() const
    {
        return m_active;
    }
    // Tests shorten the schedule; the delays double from initialMs up to maxMs.
    void setBackoff(int initialMs, int maxMs);
    void setMaxInFlight(int maxInFlight);
    int maxInFlight() const
    {
        return m_maxInFlight;
    }

    bool isPolling(const QString &uuid) const
    {
        return m_entries.contains(uuid);
    }
    int pollingCount() const
    {
        return int(m_entries.size());
    }
    int inFlightCount() const
    {
        return m_inFlight;
    }

Q_SIGNALS:
    // Every row that starts or stops being watched at once: a page that brings a thousand rows in
    // transition is one signal, not a thousand.
    void pollingChanged(const QStringList &uuids, bool polling);
    void requestStarted(const QString &uuid, int inFlight);
    void resourceSettled(const QString &uuid);

private:
    struct Entry
    {
        int attempt = 0;
        qint64 dueMs = 0; // on m_clock
        bool inFlight = false;
    };

    using Due = std::pair<qint64, QString>; // (dueMs, uuid): the earliest first, then by uuid

    void scanRows(int first, int last);
    void onModelReset();
    bool track(const QString &uuid); // false when already tracked; the caller schedules and signals
    void untrack(const QString &uuid);
    void schedule();
    void dispatch();
    void poll(const QString &uuid);
    int delayFor(int attempt) const;

    ProviderResourcesApi *m_api;
    ResourceTableModel *m_model;
    QHash<QString, Entry> m_entries;
    std::set<Due> m_due; // the entries not in flight, so the next one to poll is always the first
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_initialMs = kInitialDelayMs;
    int m_maxMs = kMaxDelayMs;
    int m_maxInFlight = kMaxInFlight;
    int m_inFlight = 0;
    bool m_active = true;
};

} // namespace wpc
