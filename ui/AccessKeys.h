// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;

namespace wpc::AccessKeys {

// Gives every item of a menu that has no access key one that is not taken yet in that menu: the first
// letter of a word if free, else any free letter of the text, else a letter shared with another item
// (Qt moves between items that share one). Labels that change (Pause/Unpause) get theirs again each
// time the menu is about to show. Submenus are handled too.
void assign(QMenu *menu);
// assign() now and whenever the menu is about to show.
void keepAssigned(QMenu *menu);

} // namespace wpc::AccessKeys
