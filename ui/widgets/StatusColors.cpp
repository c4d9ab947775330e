// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/StatusColors.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace wpc::StatusColors {

namespace {

// Hue and saturation of each role; neutral follows the palette's own text.
struct Hue
{
    int hue;
    int saturation;
};

Hue hueOf(Role role)
{
    switch (role) {
    case Role::Error:
        return { 0, 190 };
    case Role::Warning:
        return { 32, 230 };
    case Role::Success:
        return { 135, 170 };
    case Role::Info:
        return { 212, 170 };
    case Role::Neutral:
        return { 220, 15 };
    }
    return { 0, 0 };
}

// What a follower colours: the widget's text, or its fill (a progress bar's chunk) and the text on it.
enum class Part { Text, Fill };

// Re-applies the colour whenever the widget's palette changes (a desktop switching to dark).
class Follower : public QObject
{
public:
    Follower(QWidget *widget, Part part, Role role)
        : QObject(widget)
        , m_widget(widget)
        , m_part(part)
        , m_role(role)
    {
        widget->installEventFilter(this);
        apply();
    }

    void setRole(Role role)
    {
        m_role = role;
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange && !m_applying) {
            apply();
        }
        return false;
    }

    Part part() const
    {
        return m_part;
    }

private:
    void apply()
    {
        m_applying = true;
        QPalette palette = m_widget->palette();
        if (m_part == Part::Text) {
            palette.setColor(QPalette::WindowText, text(m_role, palette));
            palette.setColor(QPalette::Text, text(m_role, palette));
        } else {
            // text() reads on the window's colour, so the window's colour reads on it.
            palette.setColor(QPalette::Highlight, text(m_role, palette));
            palette.setColor(QPalette::HighlightedText, palette.color(QPalette::Window));
        }
        m_widget->setPalette(palette);
        m_applying = false;
    }

    QWidget *m_widget;
    Part m_part;
    Role m_role;
    bool m_applying = false;
};

Follower *followerOf(QWidget *widget, Part part)
{
    for (QObject *child : widget->children()) {
        if (auto *follower = dynamic_cast<Follower *>(child); follower && follower->part() == part) {
            return follower;
        }
    }
    return nullptr;
}

void follow(QWidget *widget, Part part, Role role)
{
    if (Follower *follower = followerOf(widget, part)) {
        follower->setRole(role);
    } else {
        new Follower(widget, part, role);
    }
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Role role, const QPalette &palette)
{
    if (role == Role::Neutral) {
        return palette.color(QPalette::WindowText);
    }
    const Hue h = hueOf(role);
    // Dark enough on a light window for 4.5:1, light enough on a dark one.
    return QColor::fromHsl(h.hue, h.saturation, isDark(palette) ? 185 : 80);
}

QColor tint(Role role, const QPalette &palette)
{
    const Hue h = hueOf(role);
    return isDark(palette) ? QColor::fromHsl(h.hue, h.saturation / 2, 55) : QColor::fromHsl(h.hue, h.saturation, 232);
}

QColor textOnTint(Role role, const QPalette &palette)
{
    const Hue h = hueOf(role);
    return isDark(palette) ? QColor::fromHsl(h.hue, h.saturation, 210) : QColor::fromHsl(h.hue, h.saturation, 60);
}

void applyText(QWidget *widget, Role role)
{
    follow(widget, Part::Text, role);
}

void applyFill(QWidget *widget, Role role)
{
    follow(widget, Part::Fill, role);
}

void clearText(QWidget *widget)
{
    delete followerOf(widget, Part::Text);
    delete followerOf(widget, Part::Fill);
    widget->setPalette(QPalette());
}

} // namespace wpc::StatusColors
