// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/XlsxExportWriter.h"

#include "models/export/ExportValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace wpc {

namespace {
lxw_datetime toExcel(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return { utc.date().year(), utc.date().month(), utc.date().day(), utc.time().hour(), utc.time().minute(),
        utc.time().second() + utc.time().msec() / 1000.0 };
}
} // namespace

XlsxExportWriter::XlsxExportWriter(const QString &path, const QList<Column> &columns)
    : ExportWriter(path, columns)
{
}

XlsxExportWriter::~XlsxExportWriter()
{
    discard();
}

bool XlsxExportWriter::open()
{
    const QFileInfo target(m_path);
    // Made here, so that a folder the user cannot write to is reported now and not after the last page.
    m_assembled
        = std::make_unique<QTemporaryFile>(target.dir().filePath(QStringLiteral(".%1.part").arg(target.fileName())));
    if (!m_assembled->open()) {
        fail(m_assembled->errorString());
        m_assembled.reset();
        return false;
    }
    m_assembled->close();
    m_tmpDir = QFile::encodeName(target.absolutePath());

    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_assembled->fileName()).constData(), &options);
    if (!m_workbook) {
        fail(QCoreApplication::translate("wpc::ExportWriter", "the spreadsheet library could not start a workbook"));
        discard();
        return false;
    }
    m_sheet = workbook_add_worksheet(m_workbook, "Resources");
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    if (!m_sheet || !m_header || !m_dateTime || !m_date) {
        fail(QCoreApplication::translate("wpc::ExportWriter", "the spreadsheet library ran out of memory"));
        discard();
        return false;
    }
    const QStringList header = ExportValues::header(m_columns);
    if (!check(worksheet_set_column(m_sheet, 0, lxw_col_t(header.size() - 1), 20, nullptr))) {
        return false;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (int column = 0; column < header.size(); ++column) {
        if (!check(worksheet_write_string(
                m_sheet, 0, lxw_col_t(column), header.at(column).toUtf8().constData(), m_header))) {
            return false;
        }
    }
    return true;
}

bool XlsxExportWriter::write(const QByteArray &, const QJsonArray &objects)
{
    if (!m_workbook) {
        return false;
    }
    if (m_rows + objects.size() > kMaxRows) {
        fail(QCoreApplication::translate(
            "wpc::ExportWriter", "a spreadsheet holds at most %L1 rows; export to CSV or JSON instead")
                 .arg(kMaxRows));
        discard();
        return false;
    }
    for (const QJsonValue &value : objects) {
        const std::optional<QVariantList> cells = cellsOf(value);
        if (!cells) {
            return false;
        }
        const int row = int(m_rows) + 1;
        for (int column = 0; column < cells->size(); ++column) {
            if (!writeCell(row, column, cells->at(column))) {
                return false;
            }
        }
        ++m_rows;
    }
    return true;
}

bool XlsxExportWriter::writeCell(int row, int column, const QVariant &value)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return true; // nothing sent: an empty cell
    case QMetaType::QDateTime: {
        lxw_datetime time = toExcel(value.toDateTime());
        return check(worksheet_write_datetime(m_sheet, r, c, &time, m_dateTime));
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        lxw_datetime day { date.year(), date.month(), date.day(), 0, 0, 0 };
        return check(worksheet_write_datetime(m_sheet, r, c, &day, m_date));
    }
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return check(worksheet_write_number(m_sheet, r, c, value.toDouble(), nullptr));
    default:
        // Always a string cell: a name that starts with "=" stays text, never a formula.
        return check(
            worksheet_write_string(m_sheet, r, c, value.toString().left(kMaxCellChars).toUtf8().constData(), nullptr));
    }
}

bool XlsxExportWriter::commit()
{
    if (!m_workbook) {
        return false;
    }
    if (!check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(qMax<qint64>(m_rows, 1)),
            lxw_col_t(ExportValues::header(m_columns).size() - 1)))) {
        return false;
    }
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (!check(closed)) {
        return false;
    }
    const bool copied = copyToTarget();
    m_assembled.reset();
    return copied;
}

bool XlsxExportWriter::copyToTarget()
{
    QFile assembled(m_assembled->fileName());
    QSaveFile target(m_path);
    if (!assembled.open(QIODevice::ReadOnly)) {
        fail(assembled.errorString());
        return false;
    }
    if (!target.open(QIODevice::WriteOnly)) {
        fail(target.errorString());
        return false;
    }
    while (!assembled.atEnd()) {
        const QByteArray chunk = assembled.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            fail(chunk.isEmpty() ? assembled.errorString() : target.errorString());
            target.cancelWriting();
            return false;
        }
    }
    if (!target.commit()) {
        fail(target.errorString());
        return false;
    }
    return true;
}

void XlsxExportWriter::discard()
{
    if (m_workbook) {
        // libxlsxwriter has no "abandon": closing frees the workbook and writes the file we remove below.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    m_assembled.reset(); // QTemporaryFile removes its file
}

bool XlsxExportWriter::check(int error)
{
    if (error == LXW_NO_ERROR) {
        return true;
    }
    fail(QString::fromUtf8(lxw_strerror(lxw_error(error))));
    discard();
    return false;
}

} // namespace wpc
