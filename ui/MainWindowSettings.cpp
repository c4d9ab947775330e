// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's remembered layout: columns, splitter, geometry and the first start's split.
#include "models/ResourceTableModel.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/ResourceTableView.h"
#include "ui/details/ResourceDetailsPane.h"
#include "ui/views/ViewsPanel.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

namespace wpc {

void MainWindow::saveSettings() const
{
    // Nothing is saved while the window is being built (before the saved layout is back) or torn down.
    if (!m_settingsRestored || m_destroying) {
        return;
    }
    QSettings settings;
    settings.beginGroup(m_options.settingsGroup);
    // The column layout is kept under a new key since State moved next to Name.
    settings.setValue(QStringLiteral("columnLayout"), m_table->horizontalHeader()->saveState());
    QStringList shown; // for startModel(), which has no header to read the layout with
    for (Column column : m_model->visibleColumns()) {
        shown << ResourceColumns::key(column);
    }
    settings.setValue(QStringLiteral("visibleColumns"), shown);
    settings.setValue(QStringLiteral("windowGeometry"), isMaximized() ? normalGeometry() : geometry());
    settings.setValue(QStringLiteral("windowMaximized"), isMaximized());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("detailsPaneShown"), m_paneAction->isChecked());
    settings.setValue(QStringLiteral("viewsPanelShown"), !m_views->isHidden());
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
    const QByteArray header = settings.value(QStringLiteral("columnLayout")).toByteArray();
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
    } else {
        m_table->setColumnHidden(static_cast<int>(Column::Flags), true); // drawn in the State cell
    }
    // The views list starts open where it leaves the table and the details pane their room (a laptop's
    // 1280 pixels do not); View ▸ Views and the command palette reach the views either way. Decided before
    // the window is placed, so that a list it will not show does not widen it.
    const bool roomForViews = screen() && screen()->availableGeometry().width() >= kRoomForViewsPanel;
    m_views->setVisible(settings.value(QStringLiteral("viewsPanelShown"), roomForViews).toBool());
    resizeDocks({ m_views }, { kViewsPanelWidth }, Qt::Horizontal);
    placeOnScreen(settings.value(QStringLiteral("windowGeometry")).toRect());
    if (settings.value(QStringLiteral("windowMaximized")).toBool()) {
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray())) {
        splitForFirstStart();
    }
    if (!settings.value(QStringLiteral("detailsPaneShown"), true).toBool()) {
        m_paneAction->setChecked(false); // collapses it
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
    m_settingsRestored = true;
}

// Where the window was (`saved`), moved and shrunk to fit the screen it is on now; or, the first time,
// a comfortable size that fits the screen's free area, centred on it.
void MainWindow::placeOnScreen(const QRect &saved)
{
    const QScreen *display = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
    if (!display) {
        display = screen() ? screen() : QGuiApplication::primaryScreen();
    }
    if (!display) {
        resize(1280, 800);
        return;
    }
    const QRect available = display->availableGeometry();
    if (saved.isValid()) {
        QRect rect(saved.topLeft(), saved.size().boundedTo(available.size()));
        rect.moveLeft(std::clamp(rect.left(), available.left(), available.right() - rect.width() + 1));
        rect.moveTop(std::clamp(rect.top(), available.top(), available.bottom() - rect.height() + 1));
        setGeometry(rect);
        return;
    }
    // A small screen (a laptop, or 1440x900 at 1.5x) gets all of its width: the table and the pane with
    // whole tab names need about 950 pixels side by side.
    // (less a window frame's borders).
    const int width = available.width() < 1200 ? available.width() - 16 : std::min(1440, available.width() * 92 / 100);
    const QSize size(width, std::min(880, available.height() * 90 / 100));
    resize(size.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.center() - rect().center());
}

// The pane as wide as its tabs with their whole names, the table the rest, but never less than it needs to
// show Name and State. The splitter keeps the proportion when the window is resized.
void MainWindow::splitForFirstStart()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int tableNeeds = std::max(m_table->minimumWidth(),
        header->sectionSize(static_cast<int>(Column::Name)) + header->sectionSize(static_cast<int>(Column::State))
            + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth());
    const int paneWants = m_detailsPane->tabs()->tabBar()->sizeHint().width()
        + 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 8;
    const int total = width() - 2 * kSideMargin;
    const int pane = std::min(paneWants, total - tableNeeds - m_splitter->handleWidth());
    if (pane > 0) {
        m_splitter->setSizes({ total - pane - m_splitter->handleWidth(), pane });
    }
}

} // namespace wpc
