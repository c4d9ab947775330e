// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalDatabase.h"

#include "models/journal/JournalText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace wpc {

namespace {
QAtomicInt nextConnection;

QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::JournalDatabase", text);
}

// SQLite's result code without its extended part (SQLITE_READONLY_CANTINIT is SQLITE_READONLY).
int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// SQLite's words, with what they mean for the journal where they are terse.
QString problemOf(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.isEmpty()) {
        text = tr("unknown database error");
    }
    switch (primaryCode(error)) {
    case 5: // SQLITE_BUSY
        return tr("another program holds it locked (%1)").arg(text);
    case 10: // SQLITE_IOERR
        return tr("the disk refused a write: it may be full or failing (%1)").arg(text);
    case 13: // SQLITE_FULL
        return tr("the disk is full (%1)").arg(text);
    default:
        return text;
    }
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

// Version 2: the session that wrote an entry (to tell a crashed console's entries from a running one's),
// the entry an undo undoes, and the index the Journal window pages through (newest first by id).
constexpr const char *kSchemaV2[] = {
    "ALTER TABLE entries ADD COLUMN session TEXT",
    "ALTER TABLE entries ADD COLUMN undoes TEXT",
    "DROP INDEX entries_unsettled",
    "CREATE INDEX entries_by_id ON entries (server, user, id)",
    "CREATE INDEX entries_open ON entries (session) WHERE outcome IN ('sending', 'queued')",
    "CREATE INDEX entries_by_run ON entries (bulk_run) WHERE bulk_run IS NOT NULL AND bulk_run != ''",
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A UUID as Waldur writes it (32 hex digits, no dashes), or an empty string when `text` is not one.
QString asUuid(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    QString compact = text.trimmed().toLower();
    compact.remove(QLatin1Char('-'));
    return hex.match(compact).hasMatch() ? compact : QString();
}

// The filter as SQL: a WHERE clause and the values it binds, in order.
std::pair<QString, QVariantList> whereOf(const JournalFilter &filter)
{
    QStringList where { QStringLiteral("server = ?"), QStringLiteral("user = ?") };
    QVariantList values { filter.server, filter.user };
    const auto add = [&](const QString &clause, const QVariantList &bound) {
        where.append(clause);
        values.append(bound);
    };
    if (filter.from.isValid()) {
        add(QStringLiteral("time >= ?"), { JournalText::isoText(filter.from) });
    }
    if (filter.to.isValid()) {
        add(QStringLiteral("time < ?"), { JournalText::isoText(filter.to) });
    }
    if (!filter.operation.isEmpty()) {
        add(QStringLiteral("operation = ?"), { filter.operation });
    }
    if (filter.outcome) {
        add(QStringLiteral("outcome = ?"), { JournalOutcomes::toText(*filter.outcome) });
    }
    if (const QString resource = filter.resource.trimmed(); !resource.isEmpty()) {
        if (const QString uuid = asUuid(resource); !uuid.isEmpty()) {
            add(QStringLiteral("resource_uuid = ?"), { uuid });
        } else {
            add(QStringLiteral("resource_name LIKE ? ESCAPE '\\'"), { likePattern(resource) });
        }
    }
    if (!filter.bulkRun.isEmpty()) {
        add(QStringLiteral("bulk_run = ?"), { filter.bulkRun });
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        QStringList any;
        QVariantList bound;
        for (const char *column : { "resource_name", "resource_uuid", "operation", "message", "body", "offering",
                 "customer", "project", "bulk_run" }) {
            any.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1StringView(column)));
            bound.append(likePattern(text));
        }
        add(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'), bound);
    }
    return { where.join(QLatin1String(" AND ")), values };
}

constexpr const char *kColumns = "id, key, time, server, user, operation, body, resource_uuid, resource_name, "
                                 "offering, customer, project, before, outcome, message, request_id, bulk_run, "
                                 "completed, undoes";
constexpr int kPageSize = 2000;
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
    if (m_lock) {
        m_lock->unlock(); // and removes the file: this session ended cleanly
    }
}

QString JournalDatabase::sessionsDir() const
{
    return m_path + QStringLiteral(".sessions");
}

