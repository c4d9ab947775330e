// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/details/DetailsFixture.h"
#include "ui/details/GlauthTab.h"
#include "ui/details/HistoryTab.h"
#include "ui/details/ResourceDetailsPane.h"
#include "ui/details/TeamTab.h"
#include "ui/details/UsageTab.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEnterEvent>
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
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace wpc;

// The details pane against the real simulator: every tab shows what the server served (compared with the
// client's own fetch), tabs load lazily and keep their content until refresh, errors stay in the tab with
// a Retry that recovers.
class TestResourceDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateWithoutSelection();
    void overviewShowsTheFullResource();
    void emptyRelationsReadAsDash();
    void overLimitBarAndRequesterByName();
    void usageChartTableAndCsv();
    void teamTableIsSortable();
    void offeringDetailsSubresourcesAndGlauth();
    void tabsLoadLazilyAndRefresh();
    void tabsBuildTheirContentWhenFirstShown();
    void tabErrorAndRetry();

private:
    test::DetailsFixture m_fx;
};

void TestResourceDetailsPane::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.why()));
}

void TestResourceDetailsPane::emptyStateWithoutSelection()
{
    m_fx.pane()->setResource(Resource());
    auto *empty = m_fx.pane()->findChild<QLabel *>(QStringLiteral("detailsEmptyLabel"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Select a resource"));
    QVERIFY(!m_fx.pane()->tabs()->isVisible());
}

void TestResourceDetailsPane::overviewShowsTheFullResource()
{
    const Resource &row = m_fx.resources().first();
    auto *tab = m_fx.show(row, "overviewTab");
    QVERIFY(tab);
    QCOMPARE(tab->status(), DetailsTab::Status::Content);
    const auto full = m_fx.fetch<Resource>([&](QObject *c, auto cb) { m_fx.api()->retrieve(row.uuid, {}, c, cb); });
    QVERIFY(full.ok());
    const QJsonObject json = full.value.raw;
    if (auto *simulator = m_fx.server()->simulator()) {
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

    // A value can be selected with the mouse once the pointer is over it.
    auto *state = tab->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QCOMPARE(state->textInteractionFlags() & Qt::TextSelectableByMouse, Qt::TextInteractionFlags());
    QEnterEvent enter(QPointF(2, 2), QPointF(2, 2), state->mapToGlobal(QPointF(2, 2)));
    QCoreApplication::sendEvent(state, &enter);
    QCOMPARE(state->textInteractionFlags() & Qt::TextSelectableByMouse, Qt::TextSelectableByMouse);

    auto *copy = tab->findChild<QToolButton *>(QStringLiteral("copyUuidButton"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), row.uuid);

    // An erred resource shows its message and a traceback that opens on demand.
    const Resource *erred = m_fx.findWith([](const Resource &r) { return r.state == ResourceState::Erred; });
    if (erred) {
        QVERIFY(m_fx.show(*erred, "overviewTab"));
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

// Waldur leaves a relation's keys out, or sends null, when it is empty (ERRATA §1). Each reads "—", and
// a relation that is there reads as its name, for resources the server really sends that way.
void TestResourceDetailsPane::emptyRelationsReadAsDash()
{
    struct Case
    {
        const char *label;
        const char *key; // the key the server leaves out or sends as null
    };
    const Case cases[] = {
        { "parentResourceLabel", "parent_uuid" },
        { "parentOfferingLabel", "parent_offering_uuid" },
        { "planLabel", "plan" },
        { "scopeLabel", "scope" },
        { "serviceSettingsLabel", "service_settings_uuid" },
        { "projectEndRequesterLabel", "project_end_date_requested_by" },
    };
    int absent = 0;
    int null = 0;
    int present = 0;
    for (const Case &c : cases) {
        const QLatin1StringView key(c.key);
        // The first loaded resource without the relation, and the first with it.
        for (const bool wanted : { false, true }) {
            const Resource *found = nullptr;
            QJsonObject json;
            for (const Resource &row : m_fx.resources()) {
                const auto full = m_fx.fetch<Resource>(
                    [&](QObject *context, auto cb) { m_fx.api()->retrieve(row.uuid, {}, context, cb); });
                QVERIFY(full.ok());
                const QJsonValue value = full.value.raw.value(key);
                if ((value.isString() && !value.toString().isEmpty()) == wanted) {
                    found = &row;
                    json = full.value.raw;
                    break;
                }
            }
            if (!found) {
                QVERIFY2(wanted, c.key); // every kind of empty relation occurs among the loaded rows
                continue;
            }
            auto *tab = m_fx.show(*found, "overviewTab");
            QVERIFY(tab);
            auto *label = tab->findChild<QLabel *>(QLatin1StringView(c.label));
            QVERIFY2(label, c.label);
            QVERIFY2(!label->text().isEmpty(), c.label);
            QVERIFY2(!label->text().contains(QLatin1StringView("()")), qPrintable(label->text()));
            if (wanted) {
                ++present;
                QVERIFY2(label->text() != QStringLiteral("—"), c.label);
            } else {
                json.contains(key) ? ++null : ++absent;
                QCOMPARE(label->text(), QStringLiteral("—"));
            }
        }
    }
    QVERIFY(absent > 0 && null > 0 && present > 0);
}

// A usage above its limit is drawn in the error colour and said; who requested an end date is a person.
void TestResourceDetailsPane::overLimitBarAndRequesterByName()
{
    WPC_REQUIRE_SIMULATOR(*m_fx.server());
    sim::Simulator *simulator = m_fx.server()->simulator();
    const Resource *over = m_fx.findWith([simulator](const Resource &r) {
        const QJsonObject json = simulator->resourceJson(r.uuid);
        const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
        const QJsonObject usages = json.value(QStringLiteral("current_usages")).toObject();
        for (auto it = usages.begin(); it != usages.end(); ++it) {
            if (limits.contains(it.key()) && it.value().toDouble() > limits.value(it.key()).toDouble()) {
                return true;
            }
        }
        return false;
    });
    QVERIFY2(over, "no resource over a limit among the loaded ones");
    auto *tab = m_fx.show(*over, "overviewTab");
    QVERIFY(tab);
    QProgressBar *overBar = nullptr;
    for (QProgressBar *bar : tab->findChildren<QProgressBar *>()) {
        if (bar->property("overLimit").toBool()) {
            overBar = bar;
        }
    }
    QVERIFY(overBar);
    QVERIFY(overBar->format().contains(QStringLiteral("over the limit")));
    QVERIFY(overBar->palette().color(QPalette::Highlight) != QApplication::palette(overBar).color(QPalette::Highlight));

    const Resource *requested = m_fx.findWith([simulator](const Resource &r) {
        return simulator->resourceJson(r.uuid).value(QStringLiteral("end_date_requested_by")).isString();
    });
    QVERIFY2(requested, "no resource whose end date someone requested");
    tab = m_fx.show(*requested, "overviewTab");
    QVERIFY(tab);
    auto *label = tab->findChild<QLabel *>(QStringLiteral("endDateRequesterLabel"));
    QVERIFY(label);
    QTRY_VERIFY2(!label->text().startsWith(QStringLiteral("user ")), qPrintable(label->text()));
    QVERIFY2(!label->text().contains(QStringLiteral("http")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1Char('@')) || label->text().contains(QLatin1Char('(')),
        qPrintable(label->text()));
}

void TestResourceDetailsPane::usageChartTableAndCsv()
{
    // The first resource with usage reported this month.
    const Resource *chosen = nullptr;
    Result<QList<PlanPeriod>> periods;
    for (const Resource &r : std::as_const(m_fx.resources())) {
        periods = m_fx.fetch<QList<PlanPeriod>>([&](QObject *c, auto cb) { m_fx.api()->planPeriods(r.uuid, c, cb); });
        if (periods.ok() && !periods.value.isEmpty() && !periods.value.first().components.isEmpty()) {
            chosen = &r;
            break;
        }
    }
    QVERIFY2(chosen, "no resource with usage in the first page");
    const auto limited
        = m_fx.fetch<Resource>([&](QObject *c, auto cb) { m_fx.api()->retrieve(chosen->uuid, {}, c, cb); });
    auto *tab = qobject_cast<UsageTab *>(m_fx.show(*chosen, "usageTab"));
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
    const Resource &row = m_fx.resources().at(1);
    const auto team = m_fx.fetch<QList<TeamMember>>([&](QObject *c, auto cb) { m_fx.api()->team(row.uuid, c, cb); });
    QVERIFY(team.ok());
    auto *tab = m_fx.show(row, "teamTab");
    QVERIFY(tab);
    if (team.value.isEmpty()) {
        QCOMPARE(tab->status(), DetailsTab::Status::Empty);
        return;
    }
    auto *table = tab->findChild<QTableWidget *>(QStringLiteral("teamTable"));
    QCOMPARE(table->rowCount(), team.value.size());
    QSet<QString> served, shown;
    for (const TeamMember &member : team.value) {
        served.insert(member.username + QLatin1Char('|') + member.email + QLatin1Char('|')
            + TeamMember::roleName(member.role) + QLatin1Char('|') + member.offeringUserUsername + QLatin1Char('|')
            + member.offeringUserState);
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
    const Resource &row = m_fx.resources().at(2);
    const auto offering = m_fx.fetch<Offering>([&](QObject *c, auto cb) { m_fx.api()->offering(row.uuid, c, cb); });
    QVERIFY(offering.ok());
    auto *tab = m_fx.show(row, "offeringTab");
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
    for (const Resource &r : std::as_const(m_fx.resources())) {
        const auto details
            = m_fx.fetch<std::optional<QJsonObject>>([&](QObject *c, auto cb) { m_fx.api()->details(r.uuid, c, cb); });
        QVERIFY(details.ok());
        if ((details.value && trees > 0) || (!details.value && empties > 0)) {
            continue;
        }
        auto *detailsTab = m_fx.show(r, "pluginDetailsTab");
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

    const auto subs = m_fx.fetch<QList<SubresourceOffering>>(
        [&](QObject *c, auto cb) { m_fx.api()->offeringForSubresources(row.uuid, c, cb); });
    auto *subTab = m_fx.show(row, "subresourcesTab");
    QVERIFY(subTab);
    if (subs.value.isEmpty()) {
        QCOMPARE(subTab->status(), DetailsTab::Status::Empty);
    } else {
        QCOMPARE(subTab->findChild<QTableWidget *>(QStringLiteral("subresourceTable"))->rowCount(), subs.value.size());
    }

    // GLAuth: the text as served, or the server's 400 sentence in the tab.
    bool text = false, refused = false;
    for (const Resource &r : std::as_const(m_fx.resources())) {
        const auto glauth
            = m_fx.fetch<QString>([&](QObject *c, auto cb) { m_fx.api()->glauthUsersConfig(r.uuid, c, cb); });
        if ((glauth.ok() && text) || (!glauth.ok() && refused)) {
            continue;
        }
        auto *glauthTab = qobject_cast<GlauthTab *>(m_fx.show(r, "glauthTab"));
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
    WPC_REQUIRE_SIMULATOR(*m_fx.server());
    const Resource &row = m_fx.resources().at(3);
    m_fx.pane()->tabs()->setCurrentIndex(0);
    m_fx.server()->simulator()->clearRequests();
    QVERIFY(m_fx.show(row, "overviewTab"));
    const QString base = QStringLiteral("/%1/").arg(row.uuid);
    QCOMPARE(m_fx.countRequests(QStringLiteral("/team/")), 0); // not shown, not loaded
    QVERIFY(m_fx.show(row, "teamTab"));
    QCOMPARE(m_fx.countRequests(base + QStringLiteral("team/")), 1);
    QVERIFY(m_fx.show(row, "overviewTab"));
    QVERIFY(m_fx.show(row, "teamTab"));
    QCOMPARE(m_fx.countRequests(base + QStringLiteral("team/")), 1); // cached
    m_fx.pane()->refresh();
    QTRY_COMPARE(m_fx.countRequests(base + QStringLiteral("team/")), 2);
}

// The pane is part of the console's first window: a tab's widgets are made when it first loads, so that
// the window is built and painted without the tabs nobody has opened.
void TestResourceDetailsPane::tabsBuildTheirContentWhenFirstShown()
{
    ResourceDetailsPane pane(m_fx.api()); // the fixture's pane has shown every tab already
    pane.resize(700, 650);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (const char *content : { "overviewScroll", "usageTable", "teamTable", "offeringComponentsTable",
             "pluginDetailsTree", "subresourceTable", "glauthText" }) {
        QVERIFY2(!pane.findChild<QWidget *>(QLatin1StringView(content)), content);
    }
    QVERIFY(!pane.historyTab()->findChild<QTableView *>());
    pane.setResource(m_fx.resources().first()); // the current tab, Overview, loads
    QVERIFY(pane.findChild<QWidget *>(QStringLiteral("overviewScroll")));
    QVERIFY(!pane.findChild<QWidget *>(QStringLiteral("teamTable")));
    pane.tabs()->setCurrentWidget(pane.teamTab());
    QVERIFY(pane.findChild<QWidget *>(QStringLiteral("teamTable")));
    QTRY_VERIFY(pane.teamTab()->status() == DetailsTab::Status::Content
        || pane.teamTab()->status() == DetailsTab::Status::Empty);
    pane.tabs()->setCurrentWidget(pane.usageTab());
    QTRY_VERIFY(pane.usageTab()->status() != DetailsTab::Status::Loading);
    QVERIFY(pane.usageTab()->findChild<QTableWidget *>(QStringLiteral("usageTable")));
    pane.tabs()->setCurrentWidget(pane.historyTab());
    auto *history = pane.historyTab()->findChild<QTableView *>();
    QVERIFY(history && history->isVisible());
}

void TestResourceDetailsPane::tabErrorAndRetry()
{
    WPC_REQUIRE_SIMULATOR(*m_fx.server());
    const Resource &row = m_fx.resources().at(4);
    sim::Fault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/offering/$");
    fault.status = 403;
    fault.body = R"({"detail":"You do not have permission to perform this action."})";
    m_fx.server()->simulator()->injectFault(fault);
    auto *tab = m_fx.show(row, "offeringTab");
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

QTEST_MAIN(TestResourceDetailsPane)
#include "tst_resourcedetailspane.moc"
