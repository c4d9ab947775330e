// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profiles/ProfileStore.h"
#include "models/sim/Simulator.h"
#include "models/views/ViewStore.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;
using namespace Qt::StringLiterals;

// `waldur-provider-console --url U --export FILE …` as a cron job runs it: the real executable, no display,
// the token from WALDUR_TOKEN, against the simulator on loopback. Exit 0 with the file; 1 with one line on
// stderr when the server or the disk fails; 2 for a wrong command line. Quiet when stderr is not a terminal.
class TestHeadlessExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesTheFilteredRowsQuietly();
    void theFormatFollowsTheSuffix();
    void aServerFailureIsOneLineAndExitOne();
    void aRefusedTokenExitsOne();
    void aSavedViewGivesFiltersAndColumns();
    void wrongCommandLinesExitTwo_data();
    void wrongCommandLinesExitTwo();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, QByteArray token = {}); // empty: the staff token
    QList<QJsonObject> serverRows(const QUrlQuery &filter);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestHeadlessExport::init()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->simulator());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestHeadlessExport::cleanup()
{
    m_server.reset();
    m_home.reset();
}

TestHeadlessExport::Run TestHeadlessExport::run(const QStringList &arguments, QByteArray token)
{
    if (token.isEmpty()) {
        token = m_server->staffToken();
    }
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display at all, and settings of its own: what a cron job has.
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES" }) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"WALDUR_TOKEN"_s, QString::fromLatin1(token));
    console.setProcessEnvironment(env);
    console.setWorkingDirectory(m_home->path());
    QSignalSpy finished(&console, &QProcess::finished);
    console.start(QStringLiteral(WPC_CONSOLE_PATH), arguments);
    // The simulator answers on this thread: the loop must turn while the console runs.
    if (!finished.wait(60000)) {
        console.kill();
        return {};
    }
    return { console.exitStatus() == QProcess::NormalExit ? console.exitCode() : -1, console.readAllStandardOutput(),
        console.readAllStandardError() };
}

// The server's objects for a filter, read by this test with one GET of its own.
QList<QJsonObject> TestHeadlessExport::serverRows(const QUrlQuery &filter)
{
    QProcess curl;
    QUrl url = m_server->url().resolved(QUrl(u"api/marketplace-provider-resources/"_s));
    QUrlQuery query = filter;
    query.addQueryItem(u"page_size"_s, u"300"_s);
    url.setQuery(query);
    QSignalSpy finished(&curl, &QProcess::finished);
    curl.start(u"curl"_s,
        { u"-sf"_s, u"-H"_s, u"Authorization: Token "_s + QString::fromLatin1(m_server->staffToken()),
            url.toString() });
    [&] {
        QVERIFY2(curl.waitForStarted(10000), "curl (Debian's) reads the server's rows for comparison");
        QVERIFY(finished.wait(30000));
    }();
    QList<QJsonObject> rows;
    for (const QJsonValue &value : QJsonDocument::fromJson(curl.readAllStandardOutput()).array()) {
        rows << value.toObject();
    }
    return rows;
}

void TestHeadlessExport::writesTheFilteredRowsQuietly()
{
    const QString file = m_home->filePath(u"erred.json"_s);
    const Run result = run({ u"--url"_s, m_server->url().toString(), u"--export"_s, file, u"--state"_s, u"erred"_s,
        u"--state"_s, u"Creating"_s, u"--columns"_s, u"name,state,backend_id"_s });
    QVERIFY2(result.code == 0, result.err.constData());
    QCOMPARE(result.err, QByteArray()); // stderr is a pipe, not a terminal: no progress
    QCOMPARE(result.out, QByteArray());

    QUrlQuery filter;
    filter.addQueryItem(u"state"_s, u"Erred"_s);
    filter.addQueryItem(u"state"_s, u"Creating"_s);
    filter.addQueryItem(u"o"_s, u"-created"_s);
    const QList<QJsonObject> expected = serverRows(filter);
    QVERIFY(!expected.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(written.readAll()).array();
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).toObject().value(u"uuid"_s), expected.at(i).value(u"uuid"_s));
        QCOMPARE(rows.at(i).toObject().value(u"backend_id"_s), expected.at(i).value(u"backend_id"_s));
        QVERIFY(!rows.at(i).toObject().contains(u"offering_name"_s)); // only the columns' fields
    }
}

