// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ResourceActionsController.h"

#include "models/ResourceTableModel.h"
#include "models/actions/ActionCatalog.h"
#include "models/actions/ActionRunner.h"
#include "models/api/ProviderResourcesApi.h"
#include "ui/actions/ActionDialog.h"
#include "ui/actions/ActionDialogFactory.h"
#include "ui/actions/BulkActionDialog.h"
#include "ui/actions/OneClickActions.h"
#include "ui/actions/ResourceViews.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QMenu>

namespace wpc {

namespace {
Q_LOGGING_CATEGORY(lcActions, "wpc.actions")
} // namespace

ResourceActionsController::ResourceActionsController(
    ProviderResourcesApi *api, ResourceTableModel *model, QAbstractItemView *view, QWidget *window)
    : QObject(window)
    , m_api(api)
    , m_model(model)
    , m_view(view)
    , m_window(window)
    , m_menu(new QMenu(tr("&Actions"), window))
    , m_runner(new ActionRunner(api, model, this))
{
    m_menu->setObjectName(QStringLiteral("actionsMenu"));
    // Rows that the runner re-read or dropped: the menu follows, and the window hears of it.
    // Only the current row's state matters to the menu: a bulk run over thousands of other rows costs nothing here.
    connect(m_runner, &ActionRunner::started, this, [this](quint64, const QString &uuid) { updateIfCurrent(uuid); });
    connect(m_runner, &ActionRunner::finished, this, [this](quint64, const QString &uuid) { updateIfCurrent(uuid); });
    connect(m_runner, &ActionRunner::rowRefreshed, this, [this](const QString &uuid) {
        m_names.remove(uuid);
        Q_EMIT resourceRefreshed(uuid);
    });
    connect(m_runner, &ActionRunner::finished, this,
        [this](quint64, const QString &uuid, RunOutcome outcome, const ApiError &) {
            if (outcome == RunOutcome::Failed) {
                m_names.remove(uuid);
            }
        });
    connect(m_runner, &ActionRunner::rowGone, this, [this](const QString &uuid) {
        const auto name = m_names.take(uuid);
        onGone(uuid, name.isEmpty() ? uuid : name);
    });
    connect(m_runner, &ActionRunner::rereadFailed, this, [this](const QString &uuid, const ApiError &error) {
        Q_EMIT statusMessage(
            tr("The change was made, but “%1” could not be read again: %2").arg(m_names.take(uuid), error.message));
    });
    connect(m_runner, &ActionRunner::started, this, [this](quint64, const QString &uuid) {
        if (const int row = m_model->rowOf(uuid); row >= 0) {
            m_names.insert(uuid, m_model->resourceAt(row)->name);
        }
    });
    m_menu->setToolTipsVisible(true); // a disabled item's tooltip says why
    createActions();

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ResourceActionsController::showContextMenu);
    connect(
        view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourceActionsController::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ResourceActionsController::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        if (const int row = currentSourceRow(); row >= first.row() && row <= last.row()) {
            updateActions();
        }
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResourceActionsController::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourceActionsController::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ResourceActionsController::updateActions);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ResourceActionsController::updateActions);
    connect(m_menu, &QMenu::aboutToShow, this, &ResourceActionsController::updateActions);
    updateActions();
}

ResourceActionsController::~ResourceActionsController() = default;

