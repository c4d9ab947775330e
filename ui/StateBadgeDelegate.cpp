// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StateBadgeDelegate.h"

#include "models/ResourceTableModel.h"
#include "models/domain/Resource.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace wpc {

namespace {
struct BadgeColours
{
    QColor background;
    QColor text;
};

BadgeColours coloursFor(ResourceState state)
{
    switch (state) {
    case ResourceState::OK:
        return { QColor(0xd1, 0xf2, 0xdc), QColor(0x14, 0x6c, 0x2e) };
    case ResourceState::Erred:
        return { QColor(0xfb, 0xd5, 0xd5), QColor(0x9b, 0x1c, 0x1c) };
    case ResourceState::Creating:
    case ResourceState::Updating:
    case ResourceState::Terminating:
        return { QColor(0xfd, 0xef, 0xc3), QColor(0x7a, 0x4d, 0x00) };
    case ResourceState::Terminated:
    case ResourceState::Unknown:
        break;
    }
    return { QColor(0xe5, 0xe7, 0xeb), QColor(0x37, 0x41, 0x51) };
}
} // namespace

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty()) {
        return;
    }
    const auto state = static_cast<ResourceState>(index.data(ResourceTableModel::StateRole).toInt());
    const BadgeColours colours = coloursFor(state);
    const QFontMetrics metrics(opt.font);
    const int padding = 8;
    const int height = metrics.height() + 4;
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1,
        metrics.horizontalAdvance(text) + 2 * padding, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, colours.background);
    painter->setPen(colours.text);
    painter->drawText(badge, Qt::AlignCenter, text);
    if (index.data(ResourceTableModel::BusyRole).toBool()) {
        // A small ring beside the badge: the row is still changing and is being watched.
        const int d = height - 8;
        const QRect ring(badge.right() + 6, badge.center().y() - d / 2, d, d);
        painter->setPen(QPen(colours.text, 2));
        painter->drawArc(ring, 90 * 16, 270 * 16);
    }
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 40;
    return size;
}

} // namespace wpc