void TestHeadlessExport::theFormatFollowsTheSuffix()
{
    const QString file = m_home->filePath(u"all.CSV"_s);
    const Run result = run({ u"--url"_s, m_server->url().toString(), u"--export"_s, file, u"--query"_s, u"a"_s });
    QVERIFY2(result.code == 0, result.err.constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readLine().startsWith("Name,State,")); // the table's default columns
}

void TestHeadlessExport::aServerFailureIsOneLineAndExitOne()
{
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Html502;
    fault.method = "GET";
    fault.pathPattern = u"^/api/marketplace-provider-resources/$"_s;
    fault.count = 100;
    m_server->simulator()->injectFault(fault);
    const QString file = m_home->filePath(u"never.xlsx"_s);
    const Run result = run({ u"--url"_s, m_server->url().toString(), u"--export"_s, file });
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(result.err.startsWith("waldur-provider-console: ") && result.err.contains("502"), result.err.constData());
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_home->path()).entryList({ u"*never*"_s }, QDir::Files | QDir::Hidden), QStringList());
}

void TestHeadlessExport::aRefusedTokenExitsOne()
{
    const Run result
        = run({ u"--url"_s, m_server->url().toString(), u"--export"_s, m_home->filePath(u"x.csv"_s) }, "not-a-token");
    QCOMPARE(result.code, 1);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!result.err.contains("not-a-token")); // the token is never printed
    QVERIFY(!QFile::exists(m_home->filePath(u"x.csv"_s)));
}

// --view NAME: the view as the profile's window saved it (in the settings the console reads), or a built-in.
void TestHeadlessExport::aSavedViewGivesFiltersAndColumns()
{
    // The console's settings file, written here as its window would.
    QCoreApplication::setOrganizationName(u"Waldur"_s);
    QCoreApplication::setApplicationName(u"Waldur Provider Console"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home->filePath(u"config"_s));
    const QUrl url = m_server->url();
    const QString group = ProfileStore::settingsGroupOf(ProfileStore().forAddress(url).id);
    SavedView mine;
    mine.name = u"Erred backends"_s;
    mine.query = ResourceQuery::defaults();
    mine.query.states = { ResourceState::Erred };
    mine.columns = { Column::Name, Column::BackendId };
    ViewStore(group).save(mine);
    QSettings().sync();

    const QString file = m_home->filePath(u"view.csv"_s);
    Run result = run({ u"--url"_s, url.toString(), u"--export"_s, file, u"--view"_s, u"erred BACKENDS"_s });
    QVERIFY2(result.code == 0, result.err.constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readLine(), QByteArray("Name,Backend ID,UUID\r\n"));
    QUrlQuery erred;
    erred.addQueryItem(u"state"_s, u"Erred"_s);
    QCOMPARE(written.readAll().count("\r\n"), serverRows(erred).size());

    result = run({ u"--url"_s, url.toString(), u"--export"_s, file, u"--view"_s, u"Nope"_s });
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("There is no view called \"Nope\"") && result.err.contains("Erred backends"),
        result.err.constData());
}

void TestHeadlessExport::wrongCommandLinesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown state") << QStringList { u"--export"_s, u"a.csv"_s, u"--state"_s, u"Broken"_s }
                                   << u"Unknown state"_s;
    QTest::newRow("unknown column") << QStringList { u"--export"_s, u"a.csv"_s, u"--columns"_s, u"name,colour"_s }
                                    << u"Unknown column"_s;
    QTest::newRow("unknown format") << QStringList { u"--export"_s, u"a.pdf"_s } << u".csv, .json or .xlsx"_s;
    QTest::newRow("no such folder") << QStringList { u"--export"_s, u"/nonexistent/a.csv"_s } << u"does not exist"_s;
    QTest::newRow("not a uuid") << QStringList { u"--export"_s, u"a.csv"_s, u"--customer"_s, u"acme"_s }
                                << u"needs a UUID"_s;
    QTest::newRow("view and filters") << QStringList { u"--export"_s, u"a.csv"_s, u"--view"_s, u"Erred"_s, u"--state"_s,
        u"OK"_s } << u"--view brings its own filters"_s;
    QTest::newRow("filter without export") << QStringList { u"--state"_s, u"OK"_s } << u"go with --export"_s;
}

void TestHeadlessExport::wrongCommandLinesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run result = run(QStringList { u"--url"_s, m_server->url().toString() } + arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(reason), result.err.constData());
    QCOMPARE(m_server->simulator()->requests().size(), 0); // nothing was asked of the server
}

QTEST_GUILESS_MAIN(TestHeadlessExport)
#include "tst_headlessexport.moc"
