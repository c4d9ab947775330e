// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/actions/UndoPlan.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace wpc {

class ActionRunner;
class BulkRun;
class ProviderResourcesApi;

// Undo of journaled changes, as a bulk run with a preview: every resource is read again first; the preview
// lists what will be undone and what will not, and why (changed since, gone, not reversible); changes made
// since are skipped unless the user ticks "Overwrite". The undo goes through the runner like any change and
// is journaled as undoing the originals.
class UndoDialog : public QDialog
{
    Q_OBJECT

public:
    UndoDialog(ProviderResourcesApi *api, ActionRunner *runner, const QList<JournalEntry> &entries, QWidget *parent);

    UndoPlanner *planner() const
    {
        return m_planner;
    }
    BulkRun *run() const
    {
        return m_run;
    }
    // How many the undo sends, with the overwrite choice as it stands.
    int toUndo() const;

    // Closing while the undo runs cancels what has not been sent and waits for the answers in flight;
    // the dialog closes once they are in.
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void undone(); // the undo run has finished

private:
    void showPreview();
    void updateButton();
    void startRun();
    void showItem(int index);
    bool holdForRun(); // true while the run still has answers to wait for (and cancels it)

    ProviderResourcesApi *m_api;
    ActionRunner *m_runner;
    UndoPlanner *m_planner;
    BulkRun *m_run = nullptr; // a child, once started
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QCheckBox *m_overwrite;
    QDialogButtonBox *m_buttons;
    QPushButton *m_undo;
    bool m_closeWhenDone = false;
};

} // namespace wpc
