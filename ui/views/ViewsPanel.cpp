// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/ViewsPanel.h"

#include "models/views/ViewCounter.h"
#include "ui/views/ViewNameDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wpc {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

ViewsPanel::ViewsPanel(
    ApiClient *client, const QString &settingsGroup, std::function<SavedView()> currentView, QWidget *parent)
    : QDockWidget(tr("Views"), parent)
    , m_store(settingsGroup)
    , m_counter(new ViewCounter(client, this))
    , m_currentView(std::move(currentView))
    , m_list(new QTreeWidget(this))
    , m_menu(new QMenu(tr("&Views"), this))
    , m_saveAction(new QAction(tr("&Save view…"), this))
    , m_updateAction(new QAction(tr("&Update view"), this))
    , m_renameAction(new QAction(tr("&Rename view…"), this))
    , m_deleteAction(new QAction(tr("&Delete view…"), this))
    , m_timer(new QTimer(this))
    , m_afterChange(new QTimer(this))
{
    setObjectName(QStringLiteral("viewsPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    toggleViewAction()->setText(tr("Views &panel"));
    toggleViewAction()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list->setObjectName(QStringLiteral("viewsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    auto *save = new QToolButton(body);
    save->setObjectName(QStringLiteral("saveViewButton"));
    save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(save);
    setWidget(body);

    connect(m_list, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { open(item->data(0, kIdRole).toString()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { open(item->data(0, kIdRole).toString()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ViewsPanel::showContextMenu);
    connect(m_counter, &ViewCounter::counted, this, &ViewsPanel::showCount);
    connect(m_counter, &ViewCounter::failed, this, [this](const QString &id, const QString &message) {
        if (QTreeWidgetItem *item = itemOf(id)) {
            item->setText(1, QStringLiteral("?"));
            item->setToolTip(1, tr("Could not count: %1").arg(message));
        }
    });
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ViewsPanel::refreshCounts);
    m_afterChange->setSingleShot(true);
    m_afterChange->setInterval(kAfterChangeMs);
    connect(m_afterChange, &QTimer::timeout, this, &ViewsPanel::refreshCounts);

    m_saveAction->setObjectName(QStringLiteral("saveViewAction"));
    m_saveAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_saveAction->setToolTip(tr("Keep the current filters, search, sort and columns under a name"));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        askName(tr("Save view"), QString(), QString(), [this](const QString &name) { saveCurrentAs(name); });
    });
    m_updateAction->setObjectName(QStringLiteral("updateViewAction"));
    connect(m_updateAction, &QAction::triggered, this, [this] { updateView(m_activeId); });
    m_renameAction->setObjectName(QStringLiteral("renameViewAction"));
    connect(m_renameAction, &QAction::triggered, this, [this] { askRename(m_activeId); });
    m_deleteAction->setObjectName(QStringLiteral("deleteViewAction"));
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteView(m_activeId); });
    save->setDefaultAction(m_saveAction);
    rebuild();
}

void ViewsPanel::rebuild()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, kIdRole).toString() : m_activeId;
    m_list->clear();
    for (const SavedView &view : m_store.views()) {
        auto *item = new QTreeWidgetItem(m_list, { view.name, QString() });
        item->setData(0, kIdRole, view.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, view.builtIn ? tr("Built in: %1").arg(view.name) : view.name);
        showCount(view.id);
        if (view.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    rebuildMenu();
}

void ViewsPanel::rebuildMenu()
{
    m_menu->clear();
    int number = 0;
    for (const SavedView &view : m_store.views()) {
        QAction *action = m_menu->addAction(view.name, this, [this, id = view.id] { open(id); });
        action->setObjectName(QStringLiteral("viewAction_") + view.id);
        action->setCheckable(true);
        action->setChecked(view.id == m_activeId);
        if (++number <= 9) {
            action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_0 + number)));
        }
    }
    m_menu->addSeparator();
    const std::optional<SavedView> active = m_store.find(m_activeId);
    const bool own = isOwnView(m_activeId);
    m_menu->addAction(m_saveAction);
    m_updateAction->setText(own ? tr("&Update “%1”").arg(active->name) : tr("&Update view"));
    const QString why = tr("Open a view of your own first; built-in views stay as they are");
    m_updateAction->setToolTip(own ? tr("Keep the current filters and columns in the open view") : why);
    m_renameAction->setToolTip(own ? tr("Give the open view another name") : why);
    m_deleteAction->setToolTip(own ? tr("Delete the open view; the resources stay as they are") : why);
    for (QAction *action : { m_updateAction, m_renameAction, m_deleteAction }) {
        action->setEnabled(own);
        m_menu->addAction(action);
    }
    m_menu->addSeparator();
    m_menu->addAction(toggleViewAction());
}

QString ViewsPanel::activeViewName() const
{
    const std::optional<SavedView> view = m_store.find(m_activeId);
    return view ? view->name : QString();
}

qint64 ViewsPanel::countOf(const QString &id) const
{
    return m_counter->lastCount(id);
}

