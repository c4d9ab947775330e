// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/Journal.h"

#include "models/journal/JournalDatabase.h"

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
{
    m_thread->setObjectName(QStringLiteral("journal"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

Journal::~Journal()
{
    // Tasks run in order: this one comes after every write queued before it, closes the database on its
    // own thread and ends the thread. Answers still on their way back to this object are dropped with it.
    QMetaObject::invokeMethod(m_worker, [db = m_db, thread = m_thread] {
        delete db;
        thread->quit();
    });
    m_thread->wait();
    delete m_thread;
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

void Journal::post(std::function<void(JournalDatabase &db)> task)
{
    QMetaObject::invokeMethod(m_worker, [db = m_db, task = std::move(task)] { task(*db); });
}

void Journal::fail(const QString &problem)
{
    if (m_state == State::Unavailable) {
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
        const bool ok = db.open(path, &problem);
        QMetaObject::invokeMethod(self, [self, ok, problem] {
            if (!ok) {
                self->fail(problem);
            } else if (self->m_state == State::Opening) {
                self->m_state = State::Available;
                Q_EMIT self->opened();
            }
        });
    });
}

QString Journal::begin(JournalEntry entry, QObject *context, const std::function<void(bool written)> &written)
{
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
        const bool ok = db.insert(entry, &problem);
        QMetaObject::invokeMethod(self, [self, guard, ok, problem, written] {
            if (!ok) {
                self->fail(problem);
            }
            if (guard && written) {
                written(ok);
            }
        });
    });
    return key;
}

void Journal::complete(const QString &key, JournalOutcome outcome, const QString &message)
{
    if (!isAvailable()) {
        return;
    }
    post([self = this, key, outcome, message](JournalDatabase &db) {
        if (QString problem; !db.complete(key, outcome, message, &problem)) {
            QMetaObject::invokeMethod(self, [self, problem] { self->fail(problem); });
        }
    });
}

void Journal::entries(
    const QString &server, const QString &user, int offset, int limit, QObject *context, const Entries &done)
{
    post([self = this, guard = QPointer<QObject>(context), server, user, offset, limit, done](JournalDatabase &db) {
        QString problem;
        const QList<JournalEntry> found = db.entries(server, user, offset, limit, &problem);
        QMetaObject::invokeMethod(self, [guard, found, done] {
            if (guard) {
                done(found);
            }
        });
    });
}

void Journal::unsettled(const QString &server, const QString &user, QObject *context, const Entries &done)
{
    post([self = this, guard = QPointer<QObject>(context), server, user, done](JournalDatabase &db) {
        QString problem;
        const QList<JournalEntry> found = db.unsettled(server, user, &problem);
        QMetaObject::invokeMethod(self, [guard, found, done] {
            if (guard) {
                done(found);
            }
        });
    });
}

} // namespace wpc
