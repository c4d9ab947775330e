// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalExport.h"

#include "models/domain/Csv.h"
#include "models/journal/JournalDatabase.h"
#include "models/journal/JournalText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace wpc::JournalExport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::JournalExport", text);
}

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QStringList csvHeader()
{
    return { QStringLiteral("time"), QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("operation"),
        QStringLiteral("resource_uuid"), QStringLiteral("resource_name"), QStringLiteral("offering"),
        QStringLiteral("customer"), QStringLiteral("project"), QStringLiteral("body"), QStringLiteral("before"),
        QStringLiteral("outcome"), QStringLiteral("message"), QStringLiteral("request_id"), QStringLiteral("bulk_run"),
        QStringLiteral("completed"), QStringLiteral("undoes") };
}

QStringList csvFields(const JournalEntry &entry)
{
    return { JournalText::isoText(entry.time), entry.server, entry.user, entry.operation, entry.resourceUuid,
        entry.resourceName, entry.offering, entry.customer, entry.project, jsonText(entry.body), jsonText(entry.before),
        JournalOutcomes::toText(entry.outcome), entry.message, QString::number(entry.requestId), entry.bulkRun,
        JournalText::isoText(entry.completed), entry.undoes };
}

QJsonObject json(const JournalEntry &entry)
{
    return { { QStringLiteral("time"), JournalText::isoText(entry.time) }, { QStringLiteral("server"), entry.server },
        { QStringLiteral("user"), entry.user }, { QStringLiteral("operation"), entry.operation },
        { QStringLiteral("resource_uuid"), entry.resourceUuid },
        { QStringLiteral("resource_name"), entry.resourceName }, { QStringLiteral("offering"), entry.offering },
        { QStringLiteral("customer"), entry.customer }, { QStringLiteral("project"), entry.project },
        { QStringLiteral("body"), entry.body.isEmpty() ? QJsonValue() : QJsonValue(entry.body) },
        { QStringLiteral("before"), entry.before.isEmpty() ? QJsonValue() : QJsonValue(entry.before) },
        { QStringLiteral("outcome"), JournalOutcomes::toText(entry.outcome) },
        { QStringLiteral("message"), orNull(entry.message) }, { QStringLiteral("request_id"), qint64(entry.requestId) },
        { QStringLiteral("bulk_run"), orNull(entry.bulkRun) },
        { QStringLiteral("completed"), orNull(JournalText::isoText(entry.completed)) },
        { QStringLiteral("undoes"), orNull(entry.undoes) } };
}

int write(JournalDatabase &db,
    const JournalFilter &filter,
    const QString &path,
    Format format,
    const std::function<bool()> &stop,
    QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *problem = file.errorString();
        return -1;
    }
    int written = 0;
    const bool csv = format == Format::Csv;
    file.write(csv ? Csv::line(csvHeader()).toUtf8() : QByteArray("[\n"));
    const bool complete = db.forEach(
        filter,
        [&](const JournalEntry &entry) {
            QByteArray line = csv ? Csv::line(csvFields(entry)).toUtf8()
                                  : (written ? ",\n" : "") + QJsonDocument(json(entry)).toJson(QJsonDocument::Compact);
            ++written;
            return file.write(line) == line.size() && !stop();
        },
        problem);
    if (!csv) {
        file.write(written ? "\n]\n" : "]\n");
    }
    // A full disk shows here: the write or the commit fails, and the half-written file is dropped.
    if (!complete || file.error() != QFileDevice::NoError || !file.commit()) {
        if (problem->isEmpty()) {
            *problem = stop() ? tr("the journal was closed") : file.errorString();
        }
        file.cancelWriting();
        return -1;
    }
    return written;
}

} // namespace wpc::JournalExport
