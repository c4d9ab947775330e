// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/journal/Journal.h"
#include "resources/Translations.h"
#include "tests/support/TestConnection.h"
#include "ui/MainWindow.h"
#include "ui/actions/BulkActionDialog.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/details/OverviewTab.h"
#include "ui/details/ResourceDetailsPane.h"
#include "wpc/Version.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wpc;

// The main window, offscreen, against the real simulator: rows appear, a header click and a filter
// change reach the server as Waldur parameters, a failure shows the banner and Retry recovers.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsRowsAndCount();
    void loadAllShowsItsProgressInFull();
    void anAbsurdCountNeverContradictsTheRows();
    void headerClickSendsOrdering();
    void filtersSendTheirQuery();
    void searchIsDebounced();
    void serverErrorShowsBannerAndRetryRecovers();
    void refreshWhileServerDownKeepsStaleRows();
    void hiddenColumnsAndFiltersAreRemembered();
    void theFirstPageIsAskedForBeforeTheWindowIsBuilt();
    void doubleClickOpensTheWholeResource();
    void selectingARowFillsTheDetailsPane();
    void busyRowsAreMarked();
    void aboutShowsVersionsAndServer();
    void closingDuringABulkRunAsksAndLetsItFinish();
    void changesAreJournaledUnderTheSignedInUser();
    void anUnavailableJournalIsShownAndChangesGoOn();

private:
    QList<sim::RecordedRequest> listRequests() const;
    void startWindow(const QString &journalPath = QString());

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // English plural forms ("1 resource", "2 resources") come from the English translation, as in the app.
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
}

void TestMainWindow::startWindow(const QString &journalPath)
{
    MainWindow::Options options { QStringLiteral("test"), QStringLiteral("https://waldur.example.org/"), false };
    options.journalPath = journalPath;
    m_window = std::make_unique<MainWindow>(m_connection->api(), options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy first(m_window->model(), &ResourceTableModel::firstPageLoaded);
    m_window->start();
    QVERIFY(first.wait(10000));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

QList<sim::RecordedRequest> TestMainWindow::listRequests() const
{
    QList<sim::RecordedRequest> list;
    for (const auto &request : m_connection->simulator()->requests()) {
        // The table's pages (GET); the views' counts are HEAD requests of their own.
        if (request.path == QLatin1StringView("/api/marketplace-provider-resources/") && request.method == "GET") {
            list.append(request);
        }
    }
    return list;
}

void TestMainWindow::showsRowsAndCount()
{
    startWindow();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("resourceTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), ResourceTableModel::kScrollPageSize);
    QVERIFY(!table->model()->index(0, 0).data().toString().isEmpty());
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    const QString expected = QStringLiteral("100 of %1 resources").arg(m_window->model()->totalCount());
    QTRY_COMPARE(count->text(), expected);
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QTRY_VERIFY(user->text().contains(QStringLiteral("staff")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
}

void TestMainWindow::loadAllShowsItsProgressInFull()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    startWindow();
    sim::Fault slow; // pages slow enough for the bar to be seen
    slow.kind = sim::Fault::Kind::Delay;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    slow.delayMs = 300;
    slow.count = 100;
    m_connection->simulator()->injectFault(slow);
    auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("loadAllProgress"));
    QVERIFY(bar);
    QFont large = m_window->font(); // as a user's larger desktop font
    large.setPixelSize(20);
    m_window->setFont(large);
    m_window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QTRY_VERIFY(bar->isVisible() && bar->maximum() > 0);
    // The numbers are written as the count label writes them, and the bar has room for the whole text.
    const QLocale locale;
    QCOMPARE(bar->text(),
        QStringLiteral("Loading %1 of %2").arg(locale.toString(bar->value()), locale.toString(bar->maximum())));
    QVERIFY2(bar->width() > bar->fontMetrics().horizontalAdvance(bar->text()), qPrintable(bar->text()));
    QSignalSpy finished(m_window->model(), &ResourceTableModel::loadAllFinished);
    QVERIFY(finished.wait(30000));
}

void TestMainWindow::anAbsurdCountNeverContradictsTheRows()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Delay;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.count = 100;
    fault.headers = { { "X-Result-Count", "99999999999999999999" } };
    m_connection->simulator()->injectFault(fault);
    startWindow();
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("100 loaded, more on the server"));
}

void TestMainWindow::headerClickSendsOrdering()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    startWindow();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("resourceTable"));
    QHeaderView *header = table->horizontalHeader();
    const int nameSection = static_cast<int>(Column::Name);
    const QPoint namePos(header->sectionViewportPosition(nameSection) + 20, header->height() / 2);
    const qsizetype initial = listRequests().size();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, namePos);
    QTRY_COMPARE(listRequests().size(), initial + 1);
    const QString first = listRequests().last().query.queryItemValue(QStringLiteral("o"));
    QVERIFY2(first == QLatin1StringView("name") || first == QLatin1StringView("-name"), qPrintable(first));
    QTRY_VERIFY(!m_window->model()->isLoading());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, namePos);
    const QString flipped = first.startsWith(QLatin1Char('-')) ? QStringLiteral("name") : QStringLiteral("-name");
    QTRY_COMPARE(listRequests().last().query.queryItemValue(QStringLiteral("o")), flipped);
    QCOMPARE(header->sortIndicatorSection(), nameSection);

    // The server cannot sort by offering: no request, and the indicator stays on Name.
    const qsizetype before = listRequests().size();
    const int offeringSection = static_cast<int>(Column::Offering);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(offeringSection) + 20, header->height() / 2));
    QCOMPARE(listRequests().size(), before);
    QCOMPARE(header->sortIndicatorSection(), nameSection);
}

