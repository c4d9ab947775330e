// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/ExportSink.h"

#include <QThread>

namespace wpc {

ExportSink::ExportSink(std::unique_ptr<ExportWriter> writer)
    : m_writer(std::move(writer))
{
}

ExportSink *ExportSink::start(std::unique_ptr<ExportWriter> writer)
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("wpc-export"));
    auto *sink = new ExportSink(std::move(writer));
    sink->moveToThread(thread);
    // Qt's own pattern: both go once the thread's loop has ended (finish() ends it).
    connect(thread, &QThread::finished, sink, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return sink;
}

ExportSink::~ExportSink()
{
    if (!m_committed) {
        m_writer->discard();
    }
}

void ExportSink::open()
{
    m_failed = !m_writer->open();
    Q_EMIT written(0, m_writer->errorString());
}

void ExportSink::write(const QByteArray &body, const QJsonArray &objects)
{
    if (m_failed) {
        return; // the export heard of the failure and stops
    }
    m_failed = !m_writer->write(body, objects);
    Q_EMIT written(m_writer->rowsWritten(), m_writer->errorString());
}

void ExportSink::commit()
{
    if (m_failed) {
        return;
    }
    m_committed = m_writer->commit();
    Q_EMIT committed(m_writer->errorString());
}

void ExportSink::finish()
{
    if (!m_committed) {
        m_writer->discard();
    }
    thread()->quit();
}

} // namespace wpc
