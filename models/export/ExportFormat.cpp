// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/ExportFormat.h"

#include <QFileInfo>

namespace wpc::ExportFormats {

std::optional<ExportFormat> fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Json, ExportFormat::Xlsx }) {
        if (suffix == ExportFormats::suffix(format)) {
            return format;
        }
    }
    return std::nullopt;
}

QString suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

} // namespace wpc::ExportFormats