QString JournalDatabase::failureMark(const QString &session) const
{
    return sessionsDir() + QLatin1Char('/') + session + QStringLiteral(".failed");
}

void JournalDatabase::noteFailure()
{
    // Beside the lock, where a full database may still leave room for an empty file; if not, the next start
    // says "not sent" of entries that may have been sent, the best it can know.
    if (!m_session.isEmpty()) {
        QFile(failureMark(m_session)).open(QIODevice::WriteOnly);
    }
}

bool JournalDatabase::openReader(const QString &path, bool immutable, QString *problem)
{
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *problem = problemOf(db.lastError());
        return false;
    }
    // Reads the schema now, at start-up, rather than in the first page the Journal window asks for.
    QSqlQuery(db).exec(QStringLiteral("SELECT id FROM entries LIMIT 1"));
    return true;
}

bool JournalDatabase::open(const QString &path, QString *problem, bool *readable)
{
    m_path = path;
    *readable = false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *problem = tr("Qt's SQLite driver (QSQLITE) is not installed");
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *problem = tr("its folder %1 cannot be created").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSqlError error;
    if (openForWriting(path, &error, problem)) {
        return true;
    }
    // SQLITE_READONLY (8): the file or its folder is read-only. What is in it can still be shown, read as
    // a file nobody changes (no lock, no WAL index: a read-only folder has room for neither).
    if (primaryCode(error) != 8) {
        return false;
    }
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    QSqlQuery query(db);
    if (!db.open() || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()
        || query.value(0).toInt() != kSchemaVersion) {
        return false; // and the first problem stands
    }
    *readable = true;
    *problem = tr("the file is read-only: past changes can be read, new ones are not recorded");
    return false;
}

bool JournalDatabase::openForWriting(const QString &path, QSqlError *error, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // A second console writing the same journal waits its turn rather than failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto failed = [&](const QSqlError &e) {
        *error = e;
        *problem = problemOf(e);
        return false;
    };
    if (!db.open()) {
        return failed(db.lastError());
    }
    QSqlQuery query(db);
    // The first statement reads the file: a corrupt one fails here ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        return failed(query.lastError());
    }
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // WAL keeps it consistent; a power cut may lose the last
    if (!migrate(error, problem)) {
        return false;
    }
    // Read-only files and folders may open fine; writing is what fails. Find out now, not at the first change
    // (with the WAL of another user's console beside it, even BEGIN IMMEDIATE passes on a file we cannot write).
    if (!QFileInfo(path).isWritable()) {
        *error = QSqlError(
            QString(), tr("attempt to write a readonly database"), QSqlError::StatementError, QStringLiteral("8"));
        *problem = error->databaseText();
        return false;
    }
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failed(query.lastError());
    }
    query.exec(QStringLiteral("ROLLBACK"));
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(sessionsDir())) {
        *problem = tr("its folder %1 cannot be created").arg(sessionsDir());
        return false;
    }
    m_lock = std::make_unique<QLockFile>(sessionsDir() + QLatin1Char('/') + m_session + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // held for as long as the console runs, however long that is
    if (!m_lock->tryLock(0)) {
        *problem = tr("its session lock %1 cannot be written").arg(m_lock->fileName());
        return false;
    }
    return true;
}

