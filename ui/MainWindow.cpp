// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

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

namespace {
// The columns saveSettings() lists as shown; false when the settings do not say.
bool savedColumns(const QSettings &settings, QList<Column> *columns)
{
    if (!settings.contains(QStringLiteral("columnLayout"))) {
        *columns = ResourceColumns::defaultVisible(); // a first start: what restoreSettings() shows then
        return true;
    }
    if (!settings.contains(QStringLiteral("visibleColumns"))) {
        return false; // saved by a version that did not list them
    }
    for (const QString &key : settings.value(QStringLiteral("visibleColumns")).toStringList()) {
        if (const Column column = ResourceColumns::fromKey(key); column != Column::Count) {
            columns->append(column);
        }
    }
    return !columns->isEmpty();
}

// Two queries for the same rows: the field set is the model's own.
bool sameRows(ResourceQuery a, ResourceQuery b)
{
    a.fields.clear();
    b.fields.clear();
    return a == b;
}
} // namespace

std::unique_ptr<ResourceTableModel> MainWindow::startModel(ProviderResourcesApi *api, const Options &options)
{
    auto model = std::make_unique<ResourceTableModel>(api);
    QSettings settings;
    settings.beginGroup(options.settingsGroup);
    QList<Column> columns;
    if (!savedColumns(settings, &columns)) {
        return model;
    }
    // Columns that need fields the model's default set lacks would make setVisibleColumns() ask for a page
    // with the default query first; those the window's start() asks for, as without this.
    const QStringList defaultFields = ResourceColumns::fieldsFor(model->visibleColumns());
    for (const QString &field : ResourceColumns::fieldsFor(columns)) {
        if (!defaultFields.contains(field)) {
            return model;
        }
    }
    model->setVisibleColumns(columns);
    ResourceQuery query = FilterBar::restoredQuery(settings);
    query.ordering = settings.value(QStringLiteral("ordering"), model->query().ordering).toString();
    model->setQuery(query);
    return model;
}

MainWindow::MainWindow(ProviderResourcesApi *api, const Options &options, QWidget *parent)
    : MainWindow(api, options, nullptr, parent)
{
}

