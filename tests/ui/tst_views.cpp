// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/api/ResourceAction.h"
#include "models/views/ViewCounter.h"
#include "models/views/ViewStore.h"
#include "resources/Translations.h"
#include "tests/support/TestConnection.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/views/OverviewWindow.h"
#include "ui/views/ViewNameDialog.h"
#include "ui/views/ViewsPanel.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wpc;
using namespace Qt::StringLiterals;

// Saved views in the real window against the simulator: the built-in starters with counts equal to the
// server's own X-Result-Count, opening one, saving, updating, renaming and deleting one's own, a count
// that changed since the view was last opened, and a proxy that refuses HEAD.
class TestViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builtInsShowTheServersCounts();
    void openingAViewSetsFiltersAndColumns();
    void saveUpdateRenameDelete();
    void aChangedCountIsMarkedUntilOpened();
    void aProxyThatRefusesHeadFallsBackToGet();
    void theOverviewCountsAndOpensASegment();
    void aViewOfADeletedOfferingSaysSoAndMends();
    void countsWaitWhileTheWindowIsHidden();

private:
    void startWindow();
    qint64 serverCount(const ResourceQuery &query);
    QTreeWidgetItem *item(const QString &name) const;
    QList<sim::RecordedRequest> countRequests() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    ViewsPanel *m_panel = nullptr;
};

void TestViews::initTestCase()
{
    test::useTestSettings(m_settingsDir);
}

void TestViews::init()
{
    QSettings().clear();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
}

void TestViews::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestViews::startWindow()
{
    test::startMainWindow(&m_window, m_connection->api(), QStringLiteral("viewsTest"));
    QVERIFY(m_window && m_window->isVisible());
    m_panel = m_window->findChild<ViewsPanel *>(QStringLiteral("viewsPanel"));
    QVERIFY(m_panel);
    // Offscreen the window is 800 pixels wide: the list starts closed and opens from View ▸ Views.
    QVERIFY(!m_panel->isVisible());
    m_panel->toggleViewAction()->trigger();
    QTRY_VERIFY(m_panel->isVisible());
}

// The server's count for a query, from a GET of its own.
qint64 TestViews::serverCount(const ResourceQuery &query)
{
    qint64 count = -2;
    m_connection->api()->list(query, 1, 1, this,
        [&count](const Result<ResourcePage> &page) { count = page.ok() ? page.value.page.totalCount : -3; });
    [&] { QTRY_VERIFY(count != -2); }();
    return count;
}

QTreeWidgetItem *TestViews::item(const QString &name) const
{
    const auto found
        = m_panel->findChild<QTreeWidget *>(QStringLiteral("viewsList"))->findItems(name, Qt::MatchExactly, 0);
    return found.value(0);
}

QList<sim::RecordedRequest> TestViews::countRequests() const
{
    QList<sim::RecordedRequest> counts;
    for (const sim::RecordedRequest &request : m_connection->simulator()->requests()) {
        // The counter's: one row of uuid only (the test's own counts ask for whole rows).
        if (request.query.queryItemValue(u"page_size"_s) == u"1"_s
            && request.query.allQueryItemValues(u"field"_s) == QStringList { u"uuid"_s }) {
            counts << request;
        }
    }
    return counts;
}

void TestViews::builtInsShowTheServersCounts()
{
    m_connection->simulator()->resetMaxRequestsInFlight();
    startWindow();
    const QList<SavedView> builtIns = ViewStore::builtIns();
    QCOMPARE(builtIns.size(), 5);
    for (const SavedView &view : builtIns) {
        const qint64 expected = serverCount(view.query);
        QVERIFY(expected > 0);
        QTRY_COMPARE(m_panel->countOf(view.id), expected);
        QCOMPARE(item(view.name)->text(1), QLocale().toString(expected));
    }
    // HEAD, no body, and never more than two at once (the table's first page may overlap them).
    const QList<sim::RecordedRequest> counts = countRequests();
    QVERIFY(counts.size() >= builtIns.size());
    for (const sim::RecordedRequest &request : counts) {
        QCOMPARE(request.method, QByteArray("HEAD"));
    }
    QVERIFY2(m_connection->simulator()->maxRequestsInFlight() <= ViewCounter::kMaxInFlight + 1,
        qPrintable(QString::number(m_connection->simulator()->maxRequestsInFlight())));
}