void ResourceActionsController::createActions()
{
    auto add = [this](QMenu *menu, Operation operation) {
        auto *action = new QAction(ActionCatalog::label(operation, nullptr), m_window);
        action->setObjectName(ActionCatalog::objectName(operation));
        if (const QKeyCombination key = ActionCatalog::shortcut(operation); key.key() != Qt::Key_unknown) {
            action->setShortcut(QKeySequence(key));
        }
        action->setData(static_cast<int>(operation));
        connect(action, &QAction::triggered, this, [this, operation] { trigger(operation); });
        menu->addAction(action);
        m_window->addAction(action); // shortcuts work without opening a menu
        m_actions.insert(operation, action);
    };
    m_menu->addSection(tr("Provider actions"));
    for (Operation operation : ActionCatalog::providerActions()) {
        add(m_menu, operation);
    }
    m_menu->addSection(tr("Staff actions"));
    for (Operation operation : ActionCatalog::staffActions()) {
        add(m_menu, operation);
    }
    m_menu->addSeparator();
    QMenu *views = m_menu->addMenu(tr("&View"));
    views->setObjectName(QStringLiteral("viewMenu"));
    views->setToolTipsVisible(true);
    for (Operation operation : ActionCatalog::viewActions()) {
        add(views, operation);
    }
    m_menu->addSeparator();
    m_bulkReportAction = m_menu->addAction(tr("Last bulk report…"));
    m_bulkReportAction->setObjectName(QStringLiteral("action_bulk_report"));
    m_bulkReportAction->setEnabled(false);
    m_bulkReportAction->setToolTip(tr("No bulk action has run yet."));
    connect(m_bulkReportAction, &QAction::triggered, this, [this] {
        if (m_bulk) {
            m_bulk->show();
            m_bulk->raise();
            m_bulk->activateWindow();
        }
    });
}

bool ResourceActionsController::isBulkRunning() const
{
    return m_bulk && m_bulk->run() && m_bulk->run()->isRunning();
}

void ResourceActionsController::stopBulkRun(const std::function<void()> &stopped)
{
    if (!isBulkRunning()) {
        stopped();
        return;
    }
    BulkRun *run = m_bulk->run();
    connect(run, &BulkRun::finished, this, stopped, Qt::SingleShotConnection);
    run->cancel();
}

QList<QAction *> ResourceActionsController::actions() const
{
    QList<QAction *> list;
    const QList<QList<Operation>> groups { ActionCatalog::providerActions(), ActionCatalog::staffActions(),
        ActionCatalog::viewActions() };
    for (const QList<Operation> &group : groups) {
        for (Operation operation : group) {
            list.append(m_actions.value(operation));
        }
    }
    return list;
}

void ResourceActionsController::setCurrentUser(const CurrentUser &user)
{
    m_user = user;
    updateActions();
}

int ResourceActionsController::currentSourceRow() const
{
    QModelIndex index = m_view->currentIndex();
    // The view may show the model through proxies (sorting, filtering): map down to our model.
    while (index.isValid() && index.model() != m_model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy) {
            return -1;
        }
        index = proxy->mapToSource(index);
    }
    return index.isValid() ? index.row() : -1;
}

const Resource *ResourceActionsController::currentResource() const
{
    return m_model->resourceAt(currentSourceRow());
}

void ResourceActionsController::updateIfCurrent(const QString &uuid)
{
    if (const Resource *row = currentResource(); row && row->uuid == uuid) {
        updateActions();
    }
}

void ResourceActionsController::updateActions()
{
    const Resource *row = currentResource();
    const CurrentUser *user = m_user ? &*m_user : nullptr;
    const qsizetype count = m_view->selectionModel()->selectedRows().size();
    for (auto it = m_actions.constBegin(); it != m_actions.constEnd(); ++it) {
        const Operation operation = it.key();
        QAction *action = it.value();
        ActionAvailability availability = ActionCatalog::availability(operation, row, user);
        if (availability.enabled && row && ActionCatalog::kind(operation) == ActionKind::OneClick
            && (m_asking.contains(row->uuid) || m_runner->isRunning(row->uuid))) {
            availability = { false, tr("Another action on this resource is still running.") };
        }
        if (actsOnSelection(operation, count)) {
            // On every selected row: each row's own rules are applied in the preview.
            const OperationFacts &facts = OperationTable::facts(operation);
            QString label = facts.labelWhenSet
                ? tr("%1 / %2").arg(OperationTable::text(facts.label), OperationTable::text(facts.labelWhenSet))
                : OperationTable::text(facts.label);
            if (label.endsWith(QChar(0x2026))) {
                label.chop(1); // the ellipsis goes after the count
            }
            action->setText(tr("%1 (%Ln selected)…", nullptr, int(count)).arg(label));
            const bool staffOk = !facts.endpoint.staffOnly || (user && user->isStaff);
            availability = staffOk ? ActionAvailability { true, {} }
                                   : ActionAvailability { false, OperationTable::text(facts.staffReason) };
            action->setEnabled(availability.enabled);
            action->setToolTip(availability.enabled ? ActionCatalog::description(operation) : availability.reason);
            action->setStatusTip(action->toolTip());
            continue;
        }
        action->setText(ActionCatalog::label(operation, row));
        action->setEnabled(availability.enabled);
        action->setToolTip(availability.enabled ? ActionCatalog::description(operation) : availability.reason);
        action->setStatusTip(action->toolTip());
    }
}

