// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QString>
#include <QWidget>

#include <cmath>

// How text reads on its background, measured on the pixels of a real render with the WCAG 2.x formulas, and
// a typical dark palette to render with. For the GUI tests of light and dark desktops.
namespace wpc::test::PixelContrast {

// WCAG 2.x relative luminance and contrast ratio.
inline double luminance(const QColor &color)
{
    auto channel = [](double value) {
        value /= 255.0;
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A typical dark desktop: what KDE Breeze Dark or a Fusion dark theme hands an application.
inline QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

// How a piece of text reads on its background in a real render: the background is the most frequent colour
// of the region (unless given), the ink the pixel that stands out most from it; `strong` counts the pixels
// that stand out by 4.5:1 or more, so that a stray pixel does not pass for text.
struct TextContrast
{
    QColor background;
    QColor ink;
    double ratio = 0;
    int strong = 0;

    QString describe(const QString &what) const
    {
        return QStringLiteral("%1: ink %2 on %3 is %4:1 (%5 pixels at 4.5:1 or more)")
            .arg(what, ink.name(), background.name())
            .arg(ratio, 0, 'f', 2)
            .arg(strong);
    }
    bool reads(double minimum = 4.5) const
    {
        return ratio >= minimum && strong >= 4;
    }
};

inline QColor mostFrequent(const QImage &image, const QRect &region, const QList<QRgb> &except = {})
{
    QHash<QRgb, int> counts;
    const QRect area = region.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000;
            if (!except.contains(pixel)) {
                ++counts[pixel];
            }
        }
    }
    QRgb best = 0;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return bestCount > 0 ? QColor(best) : QColor();
}

inline TextContrast measureText(const QImage &image, const QRect &region, const QColor &background = {})
{
    TextContrast result;
    result.background = background.isValid() ? background : mostFrequent(image, region);
    const QRect area = region.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel(image.pixel(x, y));
            const double ratio = contrast(pixel, result.background);
            if (ratio > result.ratio) {
                result.ratio = ratio;
                result.ink = pixel;
            }
            result.strong += ratio >= 4.5 ? 1 : 0;
        }
    }
    return result;
}

// The bounding box of the pixels of exactly this colour inside region.
inline QRect boxOf(const QImage &image, const QRect &region, const QColor &color)
{
    QRect box;
    const QRect area = region.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if ((image.pixel(x, y) | 0xff000000) == color.rgb()) {
                box |= QRect(x, y, 1, 1);
            }
        }
    }
    return box;
}

inline TextContrast measureLabel(QWidget *window, QLabel *label)
{
    const QImage image = window->grab().toImage();
    return measureText(image, QRect(label->mapTo(window, QPoint(0, 0)), label->size()));
}

} // namespace wpc::test::PixelContrast
