// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CommandPalette.h"

#include "models/api/ProviderResourcesApi.h"
#include "models/views/FuzzyMatch.h"
#include "ui/views/ViewsPanel.h"

#include <QAction>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wpc {

namespace {
const QString kRecentKey = QStringLiteral("palette/recent");

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}
} // namespace

CommandPalette::CommandPalette(QMainWindow *window, ProviderResourcesApi *api, ViewsPanel *views)
    : QFrame(window)
    , m_window(window)
    , m_api(api)
    , m_views(views)
    , m_action(new QAction(tr("Command &palette…"), this))
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_resourceTimer(new QTimer(this))
    , m_requests(new QObject(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_action->setObjectName(QStringLiteral("commandPaletteAction"));
    m_action->setShortcut(Qt::CTRL | Qt::Key_K);
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Find any command, view, column or resource by typing (Ctrl+K)"));
    connect(m_action, &QAction::triggered, this, &CommandPalette::popUp);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(tr("Type a command, a view, a column, or a resource's name, UUID or backend ID"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_hint->setObjectName(QStringLiteral("paletteHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    setGraphicsEffect(shadow);

    m_resourceTimer->setSingleShot(true);
    m_resourceTimer->setInterval(kResourceSearchDelayMs);
    connect(m_resourceTimer, &QTimer::timeout, this, &CommandPalette::searchResources);
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        m_resources.clear();
        ++m_generation;
        m_resourceTimer->start();
        filter();
    });
    connect(m_list, &QListWidget::itemClicked, this, [this] { runCurrent(); });
    m_recent = QSettings().value(kRecentKey).toStringList();
    hide();
}

void CommandPalette::popUp()
{
    collect();
    m_input->clear();
    filter();
    place();
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::place()
{
    const int width = qBound(420, m_window->width() * 3 / 5, 760);
    const int height = qMin(m_window->height() - 80, 460);
    setGeometry((m_window->width() - width) / 2, 60, width, height);
}

void CommandPalette::collect()
{
    m_entries.clear();
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu()) {
            addMenu(plain(top->text()), top->menu());
        }
    }
    if (m_views) {
        for (const SavedView &view : m_views->views()) {
            const qint64 count = m_views->countOf(view.id);
            m_entries.append({ QStringLiteral("view:") + view.id, tr("View: %1").arg(view.name),
                count >= 0 ? tr("%Ln resource(s)", nullptr, int(qMin<qint64>(count, INT_MAX))) : QString(), true,
                [this, id = view.id] { m_views->open(id); } });
        }
    }
}

void CommandPalette::addMenu(const QString &path, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action == m_action
            || action->objectName().startsWith(QLatin1StringView("viewAction_"))) {
            continue; // views are listed once, below
        }
        const QString title = path + QStringLiteral(" ▸ ") + plain(action->text());
        if (action->menu()) {
            addMenu(title, action->menu());
            continue;
        }
        Entry entry;
        entry.key = QStringLiteral("action:") + title;
        entry.title = action->isCheckable() ? title + (action->isChecked() ? tr("  (on)") : tr("  (off)")) : title;
        entry.enabled = action->isEnabled();
        // A disabled action's tooltip says why (Qt's own default tooltip is just its text: no reason given).
        const bool reasoned = plain(action->toolTip()) != plain(action->text()).remove(QStringLiteral("…"));
        entry.detail = entry.enabled ? action->shortcut().toString(QKeySequence::NativeText)
                                     : (reasoned ? action->toolTip() : tr("Not available now."));
        entry.run = [action = QPointer<QAction>(action)] {
            if (action && action->isEnabled()) {
                action->trigger();
            }
        };
        m_entries.append(entry);
    }
}

