// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QTableView;

namespace wpc {

struct Resource;

// What Copy puts on the clipboard from the resource table.
namespace TableClipboard {

// The selected rows as tab-separated text: a header line with the visible columns' titles in the order on
// screen, then one line per row in view order. Tabs and line breaks inside a value become spaces.
QString selectedRowsAsText(const QTableView *view);
// The resource's page in Waldur's web interface (HomePort), which Waldur serves from the API's host:
// https://host/resource-details/<uuid>.
QUrl homePortLink(const QUrl &server, const Resource &resource);

} // namespace TableClipboard

} // namespace wpc
