// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wpc {

// What became of a journaled change. A bulk run writes its targets "queued" before it starts; each is
// "sending" from just before its request leaves until the answer. A console killed mid-run leaves both
// behind: the next start turns "sending" into "unknown" (settled later by re-reading the resource) and
// "queued" into "not sent".
enum class JournalOutcome { Queued, Sending, Ok, Failed, Unknown, Gone, NotSent };

namespace JournalOutcomes {
// The stored word: "queued", "sending", "ok", "failed", "unknown", "gone", "not sent".
QString toText(JournalOutcome outcome);
JournalOutcome fromText(QStringView text); // Unknown for anything else
QString displayName(JournalOutcome outcome); // translated: "OK", "Unknown"…
const QList<JournalOutcome> &all();
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
    QDateTime completed; // when the outcome was written; invalid while sending
    QString undoes; // the key of the entry this change undoes; empty for anything else
};

// Which entries the Journal window (or an export) shows: always one server's and user's, narrowed by the
// rest when set.
struct JournalFilter
{
    QString server {};
    QString user {};
    QDateTime from {}; // inclusive; invalid: no bound
    QDateTime to {}; // exclusive; invalid: no bound
    QString operation {}; // EndpointInfo::name
    std::optional<JournalOutcome> outcome {};
    QString resource {}; // a UUID (with or without dashes), or part of a name
    QString bulkRun {};
    QString text {}; // free text: names, UUIDs, the operation, the body, the server's message

    bool operator==(const JournalFilter &other) const = default;
};

} // namespace wpc
