// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

class QTreeWidget;
class QTreeWidgetItem;

namespace wpc::JsonTree {

// Fills a two-column tree (key, value) with a JSON value: objects and arrays become expandable
// branches; null shows as "—". Used wherever the console shows a server object as it came.
void fill(QTreeWidget *tree, const QJsonValue &value);
QString displayText(const QJsonValue &value);

} // namespace wpc::JsonTree