void TestViews::openingAViewSetsFiltersAndColumns()
{
    startWindow();
    QSignalSpy loaded(m_window->model(), &ResourceTableModel::firstPageLoaded);
    QTest::mouseClick(m_panel->findChild<QTreeWidget *>(u"viewsList"_s)->viewport(), Qt::LeftButton, {},
        m_panel->findChild<QTreeWidget *>(u"viewsList"_s)->visualItemRect(item(u"Erred"_s)).center());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->model()->query().states, QList<ResourceState> { ResourceState::Erred });
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        QCOMPARE(m_window->model()->resourceAt(row)->state, ResourceState::Erred);
    }
    QCOMPARE(m_panel->activeViewId(), u"builtin:erred"_s);
    QVERIFY(m_window->findChild<QAction *>(u"viewAction_builtin:erred"_s)->isChecked());
    // Built-ins cannot be changed: Update, Rename and Delete are off.
    QVERIFY(!m_window->findChild<QAction *>(u"updateViewAction"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(u"deleteViewAction"_s)->isEnabled());
}

void TestViews::saveUpdateRenameDelete()
{
    startWindow();
    // The current view: only OK resources, sorted by name, the Backend ID column first after Name.
    ResourceQuery query = m_window->model()->query();
    query.states = { ResourceState::OK };
    query.ordering = u"name"_s;
    SavedView wanted;
    wanted.query = query;
    wanted.columns = { Column::Name, Column::BackendId, Column::State, Column::Customer };
    Q_EMIT m_panel->openRequested(wanted); // as a view of that shape would be opened
    QTRY_COMPARE(m_window->model()->query().ordering, u"name"_s);

    // Save view…: OK is disabled, with the reason, while the name is empty or taken.
    m_window->findChild<QAction *>(u"saveViewAction"_s)->trigger();
    auto *dialog = m_window->findChild<ViewNameDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(u"viewNameEdit"_s);
    QTest::keyClicks(name, u"erred"_s);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(u"viewNameHint"_s)->text(), u"There is a view called “Erred” already."_s);
    name->clear();
    QTest::keyClicks(name, u"My OK ones"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(item(u"My OK ones"_s));

    // Stored under the profile's settings, with the columns in their order.
    const std::optional<SavedView> saved = ViewStore(u"viewsTest"_s).findByName(u"my ok ones"_s);
    QVERIFY(saved);
    QCOMPARE(saved->query.states, QList<ResourceState> { ResourceState::OK });
    QCOMPARE(saved->query.ordering, u"name"_s);
    QCOMPARE(saved->columns, wanted.columns);
    QTRY_COMPARE(m_panel->countOf(saved->id), serverCount(saved->query));

    // Update: the filters changed since are kept in the open view.
    ResourceQuery erred = saved->query;
    erred.states = { ResourceState::Erred };
    m_window->model()->setQuery(erred);
    QVERIFY(m_window->findChild<QAction *>(u"updateViewAction"_s)->isEnabled());
    m_window->findChild<QAction *>(u"updateViewAction"_s)->trigger();
    QCOMPARE(ViewStore(u"viewsTest"_s).find(saved->id)->query.states, QList<ResourceState> { ResourceState::Erred });

    m_panel->renameView(saved->id, u"Broken ones"_s);
    QVERIFY(item(u"Broken ones"_s));
    QVERIFY(!item(u"My OK ones"_s));

    // Delete asks first.
    m_window->findChild<QAction *>(u"deleteViewAction"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == u"Delete view"_s) {
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }
    QTRY_VERIFY(!item(u"Broken ones"_s));
    QVERIFY(!ViewStore(u"viewsTest"_s).find(saved->id));
}

void TestViews::aChangedCountIsMarkedUntilOpened()
{
    startWindow();
    const QString erred = u"builtin:erred"_s;
    QTRY_VERIFY(m_panel->countOf(erred) > 0);
    m_panel->open(erred);
    m_panel->open(u"builtin:all"_s); // Erred was seen at its count; now another view is open
    const qint64 before = m_panel->countOf(erred);
    QVERIFY(!m_panel->isMarkedChanged(erred));

    // A resource goes to Erred on the server (through its API), and the user changes something here.
    QString target;
    for (const QString &uuid : m_connection->simulator()->resourceUuids()) {
        if (m_connection->simulator()->resourceJson(uuid).value(u"state"_s).toString() == u"OK"_s) {
            target = uuid;
            break;
        }
    }
    bool done = false;
    m_connection->api()->perform(ResourceAction::setAsErred(target, u"disk"_s, QString()), this,
        [&done](const Result<ActionOutcome> &result) { done = result.ok(); });
    QTRY_VERIFY(done);
    m_panel->noteChange();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->countOf(erred), before + 1, 10000);
    QVERIFY(m_panel->isMarkedChanged(erred));
    QVERIFY(item(u"Erred"_s)->text(1).startsWith(u"● "_s));
    QVERIFY(item(u"Erred"_s)->font(0).bold());

    m_panel->open(erred); // seen now
    QVERIFY(!m_panel->isMarkedChanged(erred));
    QVERIFY(!item(u"Erred"_s)->text(1).startsWith(u"● "_s));
}

