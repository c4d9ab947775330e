// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace wpc {

class Journal;

// The journal's entries the filter keeps, newest first, read a page at a time as the view scrolls
// (canFetchMore/fetchMore, keyset paging on the id): a journal of a million entries shows its first page
// at once and never holds more than has been scrolled to. Every read runs on the journal's thread.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Change, Resource, Project, Outcome, Message, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1 }; // the whole JournalEntry, as a QVariant
    static constexpr int kPageSize = 100; // four screens of rows: the first page comes back in a few ms

    explicit JournalModel(QObject *parent = nullptr);

    void setJournal(Journal *journal);
    // Both at once, read once. A null journal shows nothing.
    void open(Journal *journal, const JournalFilter &filter);
    // Starts over with these entries: the first page is read at once, the total counted beside it.
    void setFilter(const JournalFilter &filter);
    const JournalFilter &filter() const
    {
        return m_filter;
    }
    // Starts over: the first page read again, the count again.
    void reload();
    // Brings what is loaded up to date without starting over (a change was journaled): new entries are
    // inserted at the top, those whose outcome moved on are updated in place; selection and scrolling stay.
    void refresh();
    const JournalEntry *entryAt(int row) const;
    bool isLoading() const
    {
        return m_loading;
    }
    // How many entries the filter keeps in all; -1 until counted.
    int total() const
    {
        return m_total;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "Pause resource “alloc-12”", as the operation table words it.
    static QString changeText(const JournalEntry &entry);

Q_SIGNALS:
    void loaded(); // a page arrived (or the filter keeps nothing)
    void totalChanged(int total);
    void failed(const QString &problem);

private:
    void refreshIfPending();

    QPointer<Journal> m_journal;
    JournalFilter m_filter;
    QList<JournalEntry> m_entries;
    quint64 m_generation = 0; // answers for an earlier filter are dropped
    bool m_loading = false;
    bool m_exhausted = true;
    int m_total = -1;
    bool m_refreshing = false;
    bool m_refreshPending = false; // asked for while a read was under way
};

} // namespace wpc

Q_DECLARE_METATYPE(wpc::JournalEntry)
