// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StateBadgeDelegate.h"

#include "models/ResourceTableModel.h"
#include "models/domain/Resource.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <bit>

namespace wpc {

namespace {

StatusColors::Role roleFor(ResourceState state)
{
    switch (state) {
    case ResourceState::OK:
        return StatusColors::Role::Success;
    case ResourceState::Erred:
        return StatusColors::Role::Error;
    case ResourceState::Creating:
    case ResourceState::Updating:
    case ResourceState::Terminating:
        return StatusColors::Role::Warning;
    case ResourceState::Terminated:
    case ResourceState::Unknown:
        break;
    }
    return StatusColors::Role::Neutral;
}

// One flag as a small round mark with a glyph drawn in lines: two bars for paused, an arrow down for
// downscaled, a padlock for restricted. The cell's tooltip names them.
void drawFlag(QPainter *painter, const QRect &circle, int which, const QColor &background, const QColor &ink)
{
    QPainterPath round;
    round.addEllipse(circle);
    painter->fillPath(round, background);
    painter->setPen(QPen(ink, std::max(1.5, circle.width() / 9.0), Qt::SolidLine, Qt::RoundCap));
    const QRectF g = QRectF(circle).adjusted(
        circle.width() * 0.3, circle.height() * 0.28, -circle.width() * 0.3, -circle.height() * 0.28);
    switch (which) {
    case 0: // paused
        painter->drawLine(
            QPointF(g.left() + g.width() * 0.2, g.top()), QPointF(g.left() + g.width() * 0.2, g.bottom()));
        painter->drawLine(
            QPointF(g.right() - g.width() * 0.2, g.top()), QPointF(g.right() - g.width() * 0.2, g.bottom()));
        break;
    case 1: // downscaled
        painter->drawLine(QPointF(g.center().x(), g.top()), QPointF(g.center().x(), g.bottom()));
        painter->drawLine(QPointF(g.left(), g.center().y() + g.height() * 0.1), QPointF(g.center().x(), g.bottom()));
        painter->drawLine(QPointF(g.right(), g.center().y() + g.height() * 0.1), QPointF(g.center().x(), g.bottom()));
        break;
    default: // restricted
        painter->drawRect(QRectF(g.left(), g.center().y(), g.width(), g.height() / 2));
        painter->drawArc(QRectF(g.left() + g.width() * 0.2, g.top(), g.width() * 0.6, g.height() * 0.9), 0, 180 * 16);
        break;
    }
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
    const StatusColors::Role role = roleFor(state);
    const QColor background = StatusColors::tint(role, opt.palette);
    const QColor ink = StatusColors::textOnTint(role, opt.palette);
    const QFontMetrics metrics(opt.font);
    const int padding = 8;
    const int height = metrics.height() + 4;
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1,
        metrics.horizontalAdvance(text) + 2 * padding, height);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, background);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, text);
    int x = badge.right() + 6;
    if (index.data(ResourceTableModel::BusyRole).toBool()) {
        // A small ring beside the badge: the row is still changing and is being watched.
        const int d = height - 8;
        const QRect ring(x, badge.center().y() - d / 2, d, d);
        painter->setPen(QPen(ink, 2));
        painter->drawArc(ring, 90 * 16, 270 * 16);
        x += d + 6;
    }
    // The flags, each a mark of its own in the info tint; the cell's tooltip names them.
    const int flags = index.data(ResourceTableModel::FlagsRole).toInt();
    const QColor flagBackground = StatusColors::tint(StatusColors::Role::Info, opt.palette);
    const QColor flagInk = StatusColors::textOnTint(StatusColors::Role::Info, opt.palette);
    const int flagBits[]
        = { ResourceTableModel::FlagPaused, ResourceTableModel::FlagDownscaled, ResourceTableModel::FlagRestricted };
    for (int which = 0; which < 3; ++which) {
        if (flags & flagBits[which]) {
            drawFlag(
                painter, QRect(x, badge.center().y() - height / 2, height, height), which, flagBackground, flagInk);
            x += height + 3;
        }
    }
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int height = option.fontMetrics.height() + 4;
    const int flags = index.data(ResourceTableModel::FlagsRole).toInt();
    size.rwidth() += 40 + std::popcount(unsigned(flags)) * (height + 3);
    return size;
}

} // namespace wpc
