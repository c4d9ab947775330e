// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wpc {

// The file formats a list of resources is exported to.
enum class ExportFormat { Csv, Json, Xlsx };

namespace ExportFormats {
// The format a file name asks for by its suffix (.csv, .json, .xlsx; any case); nullopt for another.
std::optional<ExportFormat> fromPath(const QString &path);
QString suffix(ExportFormat format); // "csv", "json", "xlsx"
} // namespace ExportFormats

} // namespace wpc
