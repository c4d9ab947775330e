// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;

namespace wpc {

// Help ▸ Keyboard shortcuts: every menu item that has a shortcut, grouped by menu, read from the menus
// themselves when the dialog opens, so that the list cannot drift from what the keys do. Non-modal.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, const QList<std::pair<QString, QString>> &extra, QWidget *parent);
};

} // namespace wpc