void TestViews::aProxyThatRefusesHeadFallsBackToGet()
{
    sim::Fault refuse;
    refuse.kind = sim::Fault::Kind::Status;
    refuse.method = "HEAD";
    refuse.pathPattern = u"^/api/marketplace-provider-resources/$"_s;
    refuse.status = 405;
    refuse.body = R"({"detail":"Method \"HEAD\" not allowed."})";
    refuse.count = 1000;
    m_connection->simulator()->injectFault(refuse);
    startWindow();
    for (const SavedView &view : ViewStore::builtIns()) {
        QTRY_COMPARE(m_panel->countOf(view.id), serverCount(view.query));
    }
    bool sawGet = false;
    for (const sim::RecordedRequest &request : countRequests()) {
        sawGet = sawGet || request.method == "GET";
    }
    QVERIFY(sawGet);
}

void TestViews::theOverviewCountsAndOpensASegment()
{
    startWindow();
    m_window->findChild<QAction *>(u"overviewAction"_s)->trigger();
    auto *overview = m_window->findChild<OverviewWindow *>(u"overviewWindow"_s);
    QVERIFY(overview);
    QTRY_VERIFY(overview->isVisible());
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(overview->chart()->series().value(0));
    QTRY_VERIFY((series = qobject_cast<QHorizontalStackedBarSeries *>(overview->chart()->series().value(0))));
    const QStringList offerings = overview->chart()->axes(Qt::Vertical).value(0)->property("categories").toStringList();
    QVERIFY(!offerings.isEmpty());
    // Every segment's count is the server's for that offering and state.
    QList<NamedRef> listed;
    m_connection->api()->offerings(QString(), this, [&listed](const Result<QList<NamedRef>> &r) { listed = r.value; });
    QTRY_VERIFY(!listed.isEmpty());
    const NamedRef first = listed.first();
    for (ResourceState state : OverviewWindow::states()) {
        ResourceQuery query;
        query.offeringUuids = { first.uuid };
        query.states = { state };
        QTRY_COMPARE(overview->countOf(first.uuid, state), serverCount(query));
    }
    // The top bar is the first offering; a click on its Erred segment opens it in the table.
    const int erred = int(OverviewWindow::states().indexOf(ResourceState::Erred));
    QSignalSpy loaded(m_window->model(), &ResourceTableModel::firstPageLoaded);
    Q_EMIT series->clicked(int(offerings.size()) - 1, series->barSets().at(erred));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->model()->query().offeringUuids, QStringList { first.uuid });
    QCOMPARE(m_window->model()->query().states, QList<ResourceState> { ResourceState::Erred });
    // Its colours follow the palette: a dark palette gives a dark chart.
    QPalette dark = overview->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    overview->setPalette(dark);
    QCOMPARE(overview->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(overview->chart()->axes(Qt::Horizontal).value(0)->labelsColor(), QColor(0xe8, 0xe8, 0xe8));
}

// Waldur lists nothing for an offering that is gone: the view says why, and its button mends the view.
void TestViews::aViewOfADeletedOfferingSaysSoAndMends()
{
    startWindow();
    SavedView stale;
    stale.name = u"Old cluster"_s;
    stale.query = ResourceQuery::defaults();
    stale.query.offeringUuids = { u"0123456789abcdef0123456789abcdef"_s };
    stale = ViewStore(u"viewsTest"_s).save(stale);
    m_panel->open(stale.id);
    auto *banner = m_window->findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"“Old cluster” filters on an offering that no longer exists"_s),
        qPrintable(banner->message()));
    QPushButton *mend = nullptr;
    for (QPushButton *button : banner->findChildren<QPushButton *>()) {
        if (button->text() == u"Remove it from the view"_s) {
            mend = button;
        }
    }
    QVERIFY(mend && mend->isVisible());
    QSignalSpy loaded(m_window->model(), &ResourceTableModel::firstPageLoaded);
    QTest::mouseClick(mend, Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_window->model()->query().offeringUuids.isEmpty());
    QVERIFY(m_window->model()->rowCount() > 0);
    QVERIFY(ViewStore(u"viewsTest"_s).find(stale.id)->query.offeringUuids.isEmpty());
    QVERIFY(!banner->isVisible());
}

void TestViews::countsWaitWhileTheWindowIsHidden()
{
    startWindow();
    QTRY_VERIFY(m_panel->countOf(u"builtin:erred"_s) >= 0);
    m_window->hide(); // what is still queued is dropped
    QTRY_COMPARE(m_connection->simulator()->requestsInFlight(), 0); // what was already sent has arrived
    QTest::qWait(100);
    m_connection->simulator()->clearRequests();
    m_panel->refreshCounts(); // as the 60-second timer would
    m_panel->noteChange();
    QTest::qWait(ViewsPanel::kAfterChangeMs + 300);
    QCOMPARE(countRequests().size(), 0);
    m_window->show();
    QTRY_COMPARE(countRequests().size(), ViewStore::builtIns().size()); // counted again at once when shown
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
