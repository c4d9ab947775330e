// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions, menus and toolbar: what the window offers and the shortcuts that reach it.
#include "models/ResourcePoller.h"
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/journal/Journal.h"
#include "ui/AboutDialog.h"
#include "ui/AccessKeys.h"
#include "ui/CachedTextDelegate.h"
#include "ui/EmptyStateOverlay.h"
#include "ui/ErrorBanner.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/ResourceDetailsDialog.h"
#include "ui/ResourceTableView.h"
#include "ui/ShortcutsDialog.h"
#include "ui/StateBadgeDelegate.h"
#include "ui/TableClipboard.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/actions/ResourceActionsController.h"
#include "ui/details/HistoryTab.h"
#include "ui/details/ResourceDetailsPane.h"
#include "ui/filters/ServerFilterSources.h"
#include "ui/journal/JournalController.h"
#include "ui/views/CommandPalette.h"
#include "ui/views/OverviewWindow.h"
#include "ui/views/ViewsPanel.h"
#include "ui/widgets/StatusColors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace wpc {

void MainWindow::buildActions()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // File
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *connectTo = fileMenu->addAction(tr("&Connect to…"));
    connectTo->setObjectName(QStringLiteral("connectToAction"));
    connectTo->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    connect(connectTo, &QAction::triggered, this, &MainWindow::connectToRequested);
    m_export = new ExportController(m_api->client(), this, [this] {
        const SavedView view = currentView();
        const QString name = m_views->activeViewName();
        return ExportController::View { view.query, view.columns, name.isEmpty() ? tr("resources") : name };
    });
    fileMenu->addAction(m_export->action());
    connect(m_export, &ExportController::message, this, [this](const QString &text, bool isError) {
        if (isError) {
            m_bannerAction = {};
            m_banner->showMessage(text, false);
        } else {
            statusBar()->showMessage(text, 15000);
        }
    });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty()) {
        quit->setShortcut(Qt::CTRL | Qt::Key_Q); // platforms without a standard Quit key
    }
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Edit
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    m_copyRowsAction = editMenu->addAction(tr("&Copy rows"));
    m_copyRowsAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyRowsAction->setShortcut(QKeySequence::Copy);
    m_copyRowsAction->setToolTip(tr("Copy the selected rows as tab-separated text with a header line"));
    // Ctrl+C copies rows where the rows are; in a text field it copies text as usual.
    m_copyRowsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyRowsAction);
    connect(m_copyRowsAction, &QAction::triggered, this, &MainWindow::copySelectedRows);
    QAction *find = editMenu->addAction(tr("&Find…"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Search by name, slug, UUID or backend ID"));
    connect(find, &QAction::triggered, m_filters, &FilterBar::focusSearch);
    editMenu->addAction(m_filters->moreFiltersAction());
    m_palette = new CommandPalette(this, m_api, m_views);
    m_palette->setJumpToResource([this](const QString &uuid) { jumpToResource(uuid); });
    editMenu->addAction(m_palette->action());

    // View
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu_main"));
    m_refreshAction = toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the list again from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_model->refresh();
        m_detailsPane->refresh();
    });
    viewMenu->addAction(m_refreshAction);

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
    viewMenu->addAction(m_loadAllAction);

    m_detailsAction = toolBar->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Details"));
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_detailsAction->setToolTip(tr("Show every field of the selected resource (Ctrl+I, or double-click a row)"));
    connect(m_detailsAction, &QAction::triggered, this, [this] { openDetails(m_table->currentIndex()); });
    viewMenu->addAction(m_detailsAction);

    m_paneAction = viewMenu->addAction(tr("Details &pane"));
    m_paneAction->setObjectName(QStringLiteral("detailsPaneAction"));
    m_paneAction->setCheckable(true);
    m_paneAction->setChecked(true);
    m_paneAction->setShortcut(Qt::Key_F9);
    m_paneAction->setToolTip(tr("Show or hide the details beside the table (F9)"));
    connect(m_paneAction, &QAction::toggled, this, &MainWindow::setDetailsPaneShown);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_paneAction);
        m_paneAction->setChecked(m_splitter->sizes().value(1) > 0);
    });

    auto *columnsButton = new QToolButton(toolBar);
    columnsButton->setObjectName(QStringLiteral("columnsButton"));
    columnsButton->setText(tr("Columns"));
    columnsButton->setPopupMode(QToolButton::InstantPopup);
    columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_columnMenu = new QMenu(tr("&Columns"), this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    columnsButton->setMenu(m_columnMenu);
    toolBar->addWidget(columnsButton);
    viewMenu->addAction(m_journalUi->showAction());
    QAction *overview = viewMenu->addAction(tr("&Overview"));
    overview->setObjectName(QStringLiteral("overviewAction"));
    overview->setToolTip(tr("Resources per offering and state, as a chart; a click opens them here"));
    connect(overview, &QAction::triggered, this, &MainWindow::showOverview);
    viewMenu->addSeparator();
    viewMenu->addMenu(m_views->menu());
    viewMenu->addMenu(m_columnMenu);

    // Actions: the controller's menu, with the row's identity to copy at its top; it is also the
    // table's context menu.
    QMenu *actions = m_actions->menu();
    QAction *firstAction = actions->actions().value(0);
    m_copyUuidAction = new QAction(tr("Copy UUID"), this);
    m_copyUuidAction->setObjectName(QStringLiteral("copyUuidAction"));
    connect(m_copyUuidAction, &QAction::triggered, this, [this] {
        if (const Resource *row = m_model->resourceAt(m_table->currentIndex().row())) {
            QGuiApplication::clipboard()->setText(row->uuid);
            statusBar()->showMessage(tr("Copied the UUID of “%1”.").arg(row->name), 5000);
        }
    });
    m_copyLinkAction = new QAction(tr("Copy link to Waldur"), this);
    m_copyLinkAction->setObjectName(QStringLiteral("copyLinkAction"));
    m_copyLinkAction->setToolTip(tr("The resource's page in Waldur's web interface"));
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        if (const Resource *row = m_model->resourceAt(m_table->currentIndex().row())) {
            const QUrl link = TableClipboard::homePortLink(QUrl(m_options.serverUrl), *row);
            QGuiApplication::clipboard()->setText(link.toString());
            statusBar()->showMessage(tr("Copied %1").arg(link.toString()), 5000);
        }
    });
    actions->insertActions(firstAction, { m_copyUuidAction, m_copyLinkAction });
    actions->insertSeparator(firstAction);
    connect(actions, &QMenu::aboutToShow, this, &MainWindow::updateCopyActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateCopyActions);
    menuBar()->addMenu(actions);

    // Help
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *aboutAction = helpMenu->addAction(tr("&About Waldur Provider Console"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_options.serverUrl, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // Every menu gets access keys (Alt+letter), the Actions menu's labels again whenever they change.
    for (QMenu *menu : { fileMenu, editMenu, viewMenu, actions, helpMenu }) {
        AccessKeys::keepAssigned(menu);
    }
    updateCopyActions();
}

void MainWindow::updateCopyActions()
{
    const bool row = m_model->resourceAt(m_table->currentIndex().row()) != nullptr;
    m_copyUuidAction->setEnabled(row);
    m_copyLinkAction->setEnabled(row && QUrl(m_options.serverUrl).isValid());
}

void MainWindow::copySelectedRows()
{
    if (m_model->rowCount() == 0) {
        return;
    }
    const int rows = std::max<int>(1, int(m_table->selectionModel()->selectedRows().size()));
    QGuiApplication::clipboard()->setText(TableClipboard::selectedRowsAsText(m_table));
    statusBar()->showMessage(tr("Copied %Ln row(s) as tab-separated text.", nullptr, rows), 5000);
}

void MainWindow::showShortcuts()
{
    // Keys that belong to widgets rather than to menu items, listed here by hand and nowhere else.
    const QList<std::pair<QString, QString>> extra {
        { tr("Clear the search"), tr("Escape in the search box") },
        { tr("Open every field of a resource"), tr("Enter or double-click on a row") },
        { tr("Next control; leave the table"), tr("Tab, Shift+Tab") },
        { tr("Open a date's calendar"), tr("Alt+Down in a date field") },
    };
    auto *dialog = new ShortcutsDialog(menuBar(), extra, this);
    dialog->show();
}

void MainWindow::buildColumnMenu()
{
    for (Column column : ResourceColumns::all()) {
        QAction *action = m_columnMenu->addAction(ResourceColumns::title(column));
        action->setObjectName(QStringLiteral("columnAction_") + ResourceColumns::key(column));
        action->setCheckable(true);
        action->setChecked(true);
        action->setEnabled(column != Column::Name); // a row needs something to recognise it by
        if (column == Column::Name) {
            action->setToolTip(tr("The name stays: a row needs something to recognise it by"));
        }
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

} // namespace wpc