MainWindow::MainWindow(
    ProviderResourcesApi *api, const Options &options, std::unique_ptr<ResourceTableModel> model, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_options(options)
    , m_model(model ? model.release() : new ResourceTableModel(api))
    , m_filters(new FilterBar(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new ResourceTableView(this))
    , m_countLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_staleLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_journalLabel(new QLabel(tr("Journal unavailable"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoadAll(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model->setParent(this);
    m_modelStarted = m_model->isLoading();
    const QString place = options.profileName.isEmpty() ? options.serverLabel : options.profileName;
    const QString title = options.demo ? tr("%1 [DEMO] — Waldur Provider Console") : tr("%1 — Waldur Provider Console");
    setWindowTitle(title.arg(place));

    m_table->setObjectName(QStringLiteral("resourceTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::State), new StateBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Name, State (badge and flags), Offering, Customer, Project, Category, Created, End date, Backend ID,
    // Last sync, Flags.
    const int widths[ResourceColumns::kCount] = { 220, 150, 160, 170, 170, 110, 150, 95, 120, 150, 120 };
    for (int i = 0; i < ResourceColumns::kCount; ++i) {
        header->resizeSection(i, widths[i]);
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(kSideMargin, 6, kSideMargin, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_banner);
    // The details of the current row sit beside the table.
    m_detailsPane = new ResourceDetailsPane(m_api, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailsPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    // The pane can be collapsed (View ▸ Details pane, F9, or by dragging); the table never is.
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    m_table->setMinimumWidth(320);
    m_detailsPane->setMinimumWidth(300);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_emptyState = new EmptyStateOverlay(m_table);
    connect(m_emptyState, &EmptyStateOverlay::buttonClicked, m_filters, &FilterBar::clear);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    // Status texts never widen the window: they are cut off (with the whole text as tooltip) instead.
    for (QLabel *label : { m_countLabel, m_selectionLabel, m_staleLabel, m_userLabel }) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(60);
    }
    // The user label on the right is only as wide as its text: a status message takes the space left of it.
    m_userLabel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_selectionLabel->hide();
    m_staleLabel->hide();
    StatusColors::applyText(m_staleLabel, StatusColors::Role::Warning);
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelLoadAll->setObjectName(QStringLiteral("cancelLoadAllButton"));
    m_cancelLoadAll->hide();
    statusBar()->addWidget(m_countLabel, 2);
    statusBar()->addWidget(m_selectionLabel, 2);
    statusBar()->addWidget(m_staleLabel, 3);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelLoadAll);
    m_journalLabel->setObjectName(QStringLiteral("journalLabel"));
    StatusColors::applyText(m_journalLabel, StatusColors::Role::Warning);
    m_journalLabel->hide();
    statusBar()->addPermanentWidget(m_journalLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    m_actions = new ResourceActionsController(m_api, m_model, m_table, this);
    openJournal();
    connect(m_actions, &ResourceActionsController::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_views = new ViewsPanel(
        m_api->client(), m_options.settingsGroup, [this] { return currentView(); }, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_views);
    connect(m_views, &ViewsPanel::openRequested, this, &MainWindow::openView);
    connect(m_actions, &ResourceActionsController::resourceRefreshed, m_views, &ViewsPanel::noteChange);
    connect(m_actions, &ResourceActionsController::resourceRemoved, m_views, &ViewsPanel::noteChange);
    buildActions();
    buildColumnMenu();

    connect(m_filters, &FilterBar::filtersChanged, this, &MainWindow::onFiltersChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onSortIndicatorChanged);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) { m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::openDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSelectionLabel);
    // A reset (new filters, a refresh) leaves no current row, without a signal: the pane follows.
    connect(m_model, &ResourceTableModel::modelReset, this, [this] { showCurrentRow(m_table->currentIndex()); });
    connect(m_model, &ResourceTableModel::rowsRemoved, this, [this] { showCurrentRow(m_table->currentIndex()); });
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
    connect(m_poller, &ResourcePoller::pollingChanged, m_model, &ResourceTableModel::setRowsBusy);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_bannerAction) {
            const std::function<void()> action = std::exchange(m_bannerAction, {});
            m_banner->hide();
            action();
        } else if (m_signedOut) {
            Q_EMIT signInRequested();
        } else {
            m_model->retry();
        }
    });
    // When the list loads again after a failure, so do the pane's tabs that failed with it.
    connect(m_model, &ResourceTableModel::firstPageLoaded, m_detailsPane, &ResourceDetailsPane::retryFailed);
    connect(m_model, &ResourceTableModel::staleChanged, this, &MainWindow::updateStaleState);
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
    connect(m_model, &ResourceTableModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &ResourceTableModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &ResourceTableModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &ResourceTableModel::loadingChanged, this, &MainWindow::updateEmptyState);
    connect(m_model, &ResourceTableModel::errorOccurred, this, &MainWindow::updateEmptyState);
    restoreSettings();
    updateCountLabel();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this and may still signal (a menu hiding, a header going away): what
    // they would save now is not the user's layout.
    m_destroying = true;
}

void MainWindow::setDetailsPaneShown(bool shown)
{
    QList<int> sizes = m_splitter->sizes();
    if (shown && sizes.value(1) == 0) {
        const int total = sizes.value(0) + sizes.value(1);
        sizes = { total - std::max(m_detailsPane->minimumWidth(), total / 3),
            std::max(m_detailsPane->minimumWidth(), total / 3) };
    } else if (!shown) {
        sizes = { sizes.value(0) + sizes.value(1), 0 };
    }
    m_splitter->setSizes(sizes);
}

void MainWindow::showCurrentRow(const QModelIndex &current)
{
    const Resource *row = current.isValid() ? m_model->resourceAt(current.row()) : nullptr;
    m_detailsPane->setResource(row ? *row : Resource());
}

void MainWindow::updateSelectionLabel()
{
    // Which actions take the whole selection and which only the current row.
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    const Resource *current = m_model->resourceAt(m_table->currentIndex().row());
    if (selected > 1 && current) {
        m_selectionLabel->setText(tr("%Ln selected — the actions marked “selected” act on all of them; the "
                                     "others on “%1” only",
            nullptr, int(selected))
                                      .arg(current->name));
    } else {
        m_selectionLabel->clear();
    }
    m_selectionLabel->setToolTip(m_selectionLabel->text());
    m_selectionLabel->setVisible(selected > 1);
}

void MainWindow::updateStaleState(bool stale)
{
    if (stale) {
        const QString when = QLocale().toString(m_model->loadedAt().time(), QLocale::ShortFormat);
        m_staleLabel->setText(tr("Showing the rows loaded at %1: refreshing failed").arg(when));
    }
    m_staleLabel->setToolTip(m_staleLabel->text());
    m_staleLabel->setVisible(stale);
    // Stale rows are drawn in the disabled text colour, so that they are not mistaken for current ones.
    QPalette palette = m_table->palette();
    palette.setColor(QPalette::Active, QPalette::Text,
        stale ? palette.color(QPalette::Disabled, QPalette::Text)
              : QApplication::palette(m_table).color(QPalette::Active, QPalette::Text));
    palette.setColor(QPalette::Inactive, QPalette::Text, palette.color(QPalette::Active, QPalette::Text));
    m_table->setPalette(palette);
    m_table->setProperty("stale", stale);
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && !m_model->lastError().isError()
        && m_model->totalCount() == 0;
    if (!empty) {
        m_emptyState->hide();
        return;
    }
    if (m_filters->hasActiveFilters()) {
        m_emptyState->showMessage(tr("No resources match these filters."), tr("Clear filters"));
    } else {
        m_emptyState->showMessage(tr("No resources yet: nothing has been ordered from your offerings."));
    }
}

SavedView MainWindow::currentView() const
{
    SavedView view;
    view.query = m_model->query();
    view.query.fields.clear();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (!header->isSectionHidden(section)) {
            view.columns << ResourceTableModel::columnAt(section);
        }
    }
    return view;
}

void MainWindow::openView(const SavedView &view)
{
    if (!view.columns.isEmpty()) {
        QHeaderView *header = m_table->horizontalHeader();
        for (QAction *action : m_columnMenu->actions()) {
            const int section = action->data().toInt();
            const bool shown = section == 0 || view.columns.contains(ResourceTableModel::columnAt(section));
            m_table->setColumnHidden(section, !shown);
            const QSignalBlocker blocker(action);
            action->setChecked(shown);
        }
        for (int visual = 0; visual < view.columns.size(); ++visual) {
            header->moveSection(header->visualIndex(static_cast<int>(view.columns.at(visual))), visual);
        }
        m_model->setVisibleColumns(view.columns);
    }
    m_filters->setQuery(view.query);
    m_model->setQuery(m_filters->applyTo(view.query));
    syncSortIndicator();
    saveSettings();
    checkOfferingsOf(view);
}

// Waldur answers a filter on an offering that no longer exists with no rows at all, which would read as
// "nothing here": each offering a view names is looked up, and one that is gone is said so.
void MainWindow::checkOfferingsOf(const SavedView &view)
{
    for (const QString &uuid : view.query.offeringUuids) {
        m_api->providerOffering(uuid, this, [this, view, uuid](const Result<NamedRef> &result) {
            if (result.ok() || result.error.httpStatus != 404
                || m_model->query().offeringUuids != view.query.offeringUuids) {
                return; // it exists, the server failed otherwise (the table says so), or another view is open
            }
            m_bannerAction = [this, view, uuid] {
                ResourceQuery query = m_model->query();
                query.offeringUuids.removeAll(uuid);
                m_filters->setQuery(query);
                m_model->setQuery(m_filters->applyTo(query));
                saveSettings();
                if (!view.builtIn) {
                    m_views->updateView(view.id);
                }
            };
            m_banner->showMessage(tr("The view “%1” filters on an offering that no longer exists (%2), so it shows "
                                     "nothing. Remove that offering from the view to see the rest.")
                                      .arg(view.name, uuid),
                true, tr("Remove it from the view"));
        });
    }
}

void MainWindow::showOverview()
{
    if (!m_overview) {
        m_overview = new OverviewWindow(m_api, this);
        connect(m_overview, &OverviewWindow::openRequested, this, [this](const QString &offering, ResourceState state) {
            ResourceQuery query = m_model->query();
            query.offeringUuids = { offering };
            query.states = { state };
            m_filters->setQuery(query);
            m_model->setQuery(m_filters->applyTo(query));
            saveSettings();
            activateWindow();
            raise();
        });
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    m_overview->reload();
}

void MainWindow::jumpToResource(const QString &uuid)
{
    const auto select = [this](int row) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        m_table->setFocus(Qt::OtherFocusReason);
    };
    if (const int row = m_model->rowOf(uuid); row >= 0) {
        select(row);
        return;
    }
    // Not among the rows shown: the search narrows the table to it (in any state), and it is selected.
    ResourceQuery query = m_model->query();
    query.states.clear();
    query.search = uuid;
    m_filters->setQuery(query);
    auto *once = new QObject(this);
    connect(m_model, &ResourceTableModel::firstPageLoaded, once, [this, once, uuid, select] {
        once->deleteLater();
        if (const int row = m_model->rowOf(uuid); row >= 0) {
            select(row);
        }
    });
    m_model->setQuery(m_filters->applyTo(query));
    saveSettings();
}

void MainWindow::openJournal()
{
    if (!m_options.journalPath.isEmpty()) {
        m_journal = new Journal(m_options.journalPath, this);
        connect(m_journal, &Journal::unavailable, this, [this](const QString &problem) {
            // Said once, and kept in sight: the user's changes are not held up by it.
            const QString text
                = tr("The journal is unavailable (%1): changes still go through, but are not recorded.").arg(problem);
            m_journalLabel->setToolTip(text + QLatin1Char('\n') + m_journal->path());
            m_journalLabel->show();
            statusBar()->showMessage(text, 15000);
        });
    }
    m_journalUi = new JournalController(m_journal, m_actions->runner(), m_api, this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(2, m_journalUi->unknownBar());
    connect(m_journalUi, &JournalController::changed, m_detailsPane->historyTab(), &HistoryTab::refresh);
    if (m_journal) {
        m_journal->open();
    }
}

void MainWindow::start()
{
    // The rows first: the user and the filter pickers can arrive after them. A model from startModel() has
    // asked already, unless the filters shown here came out differently.
    const ResourceQuery query = m_filters->applyTo(m_initialQuery);
    if (!std::exchange(m_modelStarted, false) || !sameRows(query, m_model->query())) {
        m_model->setQuery(query);
    }
    syncSortIndicator();
    m_api->currentUser(this, [this](const Result<CurrentUser> &result) {
        if (!result.ok()) {
            m_userLabel->setText(tr("Signed-in user unknown"));
            return;
        }
        m_user = result.value;
        m_actions->setCurrentUser(m_user);
        m_journalUi->signIn(m_options.serverUrl, m_user.username);
        m_detailsPane->setJournal(m_journal, m_options.serverUrl, m_user.username);
        const QString role = m_user.isStaff ? tr("staff") : tr("provider");
        m_userLabel->setText(tr("%1 (%2) at %3").arg(m_user.username, role, m_options.serverLabel));
        if (!m_options.profileName.isEmpty()) {
            m_userLabel->setText(tr("%1 (%2) · %3").arg(m_user.username, role, m_options.profileName));
            m_userLabel->setToolTip(m_options.serverUrl);
            const QString title = m_options.demo ? tr("%1 [DEMO] — %2 — Waldur Provider Console")
                                                 : tr("%1 — %2 — Waldur Provider Console");
            setWindowTitle(title.arg(m_options.profileName, m_user.username));
        }
    });
    connect(m_api->client(), &ApiClient::signedIn, this, [this] {
        // Whatever failed while signed out is loaded again with the new token.
        if (m_signedOut || m_banner->isVisible()) {
            m_signedOut = false;
            m_banner->hide();
            m_model->retry();
        }
    });
    m_filters->setSources(serverFilterSources(m_api, m_options.settingsGroup, this));
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
    // The saved column layout brings its sort indicator back before start(): the saved ordering is in the
    // first query already, and nothing is asked for before start().
    if (m_syncingSort || !m_settingsRestored) {
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

bool MainWindow::isBulkRunning() const
{
    return m_actions->isBulkRunning();
}

void MainWindow::showSignedOut(const QString &message)
{
    m_signedOut = true;
    m_bannerAction = {};
    m_banner->showMessage(message + QLatin1Char(' ')
            + tr("Nothing is loaded or changed until you sign in again; what is shown stays as it was."),
        true, tr("Sign in…"));
    updateCountLabel();
}

void MainWindow::onModelError(const ApiError &error)
{
    QString text = error.message;
    if (error.kind == ApiError::Kind::Unauthorized) {
        showSignedOut(text);
        return;
    }
    m_signedOut = false;
    m_bannerAction = {};
    if (m_model->isStale()) {
        text += QLatin1Char(' ')
            + tr("The rows shown were loaded at %1.")
                  .arg(QLocale().toString(m_model->loadedAt().time(), QLocale::ShortFormat));
    }
    m_banner->showMessage(text, true);
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
    // The numbers as the count beside it writes them, and a bar wide enough for them at any font size.
    const QLocale locale;
    m_progress->setFormat(tr("Loading %1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    const int needed = m_progress->fontMetrics().horizontalAdvance(
                           tr("Loading %1 of %2").arg(locale.toString(total), locale.toString(total)))
        + m_progress->fontMetrics().averageCharWidth() * 4;
    if (m_progress->minimumWidth() < needed) {
        m_progress->setMinimumWidth(needed);
        m_progress->setMaximumWidth(std::max(m_progress->maximumWidth(), needed));
    }
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
        text = tr("%Ln resource(s)", nullptr, static_cast<int>(total));
    } else {
        // "1,000 of 5,000 resources": one number format, with the plural the total needs.
        text = tr("%1 of %Ln resource(s)", nullptr, static_cast<int>(total)).arg(QLocale().toString(loaded));
    }
    m_countLabel->setText(text);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_poller->setActive(true);
    m_views->setActive(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_poller->setActive(false);
    m_views->setActive(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_actions->isBulkRunning()) {
        // Never closed under a bulk run: the requests sent are answered and reported first.
        event->ignore();
        if (m_askingToClose) {
            return;
        }
        m_askingToClose = true;
        ConfirmationHelper::Question question;
        question.title = tr("Stop the bulk action?");
        question.text = tr("A bulk action is still sending requests. Stop it and close the window?");
        question.informativeText = tr("Nothing more is sent; the requests already sent finish first.");
        question.acceptText = tr("Stop and close");
        ConfirmationHelper::ask(this, question, this, [this](bool stop) {
            m_askingToClose = false;
            if (stop) {
                m_actions->stopBulkRun([this] { close(); });
            }
        });
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace wpc
