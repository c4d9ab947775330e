// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace wpc {

// Installs the translation of the console for `locale` (the system's by default) from the embedded
// .qm files, and Qt's own qtbase translation when Qt's translations folder has one. The translators
// are children of `app`. Call it once, right after creating the application object. Returns whether
// a translation of the console itself was found (false for English and for untranslated languages).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace wpc
