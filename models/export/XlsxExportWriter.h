// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/export/ExportWriter.h"

#include <QVariant>

#include <memory>

class QTemporaryFile;

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace wpc {

// An Excel workbook through libxlsxwriter: one sheet, a bold frozen header with an autofilter, text as
// text (never a formula), times and dates as Excel dates. Rows go to disk as they come (libxlsxwriter's
// constant-memory mode); the workbook is assembled beside the target at commit() and copied over it
// through QSaveFile.
class XlsxExportWriter : public ExportWriter
{
public:
    // Excel's limits: rows in a sheet (the header takes one) and characters in a cell.
    static constexpr qint64 kMaxRows = 1'048'576 - 1;
    static constexpr int kMaxCellChars = 32'767;

    XlsxExportWriter(const QString &path, const QList<Column> &columns);
    ~XlsxExportWriter() override;

    bool open() override;
    bool write(const QByteArray &body, const QJsonArray &objects) override;
    bool commit() override;
    void discard() override;

private:
    bool check(int error); // lxw_error; false (and discards) unless LXW_NO_ERROR
    bool writeCell(int row, int column, const QVariant &value);
    bool copyToTarget();

    std::unique_ptr<QTemporaryFile> m_assembled; // where libxlsxwriter writes the workbook
    QByteArray m_tmpDir; // libxlsxwriter's own row files, beside the target
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_date = nullptr;
};

} // namespace wpc
