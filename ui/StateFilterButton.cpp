// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StateFilterButton.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace wpc {

const QList<ResourceState> &StateFilterButton::selectableStates()
{
    static const QList<ResourceState> states = { ResourceState::Creating, ResourceState::OK, ResourceState::Erred,
        ResourceState::Updating, ResourceState::Terminating };
    return states;
}

StateFilterButton::StateFilterButton(QWidget *parent)
    : QToolButton(parent)
    , m_applied(selectableStates())
    , m_applyTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("stateFilterButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolTip(tr("Show resources in these states"));
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(kApplyDelayMs);
    connect(m_applyTimer, &QTimer::timeout, this, &StateFilterButton::apply);

    // Check boxes inside the menu: ticking one does not close it, as a menu item would.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("stateFilterMenu"));
    auto *panel = new QWidget(menu);
    panel->setObjectName(QStringLiteral("stateFilterPanel"));
    auto *layout = new QVBoxLayout(panel);
    auto *grid = new QGridLayout;
    for (int i = 0; i < selectableStates().size(); ++i) {
        const ResourceState state = selectableStates().at(i);
        auto *check = new QCheckBox(ResourceStates::displayName(state), panel);
        check->setObjectName(QStringLiteral("stateCheck_") + ResourceStates::toWire(state));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &StateFilterButton::onTicked);
        auto *only = new QToolButton(panel);
        only->setObjectName(QStringLiteral("stateOnly_") + ResourceStates::toWire(state));
        only->setText(tr("only"));
        only->setAutoRaise(true);
        only->setToolTip(tr("Show only %1 resources").arg(ResourceStates::displayName(state)));
        connect(only, &QToolButton::clicked, this, [this, state] { tick({ state }); });
        grid->addWidget(check, i, 0);
        grid->addWidget(only, i, 1);
        m_checks.append(check);
    }
    layout->addLayout(grid);
    auto *buttons = new QHBoxLayout;
    auto *all = new QPushButton(tr("&All"), panel);
    all->setObjectName(QStringLiteral("statesAllButton"));
    auto *none = new QPushButton(tr("&None"), panel);
    none->setObjectName(QStringLiteral("statesNoneButton"));
    connect(all, &QPushButton::clicked, this, [this] { tick(selectableStates()); });
    connect(none, &QPushButton::clicked, this, [this] { tick({}); });
    buttons->addWidget(all);
    buttons->addWidget(none);
    layout->addLayout(buttons);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);
    connect(menu, &QMenu::aboutToHide, this, [this] {
        if (tickedStates().isEmpty()) {
            tick(m_applied); // none is no choice: back to the last one
        }
        apply();
    });

    // One width for every text the button can show.
    int widest = 0;
    for (int n = 0; n <= selectableStates().size(); ++n) {
        widest = std::max(
            widest, fontMetrics().horizontalAdvance(tr("States %1/%2").arg(n).arg(selectableStates().size())));
    }
    widest = std::max(widest, fontMetrics().horizontalAdvance(tr("States: all active")));
    setText(tr("States: all active"));
    setMinimumWidth(widest + sizeHint().width() - fontMetrics().horizontalAdvance(text()));
    updateText();
}

QList<ResourceState> StateFilterButton::checkedStates() const
{
    return m_applied;
}

void StateFilterButton::setCheckedStates(const QList<ResourceState> &states)
{
    m_applyTimer->stop();
    for (int i = 0; i < m_checks.size(); ++i) {
        const QSignalBlocker blocker(m_checks.at(i));
        m_checks.at(i)->setChecked(states.isEmpty() || states.contains(selectableStates().at(i)));
    }
    m_applied = tickedStates();
    updateText();
}

QList<ResourceState> StateFilterButton::tickedStates() const
{
    QList<ResourceState> states;
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i)->isChecked()) {
            states.append(selectableStates().at(i));
        }
    }
    return states;
}

void StateFilterButton::tick(const QList<ResourceState> &states)
{
    for (int i = 0; i < m_checks.size(); ++i) {
        const QSignalBlocker blocker(m_checks.at(i));
        m_checks.at(i)->setChecked(states.contains(selectableStates().at(i)));
    }
    onTicked();
}

void StateFilterButton::onTicked()
{
    updateText();
    // A pause lets several ticks go out as one request; closing the popup applies at once.
    if (!tickedStates().isEmpty()) {
        m_applyTimer->start();
    } else {
        m_applyTimer->stop();
    }
}

void StateFilterButton::apply()
{
    m_applyTimer->stop();
    const QList<ResourceState> ticked = tickedStates();
    if (ticked.isEmpty() || ticked == m_applied) {
        return;
    }
    m_applied = ticked;
    updateText();
    Q_EMIT statesChanged();
}

void StateFilterButton::updateText()
{
    const QList<ResourceState> ticked = tickedStates();
    QStringList names;
    for (ResourceState state : ticked) {
        names << ResourceStates::displayName(state);
    }
    if (ticked.size() == selectableStates().size()) {
        setText(tr("States: all active"));
    } else {
        setText(tr("States %1/%2").arg(ticked.size()).arg(selectableStates().size()));
    }
    setToolTip(ticked.isEmpty() ? tr("No state chosen: close to keep the previous choice")
                                : tr("Showing: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace wpc
