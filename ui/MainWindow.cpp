// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "models/ResourcePoller.h"
#include "models/ResourceTableModel.h"
#include "models/api/ProviderResourcesApi.h"
#include "ui/AboutDialog.h"
#include "ui/ErrorBanner.h"
#include "ui/FilterBar.h"
#include "ui/ResourceDetailsDialog.h"
#include "ui/StateBadgeDelegate.h"
#include "ui/actions/ResourceActionsController.h"
#include "ui/details/ResourceDetailsPane.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace wpc {

MainWindow::MainWindow(ProviderResourcesApi *api, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_options(options)
    , m_model(new ResourceTableModel(api, this))
    , m_filters(new FilterBar(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoadAll(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString title = options.demo ? tr("Waldur Provider Console — %1 [DEMO]") : tr("Waldur Provider Console — %1");
    setWindowTitle(title.arg(options.serverLabel));
    resize(1440, 820);

    m_table->setObjectName(QStringLiteral("resourceTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(static_cast<int>(Column::State), new StateBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int widths[ResourceColumns::kCount] = { 220, 160, 170, 170, 110, 112, 165, 95, 120, 165, 120 };
    for (int i = 0; i < ResourceColumns::kCount; ++i) {
        header->resizeSection(i, widths[i]);
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_banner);
    // The details of the current row sit beside the table.
    m_detailsPane = new ResourceDetailsPane(m_api, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailsPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelLoadAll->setObjectName(QStringLiteral("cancelLoadAllButton"));
    m_cancelLoadAll->hide();
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelLoadAll);
    statusBar()->addPermanentWidget(m_userLabel);

    // The Actions menu (and the table's context menu) come before Help.
    m_actions = new ResourceActionsController(m_api, m_model, m_table, this);
    menuBar()->addMenu(m_actions->menu());
    connect(m_actions, &ResourceActionsController::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    buildActions();
    buildColumnMenu();

    connect(m_filters, &FilterBar::filtersChanged, this, &MainWindow::onFiltersChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onSortIndicatorChanged);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) { m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::openDetails);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            const Resource *row = current.isValid() ? m_model->resourceAt(current.row()) : nullptr;
            m_detailsPane->setResource(row ? *row : Resource());
        });
    // The pane is never empty while there are rows: the first one is selected when a list arrives.
    connect(m_model, &ResourceTableModel::firstPageLoaded, this, [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
    });
    // A row changed by an action or a settled poll: the pane re-reads what it shows.
    connect(m_model, &ResourceTableModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
            const int current = m_table->currentIndex().row();
            if (roles == QList<int> { ResourceTableModel::BusyRole } || current < first.row() || current > last.row()) {
                return;
            }
            m_detailsPane->setResource(*m_model->resourceAt(current));
            m_detailsPane->refresh();
        });
    // Rows in Creating, Updating or Terminating are re-read until they settle.
    m_poller = new ResourcePoller(m_api, m_model, this);
    connect(m_poller, &ResourcePoller::pollingChanged, m_model, &ResourceTableModel::setRowBusy);
    connect(m_banner, &ErrorBanner::retryRequested, m_model, &ResourceTableModel::retry);
    connect(m_cancelLoadAll, &QPushButton::clicked, m_model, &ResourceTableModel::cancelLoadAll);
    connect(m_model, &ResourceTableModel::errorOccurred, this, &MainWindow::onModelError);
    connect(m_model, &ResourceTableModel::errorCleared, m_banner, &QWidget::hide);
    connect(m_model, &ResourceTableModel::loadAllProgress, this, &MainWindow::onLoadAllProgress);
    connect(m_model, &ResourceTableModel::loadAllFinished, this, [this] {
        m_progress->hide();
        m_cancelLoadAll->hide();
        m_loadAllAction->setEnabled(true);
        updateCountLabel();
    });
    connect(m_model, &ResourceTableModel::totalCountChanged, this, &MainWindow::updateCountLabel);
    connect(m_model, &ResourceTableModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_model, &ResourceTableModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_model, &ResourceTableModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_model, &ResourceTableModel::loadingChanged, this, &MainWindow::updateCountLabel);
    restoreSettings();
    updateCountLabel();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_refreshAction = toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the list again from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_model->refresh();
        m_detailsPane->refresh();
    });

    m_loadAllAction = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Load all"));
    m_loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAllAction->setToolTip(tr("Load every matching resource instead of a page at a time"));
    connect(m_loadAllAction, &QAction::triggered, this, [this] {
        m_loadAllAction->setEnabled(false);
        m_model->loadAll();
        if (!m_model->isLoadingAll()) {
            m_loadAllAction->setEnabled(true);
        }
    });

    m_detailsAction = toolBar->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Details"));
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_detailsAction->setToolTip(tr("Show every field of the selected resource (Ctrl+I, or double-click a row)"));
    connect(m_detailsAction, &QAction::triggered, this, [this] { openDetails(m_table->currentIndex()); });

    auto *columnsButton = new QToolButton(toolBar);
    columnsButton->setObjectName(QStringLiteral("columnsButton"));
    columnsButton->setText(tr("Columns"));
    columnsButton->setPopupMode(QToolButton::InstantPopup);
    columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_columnMenu = new QMenu(tr("Columns"), this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    columnsButton->setMenu(m_columnMenu);
    toolBar->addWidget(columnsButton);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Waldur Provider Console"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_options.serverUrl, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::buildColumnMenu()
{
    for (Column column : ResourceColumns::all()) {
        QAction *action = m_columnMenu->addAction(ResourceColumns::title(column));
        action->setObjectName(QStringLiteral("columnAction_") + ResourceColumns::key(column));
        action->setCheckable(true);
        action->setChecked(true);
        action->setEnabled(column != Column::Name); // a row needs something to recognise it by
        const int section = static_cast<int>(column);
        action->setData(section);
        connect(action, &QAction::toggled, this, [this, section](bool shown) { setColumnShown(section, shown); });
    }
}

void MainWindow::setColumnShown(int section, bool shown)
{
    m_table->setColumnHidden(section, !shown);
    QList<Column> visible;
    for (Column column : ResourceColumns::all()) {
        if (!m_table->isColumnHidden(static_cast<int>(column))) {
            visible.append(column);
        }
    }
    m_model->setVisibleColumns(visible);
    saveSettings();
}

void MainWindow::start()
{
    // The rows first: the user and the filter pickers can arrive after them.
    m_model->setQuery(m_filters->applyTo(m_initialQuery));
    syncSortIndicator();
    m_api->currentUser(this, [this](const Result<CurrentUser> &result) {
        if (!result.ok()) {
            m_userLabel->setText(tr("Signed-in user unknown"));
            return;
        }
        m_user = result.value;
        m_actions->setCurrentUser(m_user);
        const QString role = m_user.isStaff ? tr("staff") : tr("provider");
        m_userLabel->setText(tr("%1 (%2) at %3").arg(m_user.username, role, m_options.serverLabel));
    });
    m_api->offerings({}, this, [this](const Result<QList<NamedRef>> &result) {
        if (result.ok()) {
            m_filters->setOfferings(result.value);
        }
    });
    m_api->customers({}, this, [this](const Result<QList<NamedRef>> &result) {
        if (result.ok()) {
            m_filters->setCustomers(result.value);
        }
    });
}

void MainWindow::onFiltersChanged()
{
    m_model->setQuery(m_filters->applyTo(m_model->query()));
    saveSettings();
}

void MainWindow::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (m_syncingSort) {
        return;
    }
    m_model->sort(section, order);
    // Columns Waldur cannot sort by keep the previous indicator.
    syncSortIndicator();
    saveSettings();
}

void MainWindow::syncSortIndicator()
{
    m_syncingSort = true;
    const Column column = m_model->sortColumn();
    if (column == Column::Count) {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    } else {
        m_table->horizontalHeader()->setSortIndicator(static_cast<int>(column), m_model->sortOrder());
    }
    m_syncingSort = false;
}

void MainWindow::onModelError(const ApiError &error)
{
    m_banner->showError(error);
    updateCountLabel();
}

void MainWindow::onLoadAllProgress(int loaded, qint64 total)
{
    // setValue() repaints at once, and with it the table: at most ten times a second, or the bar would
    // cost more GUI-thread time than the rows it counts.
    const bool first = !m_progress->isVisible();
    if (!first && m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 100 && loaded < total) {
        return;
    }
    m_progressThrottle.start();
    m_progress->setVisible(true);
    m_cancelLoadAll->setVisible(true);
    m_progress->setRange(0, total > 0 ? static_cast<int>(total) : 0);
    m_progress->setValue(loaded);
    m_progress->setFormat(tr("Loading %v of %m"));
}

void MainWindow::openDetails(const QModelIndex &index)
{
    const Resource *row = index.isValid() ? m_model->resourceAt(index.row()) : nullptr;
    if (!row) {
        return;
    }
    auto *dialog = new ResourceDetailsDialog(m_api, *row, this);
    connect(dialog, &ResourceDetailsDialog::resourceGone, m_model, &ResourceTableModel::removeResource);
    dialog->show();
}

void MainWindow::updateCountLabel()
{
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    QString text;
    if (total < 0 && loaded > 0) {
        // The server sent no usable count: say what is known.
        text = tr("%1 loaded, more on the server").arg(QLocale().toString(loaded));
    } else if (total < 0) {
        text = m_model->isLoading() ? tr("Loading resources…") : tr("No resources loaded");
    } else if (loaded >= total) {
        text = tr("%n resource(s)", nullptr, static_cast<int>(total));
    } else {
        text = tr("%1 of %2 resources").arg(QLocale().toString(loaded), QLocale().toString(total));
    }
    m_countLabel->setText(text);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(m_options.settingsGroup);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("ordering"), m_model->query().ordering);
    m_filters->save(settings);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(m_options.settingsGroup);
    m_filters->restore(settings);
    // Nothing is requested before start(); the saved ordering waits here until then.
    m_initialQuery = m_model->query();
    m_initialQuery.ordering = settings.value(QStringLiteral("ordering"), m_initialQuery.ordering).toString();
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
    }
    QList<Column> visible;
    for (QAction *action : m_columnMenu->actions()) {
        const int section = action->data().toInt();
        const bool shown = section == 0 || !m_table->isColumnHidden(section);
        m_table->setColumnHidden(section, !shown);
        const QSignalBlocker blocker(action);
        action->setChecked(shown);
        if (shown) {
            visible.append(static_cast<Column>(section));
        }
    }
    m_model->setVisibleColumns(visible);
    settings.endGroup();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_poller->setActive(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_poller->setActive(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace wpc