void ResourceActionsController::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && index != m_view->currentIndex()) {
        m_view->setCurrentIndex(index);
    }
    updateActions();
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}

QList<Resource> ResourceActionsController::selectedResources() const
{
    QList<Resource> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (QModelIndex index : selected) {
        while (index.isValid() && index.model() != m_model) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
            index = proxy ? proxy->mapToSource(index) : QModelIndex();
        }
        if (const Resource *row = index.isValid() ? m_model->resourceAt(index.row()) : nullptr) {
            rows.append(*row);
        }
    }
    return rows;
}

bool ResourceActionsController::actsOnSelection(Operation operation, qsizetype selectedCount)
{
    const OperationFacts &facts = OperationTable::facts(operation);
    return facts.bulk != BulkUse::No && selectedCount > 1;
}

void ResourceActionsController::openBulk(Operation operation)
{
    const QList<Resource> rows = selectedResources();
    const BulkPreview preview = BulkPreview::of(operation, rows, m_user ? &*m_user : nullptr);
    QList<Resource> acting;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (preview.items.at(i).status == BulkStatus::Pending) {
            acting.append(rows.at(i));
        }
    }
    // The parameters first, asked once by the operation's own dialog; then the preview.
    // (Also when the rules leave one row: it is still a bulk run, previewed with what it skips.)
    ActionDialog *parameters
        = acting.isEmpty() ? nullptr : ActionDialogFactory::createForMany(operation, m_api, acting, m_window);
    if (!parameters) {
        openBulkPreview(operation, preview, std::nullopt, {});
        return;
    }
    parameters->setObjectName(QStringLiteral("bulkParameters_") + QString(Endpoints::info(operation).name));
    QHash<QString, Resource> byUuid;
    for (const Resource &row : std::as_const(acting)) {
        byUuid.insert(row.uuid, row);
    }
    connect(parameters, &ActionDialog::submitted, this,
        [this, operation, preview, byUuid, parameters](const ResourceAction &action) {
            BulkPreview refined = preview;
            const BulkSkipRule rule = parameters->bulkSkipRule();
            if (rule) {
                refined.skipWhere([&](const QString &uuid) { return rule(byUuid.value(uuid)); });
            }
            openBulkPreview(operation, refined,
                BulkParameters { action, parameters->bulkBuilder(), parameters->bulkChange() }, rule);
        });
    parameters->open();
}

void ResourceActionsController::openBulkPreview(Operation operation,
    const BulkPreview &preview,
    const std::optional<BulkParameters> &parameters,
    const BulkSkipRule &rule)
{
    if (isBulkRunning()) {
        // One run at a time: its bound on requests in flight is the server's protection.
        m_bulk->show();
        m_bulk->raise();
        Q_EMIT statusMessage(tr("A bulk action is still running; start the next one when it has finished."));
        return;
    }
    if (m_bulk) {
        m_bulk->deleteLater(); // the previous report goes with the next run
    }
    m_bulk = new BulkActionDialog(m_runner, operation, preview, m_window, parameters);
    connect(m_bulk, &BulkActionDialog::statusMessage, this, &ResourceActionsController::statusMessage);
    connect(m_bulk, &BulkActionDialog::runStarted, this, [this] {
        m_bulkReportAction->setEnabled(true);
        m_bulkReportAction->setToolTip(tr("Show the report of the last bulk action again."));
    });
    m_bulkReportAction->setEnabled(false);
    m_bulkReportAction->setToolTip(tr("No bulk action has run yet."));
    // More resources match the filter than are selected (or loaded): all of them can be the targets, unless
    // the parameters were made from each selected row's own values.
    const qint64 total = m_model->totalCount();
    if ((total < 0 || total > preview.items.size()) && !(parameters && parameters->perTarget)) {
        ResourceQuery query = m_model->query();
        query.fields = m_model->rowFields();
        m_bulk->offerAllMatching(m_api, query, total, m_user, rule);
    }
    m_bulk->open();
}

