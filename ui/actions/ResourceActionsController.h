// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/Endpoints.h"
#include "models/domain/Entities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace wpc {

class ActionDialog;
class BulkActionDialog;
class ActionRunner;
class ProviderResourcesApi;
class ResourceTableModel;
struct BulkParameters;
struct BulkPreview;
struct Resource;
struct ResourceAction;

// Every per-resource operation for the table's current row: one QAction per operation (objectName
// "action_<waldur name>", Edit is "action_update"), grouped in an "Actions" menu that is also the table's
// context menu. It keeps each action's label, enabled state and tooltip (the reason when disabled) in
// step with the current row, its data and the signed-in user, opens the action's dialog, asks the
// one-click confirmation or opens the viewer. The changes themselves go through the ActionRunner, which
// re-reads the row after a success (a 404 drops it). Widgets never talk to the network except through
// the API.
class ResourceActionsController : public QObject
{
    Q_OBJECT

public:
    ResourceActionsController(
        ProviderResourcesApi *api, ResourceTableModel *model, QAbstractItemView *view, QWidget *window);
    ~ResourceActionsController() override;

    QMenu *menu() const
    {
        return m_menu;
    }
    QAction *action(Operation operation) const
    {
        return m_actions.value(operation);
    }
    QList<QAction *> actions() const;
    // Every change the actions make goes through it.
    ActionRunner *runner() const
    {
        return m_runner;
    }
    // Until this is called the staff-only actions say that permissions are still loading.
    void setCurrentUser(const CurrentUser &user);
    // Whether a bulk run is sending; stopBulkRun() sends nothing more and calls `stopped` once the requests
    // in flight have been answered and reported (at once when none runs).
    bool isBulkRunning() const;
    void stopBulkRun(const std::function<void()> &stopped);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void resourceRemoved(const QString &uuid);
    // After a success, once the row shows the server's new values.
    void resourceRefreshed(const QString &uuid);

private:
    void createActions();
    void updateActions();
    int currentSourceRow() const; // -1 without a current row
    const Resource *currentResource() const;
    void updateIfCurrent(const QString &uuid);
    void trigger(Operation operation);
    QList<Resource> selectedResources() const;
    // Whether the operation would act on the whole selection (several rows, an operation offered in bulk).
    static bool actsOnSelection(Operation operation, qsizetype selectedCount);
    void openBulk(Operation operation);
    void openBulkPreview(Operation operation,
        const BulkPreview &preview,
        const std::optional<BulkParameters> &parameters,
        const std::function<QString(const Resource &)> &rule);
    void openDialog(Operation operation, const Resource &row);
    void runOneClick(Operation operation, const Resource &row);
    void onGone(const QString &uuid, const QString &name);
    void showContextMenu(const QPoint &position);

    ProviderResourcesApi *m_api;
    ResourceTableModel *m_model;
    QAbstractItemView *m_view;
    QWidget *m_window;
    QMenu *m_menu;
    QHash<Operation, QAction *> m_actions;
    ActionRunner *m_runner;
    std::optional<CurrentUser> m_user;
    QSet<QString> m_asking; // rows whose one-click question is on screen
    QHash<QString, QString> m_names; // uuid → name while a change runs, for messages after its row is gone
    QHash<QString, QPointer<ActionDialog>> m_dialogs; // "<operation>/<uuid>" → the open dialog
    // The last bulk run's dialog: kept when closed, so that its report can be shown again until the next run.
    QPointer<BulkActionDialog> m_bulk;
    QAction *m_bulkReportAction = nullptr;
};

} // namespace wpc
