// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"
#include "models/export/ExportFormat.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace wpc {

// Writes one export file a page at a time, on the export's worker thread. The file appears whole at
// commit() or not at all: every writer writes beside it first, and discard() (or a failure) leaves
// nothing behind.
class ExportWriter
{
public:
    ExportWriter(const QString &path, const QList<Column> &columns);
    virtual ~ExportWriter() = default;

    static std::unique_ptr<ExportWriter> create(ExportFormat format, const QString &path, const QList<Column> &columns);

    // Each returns false with errorString() set; after a failure the writer has already discarded its file.
    virtual bool open() = 0;
    // One page as the server sent it: the body (a JSON array) and the objects parsed from it.
    virtual bool write(const QByteArray &body, const QJsonArray &objects) = 0;
    virtual bool commit() = 0;
    virtual void discard() = 0;

    QString errorString() const
    {
        return m_error;
    }
    qint64 rowsWritten() const
    {
        return m_rows;
    }

protected:
    // Sets the message a failure shows: "Could not write <file>: <reason>".
    void fail(const QString &reason);
    // One object of a page as the view's cells; nullopt (after fail() and discard()) when it is no resource.
    std::optional<QVariantList> cellsOf(const QJsonValue &object);

    QString m_path;
    QList<Column> m_columns;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace wpc
