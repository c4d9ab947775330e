// SPDX-License-Identifier: GPL-3.0-or-later
// wpc-bench: the measurements behind `./run bench` that need the product in-process. One mode per run,
// results as key=value lines on stdout for tests/bench/run-bench.sh.
//
//   wpc-bench first-paint --url URL        P1: launch -> first rows painted in the console's main window
//   wpc-bench load --url URL [--view] [--at-once]
//                                          P2/P4/P5: every row (all states) into ResourceTableModel, with
//                                          --view the console's MainWindow showing it; with --at-once Load all
//                                          is asked for with the query, not once its first page is in
//   wpc-bench probe --url URL              three list requests in a row (first-request overhead)
//   wpc-bench urls --url URL --pages N --page-size S [--full]
//                                          the list URLs the model requests (for curl and wrk)
//   wpc-bench urls --url URL --first-page  the URL of the main window's first request (P1L's round trip)
//   wpc-bench bulk --url URL --count N [--concurrency C] [--sim-pid PID] [--urls-only] [--select]
//                  [--journal PATH]
//                                          P6: bulk pause of the first N rows shown in the main window;
//                                          SIGUSR1 to PID (waldur-sim --report-in-flight) just before the
//                                          run starts; with --urls-only: the set_paused URLs it would POST to
//   wpc-bench journal-fill --journal PATH --count N
//                                          writes N completed entries (one server and user) for P7
//   wpc-bench journal-open --journal PATH  P7: View ▸ Journal -> its first page painted (journal open)
// The token comes from WALDUR_TOKEN.

#include "BenchClock.h"
#include "models/ResourceColumns.h"
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/BulkRun.h"
#include "models/api/ApiClient.h"
#include "models/api/Endpoints.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/domain/Entities.h"
#include "models/journal/Journal.h"
#include "models/journal/JournalDatabase.h"
#include "models/journal/JournalModel.h"
#include "resources/AppIcon.h"
#include "resources/Translations.h"
#include "ui/MainWindow.h"
#include "ui/journal/JournalController.h"
#include "ui/journal/JournalEntryView.h"
#include "ui/journal/JournalWindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <memory>

namespace wpc::bench {
namespace {

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// Times every top-level event delivery on the GUI thread (wall and thread CPU), to name what stalls it:
// a long wall time with little CPU means the thread was waiting for a core, not working.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
        QByteArray what;
    };
    bool recording = false;
    QList<Slow> slowest; // the 5 longest, longest first

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || m_depth > 0) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const qint64 wall0 = realtimeNs();
        const qint64 cpu0 = threadCpuNs();
        const int type = event->type();
        const QByteArray receiverClass = receiver->metaObject()->className();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        Slow slow { realtimeNs() - wall0, threadCpuNs() - cpu0, {} };
        if (slowest.size() < 5 || slow.wallNs > slowest.constLast().wallNs) {
            slow.what = receiverClass + " event " + QByteArray::number(type);
            slowest.append(slow);
            std::sort(slowest.begin(), slowest.end(), [](const Slow &a, const Slow &b) { return a.wallNs > b.wallNs; });
            slowest.resize(std::min<qsizetype>(slowest.size(), 5));
        }
        return result;
    }

private:
    int m_depth = 0;
};

QString argValue(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

qint64 heapInUseBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd); // the brk heap in use plus large mmap'd blocks
}

// The query the bench loads: the console's default view and fields, but every state, so that a simulator
// with N resources gives N rows.
ResourceQuery benchQuery()
{
    ResourceQuery query = ResourceQuery::defaults();
    query.states.clear();
    query.fields = ResourceColumns::fieldsFor(ResourceColumns::defaultVisible());
    return query;
}

struct Connection
{
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ProviderResourcesApi> api;

    explicit Connection(const QUrl &root)
        : client(std::make_unique<ApiClient>(&network, root, qgetenv("WALDUR_TOKEN")))
        , api(std::make_unique<ProviderResourcesApi>(client.get()))
    {
    }
};

void printUrl(const ApiClient &client, const ResourceQuery &query, int page, int pageSize)
{
    QUrlQuery urlQuery = query.toUrlQuery(); // as ProviderResourcesApi::list builds it
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(page));
    urlQuery.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    std::printf("%s\n", client.urlFor(Endpoints::pathFor(Operation::List), urlQuery).toEncoded().constData());
}

