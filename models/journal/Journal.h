// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace wpc {

class JournalDatabase;

// The journal of every change, in a SQLite database (Qt SQL, QSQLITE) in WAL mode, written on a thread
// of its own and read on another: nothing here waits for the disk, and a long read (an export) never holds
// up a write. Writes run in the order they are given, so an entry is completed after it was begun; a read
// sees every write asked for before it. Answers come back on the GUI thread through a context object and
// are dropped if it is gone. When the database cannot be opened or written (read-only, corrupt, full
// disk) the journal says why once (unavailable()) and lets every change go on without it.
class Journal : public QObject
{
    Q_OBJECT

public:
    // ReadOnly: what is in it can be read (the Journal window), nothing new is written (problem() says why).
    enum class State { Closed, Opening, Available, ReadOnly, Unavailable };

    explicit Journal(QString path, QObject *parent = nullptr);
    // Waits for the writes still queued: an entry begun is never dropped at exit.
    ~Journal() override;

    // <data location>/journal.sqlite
    static QString defaultPath();

    void open();
    State state() const
    {
        return m_state;
    }
    // Whether changes are written.
    bool isAvailable() const
    {
        return m_state == State::Available || m_state == State::Opening;
    }
    bool canRead() const
    {
        return isAvailable() || m_state == State::ReadOnly;
    }
    QString problem() const
    {
        return m_problem;
    }
    QString path() const
    {
        return m_path;
    }

    // Writes the entry (as "sending", unless it says otherwise); `written` runs once it is on disk (true), or
    // when it could not be written (false: the change goes on, unjournaled), unless context (on this thread) is
    // gone first. An entry that comes with a key updates the one planned under it. Returns the entry's key.
    QString begin(JournalEntry entry, QObject *context, const std::function<void(bool written)> &written);
    // Writes a bulk run's targets as "queued", all in one transaction, before the run sends anything: a crash
    // mid-run leaves every target with an entry. `done` gets their keys, in order (empty when not written).
    void plan(QList<JournalEntry> entries, QObject *context, const std::function<void(const QStringList &keys)> &done);
    void complete(const QString &key, JournalOutcome outcome, const QString &message);
    void complete(const QStringList &keys, JournalOutcome outcome, const QString &message);

    using Entries = std::function<void(const QList<JournalEntry> &entries, const QString &problem)>;
    // The entries the filter keeps, newest first, below `beforeId` (0: from the newest).
    void page(const JournalFilter &filter, qint64 beforeId, int limit, QObject *context, const Entries &done);
    // How many entries the filter keeps (-1 with a problem).
    void count(const JournalFilter &filter, QObject *context, const std::function<void(int count)> &done);
    // Writes the entries the filter keeps to a file; `done` gets how many, or -1 and why not.
    void exportTo(const JournalFilter &filter,
        const QString &path,
        bool json,
        QObject *context,
        const std::function<void(int written, const QString &problem)> &done);

Q_SIGNALS:
    void opened();
    // At opening, entries that a console killed mid-change left behind were settled as far as the journal
    // alone can tell: "sending" ones are now "unknown", "queued" ones "not sent".
    void cutOffRecovered(int entries);
    // Entries were written (once for a burst of writes): views of the journal may read again.
    void changed();
    void unavailable(const QString &problem);

private:
    void post(std::function<void(JournalDatabase &db)> task); // a write, on the writer
    void read(std::function<void(JournalDatabase &db)> task); // a read, on the reader, after the writes before it
    void wrote(bool ok, const QString &problem);
    void fail(const QString &problem);

    QString m_path;
    State m_state = State::Closed;
    QString m_problem;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread; tasks are queued to it
    JournalDatabase *m_db; // used on m_thread only, and deleted there by the last task
    QThread *m_readThread;
    QObject *m_reader;
    JournalDatabase *m_readDb; // a read-only connection, used on m_readThread only
    std::shared_ptr<std::atomic_bool> m_closing; // a long read stops when the journal closes
    bool m_changedPending = false;
};

} // namespace wpc