bool JournalDatabase::migrate(QSqlError *error, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const auto failed = [&](const QSqlError &e) {
        *error = e;
        *problem = problemOf(e);
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return failed(query.lastError());
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
    // BEGIN IMMEDIATE: a second console migrating the same file at the same moment waits for this one, and
    // then finds the version already moved on.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failed(query.lastError());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failed(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (query.value(0).toInt() == kSchemaVersion) {
        query.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    const auto run = [&](const auto &statements) {
        for (const char *statement : statements) {
            if (!query.exec(QString::fromLatin1(statement))) {
                return failed(query.lastError());
            }
        }
        return true;
    };
    if ((version < 1 && !run(kSchemaV1)) || (version < 2 && !run(kSchemaV2))) {
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))
        || !query.exec(QStringLiteral("COMMIT"))) {
        failed(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool JournalDatabase::write(const JournalEntry &entry, QString *problem)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // A bulk run's queued entry becomes "sending" with what is sent, and when; the rest it keeps.
    query.prepare(QStringLiteral(
        "INSERT INTO entries (key, time, server, user, operation, body, resource_uuid, resource_name, offering, "
        "customer, project, before, outcome, message, request_id, bulk_run, session, undoes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET time = excluded.time, body = excluded.body, before = excluded.before, "
        "outcome = excluded.outcome, message = excluded.message, request_id = excluded.request_id, "
        "session = excluded.session, "
        "resource_name = coalesce(nullif(excluded.resource_name, ''), resource_name), "
        "offering = coalesce(nullif(excluded.offering, ''), offering), "
        "customer = coalesce(nullif(excluded.customer, ''), customer), "
        "project = coalesce(nullif(excluded.project, ''), project)"));
    for (const QVariant &value :
        QVariantList { entry.key, JournalText::isoText(entry.time), entry.server, entry.user, entry.operation,
            JournalText::objectText(entry.body), entry.resourceUuid, entry.resourceName, entry.offering, entry.customer,
            entry.project, JournalText::objectText(entry.before), JournalOutcomes::toText(entry.outcome), entry.message,
            qlonglong(entry.requestId), entry.bulkRun, m_session, entry.undoes }) {
        query.addBindValue(value);
    }
    // exec() steps the statement to its end, where SQLite commits (outside a transaction): a write the disk
    // refuses fails here. (With RETURNING, the commit would wait for the statement's reset, whose error Qt
    // does not report.)
    if (!query.exec()) {
        *problem = problemOf(query.lastError());
        noteFailure();
        return false;
    }
    return true;
}

bool JournalDatabase::writeAll(const QList<JournalEntry> &entries, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *problem = problemOf(db.lastError());
        return false;
    }
    for (const JournalEntry &entry : entries) {
        if (!write(entry, problem)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *problem = problemOf(db.lastError());
        db.rollback();
        noteFailure();
        return false;
    }
    return true;
}

bool JournalDatabase::complete(
    const QStringList &keys, JournalOutcome outcome, const QString &message, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool several = keys.size() > 1;
    if (several && !db.transaction()) {
        *problem = problemOf(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE entries SET outcome = ?, message = ?, completed = ? WHERE key = ?"));
    const QString now = JournalText::isoText(QDateTime::currentDateTimeUtc());
    for (const QString &key : keys) {
        query.addBindValue(JournalOutcomes::toText(outcome));
        query.addBindValue(message);
        query.addBindValue(now);
        query.addBindValue(key);
        if (!query.exec()) {
            *problem = problemOf(query.lastError());
            if (several) {
                db.rollback();
            }
            noteFailure();
            return false;
        }
    }
    if (several && !db.commit()) {
        *problem = problemOf(db.lastError());
        db.rollback();
        noteFailure();
        return false;
    }
    return true;
}

QList<JournalEntry> JournalDatabase::page(const JournalFilter &filter, qint64 beforeId, int limit, QString *problem)
{
    auto [where, values] = whereOf(filter);
    if (beforeId > 0) {
        where += QStringLiteral(" AND id < ?");
        values.append(beforeId);
    }
    return select(where, values, QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit), problem);
}

int JournalDatabase::count(const JournalFilter &filter, QString *problem)
{
    const auto [where, values] = whereOf(filter);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM entries WHERE ") + where);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        *problem = problemOf(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool JournalDatabase::forEach(
    const JournalFilter &filter, const std::function<bool(const JournalEntry &entry)> &each, QString *problem)
{
    qint64 below = 0;
    for (;;) {
        const QList<JournalEntry> entries = page(filter, below, kPageSize, problem);
        if (!problem->isEmpty()) {
            return false;
        }
        for (const JournalEntry &entry : entries) {
            if (!each(entry)) {
                return false;
            }
        }
        if (entries.size() < kPageSize) {
            return true;
        }
        below = entries.last().id;
    }
}

int JournalDatabase::recoverCutOff(QString *problem)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT coalesce(session, '') FROM entries "
                                   "WHERE outcome IN ('sending', 'queued')"))) {
        *problem = problemOf(query.lastError());
        return 0;
    }
    QStringList sessions;
    while (query.next()) {
        sessions.append(query.value(0).toString());
    }
    query.finish();
    int settled = 0;
    for (const QString &session : std::as_const(sessions)) {
        if (session == m_session) {
            continue;
        }
        // A lock nobody holds (its console has ended: Qt sees that its process is gone) can be taken.
        QLockFile lock(sessionsDir() + QLatin1Char('/') + session + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!session.isEmpty() && !lock.tryLock(0)) {
            continue; // a console still running: its requests are still on their way
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE entries SET outcome = ?, message = ?, completed = ? "
                                      "WHERE coalesce(session, '') = ? AND outcome = ?"));
        const QString now = JournalText::isoText(QDateTime::currentDateTimeUtc());
        // A session whose journal failed sent its changes on unjournaled: a queued one may have left too.
        const bool failed = !session.isEmpty() && QFile::exists(failureMark(session));
        const auto queued = failed ? std::tuple { JournalOutcome::Queued, JournalOutcome::Unknown,
            tr("The journal could not be written while this run went on: it may have been sent. Re-read "
               "the resource to settle it.") }
                                   : std::tuple { JournalOutcome::Queued, JournalOutcome::NotSent,
                                         tr("Not sent: the console stopped before its turn came.") };
        for (const auto &[from, to, message] :
            { std::tuple { JournalOutcome::Sending, JournalOutcome::Unknown,
                  tr("The console stopped before the answer came: re-read the resource to settle it.") },
                queued }) {
            update.addBindValue(JournalOutcomes::toText(to));
            update.addBindValue(message);
            update.addBindValue(now);
            update.addBindValue(session);
            update.addBindValue(JournalOutcomes::toText(from));
            if (!update.exec()) {
                *problem = problemOf(update.lastError());
                return settled;
            }
            settled += update.numRowsAffected();
        }
        if (!session.isEmpty()) {
            QFile::remove(failureMark(session));
            lock.unlock();
        }
    }
    return settled;
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
        e.time = JournalText::storedTime(query.value(2).toString());
        e.server = query.value(3).toString();
        e.user = query.value(4).toString();
        e.operation = query.value(5).toString();
        e.body = JournalText::objectFromText(query.value(6).toString());
        e.resourceUuid = query.value(7).toString();
        e.resourceName = query.value(8).toString();
        e.offering = query.value(9).toString();
        e.customer = query.value(10).toString();
        e.project = query.value(11).toString();
        e.before = JournalText::objectFromText(query.value(12).toString());
        e.outcome = JournalOutcomes::fromText(query.value(13).toString());
        e.message = query.value(14).toString();
        e.requestId = query.value(15).toULongLong();
        e.bulkRun = query.value(16).toString();
        e.completed = JournalText::storedTime(query.value(17).toString());
        e.undoes = query.value(18).toString();
        entries.append(e);
    }
    return entries;
}

