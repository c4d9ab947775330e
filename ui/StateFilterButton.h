// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QList>
#include <QToolButton>

class QCheckBox;
class QTimer;

namespace wpc {

// The States filter: a button whose popup stays open while the user ticks states, with All, None and
// "only this state" shortcuts. The choice is applied once, when the popup closes or after a short pause,
// not at every tick. At least one state counts: a popup closed with none ticked goes back to what was
// chosen before. The button's text has one width whatever is ticked, so it never widens the window.
class StateFilterButton : public QToolButton
{
    Q_OBJECT

public:
    explicit StateFilterButton(QWidget *parent = nullptr);

    static const QList<ResourceState> &selectableStates(); // every state but Terminated

    QList<ResourceState> checkedStates() const; // the applied choice
    void setCheckedStates(const QList<ResourceState> &states); // applies without emitting

    static constexpr int kApplyDelayMs = 900;

Q_SIGNALS:
    void statesChanged();

private:
    void onTicked();
    void apply();
    void updateText();
    QList<ResourceState> tickedStates() const;
    void tick(const QList<ResourceState> &states);

    QList<QCheckBox *> m_checks; // in selectableStates() order
    QList<ResourceState> m_applied;
    QTimer *m_applyTimer;
};

} // namespace wpc