bool ViewsPanel::isMarkedChanged(const QString &id) const
{
    const std::optional<SavedView> view = m_store.find(id);
    const qint64 count = m_counter->lastCount(id);
    return view && view->seenCount >= 0 && count >= 0 && count != view->seenCount && id != m_activeId;
}

void ViewsPanel::showCount(const QString &id)
{
    QTreeWidgetItem *item = itemOf(id);
    const qint64 count = m_counter->lastCount(id);
    if (!item || count < 0) {
        return;
    }
    if (id == m_activeId) {
        m_store.markSeen(id, count); // seen as it changes, while it is open
    }
    const bool changed = isMarkedChanged(id);
    const QString number = QLocale().toString(count);
    item->setText(1, changed ? QStringLiteral("● ") + number : number);
    QFont font = m_list->font();
    font.setBold(changed);
    item->setFont(0, font);
    item->setFont(1, font);
    const std::optional<SavedView> view = m_store.find(id);
    item->setToolTip(1,
        changed ? tr("%1 now; %2 when you last opened it").arg(number, QLocale().toString(view->seenCount))
                : tr("%Ln resource(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

void ViewsPanel::open(const QString &id)
{
    const std::optional<SavedView> view = m_store.find(id);
    if (!view) {
        return;
    }
    m_activeId = id;
    if (const qint64 count = m_counter->lastCount(id); count >= 0) {
        m_store.markSeen(id, count);
    }
    if (QTreeWidgetItem *item = itemOf(id)) {
        m_list->setCurrentItem(item);
    }
    showCount(id);
    rebuildMenu();
    Q_EMIT openRequested(*view);
}

void ViewsPanel::saveCurrentAs(const QString &name)
{
    if (!m_store.problemWithName(name).isEmpty()) {
        return;
    }
    SavedView view = m_currentView();
    view.id.clear();
    view.name = name;
    view = m_store.save(view);
    m_activeId = view.id;
    rebuild();
    m_counter->count(view.id, view.query);
}

bool ViewsPanel::isOwnView(const QString &id) const
{
    const std::optional<SavedView> view = m_store.find(id);
    return view && !view->builtIn;
}

void ViewsPanel::askRename(const QString &id)
{
    if (const std::optional<SavedView> view = m_store.find(id); view && !view->builtIn) {
        askName(tr("Rename view"), view->name, view->id, [this, id](const QString &name) { renameView(id, name); });
    }
}

void ViewsPanel::updateView(const QString &id)
{
    std::optional<SavedView> view = m_store.find(id);
    if (!view || view->builtIn) {
        return;
    }
    const SavedView current = m_currentView();
    view->query = current.query;
    view->columns = current.columns;
    m_store.save(*view);
    m_counter->count(view->id, view->query);
}

void ViewsPanel::renameView(const QString &id, const QString &name)
{
    std::optional<SavedView> view = m_store.find(id);
    if (!view || view->builtIn || !m_store.problemWithName(name, id).isEmpty()) {
        return;
    }
    view->name = name;
    m_store.save(*view);
    rebuild();
}

void ViewsPanel::deleteView(const QString &id)
{
    const std::optional<SavedView> view = m_store.find(id);
    if (!view || view->builtIn) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete view"),
        tr("Delete the view “%1”? The resources stay as they are.").arg(view->name), QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Delete view"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, id] {
        m_store.remove(id);
        if (m_activeId == id) {
            m_activeId.clear();
        }
        rebuild();
    });
    box->open();
}

void ViewsPanel::setActive(bool active)
{
    m_active = active;
    if (active) {
        refreshCounts();
        m_timer->start();
    } else {
        m_timer->stop();
        m_afterChange->stop();
        m_counter->cancelAll(); // counted again when shown
    }
}

void ViewsPanel::refreshCounts()
{
    if (!m_active) {
        return;
    }
    for (const SavedView &view : m_store.views()) {
        m_counter->count(view.id, view.query);
    }
}

void ViewsPanel::noteChange()
{
    if (m_active) {
        m_afterChange->start();
    }
}

void ViewsPanel::askName(
    const QString &title, const QString &initial, const QString &exceptId, std::function<void(const QString &)> then)
{
    auto *dialog = new ViewNameDialog(
        title, initial, [this, exceptId](const QString &name) { return m_store.problemWithName(name, exceptId); },
        this);
    connect(dialog, &ViewNameDialog::nameChosen, this, std::move(then));
    dialog->open();
}

void ViewsPanel::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_list->itemAt(position);
    if (!item) {
        return;
    }
    const QString id = item->data(0, kIdRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open"), this, [this, id] { open(id); });
    menu->addSeparator();
    const bool own = isOwnView(id);
    menu->addAction(tr("&Update with the current filters"), this, [this, id] { updateView(id); })->setEnabled(own);
    menu->addAction(tr("&Rename…"), this, [this, id] { askRename(id); })->setEnabled(own);
    menu->addAction(tr("&Delete…"), this, [this, id] { deleteView(id); })->setEnabled(own);
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

QTreeWidgetItem *ViewsPanel::itemOf(const QString &id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == id) {
            return m_list->topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace wpc
