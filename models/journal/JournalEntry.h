// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wpc {

// What became of a journaled change. "sending" is written before the request leaves; an entry still
// "sending" when the console starts again was cut off by a crash: its outcome is unknown until settled.
enum class JournalOutcome { Sending, Ok, Failed, Unknown, Gone };

namespace JournalOutcomes {
QString toText(JournalOutcome outcome); // the stored word: "sending", "ok", "failed", "unknown", "gone"
JournalOutcome fromText(QStringView text); // Unknown for anything else
} // namespace JournalOutcomes

// One change made through the console, as the journal keeps it. The body is the one sent (the token never
// is); `before` holds the values the change overwrites, as the row had them.
struct JournalEntry
{
    qint64 id = 0; // the database's, once written
    QString key; // unique, made by the writer before the request leaves, to complete the entry by
    QDateTime time; // UTC
    QString server; // the server's URL
    QString user; // the username of /api/users/me/
    QString operation; // EndpointInfo::name: "set_paused"
    QJsonObject body; // as sent; empty when none was
    QString resourceUuid;
    QString resourceName;
    QString offering;
    QString customer;
    QString project;
    QJsonObject before;
    JournalOutcome outcome = JournalOutcome::Sending;
    QString message; // the server's words when it refused, or why the outcome is unknown
    quint64 requestId = 0;
    QString bulkRun; // the bulk run it belonged to; empty for a single change
};

} // namespace wpc
