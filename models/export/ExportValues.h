// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace wpc {

struct Resource;

// What an exported row holds: the view's columns in its order, then the resource's UUID, which names the
// row for a script or a later import. Values are typed, so that a spreadsheet gets dates as dates.
namespace ExportValues {
QStringList header(const QList<Column> &columns); // translated column titles, then "UUID"
// One value per header entry: a QString, a QDateTime in UTC or a QDate; a null QVariant when the server
// sent nothing.
QVariantList row(const Resource &resource, const QList<Column> &columns);
// A value as text: ISO 8601 for dates and times ("2026-03-01T12:00:00.250Z", "2026-03-01").
QString text(const QVariant &value);
} // namespace ExportValues

} // namespace wpc
