// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace wpc {

// Installs the translation of the console for `locale` (the system's by default) from the embedded
// .qm files over the English one, which every locale falls back to, and Qt's own qtbase translation
// when Qt's translations folder has one. The translators are children of `app`. Call it once, right
// after creating the application object. Returns whether a translation of the console other than
// English was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace wpc
