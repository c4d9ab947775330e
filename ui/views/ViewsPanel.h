// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/views/SavedView.h"
#include "models/views/ViewStore.h"

#include <QDockWidget>

#include <functional>

class QMenu;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace wpc {

class ApiClient;
class ViewCounter;

// The saved views as a side list (a dock the user can close; View ▸ Views has the same): each view with its
// live count. A click opens the view. Counts come from the server every kRefreshMs while the window is
// shown, and soon after each change the user makes; a count that differs from the one seen when the view
// was last opened is marked (bold, "●"). The built-in starters cannot be renamed or deleted; "Save view…"
// keeps the current filters, search, sort and columns under a name.
class ViewsPanel : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 60'000;
    static constexpr int kAfterChangeMs = 1'500; // changes in a burst (a bulk run) count once

    // currentView: what the window shows now, as a view without id or name.
    ViewsPanel(ApiClient *client,
        const QString &settingsGroup,
        std::function<SavedView()> currentView,
        QWidget *parent = nullptr);

    QMenu *menu() const
    {
        return m_menu;
    }
    QList<SavedView> views() const
    {
        return m_store.views();
    }
    QString activeViewId() const
    {
        return m_activeId;
    }
    QString activeViewName() const; // "" when no view was opened
    qint64 countOf(const QString &id) const;
    bool isMarkedChanged(const QString &id) const;

    void open(const QString &id); // as a click on it does
    void saveCurrentAs(const QString &name); // Save view… once named
    void updateView(const QString &id); // keeps the current filters and columns in that view
    void renameView(const QString &id, const QString &name);
    void deleteView(const QString &id);
    // The window is shown (counts refresh on the timer) or hidden (they wait).
    void setActive(bool active);
    void refreshCounts();
    void noteChange(); // the user changed something: counts again shortly

Q_SIGNALS:
    void openRequested(const wpc::SavedView &view);

private:
    void rebuild();
    void rebuildMenu();
    void showCount(const QString &id);
    void askName(const QString &title,
        const QString &initial,
        const QString &exceptId,
        std::function<void(const QString &)> then);
    void showContextMenu(const QPoint &position);
    QTreeWidgetItem *itemOf(const QString &id) const;
    void askRename(const QString &id);
    bool isOwnView(const QString &id) const;

    ViewStore m_store;
    ViewCounter *m_counter;
    std::function<SavedView()> m_currentView;
    QTreeWidget *m_list;
    QMenu *m_menu;
    QAction *m_saveAction;
    QAction *m_updateAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QTimer *m_timer;
    QTimer *m_afterChange;
    QString m_activeId;
    bool m_active = false;
};

} // namespace wpc
