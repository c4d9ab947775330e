// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TextLayoutCache.h"

#include <QFontMetrics>
#include <QStyle>
#include <QTextOption>

#include <memory>

namespace wpc {

namespace {

bool isOneLine(const QString &text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case 0x009c: // QFontMetrics::elidedText's separator of length variants
        case 0x2028: // QChar::LineSeparator
        case 0x2029: // QChar::ParagraphSeparator
            return false;
        default:
            break;
        }
    }
    return true;
}

// One line of `width`, as viewItemTextLayout() in qcommonstyle.cpp lays out each line.
QTextLine layOut(QTextLayout &layout, int width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    return more ? QTextLine() : line;
}

} // namespace

TextLayoutCache::TextLayoutCache(int capacity)
    : m_lines(capacity)
{
}

void TextLayoutCache::clear()
{
    m_lines.clear();
}

const TextLayoutCache::Line *TextLayoutCache::itemViewLine(const QString &text,
    const QFont &font,
    const QSize &size,
    Qt::Alignment alignment,
    Qt::TextElideMode mode,
    Qt::LayoutDirection direction)
{
    Key key { text, font, size, int(alignment), int(mode), int(direction) };
    if (Line *line = m_lines.object(key)) {
        return line;
    }
    if (text.isEmpty() || size.width() <= 0 || !isOneLine(text)) {
        return nullptr;
    }
    // What QCommonStylePrivate::calculateElidedText() and viewItemDrawText() do for text without line breaks
    // (Qt 6): lay it out on one line of the rectangle's width, elide it if its natural width is more, align
    // the line's rounded height vertically in the rectangle, and draw the elided text laid out the same way.
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(direction);
    option.setAlignment(QStyle::visualAlignment(direction, alignment));
    QTextLayout whole(text, font);
    whole.setTextOption(option);
    const QTextLine first = layOut(whole, size.width());
    if (!first.isValid()) {
        return nullptr;
    }
    const QRect placed = QStyle::alignedRect(
        Qt::LayoutDirectionAuto, alignment, whole.boundingRect().size().toSize(), QRect(QPoint(0, 0), size));
    if (placed.top() + first.height() <= 0) {
        return nullptr; // above the rectangle: the style skips such lines
    }
    const bool elided = first.naturalTextWidth() > size.width();
    const QString shown = elided ? QFontMetrics(font).elidedText(text, mode, size.width()) : text;
    auto line = std::make_unique<Line>(shown, font);
    line->top = placed.top();
    line->layout.setTextOption(option);
    line->layout.setCacheEnabled(true);
    if (!layOut(line->layout, size.width()).isValid()) {
        return nullptr;
    }
    Line *kept = line.release();
    m_lines.insert(std::move(key), kept);
    return kept;
}

} // namespace wpc
