// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SearchableComboBox.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace wpc {

SearchableComboBox::SearchableComboBox(const QString &allText, const QString &recentKey, QWidget *parent)
    : QComboBox(parent)
    , m_allText(allText)
    , m_recentKey(recentKey)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_edit(new QLineEdit(m_popup))
    , m_list(new QListWidget(m_popup))
    , m_more(new QPushButton(tr("Load more"), m_popup))
    , m_status(new QLabel(m_popup))
    , m_delay(new QTimer(this))
    , m_requests(new QObject(this))
{
    addItem(allText, QString());
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    m_edit->setPlaceholderText(tr("Type to search by name"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_more);
    m_more->setAutoDefault(false);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] { startSearch(1); });
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_more, &QPushButton::clicked, this, [this] { startSearch(m_page + 1); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { pick(m_list->row(item)); });
}

void SearchableComboBox::choose(const QString &uuid, const QString &name)
{
    int index = findData(uuid);
    if (index < 0) {
        addItem(name.isEmpty() ? uuid : name, uuid);
        index = count() - 1;
    } else if (!name.isEmpty() && itemText(index) != name) {
        setItemText(index, name);
    }
    setCurrentIndex(index);
}

void SearchableComboBox::setNameLookup(NameLookup lookup)
{
    m_nameLookup = std::move(lookup);
    if (currentIndex() > 0) {
        keep(currentUuid(), currentText());
    }
}

void SearchableComboBox::keep(const QString &uuid, const QString &name)
{
    if (uuid.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    const int index = findData(uuid);
    const bool named = (index >= 0 && itemText(index) != uuid) || (!name.isEmpty() && name != uuid);
    choose(uuid, name == uuid ? QString() : name);
    if (!named && m_nameLookup) {
        m_nameLookup(uuid, this, [this, uuid](const QString &found) {
            if (const int at = findData(uuid); at >= 0 && !found.isEmpty()) {
                setItemText(at, found);
            }
        });
    }
}

void SearchableComboBox::showPopup()
{
    if (!m_search) {
        QComboBox::showPopup(); // no server to ask: the plain list
        return;
    }
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    const int width = qMax(this->width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    const int height = fontMetrics().height() * 18;
    QPoint at = mapToGlobal(QPoint(0, this->height()));
    if (screen.isValid()) {
        at.setX(qBound(screen.left(), at.x(), screen.right() - width));
        if (at.y() + height > screen.bottom()) {
            at.setY(mapToGlobal(QPoint(0, 0)).y() - height); // above the combo where below does not fit
        }
    }
    m_popup->setGeometry(QRect(at, QSize(width, height)));
    m_edit->clear();
    m_delay->stop();
    showResults({}, false, false); // not the last search's results while this one is on its way
    startSearch(1);
    m_popup->show();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void SearchableComboBox::hidePopup()
{
    m_popup->hide();
    QComboBox::hidePopup();
}

void SearchableComboBox::startSearch(int page)
{
    m_delay->stop();
    delete m_requests; // a search still on its way is for older text
    m_requests = new QObject(this);
    m_page = page;
    m_more->setEnabled(false);
    m_status->setText(tr("Searching…"));
    m_status->show();
    const QString text = m_edit->text().trimmed();
    m_search(text, page, m_requests, [this, page, text](const QList<Item> &items, bool more, const QString &error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
            m_more->setEnabled(true); // lets the same page be asked for again
            return;
        }
        QList<Item> shown = items;
        if (page == 1 && text.isEmpty()) {
            // Nothing typed: the recent choices first, then the server's first page without them.
            const QList<Item> recents = recent();
            shown.removeIf([&recents](const Item &item) {
                return std::any_of(
                    recents.cbegin(), recents.cend(), [&item](const Item &r) { return r.uuid == item.uuid; });
            });
            shown = recents + shown;
        }
        showResults(shown, more, page > 1);
    });
}

void SearchableComboBox::showResults(const QList<Item> &items, bool more, bool append)
{
    if (!append) {
        m_shown = { Item { QString(), m_allText, QString() } };
        m_list->clear();
        new QListWidgetItem(m_allText, m_list);
    }
    for (const Item &item : items) {
        m_shown.append(item);
        auto *row = new QListWidgetItem(item.name, m_list);
        row->setToolTip(item.detail.isEmpty() ? item.name : item.name + QStringLiteral(" · ") + item.detail);
    }
    m_more->setVisible(more);
    m_more->setEnabled(more);
    m_status->setText(m_shown.size() == 1 && !m_edit->text().trimmed().isEmpty()
            ? tr("Nothing is called like “%1”.").arg(m_edit->text().trimmed())
            : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    if (!append) {
        m_list->setCurrentRow(m_shown.size() > 1 && !m_edit->text().trimmed().isEmpty() ? 1 : 0);
    }
}

void SearchableComboBox::pick(int row)
{
    if (row < 0 || row >= m_shown.size()) {
        return;
    }
    const Item item = m_shown.at(row);
    hidePopup();
    if (item.uuid.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    remember(item);
    choose(item.uuid, item.name);
    const int index = findData(item.uuid);
    setItemData(index, item.detail, Qt::ToolTipRole);
}

void SearchableComboBox::remember(const Item &item)
{
    QList<Item> items = recent();
    items.removeIf([&item](const Item &r) { return r.uuid == item.uuid; });
    items.prepend(item);
    QStringList stored;
    for (qsizetype i = 0; i < items.size() && i < kRecentKept; ++i) {
        stored << items.at(i).uuid + QLatin1Char('\t') + items.at(i).name;
    }
    if (!m_recentKey.isEmpty()) {
        QSettings().setValue(m_recentKey, stored);
    }
}

QList<SearchableComboBox::Item> SearchableComboBox::recent() const
{
    QList<Item> items;
    if (m_recentKey.isEmpty()) {
        return items;
    }
    for (const QString &entry : QSettings().value(m_recentKey).toStringList()) {
        const qsizetype tab = entry.indexOf(QLatin1Char('\t'));
        if (tab > 0) {
            items.append({ entry.left(tab), entry.mid(tab + 1), QString() });
        }
    }
    return items;
}

bool SearchableComboBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_list->count();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(rows ? qMin(rows - 1, m_list->currentRow() + 1) : -1);
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(qMax(0, m_list->currentRow() - 1));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_delay->isActive()) {
                startSearch(1); // what was typed last counts
                return true;
            }
            pick(m_list->currentRow());
            return true;
        case Qt::Key_Escape:
            hidePopup();
            return true;
        default:
            break;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

} // namespace wpc