int printUrls(const QStringList &args)
{
    const QUrl root(argValue(args, QStringLiteral("--url")));
    const int pages = argValue(args, QStringLiteral("--pages"), QStringLiteral("1")).toInt();
    const int pageSize = argValue(args, QStringLiteral("--page-size"), QStringLiteral("300")).toInt();
    QNetworkAccessManager network;
    ApiClient client(&network, root, qgetenv("WALDUR_TOKEN"));
    if (args.contains(QStringLiteral("--first-page"))) { // the default view, as a new main window asks for it
        ResourceQuery query = ResourceQuery::defaults();
        query.fields = ResourceColumns::fieldsFor(ResourceColumns::defaultVisible());
        printUrl(client, query, 1, ResourceTableModel::kScrollPageSize);
        return 0;
    }
    ResourceQuery query = benchQuery();
    if (args.contains(QStringLiteral("--full"))) {
        query.fields.clear();
    }
    for (int page = 1; page <= pages; ++page) {
        printUrl(client, query, page, pageSize);
    }
    return 0;
}

// For the P1 breakdown: one page request through the product's ApiClient, three times on one manager;
// the first pays for the network stack's start (HTTP thread, connection), the later ones do not.
int probeFirstRequest(const QStringList &args)
{
    Connection connection(QUrl(argValue(args, QStringLiteral("--url"))));
    ResourceTableModel model(connection.api.get()); // for its query and fields
    ResourceQuery query = model.query();
    query.fields = ResourceColumns::fieldsFor(model.visibleColumns());
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        connection.api->list(query, 1, ResourceTableModel::kScrollPageSize, qApp, [&](const Result<ResourcePage> &) {
            done = true;
            QCoreApplication::exit(0);
        });
        if (!done) {
            QCoreApplication::exec();
        }
        std::printf("request_%d_ms=%.3f\n", i + 1, double(timer.nsecsElapsed()) / 1e6);
    }
    return 0;
}

