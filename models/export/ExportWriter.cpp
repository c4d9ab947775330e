// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/ExportWriter.h"

#include "models/domain/Csv.h"
#include "models/domain/Resource.h"
#include "models/export/ExportValues.h"
#include "models/export/XlsxExportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QSaveFile>

namespace wpc {

namespace {
// The writers that stream text: QSaveFile writes beside the target and renames it over the target at commit.
class TextExportWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    bool open() override
    {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly)) {
            fail(m_file.errorString());
            return false;
        }
        return put(prologue());
    }
    bool commit() override
    {
        // A full disk shows here at the latest: the last buffered write or the rename fails.
        if (!put(epilogue()) || !m_file.commit()) {
            fail(m_file.errorString());
            m_file.cancelWriting();
            return false;
        }
        return true;
    }
    void discard() override
    {
        m_file.cancelWriting();
    }

protected:
    virtual QByteArray prologue() = 0;
    virtual QByteArray epilogue() = 0;
    bool put(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size()) {
            fail(m_file.errorString());
            m_file.cancelWriting();
            return false;
        }
        return true;
    }

private:
    QSaveFile m_file;
};

// RFC 4180: a header line, CRLF line ends, UTF-8; formulas defused (Csv::field).
class CsvExportWriter : public TextExportWriter
{
public:
    using TextExportWriter::TextExportWriter;

    bool write(const QByteArray &, const QJsonArray &objects) override
    {
        QByteArray lines;
        for (const QJsonValue &value : objects) {
            const std::optional<QVariantList> cells = cellsOf(value);
            if (!cells) {
                return false;
            }
            QStringList fields;
            for (const QVariant &cell : *cells) {
                fields << ExportValues::text(cell);
            }
            lines += Csv::line(fields).toUtf8();
        }
        m_rows += objects.size();
        return put(lines);
    }

protected:
    QByteArray prologue() override
    {
        return Csv::line(ExportValues::header(m_columns)).toUtf8();
    }
    QByteArray epilogue() override
    {
        return {};
    }
};

// The server's objects byte for byte, the pages' arrays joined into one.
class JsonExportWriter : public TextExportWriter
{
public:
    using TextExportWriter::TextExportWriter;

    bool write(const QByteArray &body, const QJsonArray &objects) override
    {
        if (objects.isEmpty()) {
            return true;
        }
        QByteArray inner = body.trimmed();
        inner = inner.mid(1, inner.size() - 2).trimmed(); // a JSON array: the parse said so
        m_rows += objects.size();
        return put((m_rows == objects.size() ? QByteArray("\n") : QByteArray(",\n")) + inner);
    }

protected:
    QByteArray prologue() override
    {
        return "[";
    }
    QByteArray epilogue() override
    {
        return m_rows ? "\n]\n" : "]\n";
    }
};
} // namespace

ExportWriter::ExportWriter(const QString &path, const QList<Column> &columns)
    : m_path(path)
    , m_columns(columns)
{
}

void ExportWriter::fail(const QString &reason)
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("wpc::ExportWriter", "Could not write %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), reason);
    }
}

std::optional<QVariantList> ExportWriter::cellsOf(const QJsonValue &object)
{
    QString error;
    const std::optional<Resource> resource = Resource::fromJson(object.toObject(), false, &error);
    if (!resource) {
        fail(QCoreApplication::translate("wpc::ExportWriter", "the server sent a resource the console cannot read (%1)")
                 .arg(error));
        discard();
        return std::nullopt;
    }
    return ExportValues::row(*resource, m_columns);
}

std::unique_ptr<ExportWriter> ExportWriter::create(
    ExportFormat format, const QString &path, const QList<Column> &columns)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvExportWriter>(path, columns);
    case ExportFormat::Json:
        return std::make_unique<JsonExportWriter>(path, columns);
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxExportWriter>(path, columns);
    }
    return {};
}

} // namespace wpc