void ResourceActionsController::trigger(Operation operation)
{
    if (actsOnSelection(operation, m_view->selectionModel()->selectedRows().size())) {
        const CurrentUser *user = m_user ? &*m_user : nullptr;
        if (Endpoints::info(operation).staffOnly && (!user || !user->isStaff)) {
            return;
        }
        openBulk(operation);
        return;
    }
    const Resource *current = currentResource();
    const CurrentUser *user = m_user ? &*m_user : nullptr;
    if (!current || !ActionCatalog::availability(operation, current, user).enabled) {
        return;
    }
    const Resource row = *current; // the dialog keeps its own copy; the model may change meanwhile
    switch (ActionCatalog::kind(operation)) {
    case ActionKind::Dialog:
        openDialog(operation, row);
        break;
    case ActionKind::OneClick:
        runOneClick(operation, row);
        break;
    case ActionKind::View:
        ResourceViews::open(operation, m_api, row, m_window);
        break;
    case ActionKind::Table:
        break; // list and retrieve are not menu items
    }
}

void ResourceActionsController::openDialog(Operation operation, const Resource &row)
{
    const QString key = QString(Endpoints::info(operation).name) + QLatin1Char('/') + row.uuid;
    if (ActionDialog *open = m_dialogs.value(key)) {
        open->raise();
        open->activateWindow();
        return;
    }
    ActionDialog *dialog = ActionDialogFactory::create(operation, m_api, row, m_window);
    if (!dialog) {
        return;
    }
    dialog->setObjectName(QStringLiteral("dialog_") + QString(Endpoints::info(operation).name));
    m_dialogs.insert(key, dialog);
    const QString name = row.name;
    connect(dialog, &ActionDialog::submitted, this, [this, dialog](const ResourceAction &action) {
        m_runner->run(
            action, dialog, [dialog](RunOutcome, const Result<ActionOutcome> &result) { dialog->finish(result); });
    });
    connect(dialog, &ActionDialog::succeeded, this,
        [this, dialog](const ActionOutcome &outcome) { Q_EMIT statusMessage(dialog->successMessage(outcome)); });
    connect(dialog, &ActionDialog::resourceGone, this, [this, name](const QString &gone) {
        m_model->removeResource(gone);
        onGone(gone, name);
    });
    connect(dialog, &QObject::destroyed, this, [this, key] { m_dialogs.remove(key); });
    dialog->open();
}

void ResourceActionsController::runOneClick(Operation operation, const Resource &row)
{
    const std::optional<OneClickAction> made = OneClickActions::make(operation, row);
    if (!made) {
        qCWarning(lcActions, "%s is a one-click operation without a question", Endpoints::info(operation).name.data());
        return;
    }
    const OneClickAction &oneClick = *made;
    const QString uuid = row.uuid;
    m_asking.insert(uuid); // no second question for this row until this one is answered
    updateActions();
    ConfirmationHelper::ask(m_window, oneClick.question, this, [this, oneClick, uuid](bool yes) {
        m_asking.remove(uuid);
        if (yes) {
            m_runner->run(
                oneClick.action, this, [this, oneClick](RunOutcome outcome, const Result<ActionOutcome> &result) {
                    switch (outcome) {
                    case RunOutcome::Succeeded:
                        Q_EMIT statusMessage(oneClick.success);
                        break;
                    case RunOutcome::Failed:
                    case RunOutcome::Unknown:
                        Q_EMIT statusMessage(tr("%1: %2").arg(oneClick.failure, result.error.message));
                        ConfirmationHelper::showError(m_window, oneClick.failure, result.error.message);
                        break;
                    case RunOutcome::Gone:
                        break; // the runner removed the row; onGone() says so
                    }
                });
        }
        updateActions();
    });
}

void ResourceActionsController::onGone(const QString &uuid, const QString &name)
{
    Q_EMIT resourceRemoved(uuid);
    Q_EMIT statusMessage(tr("“%1” no longer exists on the server; it was removed from the list.").arg(name));
}

} // namespace wpc
