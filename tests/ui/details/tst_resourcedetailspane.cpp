#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "tests/support/TestServer.h"
#include "ui/details/GlauthTab.h"
#include "ui/details/ResourceDetailsPane.h"
#include "ui/details/UsageTab.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace wpc;

// The details pane against the real simulator: every tab shows what the server served (compared with the
// client's own fetch), tabs load lazily and keep their content until refresh, errors stay in the tab with
// a Retry that recovers, and the Overview, Usage and Team tabs are saved as screenshots.
class TestResourceDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateWithoutSelection();
    void overviewShowsTheFullResource();
    void usageChartTableAndCsv();
    void teamTableIsSortable();
    void offeringDetailsSubresourcesAndGlauth();
    void tabsLoadLazilyAndRefresh();
    void tabErrorAndRetry();
    void screenshots();

private:
    template <typename T, typename Call> Result<T> fetch(Call call);
    DetailsTab *show(const Resource &resource, const char *tabName);
    const Resource *findWith(const std::function<bool(const Resource &)> &accept);
    int countRequests(const QString &suffix) const;

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<ResourceDetailsPane> m_pane;
    QList<Resource> m_resources;
};

template <typename T, typename Call> Result<T> TestResourceDetailsPane::fetch(Call call)
{
    std::optional<Result<T>> out;
    call(this, [&out](const Result<T> &result) { out = result; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000)) {
        Result<T> timedOut;
        timedOut.error.kind = ApiError::Kind::Timeout;
        return timedOut;
    }
    return *out;
}

void TestResourceDetailsPane::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(), m_server->url(), m_server->staffToken());
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());
    ResourceQuery query = ResourceQuery::defaults();
    query.states.clear();
    const auto page
        = fetch<ResourcePage>([&](QObject *context, auto callback) { m_api->list(query, 1, 100, context, callback); });
    QVERIFY2(page.ok(), qPrintable(page.error.message));
    m_resources = page.value.resources;
    QVERIFY(m_resources.size() > 20);
    m_pane = std::make_unique<ResourceDetailsPane>(m_api.get());
    m_pane->resize(700, 650);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestResourceDetailsPane::cleanupTestCase()
{
    m_pane.reset();
    m_api.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

DetailsTab *TestResourceDetailsPane::show(const Resource &resource, const char *tabName)
{
    auto *tab = m_pane->findChild<DetailsTab *>(QLatin1StringView(tabName));
    m_pane->setResource(resource);
    m_pane->tabs()->setCurrentWidget(tab);
    const bool settled = QTest::qWaitFor(
        [tab] { return tab->status() != DetailsTab::Status::Loading && tab->status() != DetailsTab::Status::Idle; },
        15000);
    return settled ? tab : nullptr;
}

const Resource *TestResourceDetailsPane::findWith(const std::function<bool(const Resource &)> &accept)
{
    for (const Resource &resource : std::as_const(m_resources)) {
        if (accept(resource)) {
            return &resource;
        }
    }
    return nullptr;
}

int TestResourceDetailsPane::countRequests(const QString &suffix) const
{
    int count = 0;
    for (const auto &request : m_server->simulator()->requests()) {
        count += request.path.endsWith(suffix) ? 1 : 0;
    }
    return count;
}

void TestResourceDetailsPane::emptyStateWithoutSelection()
{
    m_pane->setResource(Resource());
    auto *empty = m_pane->findChild<QLabel *>(QStringLiteral("detailsEmptyLabel"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Select a resource"));
    QVERIFY(!m_pane->tabs()->isVisible());
}

void TestResourceDetailsPane::overviewShowsTheFullResource()
{
    const Resource &row = m_resources.first();
    auto *tab = show(row, "overviewTab");
    QVERIFY(tab);
    QCOMPARE(tab->status(), DetailsTab::Status::Content);
    const auto full = fetch<Resource>([&](QObject *c, auto cb) { m_api->retrieve(row.uuid, {}, c, cb); });
    QVERIFY(full.ok());
    const QJsonObject json = full.value.raw;
    if (auto *simulator = m_server->simulator()) {
        QCOMPARE(json.value(QStringLiteral("uuid")), simulator->resourceJson(row.uuid).value(QStringLiteral("uuid")));
    }
    QCOMPARE(tab->findChild<QLineEdit *>(QStringLiteral("uuidField"))->text(), row.uuid);
    QCOMPARE(
        tab->findChild<QLineEdit *>(QStringLiteral("urlField"))->text(), json.value(QStringLiteral("url")).toString());
    QCOMPARE(
        tab->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), json.value(QStringLiteral("state")).toString());
    const QString projectEnd = json.value(QStringLiteral("project_end_date")).toString();
    QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("projectEndDateLabel"))->text(),
        projectEnd.isEmpty() ? QStringLiteral("—") : projectEnd);

    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    const auto bars = tab->findChildren<QProgressBar *>();
    QCOMPARE(bars.size(), limits.size());
    for (QProgressBar *bar : bars) {
        const QString key = bar->objectName().mid(int(qstrlen("limitBar_")));
        QCOMPARE(bar->property("limit").toDouble(), limits.value(key).toDouble());
    }
    const QJsonArray endpoints = json.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(tab->findChildren<QLabel *>(QStringLiteral("endpointLink")).size(), endpoints.size());

    auto *copy = tab->findChild<QToolButton *>(QStringLiteral("copyUuidButton"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), row.uuid);

    // An erred resource shows its message and a traceback that opens on demand.
    const Resource *erred = findWith([](const Resource &r) { return r.state == ResourceState::Erred; });
    if (erred) {
        QVERIFY(show(*erred, "overviewTab"));
        auto *message = tab->findChild<QLabel *>(QStringLiteral("errorMessageLabel"));
        QVERIFY(message);
        QCOMPARE(message->text(), erred->errorMessage);
        if (auto *toggle = tab->findChild<QToolButton *>(QStringLiteral("tracebackToggle"))) {
            auto *text = tab->findChild<QPlainTextEdit *>(QStringLiteral("tracebackText"));
            QVERIFY(!text->isVisible());
            toggle->click();
            QVERIFY(text->isVisible());
        }
    }
}