void TestMainWindow::filtersSendTheirQuery()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    startWindow();
    auto *terminated = m_window->findChild<QCheckBox *>(QStringLiteral("includeTerminatedCheck"));
    QVERIFY(!terminated->isChecked());
    terminated->click();
    QTRY_VERIFY(!listRequests().last().query.hasQueryItem(QStringLiteral("state")));
    QTRY_VERIFY(!m_window->model()->isLoading());

    auto *paused = m_window->findChild<QComboBox *>(QStringLiteral("pausedFilter"));
    paused->setCurrentIndex(paused->findData(QStringLiteral("true")));
    QTRY_COMPARE(listRequests().last().query.queryItemValue(QStringLiteral("paused")), QStringLiteral("true"));
    QTRY_VERIFY(!m_window->model()->isLoading());
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        QVERIFY(m_window->model()->resourceAt(row)->paused);
    }

    auto *offering = m_window->findChild<QComboBox *>(QStringLiteral("offeringCombo"));
    QTRY_VERIFY(offering->count() > 1);
    offering->setCurrentIndex(1);
    const QString uuid = offering->itemData(1).toString();
    QTRY_COMPARE(listRequests().last().query.queryItemValue(QStringLiteral("offering_uuid")), uuid);
}

void TestMainWindow::searchIsDebounced()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    startWindow();
    const qsizetype before = listRequests().size();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("alloc"));
    QCOMPARE(listRequests().size(), before); // nothing per keystroke
    QTRY_COMPARE(listRequests().size(), before + 1);
    QCOMPARE(listRequests().last().query.queryItemValue(QStringLiteral("query")), QStringLiteral("alloc"));
}

void TestMainWindow::serverErrorShowsBannerAndRetryRecovers()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    startWindow();
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Status;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/api/marketplace-provider-resources/$");
    fault.status = 403;
    fault.body = R"({"detail":"You do not have permission to perform this action."})";
    m_connection->simulator()->injectFault(fault);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    const QString text = m_window->findChild<QLabel *>(QStringLiteral("errorBannerText"))->text();
    QVERIFY2(text.contains(QStringLiteral("permission")), qPrintable(text));
    // The rows loaded before stay, marked as not current.
    QCOMPARE(m_window->model()->rowCount(), ResourceTableModel::kScrollPageSize);

    m_window->findChild<QPushButton *>(QStringLiteral("errorBannerRetryButton"))->click();
    QTRY_COMPARE(m_window->model()->rowCount(), ResourceTableModel::kScrollPageSize);
    QVERIFY(!banner->isVisible());
}

