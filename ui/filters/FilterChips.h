// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace wpc {

class FlowLayout;

// The active filters of the "More filters" panel as a wrapping row of chips, so that nothing narrows the
// table unseen while the panel is closed. A chip's text opens its filter; its × removes it; "Clear all"
// removes every one.
class FilterChips : public QWidget
{
    Q_OBJECT

public:
    struct Chip
    {
        QString id; // the filter's FilterSpec id
        QString text;
        QString toolTip;
    };

    explicit FilterChips(QWidget *parent = nullptr);
    void setChips(const QList<Chip> &chips); // hides the row when empty

Q_SIGNALS:
    void activated(const QString &id);
    void removeRequested(const QString &id);
    void clearAllRequested();

private:
    QWidget *makeChip(const QString &id);

    FlowLayout *m_flow;
    QList<QWidget *> m_chips;
    QWidget *m_clearAll;
};

} // namespace wpc
