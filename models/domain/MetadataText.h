// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wpc {

// Backend metadata as the user edits it (BackendMetadataDialog): a table of key and value cells, or the
// whole object as JSON text. What a cell shows reads back as the value it came from.
namespace MetadataText {
// A cell's text as a value: JSON where it parses as one value (42, true, null, "quoted", {…}, […]), anything
// else as a plain string.
QJsonValue cellValue(const QString &text);
// The inverse: cellValue(cellText(v)) == v for every value.
QString cellText(const QJsonValue &value);
// The JSON tab's text as an object (empty text is {}), or why not, with the line and column.
std::optional<QJsonObject> parseObject(const QString &text, QString *problem);
} // namespace MetadataText

} // namespace wpc
