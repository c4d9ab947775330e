// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace wpc::StatusColors {

// The few colours that carry meaning (an error, a warning, a success, something neutral), derived from
// the palette in use so that they read on light and dark desktops alike: text in the role's hue, dark on a
// light window and light on a dark one, and a soft tint of the same hue for badge and banner backgrounds.
enum class Role { Error, Warning, Success, Info, Neutral };

bool isDark(const QPalette &palette);
QColor text(Role role, const QPalette &palette); // for text on the window or base background
QColor tint(Role role, const QPalette &palette); // a background for badges and banners
QColor textOnTint(Role role, const QPalette &palette); // text on tint()

// Gives a label (or any widget's WindowText) the role's text colour, following later palette changes
// of its window.
void applyText(QWidget *widget, Role role);
// Gives a progress bar's chunk (Highlight) the role's colour and the text drawn on it (HighlightedText) a
// colour that reads on it, following later palette changes.
void applyFill(QWidget *widget, Role role);
void clearText(QWidget *widget); // back to the palette's own colours

} // namespace wpc::StatusColors
