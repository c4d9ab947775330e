// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace wpc {

// The application icon: the desktop theme's "waldur-provider-console" when the package installed it,
// otherwise the embedded PNG sizes (no SVG plugin needed). For QApplication::setWindowIcon().
QIcon applicationIcon();

} // namespace wpc
