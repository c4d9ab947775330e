// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace wpc {

namespace {
QAtomicInt nextConnection;

QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::JournalDatabase", text);
}

QString problemOf(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? tr("unknown database error") : text;
}

QString toJsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Version 1: the entries, with what the Journal window filters and sorts by indexed.
constexpr const char *kSchemaV1[] = {
    "CREATE TABLE entries ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"
    " time TEXT NOT NULL,"
    " server TEXT NOT NULL,"
    " user TEXT NOT NULL,"
    " operation TEXT NOT NULL,"
    " body TEXT,"
    " resource_uuid TEXT NOT NULL,"
    " resource_name TEXT,"
    " offering TEXT,"
    " customer TEXT,"
    " project TEXT,"
    " before TEXT,"
    " outcome TEXT NOT NULL,"
    " message TEXT,"
    " request_id INTEGER,"
    " bulk_run TEXT,"
    " completed TEXT)",
    "CREATE INDEX entries_by_time ON entries (server, user, time)",
    "CREATE INDEX entries_by_resource ON entries (server, user, resource_uuid)",
    "CREATE INDEX entries_unsettled ON entries (server, user) WHERE outcome = 'sending'",
};

constexpr const char *kColumns = "id, key, time, server, user, operation, body, resource_uuid, resource_name, "
                                 "offering, customer, project, before, outcome, message, request_id, bulk_run";
} // namespace

JournalDatabase::JournalDatabase()
    : m_connection(QStringLiteral("wpc-journal-%1").arg(nextConnection.fetchAndAddRelaxed(1)))
{
}

JournalDatabase::~JournalDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool JournalDatabase::open(const QString &path, QString *problem)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *problem = tr("Qt's SQLite driver (QSQLITE) is not installed");
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *problem = tr("its folder %1 cannot be created").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // A second console writing the same journal waits its turn rather than failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *problem = problemOf(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    // The first statement reads the file: a corrupt one fails here ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        *problem = problemOf(query.lastError());
        return false;
    }
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // WAL keeps it consistent; a power cut may lose the last
    if (!migrate(problem)) {
        return false;
    }
    // Read-only files and folders open fine; writing is what fails. Find out now, not at the first change.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *problem = problemOf(query.lastError());
        return false;
    }
    query.exec(QStringLiteral("ROLLBACK"));
    return true;
}

bool JournalDatabase::migrate(QString *problem)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *problem = problemOf(query.lastError());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        *problem = tr("it was written by a newer version of the console (schema %1; this one knows %2)")
                       .arg(version)
                       .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion) {
        return true;
    }
    if (!db.transaction()) {
        *problem = problemOf(db.lastError());
        return false;
    }
    if (version < 1) {
        for (const char *statement : kSchemaV1) {
            if (!query.exec(QString::fromLatin1(statement))) {
                *problem = problemOf(query.lastError());
                db.rollback();
                return false;
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) || !db.commit()) {
        *problem = problemOf(query.lastError().isValid() ? query.lastError() : db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool JournalDatabase::insert(JournalEntry &entry, QString *problem)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO entries (key, time, server, user, operation, body, resource_uuid, "
                                 "resource_name, offering, customer, project, before, outcome, message, request_id, "
                                 "bulk_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList { entry.key, entry.time.toUTC().toString(Qt::ISODateWithMs), entry.server,
             entry.user, entry.operation, toJsonText(entry.body), entry.resourceUuid, entry.resourceName,
             entry.offering, entry.customer, entry.project, toJsonText(entry.before),
             JournalOutcomes::toText(entry.outcome), entry.message, qlonglong(entry.requestId), entry.bulkRun }) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *problem = problemOf(query.lastError());
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    return true;
}

bool JournalDatabase::complete(const QString &key, JournalOutcome outcome, const QString &message, QString *problem)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE entries SET outcome = ?, message = ?, completed = ? WHERE key = ?"));
    query.addBindValue(JournalOutcomes::toText(outcome));
    query.addBindValue(message);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(key);
    if (!query.exec()) {
        *problem = problemOf(query.lastError());
        return false;
    }
    return true;
}

QList<JournalEntry> JournalDatabase::entries(
    const QString &server, const QString &user, int offset, int limit, QString *problem)
{
    return select(QStringLiteral("server = ? AND user = ?"), { server, user },
        QStringLiteral(" ORDER BY time DESC, id DESC LIMIT %1 OFFSET %2").arg(limit).arg(offset), problem);
}

QList<JournalEntry> JournalDatabase::unsettled(const QString &server, const QString &user, QString *problem)
{
    return select(QStringLiteral("server = ? AND user = ? AND outcome = 'sending'"), { server, user },
        QStringLiteral(" ORDER BY id"), problem);
}

QList<JournalEntry> JournalDatabase::select(
    const QString &where, const QVariantList &values, const QString &tail, QString *problem)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM entries WHERE %2%3").arg(QLatin1StringView(kColumns), where, tail));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    QList<JournalEntry> entries;
    if (!query.exec()) {
        *problem = problemOf(query.lastError());
        return entries;
    }
    while (query.next()) {
        JournalEntry e;
        e.id = query.value(0).toLongLong();
        e.key = query.value(1).toString();
        e.time = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        e.server = query.value(3).toString();
        e.user = query.value(4).toString();
        e.operation = query.value(5).toString();
        e.body = fromJsonText(query.value(6).toString());
        e.resourceUuid = query.value(7).toString();
        e.resourceName = query.value(8).toString();
        e.offering = query.value(9).toString();
        e.customer = query.value(10).toString();
        e.project = query.value(11).toString();
        e.before = fromJsonText(query.value(12).toString());
        e.outcome = JournalOutcomes::fromText(query.value(13).toString());
        e.message = query.value(14).toString();
        e.requestId = query.value(15).toULongLong();
        e.bulkRun = query.value(16).toString();
        entries.append(e);
    }
    return entries;
}

namespace JournalOutcomes {

QString toText(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Sending:
        return QStringLiteral("sending");
    case JournalOutcome::Ok:
        return QStringLiteral("ok");
    case JournalOutcome::Failed:
        return QStringLiteral("failed");
    case JournalOutcome::Unknown:
        return QStringLiteral("unknown");
    case JournalOutcome::Gone:
        return QStringLiteral("gone");
    }
    return QStringLiteral("unknown");
}

JournalOutcome fromText(QStringView text)
{
    for (JournalOutcome outcome : { JournalOutcome::Sending, JournalOutcome::Ok, JournalOutcome::Failed,
             JournalOutcome::Unknown, JournalOutcome::Gone }) {
        if (text == toText(outcome)) {
            return outcome;
        }
    }
    return JournalOutcome::Unknown;
}

} // namespace JournalOutcomes

} // namespace wpc