// The walkthrough's defect: Refresh while the server is down emptied the table. The rows stay, marked
// stale with the time they were loaded, until a refresh succeeds; the details pane, which failed with the
// list, recovers with it after Retry.
void TestMainWindow::refreshWhileServerDownKeepsStaleRows()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    startWindow();
    const QString firstUuid = m_window->model()->resourceAt(0)->uuid;
    auto *overview = m_window->detailsPane()->overviewTab();
    QTRY_COMPARE(overview->status(), DetailsTab::Status::Content);
    sim::Fault down;
    down.kind = sim::Fault::Kind::Drop; // the connection closes without an answer, every time
    down.method = "GET";
    down.pathPattern = QStringLiteral("^/api/");
    down.count = 1000;
    m_connection->simulator()->injectFault(down);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QCOMPARE(m_window->model()->rowCount(), ResourceTableModel::kScrollPageSize);
    QCOMPARE(m_window->model()->resourceAt(0)->uuid, firstUuid);
    QVERIFY(m_window->model()->isStale());
    auto *stale = m_window->findChild<QLabel *>(QStringLiteral("staleLabel"));
    QVERIFY(stale->isVisible());
    const QString loadedAt = QLocale().toString(m_window->model()->loadedAt().time(), QLocale::ShortFormat);
    QVERIFY2(stale->text().contains(loadedAt), qPrintable(stale->text()));
    QVERIFY(m_window->table()->property("stale").toBool());
    QTRY_COMPARE_WITH_TIMEOUT(overview->status(), DetailsTab::Status::Error, 15000);

    m_connection->simulator()->clearFaults();
    m_window->findChild<QPushButton *>(QStringLiteral("errorBannerRetryButton"))->click();
    QTRY_VERIFY(!m_window->model()->isStale());
    QTRY_COMPARE(m_window->model()->rowCount(), ResourceTableModel::kScrollPageSize);
    QVERIFY(!stale->isVisible());
    QVERIFY(!m_window->table()->property("stale").toBool());
    QTRY_COMPARE(overview->status(), DetailsTab::Status::Content);
}

void TestMainWindow::hiddenColumnsAndFiltersAreRemembered()
{
    startWindow();
    auto *lastSync = m_window->findChild<QAction *>(QStringLiteral("columnAction_last_sync"));
    QVERIFY(lastSync && lastSync->isChecked());
    lastSync->trigger();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("resourceTable"));
    QVERIFY(table->isColumnHidden(static_cast<int>(Column::LastSync)));
    m_window->findChild<QLineEdit *>(QStringLiteral("projectNameFilter"))->setText(QStringLiteral("Genomics"));
    auto *offering = m_window->findChild<QComboBox *>(QStringLiteral("offeringCombo"));
    QTRY_VERIFY(offering->count() > 1);
    offering->setCurrentIndex(1);
    const QString offeringUuid = offering->itemData(1).toString();
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(
        m_connection->api(), MainWindow::Options { QStringLiteral("test"), QString(), false });
    table = m_window->findChild<QTableView *>(QStringLiteral("resourceTable"));
    QVERIFY(table->isColumnHidden(static_cast<int>(Column::LastSync)));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("columnAction_last_sync"))->isChecked());
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("projectNameFilter"))->text(), QStringLiteral("Genomics"));
    QVERIFY(!m_window->model()->visibleColumns().contains(Column::LastSync));
    // The saved offering is part of the very first query, before the offering list has arrived.
    m_window->start();
    QCOMPARE(m_window->model()->query().offeringUuids, QStringList { offeringUuid });
    QTRY_COMPARE(
        m_window->findChild<QComboBox *>(QStringLiteral("offeringCombo"))->currentData().toString(), offeringUuid);
}