void CommandPalette::filter()
{
    const QString pattern = m_input->text().trimmed();
    struct Ranked
    {
        int score;
        int order;
        const Entry *entry;
    };
    QList<Ranked> ranked;
    int order = 0;
    for (const Entry &entry : m_entries) {
        // Letters scattered far apart are no match a person would mean: at least a point a letter.
        const int score = FuzzyMatch::score(pattern, entry.title);
        if (score < 0 || score < pattern.size()) {
            continue;
        }
        const qsizetype recent = m_recent.indexOf(entry.key);
        // Recent commands first: ahead of everything when nothing is typed, a strong lift otherwise.
        const int lift = recent < 0 ? 0 : (pattern.isEmpty() ? 1000 : 20) - int(recent);
        ranked.append({ score + lift, order++, &entry });
    }
    // The server matched these (by name, slug, UUID or backend ID): ranked as a good command match is.
    for (const Entry &entry : m_resources) {
        ranked.append({ int(pattern.size()) * 8, order++, &entry });
    }
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const Ranked &a, const Ranked &b) { return a.score != b.score ? a.score > b.score : a.order < b.order; });
    QList<Entry> shown;
    for (qsizetype i = 0; i < ranked.size() && i < kMaxShown; ++i) {
        shown.append(*ranked.at(i).entry);
    }
    m_hint->setText(ranked.size() > kMaxShown
            ? tr("The best %1 of %2 matches; type more to narrow them.").arg(kMaxShown).arg(ranked.size())
            : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    showEntries(shown);
}

void CommandPalette::showEntries(const QList<Entry> &entries)
{
    m_shown = entries;
    m_list->clear();
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(
            entry.detail.isEmpty() ? entry.title : entry.title + QStringLiteral("    ") + entry.detail, m_list);
        item->setToolTip(entry.detail);
        if (!entry.enabled) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled); // shown greyed, with its reason
        }
    }
    m_list->setCurrentRow(entries.isEmpty() ? -1 : 0);
}

void CommandPalette::searchResources()
{
    const QString text = m_input->text().trimmed();
    if (text.size() < 2 || !isVisible()) {
        return;
    }
    ResourceQuery query;
    query.search = text;
    query.ordering = QStringLiteral("name");
    query.fields = { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("state"),
        QStringLiteral("offering_name"), QStringLiteral("backend_id") };
    delete m_requests; // a search still on its way is for older text
    m_requests = new QObject(this);
    const quint64 generation = m_generation;
    m_api->list(query, 1, kResourceMatches, m_requests, [this, generation, text](const Result<ResourcePage> &page) {
        if (generation != m_generation || !page.ok()) {
            return;
        }
        m_resources.clear();
        for (const Resource &resource : page.value.resources) {
            Entry entry;
            entry.key = QStringLiteral("resource:") + resource.uuid;
            // Matched by the server: the title carries what was typed so the fuzzy filter keeps it.
            entry.title = tr("Resource: %1").arg(resource.name);
            entry.detail
                = QStringList { resource.offeringName, ResourceStates::displayName(resource.state), resource.backendId }
                      .join(QStringLiteral(" · "));
            entry.run = [this, uuid = resource.uuid] {
                if (m_jump) {
                    m_jump(uuid);
                }
            };
            m_resources.append(entry);
        }
        filter();
    });
}

void CommandPalette::runCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        return;
    }
    const Entry entry = m_shown.at(row);
    if (!entry.enabled) {
        m_hint->setText(entry.detail.isEmpty() ? tr("Not available here.") : entry.detail);
        m_hint->show();
        return;
    }
    remember(entry.key);
    hide();
    if (entry.run) {
        entry.run();
    }
}

void CommandPalette::remember(const QString &key)
{
    m_recent.removeAll(key);
    m_recent.prepend(key);
    while (m_recent.size() > kRecentKept) {
        m_recent.removeLast();
    }
    QSettings().setValue(kRecentKey, m_recent);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_list->count();
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            m_window->activateWindow();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Down:
            m_list->setCurrentRow(rows ? (row + 1) % rows : -1);
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(rows ? (row - 1 + rows) % rows : -1);
            return true;
        case Qt::Key_PageDown:
            m_list->setCurrentRow(qMin(rows - 1, row + 10));
            return true;
        case Qt::Key_PageUp:
            m_list->setCurrentRow(qMax(0, row - 10));
            return true;
        default:
            break;
        }
    }
    if (watched == m_input && event->type() == QEvent::FocusOut && !m_list->underMouse()) {
        hide(); // a click elsewhere in the window
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace wpc
