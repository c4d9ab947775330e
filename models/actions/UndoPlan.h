// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"
#include "models/journal/JournalEntry.h"

#include <QList>
#include <QObject>

#include <optional>

namespace wpc {

class ProviderResourcesApi;

// What undoing journaled changes would do, as read from the server. Each reversible operation's inverse is
// the same operation with the values the entry recorded as "before" (OperationTable: Undo::PreviousValue):
// unpause after a pause, the old end date (or none), the old limits, slug, backend ID, metadata, name and
// description, options, project. Before undoing, every resource is read again: a field that no longer
// holds the value the change set was changed since, by someone else or by the console: a conflict, skipped
// unless the user chooses to overwrite it.
struct UndoItem
{
    enum class Status {
        Ready,
        Conflict, // changed since; undone only when the user overwrites
        Gone, // 404: the resource no longer exists
        NotReversible, // the operation has no inverse, or the change failed, or its earlier value is unknown
        Superseded, // a later change to the same resource is undone instead
        Unreadable, // the resource could not be read again
    };
    JournalEntry entry;
    QJsonObject body; // what the undo sends
    Status status = Status::Ready;
    QString reason; // why not, or what the conflict is
};

namespace UndoPlan {
// The request that takes the entry's change back, or none and why not.
std::optional<QJsonObject> inverse(const JournalEntry &entry, QString *whyNot);
} // namespace UndoPlan

// Reads every resource the entries changed (a few at a time) and classifies each entry. One operation's
// entries at a time: an undo is one bulk run.
class UndoPlanner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kConcurrency = 4;

    UndoPlanner(ProviderResourcesApi *api, const QList<JournalEntry> &entries, QObject *parent = nullptr);

    void start();
    const QList<UndoItem> &items() const
    {
        return m_items;
    }
    // The operation the undo runs; Operation::Count when the entries mix operations (then nothing is ready).
    Operation operation() const
    {
        return m_operation;
    }
    int count(UndoItem::Status status) const;
    bool isDone() const
    {
        return m_done == m_toRead;
    }

Q_SIGNALS:
    void progressed(int read, int total);
    void finished();

private:
    void readMore();

    ProviderResourcesApi *m_api;
    QList<UndoItem> m_items;
    Operation m_operation = Operation::Count;
    QList<int> m_reads; // indexes of the items to read again
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_toRead = 0;
};

} // namespace wpc
