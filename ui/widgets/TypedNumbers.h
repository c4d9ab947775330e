// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractSpinBox;

namespace wpc::TypedNumbers {

// A spin box shows one number and holds another while its text is unfinished (empty, "1,"): value() is
// the last whole number. guard() keeps Enter in such a box from quietly putting the old number back and
// submitting the dialog; problem() says what is wrong with the text, for the dialog to refuse OK.
// A spin box's own range clamps what is typed without a word, so dialogs give it a wide range and check
// their bounds in their validation, with a message.
void guard(QAbstractSpinBox *spin);
// Empty when the text on screen is the value; otherwise a sentence naming `what`.
QString problem(const QAbstractSpinBox *spin, const QString &what);

} // namespace wpc::TypedNumbers