namespace JournalOutcomes {

const QList<JournalOutcome> &all()
{
    static const QList<JournalOutcome> outcomes { JournalOutcome::Queued, JournalOutcome::Sending, JournalOutcome::Ok,
        JournalOutcome::Failed, JournalOutcome::Unknown, JournalOutcome::Gone, JournalOutcome::NotSent };
    return outcomes;
}

QString toText(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Queued:
        return QStringLiteral("queued");
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
    case JournalOutcome::NotSent:
        return QStringLiteral("not sent");
    }
    return QStringLiteral("unknown");
}

JournalOutcome fromText(QStringView text)
{
    for (JournalOutcome outcome : all()) {
        if (text == toText(outcome)) {
            return outcome;
        }
    }
    return JournalOutcome::Unknown;
}

QString displayName(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Queued:
        return tr("Queued");
    case JournalOutcome::Sending:
        return tr("Sending");
    case JournalOutcome::Ok:
        return tr("OK");
    case JournalOutcome::Failed:
        return tr("Failed");
    case JournalOutcome::Unknown:
        return tr("Unknown");
    case JournalOutcome::Gone:
        return tr("Gone");
    case JournalOutcome::NotSent:
        return tr("Not sent");
    }
    return tr("Unknown");
}

} // namespace JournalOutcomes

} // namespace wpc
