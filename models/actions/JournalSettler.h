// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace wpc {

class Journal;
class ProviderResourcesApi;
class ResourceTableModel;

// Settles entries whose outcome is unknown (the console was killed, or no answer came) from what the
// server now says: each resource is read again, a few at a time, and its entry completed. "OK" when the
// resource shows the change, "failed" when it does not, "gone" on 404; an entry whose change the resource
// cannot show (a pull, a report) stays unknown, and says so. A read that fails leaves the entry as it was.
class JournalSettler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kConcurrency = 4;

    struct Counts
    {
        int shown = 0;
        int notShown = 0;
        int gone = 0;
        int cannotTell = 0;
        int unreadable = 0;
    };

    JournalSettler(ProviderResourcesApi *api, Journal *journal, QList<JournalEntry> entries, QObject *parent = nullptr);

    void start();
    const Counts &counts() const
    {
        return m_counts;
    }
    int total() const
    {
        return int(m_entries.size());
    }

Q_SIGNALS:
    void progressed(int settled, int total);
    void finished();

private:
    void readMore();
    void settle(const JournalEntry &entry, JournalOutcome outcome, const QString &message);

    ProviderResourcesApi *m_api;
    QPointer<Journal> m_journal;
    QList<JournalEntry> m_entries;
    Counts m_counts;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
};

} // namespace wpc
