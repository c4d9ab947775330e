// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace wpc {

class Journal;
class JournalEntryView;
class JournalModel;

// The details pane's History tab: the journal's entries for the selected resource, newest first, as the
// Journal window shows them. Read when the tab is shown, and again after each change to the resource. Its
// table is made when the tab is first shown.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryTab(QWidget *parent = nullptr);

    void setJournal(Journal *journal, const QString &server, const QString &user);
    void setResourceUuid(const QString &uuid);
    // Reads again (when shown; otherwise the next time it is).
    void reload();
    // Shows what was journaled since (when shown; otherwise it is read the next time it is).
    void refresh();

    JournalModel *model() const
    {
        return m_model;
    }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updateNote();
    void buildView();

    QPointer<Journal> m_journal;
    QString m_server;
    QString m_user;
    QString m_uuid;
    bool m_stale = true;
    JournalModel *m_model;
    JournalEntryView *m_view = nullptr;
    QLabel *m_note;
};

} // namespace wpc
