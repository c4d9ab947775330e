// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/export/ExportWriter.h"

#include <QObject>

#include <memory>

namespace wpc {

// An ExportWriter on a worker thread of its own: the export hands it pages with QMetaObject::invokeMethod
// and hears back through queued signals. finish() ends the thread, which then deletes the sink.
class ExportSink : public QObject
{
    Q_OBJECT

public:
    // Starts the thread; the sink lives there from now on.
    static ExportSink *start(std::unique_ptr<ExportWriter> writer);
    ~ExportSink() override;

    // Called on the sink's thread only.
    void open();
    void write(const QByteArray &body, const QJsonArray &objects);
    void commit();
    // Drops the file unless committed, and stops the thread.
    void finish();

Q_SIGNALS:
    void written(qint64 rows, const QString &error); // after open() (0 rows) and after each page
    void committed(const QString &error);

private:
    explicit ExportSink(std::unique_ptr<ExportWriter> writer);

    std::unique_ptr<ExportWriter> m_writer;
    bool m_failed = false;
    bool m_committed = false;
};

} // namespace wpc
