// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace wpc {

class Journal;
class JournalEntryView;
class JournalModel;

// View ▸ Journal: every change this user made on this server, newest first, paged from the database. Filters
// by time, operation, outcome, resource and bulk run, with free-text search; exports what the filters keep
// to CSV or JSON. A window of its own, beside the main one.
class JournalWindow : public QDialog
{
    Q_OBJECT

public:
    // Asks for the first page of this server's and user's entries at once, before its widgets are made, so
    // that the journal reads it meanwhile.
    JournalWindow(Journal *journal, const QString &server, const QString &user, QWidget *parent = nullptr);

    void setJournal(Journal *journal, const QString &server, const QString &user);
    // Narrows to one outcome ("unknown" after a crash), one bulk run, or one resource; the other filters stay.
    void showOutcome(JournalOutcome outcome);
    void showRun(const QString &bulkRun);
    void showResource(const QString &uuid);
    // Sizes, places, polishes and lays out the window while hidden, so that showing it is a paint.
    void prepare();
    // Reads the first page again, the time range moved on to now.
    void reload();
    // Shows what was journaled since, keeping the selection and the scroll position.
    void refresh();
    // Writes what the filters keep; `done` (tests) follows the status line.
    void exportTo(const QString &path, bool json);

    JournalModel *model() const
    {
        return m_model;
    }
    JournalEntryView *view() const
    {
        return m_view;
    }
    JournalFilter filter() const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void exported(const QString &path, int entries);
    void exportFailed(const QString &problem);
    // "Re-read and settle", offered while the window shows unknown outcomes.
    void settleRequested();
    // Undo the selected entries, or every entry of a bulk run.
    void undoRequested(const QList<JournalEntry> &entries);
    void undoRunRequested(const QString &bulkRun);

private:
    void applyFilter();
    void updateStatus();
    void updateRange();
    void chooseExportFile(bool json);
    void place();

    QPointer<Journal> m_journal;
    QString m_server;
    QString m_user;
    QString m_bulkRun;
    JournalModel *m_model;
    JournalEntryView *m_view;
    QComboBox *m_range;
    QHBoxLayout *m_filters;
    QDateTimeEdit *m_from = nullptr; // made when "Between…" is first chosen
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_operation;
    QComboBox *m_outcome;
    QLineEdit *m_resource;
    QLineEdit *m_search;
    QToolButton *m_runChip;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_settle;
    QPushButton *m_undo;
    QTimer m_typing; // the text filters apply once typing pauses
    QString m_exportNote;
    bool m_placed = false;
    bool m_shownBefore = false;
    bool m_exporting = false;
};

} // namespace wpc
