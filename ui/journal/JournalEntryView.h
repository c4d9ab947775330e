// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace wpc {

class JournalModel;

// The journal's entries in a table, newest first, with the selected entry in full below it: what was sent,
// what it overwrote, the outcome and the server's words. Shared by the Journal window and the details pane's
// History tab; the model says which entries.
class JournalEntryView : public QWidget
{
    Q_OBJECT

public:
    explicit JournalEntryView(JournalModel *model, QWidget *parent = nullptr);

    QTableView *table() const
    {
        return m_table;
    }
    // The selected entries, newest first.
    QList<JournalEntry> selectedEntries() const;
    // The selected entry in words, as the panel below the table shows it.
    static QString describe(const JournalEntry &entry);

Q_SIGNALS:
    // From the context menu: narrow the journal to one bulk run, or to one resource.
    void showRunRequested(const QString &bulkRun);
    void showResourceRequested(const QString &uuid);
    void undoRequested(const QList<JournalEntry> &entries);
    void undoRunRequested(const QString &bulkRun);
    void selectionChanged();

private:
    void showCurrent();
    void showMenu(const QPoint &position);

    JournalModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    bool m_fixedFont = false;
};

} // namespace wpc
