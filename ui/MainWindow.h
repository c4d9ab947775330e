// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "models/domain/Entities.h"
#include "models/views/SavedView.h"
#include "ui/views/ExportController.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace wpc {

class EmptyStateOverlay;
class ErrorBanner;
class FilterBar;
class Journal;
class JournalController;
class ProviderResourcesApi;
class ResourceActionsController;
class ResourceDetailsPane;
class ResourcePoller;
class ResourceTableModel;
class ViewsPanel;
class CommandPalette;
class OverviewWindow;
struct ApiError;

// The console's one window: filters, the resource table that pages through the server, a status bar
// that counts what is loaded, and a banner for failures. It owns the table model; the API object is
// the composition root's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString serverLabel; // host shown in the title
        QString serverUrl; // the whole address, for About
        bool demo = false;
        QString settingsGroup = QStringLiteral("main"); // tests use their own
        QString journalPath = QString(); // the journal's database; empty: changes are not journaled
        QString profileName = QString(); // the connection profile, shown in the title and the status bar
    };

    // A first start shows the views list beside the table on a screen at least this wide.
    static constexpr int kRoomForViewsPanel = 1600;
    static constexpr int kViewsPanelWidth = 200; // its first width; the user may drag it

    MainWindow(ProviderResourcesApi *api, const Options &options, QWidget *parent = nullptr);
    // With the model startModel() made for the same options: start() does not ask again for what it asked.
    MainWindow(ProviderResourcesApi *api,
        const Options &options,
        std::unique_ptr<ResourceTableModel> model,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The table's model for a window with these options, its first page already asked for with the filters,
    // order and columns the window restores from its settings: made before the window, the request is on
    // its way while the window is built. Not started (the window's start() asks) when the settings do not
    // say which columns are shown.
    static std::unique_ptr<ResourceTableModel> startModel(ProviderResourcesApi *api, const Options &options);

    ResourceTableModel *model() const
    {
        return m_model;
    }
    ResourceDetailsPane *detailsPane() const
    {
        return m_detailsPane;
    }
    QTableView *table() const
    {
        return m_table;
    }
    CurrentUser currentUser() const
    {
        return m_user;
    }
    // Starts loading: the current user, the filter pickers and the first page.
    void start();
    bool isBulkRunning() const;
    // The banner's "Sign in…" after the user declined the sign-in prompt.
    void showSignedOut(const QString &message);
    SavedView currentView() const; // the filters, search, sort and columns shown, as an unnamed view
    void openView(const SavedView &view); // as the views list, the palette and the overview open one

Q_SIGNALS:
    // File ▸ Connect to…
    void connectToRequested();
    // The banner's "Sign in…": the user wants the sign-in prompt back.
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static constexpr int kSideMargin = 8; // left and right of the filter bar, table and pane

    void openJournal();
    void buildActions();
    void buildColumnMenu();
    void checkOfferingsOf(const SavedView &view);
    void jumpToResource(const QString &uuid); // the command palette's resource entries
    void showOverview();
    void updateCopyActions();
    void copySelectedRows();
    void showShortcuts();
    void setDetailsPaneShown(bool shown);
    void showCurrentRow(const QModelIndex &current);
    void updateSelectionLabel();
    void updateStaleState(bool stale);
    void updateEmptyState();
    void placeOnScreen(const QRect &saved = {});
    void splitForFirstStart();
    void onFiltersChanged();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void onModelError(const ApiError &error);
    void onLoadAllProgress(int loaded, qint64 total);
    void setColumnShown(int section, bool shown);
    void openDetails(const QModelIndex &index);
    void updateCountLabel();
    void syncSortIndicator();
    void saveSettings() const;
    void restoreSettings();

    ProviderResourcesApi *m_api;
    Options m_options;
    ResourceTableModel *m_model;
    FilterBar *m_filters;
    ErrorBanner *m_banner;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    QLabel *m_staleLabel;
    QLabel *m_userLabel;
    QLabel *m_journalLabel; // shown while the journal is unavailable
    Journal *m_journal = nullptr;
    JournalController *m_journalUi = nullptr;
    ExportController *m_export = nullptr;
    ViewsPanel *m_views = nullptr;
    CommandPalette *m_palette = nullptr;
    OverviewWindow *m_overview = nullptr;
    std::function<void()> m_bannerAction; // what the banner's button does when it is not Retry or Sign in
    QProgressBar *m_progress;
    QPushButton *m_cancelLoadAll;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_paneAction = nullptr;
    QAction *m_copyRowsAction = nullptr;
    QAction *m_copyUuidAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QSplitter *m_splitter = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;
    QMenu *m_columnMenu = nullptr;
    ResourceActionsController *m_actions = nullptr;
    ResourceDetailsPane *m_detailsPane = nullptr;
    ResourcePoller *m_poller = nullptr;
    CurrentUser m_user;
    ResourceQuery m_initialQuery;
    bool m_modelStarted = false; // the model came from startModel() and start() has not run yet
    bool m_syncingSort = false;
    bool m_askingToClose = false; // the "stop the bulk action?" question is on screen
    bool m_destroying = false;
    bool m_settingsRestored = false;
    bool m_signedOut = false; // the banner's button asks for the sign-in prompt, not a retry
    QElapsedTimer m_progressThrottle;
};

} // namespace wpc
