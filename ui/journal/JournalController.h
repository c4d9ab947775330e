// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace wpc {

class ActionRunner;
class Journal;
class JournalWindow;
class ProviderResourcesApi;

// The journal in the main window: View ▸ Journal and its window, the strip that offers to settle the changes
// a killed console left with an unknown outcome, and the runner's journaling once the user is known.
class JournalController : public QObject
{
    Q_OBJECT

public:
    JournalController(Journal *journal, ActionRunner *runner, ProviderResourcesApi *api, QWidget *window);

    QAction *showAction() const
    {
        return m_showAction;
    }
    // "3 changes have an unknown outcome… [Review] [Re-read and settle]", hidden until there are some.
    QFrame *unknownBar() const
    {
        return m_bar;
    }
    // Journals every change from now on under this server and user, looks for unknown outcomes, and builds
    // the Journal window, hidden, with its first page.
    void signIn(const QString &server, const QString &user);
    // The Journal window (built when first asked for, if signIn() has not built it yet).
    JournalWindow *window();
    // Re-reads the resources of every entry of this user whose outcome is unknown, and settles them.
    void settleUnknown();
    // Opens the undo preview for these entries, or for every entry of a bulk run.
    void undo(const QList<JournalEntry> &entries);
    void undoRun(const QString &bulkRun);
    bool isSettling() const
    {
        return m_settling;
    }

Q_SIGNALS:
    // The journal changed (debounced): views of it read again.
    void changed();
    void settled(int shown, int notShown, int gone, int cannotTell, int unreadable);

private:
    void countUnknown();

    QPointer<Journal> m_journal;
    ActionRunner *m_runner;
    ProviderResourcesApi *m_api;
    QWidget *m_parent;
    QPointer<JournalWindow> m_window;
    QAction *m_showAction;
    QFrame *m_bar;
    QLabel *m_barText;
    QPushButton *m_settleButton;
    bool m_settling = false;
    QString m_server;
    QString m_user;
    bool m_recovered = false; // this start found entries a killed console left
    QTimer m_changed;
};

} // namespace wpc
