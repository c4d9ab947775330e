// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/JournalSettler.h"

#include "models/api/ProviderResourcesApi.h"
#include "models/journal/Journal.h"
#include "models/journal/JournalValues.h"

namespace wpc {

JournalSettler::JournalSettler(
    ProviderResourcesApi *api, Journal *journal, QList<JournalEntry> entries, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_entries(std::move(entries))
{
}

void JournalSettler::start()
{
    readMore();
    if (m_entries.isEmpty()) {
        Q_EMIT finished();
    }
}

void JournalSettler::settle(const JournalEntry &entry, JournalOutcome outcome, const QString &message)
{
    if (m_journal) {
        m_journal->complete(entry.key, outcome, message);
    }
}

void JournalSettler::readMore()
{
    while (m_inFlight < kConcurrency && m_next < m_entries.size()) {
        const JournalEntry entry = m_entries.at(m_next++);
        ++m_inFlight;
        m_api->retrieve(entry.resourceUuid, {}, this, [this, entry](const Result<Resource> &result) {
            --m_inFlight;
            ++m_done;
            if (!result.ok() && result.error.kind == ApiError::Kind::NotFound) {
                ++m_counts.gone;
                settle(entry, JournalOutcome::Gone, tr("Settled by re-reading: the resource no longer exists."));
            } else if (!result.ok()) {
                ++m_counts.unreadable; // stays unknown, to settle another time
            } else {
                switch (JournalValues::shows(entry.body, result.value.raw)) {
                case JournalValues::Shown::Yes:
                    ++m_counts.shown;
                    settle(entry, JournalOutcome::Ok, tr("Settled by re-reading: the resource shows this change."));
                    break;
                case JournalValues::Shown::No:
                    ++m_counts.notShown;
                    settle(entry, JournalOutcome::Failed,
                        tr("Settled by re-reading: the resource does not show this change (it was not applied, "
                           "or was changed again since)."));
                    break;
                case JournalValues::Shown::CannotTell:
                    ++m_counts.cannotTell;
                    settle(entry, JournalOutcome::Unknown,
                        tr("Re-read: the resource cannot show whether this change was applied; see its events "
                           "in Waldur."));
                    break;
                }
            }
            Q_EMIT progressed(m_done, int(m_entries.size()));
            readMore();
            if (m_done == m_entries.size()) {
                Q_EMIT finished();
            }
        });
    }
}

} // namespace wpc