// Session::open asks for the first page with startModel() before it builds the window: the query the window
// restores, sent once.
void TestMainWindow::theFirstPageIsAskedForBeforeTheWindowIsBuilt()
{
    WPC_REQUIRE_SIMULATOR(m_connection->server());
    const MainWindow::Options options { QStringLiteral("test"), QString(), false };
    const auto open = [this, &options](std::unique_ptr<ResourceTableModel> model) {
        m_window = std::make_unique<MainWindow>(m_connection->api(), options, std::move(model));
        QSignalSpy first(m_window->model(), &ResourceTableModel::firstPageLoaded);
        m_window->show();
        m_window->start();
        QVERIFY(first.wait(10000));
    };
    // A first start: the default view, in flight before the window exists, and not asked for again.
    std::unique_ptr<ResourceTableModel> model = MainWindow::startModel(m_connection->api(), options);
    QVERIFY(model->isLoading());
    QCOMPARE(model->query().states, ResourceQuery::defaults().states);
    QCOMPARE(model->query().ordering, ResourceQuery::defaults().ordering);
    open(std::move(model));
    QCOMPARE(listRequests().size(), 1);
    QCOMPARE(m_window->model()->rowCount(), ResourceTableModel::kScrollPageSize);

    // Another order, a filter and a hidden column, saved as the user makes them.
    QHeaderView *header = m_window->table()->horizontalHeader();
    header->setSortIndicator(static_cast<int>(Column::Name), Qt::AscendingOrder);
    auto *paused = m_window->findChild<QComboBox *>(QStringLiteral("pausedFilter"));
    paused->setCurrentIndex(paused->findData(QStringLiteral("false")));
    m_window->findChild<QAction *>(QStringLiteral("columnAction_last_sync"))->trigger();
    QTRY_VERIFY(!m_window->model()->isLoading());
    ResourceQuery shown = m_window->model()->query();
    QCOMPARE(shown.paused, std::optional<bool>(false));
    m_window->close();
    m_window.reset();
    const qsizetype before = listRequests().size();
    model = MainWindow::startModel(m_connection->api(), options);
    QVERIFY(model->isLoading());
    QVERIFY(!model->visibleColumns().contains(Column::LastSync));
    ResourceQuery early = model->query();
    shown.fields.clear();
    early.fields.clear();
    QCOMPARE(early, shown);
    open(std::move(model));
    QCOMPARE(listRequests().size(), before + 1);
    QCOMPARE(listRequests().last().query.queryItemValue(QStringLiteral("paused")), QStringLiteral("false"));
    QCOMPARE(listRequests().last().query.queryItemValue(QStringLiteral("o")), m_window->model()->query().ordering);
    QVERIFY(
        !listRequests().last().query.allQueryItemValues(QStringLiteral("field")).contains(QStringLiteral("last_sync")));
    m_window->close();
    m_window.reset();

    // Settings of a version that did not list the columns: the window's start() asks, as before.
    {
        QSettings settings;
        settings.remove(QStringLiteral("main/visibleColumns"));
    }
    model = MainWindow::startModel(m_connection->api(), options);
    QVERIFY(!model->isLoading());
    const qsizetype beforeOld = listRequests().size();
    open(std::move(model));
    QCOMPARE(listRequests().size(), beforeOld + 1); // the header's saved sort indicator asks for nothing
    QCOMPARE(listRequests().last().query.queryItemValue(QStringLiteral("paused")), QStringLiteral("false"));
}

void TestMainWindow::doubleClickOpensTheWholeResource()
{
    startWindow();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("resourceTable"));
    const QModelIndex index = table->model()->index(0, 0);
    const QRect rect = table->visualRect(index);
    // Qt 6.4's mouseDClick sends only the double-click event; a real one starts with a press and release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("resourceDetailsDialog"))));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("detailsTree"));
    QTRY_VERIFY(tree->topLevelItemCount() > 40); // a full object, not the sparse row
    const auto uuidItems = tree->findItems(QStringLiteral("uuid"), Qt::MatchExactly);
    QCOMPARE(uuidItems.size(), 1);
    QCOMPARE(uuidItems.first()->text(1), m_window->model()->resourceAt(0)->uuid);
}

