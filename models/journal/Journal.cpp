// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/Journal.h"

#include "models/journal/JournalDatabase.h"
#include "models/journal/JournalExport.h"

#include <QMetaObject>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace wpc {

Journal::Journal(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_db(new JournalDatabase)
    , m_readThread(new QThread)
    , m_reader(new QObject)
    , m_readDb(new JournalDatabase)
    , m_closing(std::make_shared<std::atomic_bool>(false))
{
    m_thread->setObjectName(QStringLiteral("journal"));
    m_readThread->setObjectName(QStringLiteral("journal-reads"));
    m_worker->moveToThread(m_thread);
    m_reader->moveToThread(m_readThread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_readThread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread->start();
    m_readThread->start();
}

Journal::~Journal()
{
    // The reader closes first, after the reads forwarded to it (a long one, an export, stops early); then the
    // writer, after every write queued before now. The writer closing last checkpoints the WAL into the file
    // and removes it (a read-only connection cannot). Answers still on their way back to this object are
    // dropped with it.
    m_closing->store(true);
    QMetaObject::invokeMethod(m_worker, [reader = m_reader, readDb = m_readDb, readThread = m_readThread] {
        QMetaObject::invokeMethod(reader, [readDb, readThread] {
            delete readDb;
            readThread->quit();
        });
    });
    m_readThread->wait();
    QMetaObject::invokeMethod(m_worker, [db = m_db, thread = m_thread] {
        delete db;
        thread->quit();
    });
    m_thread->wait();
    delete m_thread;
    delete m_readThread;
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

void Journal::post(std::function<void(JournalDatabase &db)> task)
{
    QMetaObject::invokeMethod(m_worker, [db = m_db, task = std::move(task)] { task(*db); });
}

void Journal::read(std::function<void(JournalDatabase &db)> task)
{
    // Through the writer's queue, so that a read sees every write asked for before it; run by the reader, so
    // that a long read (an export, a count over a million entries) never holds up a write, and with it a change.
    QMetaObject::invokeMethod(m_worker, [reader = m_reader, readDb = m_readDb, task = std::move(task)]() mutable {
        QMetaObject::invokeMethod(reader, [readDb, task = std::move(task)] { task(*readDb); });
    });
}

void Journal::wrote(bool ok, const QString &problem)
{
    if (!ok) {
        fail(problem);
    } else if (!m_changedPending) {
        // One signal for a burst of writes: the views read once for all of them.
        m_changedPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_changedPending = false;
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    }
}

void Journal::fail(const QString &problem)
{
    if (m_state == State::Unavailable || m_state == State::ReadOnly) {
        return;
    }
    m_state = State::Unavailable;
    m_problem = problem;
    Q_EMIT unavailable(problem);
}

void Journal::open()
{
    if (m_state != State::Closed) {
        return;
    }
    m_state = State::Opening;
    // The journal outlives every task (its destructor waits for them), so answers may be posted to it.
    post([self = this, path = m_path](JournalDatabase &db) {
        QString problem;
        bool readable = false;
        const bool ok = db.open(path, &problem, &readable);
        const int recovered = ok ? db.recoverCutOff(&problem) : 0;
        if (ok || readable) {
            QMetaObject::invokeMethod(self->m_reader, [readDb = self->m_readDb, path, immutable = !ok] {
                QString ignored; // a reader that cannot open answers every read with why
                readDb->openReader(path, immutable, &ignored);
            });
        }
        QMetaObject::invokeMethod(self, [self, ok, readable, problem, recovered] {
            if (!ok && readable) {
                self->m_state = State::ReadOnly;
                self->m_problem = problem;
                Q_EMIT self->unavailable(problem);
            } else if (!ok) {
                self->fail(problem);
            } else if (self->m_state == State::Opening) {
                self->m_state = State::Available;
                Q_EMIT self->opened();
                if (recovered > 0) {
                    Q_EMIT self->cutOffRecovered(recovered);
                }
            }
        });
    });
}

QString Journal::begin(JournalEntry entry, QObject *context, const std::function<void(bool written)> &written)
{
    if (entry.key.isEmpty()) {
        entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!entry.time.isValid()) {
        entry.time = QDateTime::currentDateTimeUtc();
    }
    QString key = entry.key;
    if (!isAvailable()) {
        // Never in the way of the change: it goes on, unjournaled (the user was told why once).
        QTimer::singleShot(0, context ? context : this, [written] {
            if (written) {
                written(false);
            }
        });
        return key;
    }
    post([self = this, guard = QPointer<QObject>(context), entry, written](JournalDatabase &db) mutable {
        QString problem;
        const bool ok = db.write(entry, &problem);
        QMetaObject::invokeMethod(self, [self, guard, ok, problem, written] {
            self->wrote(ok, problem);
            if (guard && written) {
                written(ok);
            }
        });
    });
    return key;
}

void Journal::plan(
    QList<JournalEntry> entries, QObject *context, const std::function<void(const QStringList &keys)> &done)
{
    QStringList keys;
    for (JournalEntry &entry : entries) {
        entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.outcome = JournalOutcome::Queued;
        if (!entry.time.isValid()) {
            entry.time = QDateTime::currentDateTimeUtc();
        }
        keys.append(entry.key);
    }
    if (!isAvailable()) {
        QTimer::singleShot(0, context ? context : this, [done] { done({}); });
        return;
    }
    post([self = this, guard = QPointer<QObject>(context), entries, keys, done](JournalDatabase &db) mutable {
        QString problem;
        const bool ok = db.writeAll(entries, &problem);
        QMetaObject::invokeMethod(self, [self, guard, ok, problem, keys, done] {
            self->wrote(ok, problem);
            if (guard) {
                done(ok ? keys : QStringList());
            }
        });
    });
}

void Journal::complete(const QString &key, JournalOutcome outcome, const QString &message)
{
    complete(QStringList { key }, outcome, message);
}

void Journal::complete(const QStringList &keys, JournalOutcome outcome, const QString &message)
{
    if (!isAvailable() || keys.isEmpty()) {
        return;
    }
    post([self = this, keys, outcome, message](JournalDatabase &db) {
        QString problem;
        const bool ok = db.complete(keys, outcome, message, &problem);
        QMetaObject::invokeMethod(self, [self, ok, problem] { self->wrote(ok, problem); });
    });
}

void Journal::page(const JournalFilter &filter, qint64 beforeId, int limit, QObject *context, const Entries &done)
{
    read([self = this, guard = QPointer<QObject>(context), filter, beforeId, limit, done](JournalDatabase &db) {
        QString problem;
        const QList<JournalEntry> found = db.page(filter, beforeId, limit, &problem);
        QMetaObject::invokeMethod(self, [guard, found, problem, done] {
            if (guard) {
                done(found, problem);
            }
        });
    });
}

void Journal::count(const JournalFilter &filter, QObject *context, const std::function<void(int count)> &done)
{
    read([self = this, guard = QPointer<QObject>(context), filter, done](JournalDatabase &db) {
        QString problem;
        const int found = db.count(filter, &problem);
        QMetaObject::invokeMethod(self, [guard, found, done] {
            if (guard) {
                done(found);
            }
        });
    });
}

void Journal::exportTo(const JournalFilter &filter,
    const QString &path,
    bool json,
    QObject *context,
    const std::function<void(int written, const QString &problem)> &done)
{
    read([self = this, guard = QPointer<QObject>(context), filter, path, json, done, closing = m_closing](
             JournalDatabase &db) {
        QString problem;
        const int written = JournalExport::write(
            db, filter, path, json ? JournalExport::Format::Json : JournalExport::Format::Csv,
            [closing] { return closing->load(); }, &problem);
        QMetaObject::invokeMethod(self, [guard, written, problem, done] {
            if (guard) {
                done(written, problem);
            }
        });
    });
}

} // namespace wpc