void TestResourceDetailsPane::usageChartTableAndCsv()
{
    // The first resource with usage reported this month.
    const Resource *chosen = nullptr;
    Result<QList<PlanPeriod>> periods;
    for (const Resource &r : std::as_const(m_resources)) {
        periods = fetch<QList<PlanPeriod>>([&](QObject *c, auto cb) { m_api->planPeriods(r.uuid, c, cb); });
        if (periods.ok() && !periods.value.isEmpty() && !periods.value.first().components.isEmpty()) {
            chosen = &r;
            break;
        }
    }
    QVERIFY2(chosen, "no resource with usage in the first page");
    const auto limited = fetch<Resource>([&](QObject *c, auto cb) { m_api->retrieve(chosen->uuid, {}, c, cb); });
    auto *tab = qobject_cast<UsageTab *>(show(*chosen, "usageTab"));
    QVERIFY(tab);
    QCOMPARE(tab->status(), DetailsTab::Status::Content);

    const QString expectedCsv = UsageCsv::usageCsv(periods.value, limited.value.limits);
    QCOMPARE(tab->csv(), expectedCsv);
    const auto rows = UsageCsv::rows(periods.value, limited.value.limits);
    auto *table = tab->findChild<QTableWidget *>(QStringLiteral("usageTable"));
    QCOMPARE(table->rowCount(), rows.size());
    QCOMPARE(table->item(0, 1)->text(), rows.first().type);

    QSet<QString> types;
    for (const auto &row : rows) {
        types.insert(row.type);
    }
    const auto charts = tab->findChildren<QChartView *>(QStringLiteral("usageChart"));
    QCOMPARE(charts.size(), types.size());
    for (QChartView *view : charts) {
        const QString type = view->property("componentType").toString();
        QCOMPARE(view->chart()->series().size(), 1);
        auto *series = qobject_cast<QBarSeries *>(view->chart()->series().first());
        QVERIFY(series);
        const bool hasLimit = limited.value.limits.contains(type);
        QCOMPARE(series->count(), hasLimit ? 2 : 1);
        QList<double> expected;
        for (const auto &row : rows) {
            if (row.type == type) {
                expected.append(row.usage);
            }
        }
        QCOMPARE(series->barSets().first()->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(series->barSets().first()->at(i), expected.at(i));
        }
        if (hasLimit) {
            QCOMPARE(series->barSets().at(1)->at(0), limited.value.limits.value(type));
        }
    }

    // The button goes through a non-modal file dialog and writes the same text.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QSignalSpy exported(tab, &UsageTab::exported);
    tab->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->click();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<QFileDialog *>(QStringLiteral("exportCsvDialog"))) != nullptr);
    QVERIFY(!dialog->isModal() || dialog->windowModality() == Qt::WindowModal);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    QTRY_COMPARE(exported.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expectedCsv);
}

