// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QSize>
#include <QString>
#include <QTextLayout>

namespace wpc {

// Item-view text laid out once and then only drawn. Qt's styles shape a cell's text with HarfBuzz (and
// elide it) on every paint: a table repaint shapes every visible cell again, although the strings and the
// column widths rarely change. This keeps the last laid-out lines, keyed by text, font, size, alignment and
// elide mode, so that a repaint draws glyphs that are already shaped.
class TextLayoutCache
{
public:
    // One cell's text as QCommonStyle lays it out for CE_ItemViewItem: elided when it does not fit, aligned
    // in the text rectangle (the cell less the style's text margins).
    struct Line
    {
        Line(const QString &text, const QFont &font)
            : layout(text, font)
        {
        }
        QTextLayout layout;
        int top = 0; // where to draw the layout, below the top of the text rectangle
    };

    explicit TextLayoutCache(int capacity = 1024);

    // `text` on one line of a text rectangle of `size`, laid out as QCommonStylePrivate::viewItemDrawText
    // lays it out; nullptr for what that lays out on more than one line or outside the rectangle (the caller
    // draws it the style's way). The pointer is valid until the next call.
    const Line *itemViewLine(const QString &text,
        const QFont &font,
        const QSize &size,
        Qt::Alignment alignment,
        Qt::TextElideMode mode,
        Qt::LayoutDirection direction);
    void clear();
    qsizetype size() const
    {
        return m_lines.size();
    }

private:
    struct Key
    {
        QString text;
        QFont font;
        QSize size;
        int alignment = 0;
        int mode = 0;
        int direction = 0;
        bool operator==(const Key &other) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(
            seed, key.text, key.font, key.size.width(), key.size.height(), key.alignment, key.mode, key.direction);
    }

    QCache<Key, Line> m_lines;
};

} // namespace wpc
