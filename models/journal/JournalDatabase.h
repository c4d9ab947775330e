// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace wpc {

// The journal's SQL, for the journal's own thread only (a Qt SQL connection belongs to the thread that
// opened it). Schema versions follow PRAGMA user_version; each migration runs in a transaction.
class JournalDatabase
{
public:
    static constexpr int kSchemaVersion = 1;

    JournalDatabase();
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    // Opens (creating it and its folder if need be), turns on WAL, migrates, and checks that it can write.
    bool open(const QString &path, QString *problem);
    bool insert(JournalEntry &entry, QString *problem); // sets entry.id
    bool complete(const QString &key, JournalOutcome outcome, const QString &message, QString *problem);
    QList<JournalEntry> entries(const QString &server, const QString &user, int offset, int limit, QString *problem);
    QList<JournalEntry> unsettled(const QString &server, const QString &user, QString *problem);

private:
    bool migrate(QString *problem);
    QList<JournalEntry> select(const QString &where, const QVariantList &values, const QString &tail, QString *problem);

    QString m_connection;
};

} // namespace wpc
