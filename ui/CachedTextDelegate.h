// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/TextLayoutCache.h"

#include <QStyledItemDelegate>

namespace wpc {

// The resource table's cells: what QStyledItemDelegate paints, with each cell's text laid out (shaped and
// elided) once and kept, so that repainting the table draws glyphs instead of shaping every visible cell
// again. The style still draws the cell (background, selection, focus); only the text is drawn from the
// cache, with the layout, position and colour the style's own CE_ItemViewItem gives it. Styles that draw
// item text their own way, and cells it cannot lay out on one line, are painted by QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The styles whose CE_ItemViewItem is QCommonStyle's (Qt's Fusion and Windows styles).
    static bool drawsTextLikeCommonStyle(const QStyle *style);
    const TextLayoutCache &cache() const
    {
        return m_cache;
    }

private:
    mutable TextLayoutCache m_cache;
};

} // namespace wpc