void TestMainWindow::selectingARowFillsTheDetailsPane()
{
    startWindow();
    auto *pane = m_window->findChild<ResourceDetailsPane *>(QStringLiteral("detailsPane"));
    QVERIFY(pane);
    QCOMPARE(pane->resourceUuid(), m_window->model()->resourceAt(0)->uuid); // the first row is selected
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("resourceTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, 0)).center());
    QCOMPARE(pane->resourceUuid(), m_window->model()->resourceAt(2)->uuid);
    auto *title = pane->findChild<QLabel *>(QStringLiteral("detailsPaneTitle"));
    QTRY_VERIFY(title->text().contains(m_window->model()->resourceAt(2)->name.toHtmlEscaped())
        || title->text().contains(m_window->model()->resourceAt(2)->name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(4, 0)).center());
    QCOMPARE(pane->resourceUuid(), m_window->model()->resourceAt(4)->uuid);
}

void TestMainWindow::busyRowsAreMarked()
{
    startWindow();
    ResourceTableModel *model = m_window->model();
    int transitional = -1;
    for (int row = 0; row < model->rowCount() && transitional < 0; ++row) {
        if (ResourceStates::isTransitional(model->resourceAt(row)->state)) {
            transitional = row;
        }
    }
    QVERIFY2(transitional >= 0, "the first page has a resource in Creating, Updating or Terminating");
    const QModelIndex state = model->index(transitional, static_cast<int>(Column::State));
    // The poller watches it as soon as it is listed; a settled row is not marked.
    QTRY_VERIFY(state.data(ResourceTableModel::BusyRole).toBool());
    int settled = 0;
    while (ResourceStates::isTransitional(model->resourceAt(settled)->state)) {
        ++settled;
    }
    QVERIFY(!model->index(settled, static_cast<int>(Column::State)).data(ResourceTableModel::BusyRole).toBool());
}

void TestMainWindow::aboutShowsVersionsAndServer()
{
    MainWindow::Options options { QStringLiteral("test"), QStringLiteral("https://waldur.example.com/"), false };
    m_window = std::make_unique<MainWindow>(m_connection->api(), options);
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog"))));
    QVERIFY(about->isVisible());
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("versionLabel"))->text().contains(QLatin1StringView(kVersion)));
    QVERIFY(
        about->findChild<QLabel *>(QStringLiteral("qtVersionLabel"))->text().contains(QLatin1StringView(qVersion())));
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("serverUrlLabel"))
                ->text()
                .contains(QStringLiteral("waldur.example.com")));
    // The license the packages carry, and the notices of what they bundle.
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("licenseLabel"))
                ->text()
                .contains(QLatin1StringView("GNU General Public License</a>, version 3 or later")));
    const QString license = about->findChild<QPlainTextEdit *>(QStringLiteral("licenseTextEdit"))->toPlainText();
    QVERIFY(license.contains(QLatin1StringView("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(license.contains(QLatin1StringView("Version 3, 29 June 2007")));
    const QString notices = about->findChild<QPlainTextEdit *>(QStringLiteral("noticesTextEdit"))->toPlainText();
    for (const char *component : { "Component: Qt Charts", "License:   GPL-3.0-only", "Component: OpenSSL",
             "Component: ICU", "Component: libfuse" }) {
        QVERIFY2(notices.contains(QLatin1StringView(component)), component);
    }
}

// Closing the window while a bulk run sends asks first; then nothing more is sent, the requests in flight
// are answered and reported, and only then does the window close. Every request that left is in the report.
void TestMainWindow::closingDuringABulkRunAsksAndLetsItFinish()
{
    startWindow();
    QAction *pause = m_window->findChild<QAction *>(QStringLiteral("action_set_paused"));
    QTableView *table = m_window->table();
    for (int row = 0; row < 10; ++row) {
        table->selectionModel()->select(
            table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QTRY_VERIFY(pause->isEnabled()); // once the staff user is known
    m_connection->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("set_paused"), 200, 100));
    pause->trigger();
    auto *bulk = m_window->findChild<BulkActionDialog *>(QStringLiteral("bulk_set_paused"));
    QVERIFY(bulk);
    QTest::mouseClick(bulk->findChild<QRadioButton *>(QStringLiteral("setFlagRadio")), Qt::LeftButton);
    bulk->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(2);
    m_connection->simulator()->clearRequests();
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(bulk->run()->isRunning());

    // "No" keeps everything going.
    const int questions = ConfirmationHelper::questionCount();
    ConfirmationHelper::setNextAnswer(false);
    m_window->close();
    QTRY_COMPARE(ConfirmationHelper::questionCount(), questions + 1);
    QCOMPARE(ConfirmationHelper::lastQuestion().title, QStringLiteral("Stop the bulk action?"));
    QVERIFY(m_window->isVisible());
    QVERIFY(bulk->run()->isRunning());
    // "Stop and close": the window waits for the answers, then closes.
    // The "No" arrives queued; until it has, a second close() is not asked again.
    ConfirmationHelper::setNextAnswer(true);
    QTRY_VERIFY((m_window->close(), ConfirmationHelper::questionCount() == questions + 2));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
    const BulkRun::Counts counts = bulk->run()->counts();
    int sent = 0;
    for (const sim::RecordedRequest &request : m_connection->simulator()->requests()) {
        sent += request.method == "POST" && request.path.endsWith(QLatin1StringView("/set_paused/")) ? 1 : 0;
    }
    QVERIFY2(sent >= 2 && sent < 10, qPrintable(QString::number(sent)));
    QCOMPARE(counts.succeeded + counts.failed + counts.unknown, sent); // each one answered and reported
    QCOMPARE(counts.cancelled, 10 - sent);
    QCOMPARE(counts.inFlight, 0);
    ConfirmationHelper::clearNextAnswer();
}

namespace {
// Pauses the first OK, unpaused row through the Actions menu, and waits for its answer.
bool pauseOneRow(MainWindow *window, QString *uuid)
{
    QTableView *table = window->table();
    for (int row = 0; row < window->model()->rowCount(); ++row) {
        const Resource *r = window->model()->resourceAt(row);
        if (r->state == ResourceState::OK && !r->paused) {
            table->setCurrentIndex(table->model()->index(row, 0));
            *uuid = r->uuid;
            break;
        }
    }
    QAction *pause = window->findChild<QAction *>(QStringLiteral("action_set_paused"));
    if (uuid->isEmpty() || !QTest::qWaitFor([pause] { return pause->isEnabled(); }, 10000)) {
        return false;
    }
    ConfirmationHelper::setNextAnswer(true);
    pause->trigger();
    const QString paused = *uuid;
    return QTest::qWaitFor(
        [window, paused] { return window->model()->resourceAt(window->model()->rowOf(paused))->paused; }, 10000);
}
} // namespace

// Once the signed-in user is known, a change made in the window is in the journal under this server and
// that user, complete with its outcome.
void TestMainWindow::changesAreJournaledUnderTheSignedInUser()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    startWindow(path);
    QTRY_VERIFY(!m_window->currentUser().username.isEmpty());
    QString uuid;
    QVERIFY(pauseOneRow(m_window.get(), &uuid));
    Journal reader(path); // a second reader of the same file, as another console would be
    reader.open();
    QList<JournalEntry> entries;
    QTRY_VERIFY_WITH_TIMEOUT(
        (reader.page({ QStringLiteral("https://waldur.example.org/"), m_window->currentUser().username }, 0, 10, this,
             [&entries](const QList<JournalEntry> &found, const QString &) { entries = found; }),
            entries.size() == 1 && entries.first().outcome == JournalOutcome::Ok),
        10000);
    QCOMPARE(entries.first().operation, QStringLiteral("set_paused"));
    QCOMPARE(entries.first().resourceUuid, uuid);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("journalLabel"))->isVisible());
}

// A journal that cannot be opened is said so in the status bar, and the change goes through all the same.
void TestMainWindow::anUnavailableJournalIsShownAndChangesGoOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    startWindow(path);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("journalLabel"));
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Journal unavailable"));
    QVERIFY2(label->toolTip().contains(QStringLiteral("not a database")), qPrintable(label->toolTip()));
    QVERIFY(label->toolTip().contains(path));
    QString uuid;
    QVERIFY(pauseOneRow(m_window.get(), &uuid));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