void TestResourceDetailsPane::teamTableIsSortable()
{
    const Resource &row = m_resources.at(1);
    const auto team = fetch<QList<TeamMember>>([&](QObject *c, auto cb) { m_api->team(row.uuid, c, cb); });
    QVERIFY(team.ok());
    auto *tab = show(row, "teamTab");
    QVERIFY(tab);
    if (team.value.isEmpty()) {
        QCOMPARE(tab->status(), DetailsTab::Status::Empty);
        return;
    }
    auto *table = tab->findChild<QTableWidget *>(QStringLiteral("teamTable"));
    QCOMPARE(table->rowCount(), team.value.size());
    QSet<QString> served, shown;
    for (const TeamMember &member : team.value) {
        served.insert(member.username + QLatin1Char('|') + member.email + QLatin1Char('|') + member.role
            + QLatin1Char('|') + member.offeringUserUsername + QLatin1Char('|') + member.offeringUserState);
    }
    for (int r = 0; r < table->rowCount(); ++r) {
        shown.insert(table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 2)->text() + QLatin1Char('|')
            + table->item(r, 3)->text() + QLatin1Char('|') + table->item(r, 4)->text() + QLatin1Char('|')
            + table->item(r, 5)->text());
    }
    QCOMPARE(shown, served);
    table->sortByColumn(2, Qt::DescendingOrder);
    for (int r = 1; r < table->rowCount(); ++r) {
        QVERIFY(table->item(r - 1, 2)->text() >= table->item(r, 2)->text());
    }
}

void TestResourceDetailsPane::offeringDetailsSubresourcesAndGlauth()
{
    const Resource &row = m_resources.at(2);
    const auto offering = fetch<Offering>([&](QObject *c, auto cb) { m_api->offering(row.uuid, c, cb); });
    QVERIFY(offering.ok());
    auto *tab = show(row, "offeringTab");
    QVERIFY(tab);
    auto *components = tab->findChild<QTableWidget *>(QStringLiteral("offeringComponentsTable"));
    QCOMPARE(components->rowCount(), offering.value.components.size());
    for (int r = 0; r < components->rowCount(); ++r) {
        QCOMPARE(components->item(r, 2)->text(), offering.value.components.at(r).billingType);
    }
    auto *plans = tab->findChild<QTableWidget *>(QStringLiteral("offeringPlansTable"));
    QCOMPARE(plans->rowCount(), offering.value.plans.size());

    // Details: a tree for a plugin object, the empty state for 204/404; both occur in the data set.
    int trees = 0, empties = 0;
    for (const Resource &r : std::as_const(m_resources)) {
        const auto details
            = fetch<std::optional<QJsonObject>>([&](QObject *c, auto cb) { m_api->details(r.uuid, c, cb); });
        QVERIFY(details.ok());
        if ((details.value && trees > 0) || (!details.value && empties > 0)) {
            continue;
        }
        auto *detailsTab = show(r, "pluginDetailsTab");
        QVERIFY(detailsTab);
        if (details.value) {
            ++trees;
            auto *tree = detailsTab->findChild<QTreeWidget *>(QStringLiteral("pluginDetailsTree"));
            QCOMPARE(tree->topLevelItemCount(), details.value->size());
        } else {
            ++empties;
            QCOMPARE(detailsTab->status(), DetailsTab::Status::Empty);
            QCOMPARE(detailsTab->findChild<QLabel *>(QStringLiteral("tabStatusLabel"))->text(),
                QStringLiteral("No details for this resource."));
        }
        if (trees > 0 && empties > 0) {
            break;
        }
    }
    QVERIFY(trees > 0 && empties > 0);

    const auto subs = fetch<QList<SubresourceOffering>>(
        [&](QObject *c, auto cb) { m_api->offeringForSubresources(row.uuid, c, cb); });
    auto *subTab = show(row, "subresourcesTab");
    QVERIFY(subTab);
    if (subs.value.isEmpty()) {
        QCOMPARE(subTab->status(), DetailsTab::Status::Empty);
    } else {
        QCOMPARE(subTab->findChild<QTableWidget *>(QStringLiteral("subresourceTable"))->rowCount(), subs.value.size());
    }

    // GLAuth: the text as served, or the server's 400 sentence in the tab.
    bool text = false, refused = false;
    for (const Resource &r : std::as_const(m_resources)) {
        const auto glauth = fetch<QString>([&](QObject *c, auto cb) { m_api->glauthUsersConfig(r.uuid, c, cb); });
        if ((glauth.ok() && text) || (!glauth.ok() && refused)) {
            continue;
        }
        auto *glauthTab = qobject_cast<GlauthTab *>(show(r, "glauthTab"));
        QVERIFY(glauthTab);
        if (glauth.ok() && !glauth.value.trimmed().isEmpty()) {
            text = true;
            QCOMPARE(glauthTab->findChild<QPlainTextEdit *>(QStringLiteral("glauthText"))->toPlainText(), glauth.value);
            glauthTab->findChild<QPushButton *>(QStringLiteral("copyGlauthButton"))->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), glauth.value);
        } else if (!glauth.ok()) {
            refused = true;
            QCOMPARE(glauthTab->status(), DetailsTab::Status::Error);
            const QString shown = glauthTab->findChild<QLabel *>(QStringLiteral("tabStatusLabel"))->text();
            QVERIFY2(shown.contains(glauth.error.detail), qPrintable(shown));
        }
        if (text && refused) {
            break;
        }
    }
    QVERIFY(text && refused);
}

