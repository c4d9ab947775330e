// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace wpc {

bool CachedTextDelegate::drawsTextLikeCommonStyle(const QStyle *style)
{
    const QString name = style ? style->name() : QString();
    return name.compare(QLatin1StringView("fusion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1StringView("windows"), Qt::CaseInsensitive) == 0;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // With showDecorationSelected (a table's cells) the text rectangle is the cell less its check box and
    // icon, whatever the text: the style draws the same cell without it. The focused cell is the style's to
    // draw (Fusion lays its focus frame over the text), and so is wrapped text.
    const bool cacheable = !opt.text.isEmpty() && opt.showDecorationSelected
        && !(opt.features & QStyleOptionViewItem::WrapText) && !(opt.state & QStyle::State_Editing)
        && !(opt.state & QStyle::State_HasFocus) && drawsTextLikeCommonStyle(style);
    if (!cacheable) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const QString text = std::exchange(opt.text, QString());
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const TextLayoutCache::Line *line
        = m_cache.itemViewLine(text, opt.font, textRect.size(), opt.displayAlignment, opt.textElideMode, opt.direction);
    if (!line) {
        opt.text = text;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    // The pen and clip QCommonStyle's CE_ItemViewItem draws the text with.
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    line->layout.draw(painter, QPointF(textRect.left(), textRect.top() + line->top));
    painter->restore();
}

} // namespace wpc