// P1. The same composition as app/main.cpp + Application::connectTo, with a paint watcher on the table.
class FirstRowsWatcher : public QObject
{
public:
    FirstRowsWatcher(qint64 mainNs)
        : m_mainNs(mainNs)
    {
    }
    void rowsArrived()
    {
        m_rowsArrived = true;
        m_rowsMs = msSinceLaunch(m_mainNs);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_windowPaintMs < 0) {
            m_windowPaintMs = msSinceLaunch(m_mainNs); // the console's first frame, with rows or without
        }
        if (event->type() == QEvent::Paint && m_rowsArrived && !m_done) {
            m_done = true;
            const double ms = msSinceLaunch(m_mainNs);
            const double rowsMs = m_rowsMs;
            const double windowMs = m_windowPaintMs;
            QTimer::singleShot(0, qApp, [ms, rowsMs, windowMs] {
                std::printf("window_paint_ms=%.3f\nfirst_page_ms=%.3f\nfirst_paint_ms=%.3f\n", windowMs, rowsMs, ms);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_mainNs;
    bool m_rowsArrived = false;
    bool m_done = false;
    double m_rowsMs = 0;
    double m_windowPaintMs = -1;
};

int firstPaint(QApplication &app, const QStringList &args, qint64 mainNs)
{
    const double appMs = msSinceLaunch(mainNs);
    installTranslations(app);
    QApplication::setOrganizationName(QStringLiteral("Waldur"));
    QApplication::setApplicationName(QStringLiteral("Waldur Provider Console"));
    const QUrl root(argValue(args, QStringLiteral("--url")));
    Connection connection(root);
    connection.client->preconnect();
    MainWindow::Options options;
    options.serverUrl = root.toString();
    options.serverLabel = QStringLiteral("%1:%2").arg(root.host()).arg(root.port());
    options.settingsGroup = QStringLiteral("bench");
    const double beforeWindowMs = msSinceLaunch(mainNs);
    // As Session::open: the model asks for its first page before the window is built.
    auto window = std::make_unique<MainWindow>(
        connection.api.get(), options, MainWindow::startModel(connection.api.get(), options));
    const double windowMs = msSinceLaunch(mainNs);
    FirstRowsWatcher watcher(mainNs);
    window->table()->viewport()->installEventFilter(&watcher);
    QObject::connect(
        window->model(), &ResourceTableModel::firstPageLoaded, &watcher, [&watcher] { watcher.rowsArrived(); });
    QObject::connect(window->model(), &ResourceTableModel::errorOccurred, &app, [](const ApiError &error) {
        std::fprintf(stderr, "wpc-bench: %s\n", qPrintable(error.message));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    // As Application::adopt: start() (the user and the filter pickers; the first page is on its way) before
    // the window's first layout and paint.
    window->start();
    window->show();
    // As Application::setIconWhenShown: the icon once the first page is on screen.
    QObject::connect(
        window->model(), &ResourceTableModel::firstPageLoaded, &app,
        [&app] {
            QTimer::singleShot(100 /* Application::kIconAfterFirstPageMs */, &app,
                [] { QApplication::setWindowIcon(applicationIcon()); });
        },
        Qt::SingleShotConnection);
    const double startedMs = msSinceLaunch(mainNs);
    const int code = QApplication::exec();
    // Where the time went, for BENCHMARKS.md: milestones since launch.
    std::printf("qapplication_ms=%.3f\nbefore_window_ms=%.3f\nwindow_built_ms=%.3f\nrequests_sent_ms=%.3f\n", appMs,
        beforeWindowMs, windowMs, startedMs);
    window.reset();
    return code;
}

// Runs `then` once, in the next event-loop pass after the watched widget's first Paint event.
class PaintedOnce : public QObject
{
public:
    explicit PaintedOnce(std::function<void()> then)
        : m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, qApp, std::exchange(m_then, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

// P2, P4, P5: loads every row; optionally with the rows shown in a QTableView.
int load(TimingApplication &app, const QStringList &args)
{
    const QUrl root(argValue(args, QStringLiteral("--url")));
    const bool withView = args.contains(QStringLiteral("--view"));
    const bool atOnce = args.contains(QStringLiteral("--at-once"));
    Connection connection(root);
    // With --view the rows go into the console's own main window (its table, delegate, status bar and
    // progress bar); without it into a bare model.
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ResourceTableModel> ownModel;
    ResourceTableModel *model = nullptr;
    if (withView) {
        MainWindow::Options options;
        options.serverUrl = root.toString();
        options.serverLabel = root.host();
        options.settingsGroup = QStringLiteral("bench");
        window = std::make_unique<MainWindow>(connection.api.get(), options);
        window->show();
        model = window->model();
    } else {
        ownModel = std::make_unique<ResourceTableModel>(connection.api.get());
        model = ownModel.get();
    }
    qint64 rssBefore = 0;
    qint64 heapBefore = 0;

    // Heartbeat: a 1 ms precise timer; its lateness is how long the GUI thread was busy elsewhere.
    QElapsedTimer clock;
    qint64 lastBeatNs = -1;
    qint64 maxGapNs = 0;
    qint64 beats = 0;
    bool loading = false;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (loading && lastBeatNs >= 0) {
            maxGapNs = std::max(maxGapNs, now - lastBeatNs);
        }
        lastBeatNs = now;
        ++beats;
    });

    double firstPageMs = 0;
    double loadMs = 0;
    bool complete = false;
    QObject::connect(model, &ResourceTableModel::firstPageLoaded, model, [&] {
        firstPageMs = double(clock.nsecsElapsed()) / 1e6;
        model->loadAll(); // nothing more when it is loading all already (--at-once)
    });
    QObject::connect(model, &ResourceTableModel::loadAllFinished, model, [&](bool ok) {
        loadMs = double(clock.nsecsElapsed()) / 1e6;
        complete = ok;
        loading = false;
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    });
    QObject::connect(model, &ResourceTableModel::errorOccurred, model, [](const ApiError &error) {
        std::fprintf(stderr, "wpc-bench: %s\n", qPrintable(error.message));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(600000, qApp, [] { QCoreApplication::exit(3); });

    const auto begin = [&] {
        malloc_trim(0);
        rssBefore = rssKb();
        heapBefore = heapInUseBytes();
        clock.start();
        loading = true;
        app.recording = true;
        heartbeat.start();
        model->setQuery(benchQuery());
        if (atOnce) {
            model->loadAll();
        }
    };
    // The load starts in a window that is already on screen: its first layout and paint (style polish,
    // font and glyph set-up) are start-up, measured by P1, not a stall while rows load.
    PaintedOnce painted(begin);
    if (window) {
        window->table()->viewport()->installEventFilter(&painted);
    } else {
        QTimer::singleShot(0, qApp, begin);
    }
    const int code = QCoreApplication::exec();
    heartbeat.stop();
    app.recording = false;
    if (code != 0 || !complete) {
        std::fprintf(stderr, "wpc-bench: load did not complete (code %d)\n", code);
        return code != 0 ? code : 1;
    }
    QCoreApplication::processEvents();
    const qint64 rssAfter = rssKb();
    const qint64 heapAfter = heapInUseBytes();
    const qint64 rows = model->rowCount();
    std::printf("rows=%lld\n", rows);
    std::printf("first_page_ms=%.3f\n", firstPageMs);
    std::printf("load_ms=%.3f\n", loadMs);
    std::printf("rss_before_kb=%lld\nrss_after_kb=%lld\n", rssBefore, rssAfter);
    std::printf("rss_per_row_bytes=%.1f\n", rows > 0 ? double(rssAfter - rssBefore) * 1024.0 / double(rows) : 0.0);
    std::printf("heap_per_row_bytes=%.1f\n", rows > 0 ? double(heapAfter - heapBefore) / double(rows) : 0.0);
    std::printf("max_stall_ms=%.3f\n", double(maxGapNs) / 1e6);
    std::printf("heartbeats=%lld\n", beats);
    for (const TimingApplication::Slow &slow : std::as_const(app.slowest)) {
        std::printf("slow_event=%.3f ms wall, %.3f ms cpu: %s\n", double(slow.wallNs) / 1e6, double(slow.cpuNs) / 1e6,
            slow.what.constData());
    }
    std::fflush(stdout);
    window.reset();
    ownModel.reset();
    return 0;
}

// The heartbeat behind P5 and P6: a 1 ms precise timer whose lateness is how long the GUI thread was busy.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
    }
    double maxGapMs() const
    {
        return double(m_maxGapNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxGapNs = 0;
};

// P6: the console's main window loads every OK row, then a BulkRun (the bulk dialog's engine, through the
// ActionRunner) pauses the first N at the default concurrency; the time from start to the last answer,
// and the longest GUI stall meanwhile.
int bulk(TimingApplication &app, const QStringList &args)
{
    const QUrl root(argValue(args, QStringLiteral("--url")));
    const int count = argValue(args, QStringLiteral("--count"), QStringLiteral("1000")).toInt();
    const int concurrency
        = argValue(args, QStringLiteral("--concurrency"), QString::number(BulkRun::kDefaultConcurrency)).toInt();
    const bool urlsOnly = args.contains(QStringLiteral("--urls-only"));
    const bool select = args.contains(QStringLiteral("--select"));
    Connection connection(root);
    MainWindow::Options options;
    options.serverUrl = root.toString();
    options.serverLabel = root.host();
    options.settingsGroup = QStringLiteral("bench");
    MainWindow window(connection.api.get(), options);
    window.show();
    ResourceTableModel *model = window.model();
    ActionRunner runner(connection.api.get(), model);
    // --journal PATH: every change journaled as the window does it (issue 13's cost of the journal).
    std::unique_ptr<Journal> journal;
    if (const QString path = argValue(args, QStringLiteral("--journal")); !path.isEmpty()) {
        journal = std::make_unique<Journal>(path);
        journal->open();
        runner.setJournal(journal.get(), root.toString(), QStringLiteral("bench"));
    }
    CurrentUser staff;
    staff.isStaff = true;
    std::unique_ptr<BulkRun> run;
    Heartbeat heartbeat;
    QElapsedTimer clock;
    double bulkMs = 0;
    QObject::connect(model, &ResourceTableModel::firstPageLoaded, model, [model] { model->loadAll(); });
    QObject::connect(model, &ResourceTableModel::errorOccurred, model, [](const ApiError &error) {
        std::fprintf(stderr, "wpc-bench: %s\n", qPrintable(error.message));
        QCoreApplication::exit(1);
    });
    QObject::connect(model, &ResourceTableModel::loadAllFinished, model, [&](bool complete) {
        QList<Resource> rows;
        for (int r = 0; r < model->rowCount() && rows.size() < count; ++r) {
            rows.append(*model->resourceAt(r));
        }
        if (!complete || rows.size() < count) {
            std::fprintf(stderr, "wpc-bench: only %lld rows loaded\n", qlonglong(rows.size()));
            QCoreApplication::exit(1);
            return;
        }
        if (urlsOnly) {
            for (const Resource &row : std::as_const(rows)) {
                const ApiRequest request = ResourceAction::setPaused(row.uuid, true).toRequest();
                std::printf("%s\n", connection.client->urlFor(request.path).toEncoded().constData());
            }
            QCoreApplication::exit(0);
            return;
        }
        const BulkPreview preview = BulkPreview::of(Operation::SetPaused, rows, &staff);
        run = std::make_unique<BulkRun>(&runner, Operation::SetPaused, preview.items,
            [](const QString &uuid) { return ResourceAction::setPaused(uuid, true); });
        run->setConcurrency(concurrency);
        QObject::connect(run.get(), &BulkRun::finished, run.get(), [&] {
            bulkMs = double(clock.nsecsElapsed()) / 1e6;
            heartbeat.stop();
            app.recording = false;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
        // No current row: the details pane would read the row it shows again when the run changes it, and
        // that request is not the run's. With --select every loaded row stays selected, as when the user chose
        // them: the menu and the selection then see every change the run makes.
        window.table()->selectionModel()->clear();
        if (select) {
            window.table()->selectAll();
        }
        // The simulator counts requests held at once afresh from here (its timer takes 100 ms to see it).
        if (const qint64 pid = argValue(args, QStringLiteral("--sim-pid")).toLongLong(); pid > 0) {
            ::kill(pid_t(pid), SIGUSR1);
        }
        // Rows arrive first, the run starts on an idle, painted window.
        QTimer::singleShot(300, qApp, [&] {
            app.recording = true;
            heartbeat.start();
            clock.start();
            run->start();
        });
    });
    QTimer::singleShot(900000, qApp, [] { QCoreApplication::exit(3); });
    // OK rows only: none in transition, so the window's poller sends nothing and every request the
    // simulator holds is the bulk run's.
    ResourceQuery query = benchQuery();
    query.states = { ResourceState::OK };
    QTimer::singleShot(0, qApp, [model, query] { model->setQuery(query); });
    const int code = QCoreApplication::exec();
    if (code != 0 || urlsOnly) {
        return code;
    }
    const BulkRun::Counts counts = run->counts();
    std::printf("bulk_ms=%.3f\nmax_stall_ms=%.3f\nclient_max_in_flight=%d\n", bulkMs, heartbeat.maxGapMs(),
        run->maxInFlightSeen());
    std::printf("succeeded=%d\nfailed=%d\nunknown=%d\n", counts.succeeded, counts.failed, counts.unknown);
    for (const TimingApplication::Slow &slow : std::as_const(app.slowest)) {
        std::printf("slow_event=%.3f ms wall, %.3f ms cpu: %s\n", double(slow.wallNs) / 1e6, double(slow.cpuNs) / 1e6,
            slow.what.constData());
    }
    std::fflush(stdout);
    return 0;
}

const QString kJournalServer = QStringLiteral("https://waldur.example.org/");
const QString kJournalUser = QStringLiteral("stella.admin");

// P7's journal: N entries as a year of bulk runs would leave them, written in transactions of 10,000.
int journalFill(const QStringList &args)
{
    const QString path = argValue(args, QStringLiteral("--journal"));
    const int count = argValue(args, QStringLiteral("--count"), QStringLiteral("1000000")).toInt();
    JournalDatabase db;
    QString problem;
    bool readable = false;
    if (!db.open(path, &problem, &readable)) {
        std::fprintf(stderr, "wpc-bench: %s\n", qPrintable(problem));
        return 1;
    }
    const QStringList operations { QStringLiteral("set_paused"), QStringLiteral("set_end_date_by_provider"),
        QStringLiteral("set_limits"), QStringLiteral("set_slug") };
    QDateTime time = QDateTime::currentDateTimeUtc().addDays(-365);
    for (int done = 0; done < count;) {
        QList<JournalEntry> batch;
        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (int i = 0; i < 10000 && done < count; ++i, ++done) {
            JournalEntry e;
            e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.time = time.addSecs(done * 30);
            e.server = kJournalServer;
            e.user = kJournalUser;
            e.operation = operations.at(done % operations.size());
            e.body = { { QStringLiteral("paused"), true } };
            e.before = { { QStringLiteral("paused"), false } };
            e.resourceUuid = QStringLiteral("%1").arg(done % 50000, 32, 16, QLatin1Char('0'));
            e.resourceName = QStringLiteral("allocation-%1").arg(done % 50000);
            e.offering = QStringLiteral("Aurora HPC Cluster");
            e.customer = QStringLiteral("Kaunas Polytechnic");
            e.project = QStringLiteral("Battery Materials");
            e.outcome = done % 97 ? JournalOutcome::Ok : JournalOutcome::Failed;
            e.requestId = quint64(done);
            e.bulkRun = run;
            batch.append(e);
        }
        if (!db.writeAll(batch, &problem)) {
            std::fprintf(stderr, "wpc-bench: %s\n", qPrintable(problem));
            return 1;
        }
    }
    std::printf("entries=%d\n", count);
    return 0;
}

// P7: View ▸ Journal in a running console whose journal (at PATH) is open, from the click to the window
// painted with its first page. The console's main window is built and painted first (not connected: it sends
// nothing), so that what every window of a process pays once is paid as in the console; then a
// JournalController is signed in as the console's is, and its View ▸ Journal action is triggered once the
// console is idle again.
int journalOpen(QApplication &app, const QStringList &args, qint64 mainNs)
{
    installTranslations(app);
    Journal journal(argValue(args, QStringLiteral("--journal")));
    Connection connection(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    MainWindow::Options options;
    options.serverUrl = kJournalServer;
    options.serverLabel = QStringLiteral("bench");
    options.settingsGroup = QStringLiteral("bench");
    MainWindow console(connection.api.get(), options);
    ResourceTableModel model(connection.api.get());
    ActionRunner runner(connection.api.get(), &model);
    JournalController controller(&journal, &runner, connection.api.get(), &console);
    QElapsedTimer clock;
    bool consolePainted = false;
    bool signedIn = false;
    bool done = false;
    const auto open = [&] {
        clock.start();
        JournalWindow *window = controller.window();
        auto *painted = new PaintedOnce([&] {
            if (!done && controller.window()->model()->rowCount() > 0) {
                done = true;
                std::printf(
                    "open_ms=%.3f\nfrom_launch_ms=%.3f\n", double(clock.nsecsElapsed()) / 1e6, msSinceLaunch(mainNs));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }
        });
        painted->setParent(window);
        window->view()->table()->viewport()->installEventFilter(painted);
        controller.showAction()->trigger();
    };
    const auto signIn = [&] {
        if (signedIn || !consolePainted || journal.state() != Journal::State::Available) {
            return;
        }
        signedIn = true;
        controller.signIn(kJournalServer, kJournalUser);
        // The click comes when the console is idle again, as a user's would (seconds after sign-in, not
        // milliseconds): the window built, its page read and its entries counted.
        QTimer::singleShot(0, &app, [&] {
            JournalModel *journalModel = controller.window()->model();
            const auto clickWhenIdle = [&, journalModel] {
                if (!clock.isValid() && journalModel->rowCount() > 0 && journalModel->total() >= 0) {
                    QTimer::singleShot(0, &app, open);
                }
            };
            QObject::connect(journalModel, &JournalModel::loaded, &app, clickWhenIdle);
            QObject::connect(journalModel, &JournalModel::totalChanged, &app, clickWhenIdle);
            clickWhenIdle();
        });
    };
    PaintedOnce consoleWatcher([&] {
        consolePainted = true;
        signIn();
    });
    console.table()->viewport()->installEventFilter(&consoleWatcher);
    QObject::connect(&journal, &Journal::opened, &app, signIn);
    QObject::connect(&journal, &Journal::unavailable, &app, [](const QString &problem) {
        std::fprintf(stderr, "wpc-bench: %s\n", qPrintable(problem));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    journal.open();
    console.show();
    return QApplication::exec();
}

} // namespace
} // namespace wpc::bench

int main(int argc, char *argv[])
{
    const qint64 mainNs = wpc::bench::realtimeNs();
    // As app/main.cpp: the product's debug lines off unless QT_LOGGING_RULES says otherwise.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("wpc.*.debug=false"));
    }
    wpc::bench::TimingApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QStringLiteral("urls")) {
        return wpc::bench::printUrls(args);
    }
    if (mode == QStringLiteral("first-paint")) {
        return wpc::bench::firstPaint(app, args, mainNs);
    }
    if (mode == QStringLiteral("probe")) {
        return wpc::bench::probeFirstRequest(args);
    }
    if (mode == QStringLiteral("load")) {
        return wpc::bench::load(app, args);
    }
    if (mode == QStringLiteral("bulk")) {
        return wpc::bench::bulk(app, args);
    }
    if (mode == QStringLiteral("journal-fill")) {
        return wpc::bench::journalFill(args);
    }
    if (mode == QStringLiteral("journal-open")) {
        return wpc::bench::journalOpen(app, args, mainNs);
    }
    std::fprintf(stderr,
        "usage: wpc-bench first-paint|load|bulk|urls --url URL [...] | journal-fill|journal-open "
        "--journal PATH\n");
    return 2;
}