void TestResourceDetailsPane::tabsLoadLazilyAndRefresh()
{
    WPC_REQUIRE_SIMULATOR(*m_server);
    const Resource &row = m_resources.at(3);
    m_pane->tabs()->setCurrentIndex(0);
    m_server->simulator()->clearRequests();
    QVERIFY(show(row, "overviewTab"));
    const QString base = QStringLiteral("/%1/").arg(row.uuid);
    QCOMPARE(countRequests(QStringLiteral("/team/")), 0); // not shown, not loaded
    QVERIFY(show(row, "teamTab"));
    QCOMPARE(countRequests(base + QStringLiteral("team/")), 1);
    QVERIFY(show(row, "overviewTab"));
    QVERIFY(show(row, "teamTab"));
    QCOMPARE(countRequests(base + QStringLiteral("team/")), 1); // cached
    m_pane->refresh();
    QTRY_COMPARE(countRequests(base + QStringLiteral("team/")), 2);
}

void TestResourceDetailsPane::tabErrorAndRetry()
{
    WPC_REQUIRE_SIMULATOR(*m_server);
    const Resource &row = m_resources.at(4);
    sim::Fault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/offering/$");
    fault.status = 403;
    fault.body = R"({"detail":"You do not have permission to perform this action."})";
    m_server->simulator()->injectFault(fault);
    auto *tab = show(row, "offeringTab");
    QVERIFY(tab);
    QCOMPARE(tab->status(), DetailsTab::Status::Error);
    auto *status = tab->findChild<QLabel *>(QStringLiteral("tabStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("permission")), qPrintable(status->text()));
    auto *retry = tab->findChild<QPushButton *>(QStringLiteral("tabRetryButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    retry->click();
    QTRY_COMPARE(tab->status(), DetailsTab::Status::Content);
    QVERIFY(!retry->isVisible());
}

void TestResourceDetailsPane::screenshots()
{
    QTemporaryDir temp;
    const QString dir
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("WPC_SCREENSHOT_DIR"), temp.path());
    QVERIFY(QDir().mkpath(dir));
    m_server->simulator() ? m_server->simulator()->clearFaults() : void();
    const Resource *withUsage = findWith([this](const Resource &r) {
        const auto periods = fetch<QList<PlanPeriod>>([&](QObject *c, auto cb) { m_api->planPeriods(r.uuid, c, cb); });
        const auto team = fetch<QList<TeamMember>>([&](QObject *c, auto cb) { m_api->team(r.uuid, c, cb); });
        return r.state == ResourceState::OK && periods.ok() && !periods.value.isEmpty()
            && periods.value.first().components.size() >= 2 && team.ok() && team.value.size() >= 3
            && std::count_if(team.value.cbegin(), team.value.cend(),
                   [](const TeamMember &m) { return !m.offeringUserUsername.isEmpty(); })
            >= 2;
    });
    QVERIFY(withUsage);
    const QList<QPair<const char *, QString>> shots = { { "overviewTab", QStringLiteral("details-overview.png") },
        { "usageTab", QStringLiteral("details-usage.png") }, { "teamTab", QStringLiteral("details-team.png") } };
    for (const auto &shot : shots) {
        QVERIFY(show(*withUsage, shot.first));
        const QImage image = m_pane->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 8, "the pane rendered blank");
        QVERIFY(image.save(QDir(dir).filePath(shot.second)));
    }
}

QTEST_MAIN(TestResourceDetailsPane)
#include "tst_resourcedetailspane.moc"
