// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ProviderResourcesApi.h"
#include "models/api/ResourceAction.h"
#include "models/journal/JournalEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace wpc {

class Journal;
class ResourceTableModel;

// How a change is journaled besides what it is: the bulk run it belongs to, the entry ActionRunner::plan()
// wrote for it, and the entry it undoes.
struct JournalTag
{
    QString bulkRun {};
    QString key {};
    QString undoes {};
};

// A bulk run's target, as plan() writes it.
struct PlannedTarget
{
    QString uuid;
    QString name;
    QString undoes {};
};

// What became of one change.
enum class RunOutcome {
    Succeeded,
    Failed, // the server refused it (4xx, 5xx) or nothing was sent (connection refused)
    Unknown, // sent, but no answer came (timeout, dropped connection): the row is re-read to show the truth
    Gone, // 404: the resource no longer exists; its row is removed
};

// The only place a change leaves the console. run() sends one action through the API, marks its row busy
// (BusyRole) until the answer, and then: after success re-reads the row with the poller's field set and
// updates it in place (a toggle, whose answer is the whole change, writes the flag it sent into the row
// instead: no read); after an unlink or a 404 removes the row; after an unknown outcome re-reads it too, so that
// what the table shows is what the server has. A POST is never sent again on its own. Single actions
// and bulk runs both go through here.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(RunOutcome outcome, const Result<ActionOutcome> &result)>;

    ActionRunner(ProviderResourcesApi *api, ResourceTableModel *model, QObject *parent = nullptr);
    ~ActionRunner() override;

    // Whether run() reads the row again after a success or an unknown outcome, or leaves that to the
    // caller (a bulk run re-reads within its own bound on requests in flight).
    enum class Reread { Now, ByCaller };

    // Every change from now on is journaled for this server and user: an entry "sending" is on disk before
    // the request leaves (or the journal failed, and the change goes on without it), and it is completed with
    // the outcome. Null: no journal.
    void setJournal(Journal *journal, const QString &server, const QString &user);

    // Sends `action`. `done` runs (if `context` still exists) once the server has answered, before the
    // re-read; finished() follows for everyone. `tag` says how the journal files it. Returns the run's id.
    quint64 run(const ResourceAction &action,
        QObject *context = nullptr,
        const Done &done = {},
        Reread reread = Reread::Now,
        const JournalTag &tag = {});
    // Writes a bulk run's targets to the journal as "queued", before anything is sent; `done` gets a key per
    // target, in order, or none when there is no journal (it may run before plan() returns).
    void plan(Operation operation,
        const QList<PlannedTarget> &targets,
        const QString &bulkRun,
        QObject *context,
        const std::function<void(const QStringList &keys)> &done);
    // Completes planned entries that will never be sent (a cancelled run).
    void unplan(const QStringList &keys, const QString &why);
    // Reads one row again with the poller's field set and updates it (or drops it on 404); `done` runs
    // after, if `context` still exists.
    void reread(const QString &uuid, QObject *context = nullptr, const std::function<void()> &done = {});
    // Whether the table has a row for this resource (a re-read would update it).
    bool isShown(const QString &uuid) const;
    ProviderResourcesApi *api() const
    {
        return m_api;
    }
    // Whether a change to this resource is in flight.
    bool isRunning(const QString &uuid) const
    {
        return m_running.contains(uuid);
    }
    int runningCount() const
    {
        return int(m_running.size());
    }

    static RunOutcome classify(const Result<ActionOutcome> &result);

Q_SIGNALS:
    void started(quint64 id, const QString &uuid);
    void finished(quint64 id, const QString &uuid, wpc::RunOutcome outcome, const wpc::ApiError &error);
    // The row shows the server's values again after a change (or after an unknown outcome).
    void rowRefreshed(const QString &uuid);
    // A change or its re-read found the resource gone; its row has been removed.
    void rowGone(const QString &uuid);
    // The change was made but the row could not be read again.
    void rereadFailed(const QString &uuid, const wpc::ApiError &error);

private:
    bool writeFlag(const ResourceAction &action); // AfterSuccess::WriteFlag; false when the row is not loaded
    void send(quint64 id,
        const ResourceAction &action,
        const QPointer<QObject> &guard,
        bool hasContext,
        const Done &done,
        Reread reread,
        const QString &journalKey);
    JournalEntry journalEntry(const QString &uuid, Operation operation, const QString &bulkRun) const;

    ProviderResourcesApi *m_api;
    ResourceTableModel *m_model;
    QHash<QString, int> m_running; // uuid → changes in flight
    quint64 m_nextId = 1;
    QPointer<Journal> m_journal;
    QString m_server;
    QString m_user;
};

} // namespace wpc
