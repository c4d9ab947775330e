// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QLockFile;
class QSqlError;

namespace wpc {

// The journal's SQL, for the journal's own thread only (a Qt SQL connection belongs to the thread that
// opened it). Schema versions follow PRAGMA user_version; each migration runs in a transaction.
//
// Each console that opens the journal is a session, and holds a lock file beside it for as long as it
// runs (<journal>.sessions/<session>.lock). Entries left "sending" or "queued" by a session whose lock
// nobody holds any more were cut off by a crash; recoverCutOff() settles what can be said about them.
class JournalDatabase
{
public:
    static constexpr int kSchemaVersion = 2;

    JournalDatabase();
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    // Opens (creating it and its folder if need be), turns on WAL, migrates, checks that it can write,
    // and starts this console's session. A journal that can be read but not written (a read-only file)
    // fails with the reason and `readable` set: it stays open for reading.
    bool open(const QString &path, QString *problem, bool *readable);
    // A second connection, for reading only (on another thread): `immutable` when the file is read-only.
    bool openReader(const QString &path, bool immutable, QString *problem);
    // Writes the entry, or, when an entry with its key exists (a bulk run's "queued" one), updates it
    // with what the entry now says.
    bool write(const JournalEntry &entry, QString *problem);
    // Writes all of them in one transaction: all or none.
    bool writeAll(const QList<JournalEntry> &entries, QString *problem);
    bool complete(const QStringList &keys, JournalOutcome outcome, const QString &message, QString *problem);

    // Newest first, below `beforeId` (0: from the newest), at most `limit`.
    QList<JournalEntry> page(const JournalFilter &filter, qint64 beforeId, int limit, QString *problem);
    int count(const JournalFilter &filter, QString *problem);
    // Every entry the filter keeps, newest first, a page at a time; false when `each` said stop.
    bool forEach(
        const JournalFilter &filter, const std::function<bool(const JournalEntry &entry)> &each, QString *problem);

    // Entries of sessions that ended without completing them: "sending" becomes "unknown", "queued" becomes
    // "not sent". Returns how many entries it settled so.
    int recoverCutOff(QString *problem);

private:
    bool openForWriting(const QString &path, QSqlError *error, QString *problem);
    bool migrate(QSqlError *error, QString *problem);
    QList<JournalEntry> select(const QString &where, const QVariantList &values, const QString &tail, QString *problem);
    QString sessionsDir() const;
    QString failureMark(const QString &session) const;
    void noteFailure(); // this session could not write an entry: its queued ones may have been sent

    QString m_connection;
    QString m_path;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace wpc
