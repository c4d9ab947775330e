// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/ActionCatalog.h"
#include "models/actions/OperationTable.h"
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/actions/EditResourceDialog.h"
#include "ui/actions/JsonViewerDialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace wpc;
using namespace wpc::test;

// The controller against the real simulator: the menu and its sections, enabled state and tooltips for
// rows, states and users, every one-click action (request, refreshed row, status message, failures) and
// every read-only view.
class TestResourceActionsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void menuOffersEveryOperation();
    void nothingSelectedDisablesEverything();
    void stateRulesDisableWithReason();
    void staffOnlyActionsForOwner();
    void flagTogglesSendAndRelabel_data();
    void flagTogglesSendAndRelabel();
    void setAsOkOnErredRow();
    void refreshLastSync();
    void pullSaysScheduled();
    void declinedConfirmationSendsNothing();
    void conflictIsShownAndRowKept();
    void droppedConnectionIsReported();
    void goneResourceIsDropped();
    void viewsShowTheServersAnswer_data();
    void viewsShowTheServersAnswer();
    void shortcutAndContextMenu();

private:
    void runOneClick(Operation operation, const Resource &row, QSignalSpy *refreshed);
    std::unique_ptr<ActionsFixture> m_fx;
};

void TestResourceActionsController::init()
{
    ConfirmationHelper::clearNextAnswer();
    m_fx = std::make_unique<ActionsFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->why()));
}

void TestResourceActionsController::cleanup()
{
    m_fx.reset();
}

void TestResourceActionsController::runOneClick(Operation operation, const Resource &row, QSignalSpy *refreshed)
{
    m_fx->clearRequests();
    ConfirmationHelper::setNextAnswer(true);
    QAction *action = m_fx->action(operation);
    QVERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
    action->trigger();
    QVERIFY(refreshed->wait(10000));
    QCOMPARE(refreshed->last().at(0).toString(), row.uuid);
    // The one row was read again with the model's sparse field set; a toggle's answer is the whole change,
    // so its flag is written into the row without a read.
    const QList<sim::RecordedRequest> reads = m_fx->requests("GET", row.uuid + QStringLiteral("/"));
    if (m_fx->simulator() && OperationTable::facts(operation).afterSuccess == AfterSuccess::WriteFlag) {
        QCOMPARE(reads.size(), 0);
    } else if (m_fx->simulator()) {
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first().query.allQueryItemValues(QStringLiteral("field")), m_fx->model()->query().fields);
    }
}

void TestResourceActionsController::menuOffersEveryOperation()
{
    QMenu *menu = m_fx->controller()->menu();
    QCOMPARE(menu->title(), QStringLiteral("&Actions"));
    QStringList sections;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() && !action->text().isEmpty()) {
            sections.append(action->text());
        }
    }
    QCOMPARE(sections, (QStringList { QStringLiteral("Provider actions"), QStringLiteral("Staff actions") }));
    auto *views = menu->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(views);
    QCOMPARE(views->actions().size(), ActionCatalog::viewActions().size());
    QCOMPARE(m_fx->controller()->actions().size(), 26);
    for (QAction *action : m_fx->controller()->actions()) {
        QVERIFY(action->objectName().startsWith(QStringLiteral("action_")));
        QCOMPARE(m_fx->window()->findChild<QAction *>(action->objectName()), action);
    }
    QCOMPARE(m_fx->action(Operation::Update)->objectName(), QStringLiteral("action_update"));
    QCOMPARE(m_fx->action(Operation::Terminate)->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    QCOMPARE(m_fx->action(Operation::SetPaused)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QCOMPARE(m_fx->view()->contextMenuPolicy(), Qt::CustomContextMenu);
}

void TestResourceActionsController::nothingSelectedDisablesEverything()
{
    m_fx->view()->setCurrentIndex({});
    for (QAction *action : m_fx->controller()->actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), QStringLiteral("Select a resource first."));
    }
}

void TestResourceActionsController::stateRulesDisableWithReason()
{
    QVERIFY(m_fx->select([](const Resource &r) { return r.state == ResourceState::Terminated; }));
    QAction *terminate = m_fx->action(Operation::Terminate);
    QVERIFY(!terminate->isEnabled());
    QVERIFY2(terminate->toolTip().contains(QStringLiteral("OK or Erred")), qPrintable(terminate->toolTip()));
    QVERIFY(!m_fx->action(Operation::Pull)->isEnabled());
    QVERIFY(!m_fx->action(Operation::SetAsOk)->isEnabled());
    QVERIFY(m_fx->action(Operation::SetAsErred)->isEnabled()); // any state

    QVERIFY(m_fx->select([](const Resource &r) { return r.state == ResourceState::OK && r.backendId.isEmpty(); }));
    QVERIFY(!m_fx->action(Operation::Pull)->isEnabled());
    QVERIFY(m_fx->action(Operation::Pull)->toolTip().contains(QStringLiteral("backend ID")));
    QVERIFY(m_fx->action(Operation::Terminate)->isEnabled());
    QCOMPARE(m_fx->action(Operation::Terminate)->toolTip(), ActionCatalog::description(Operation::Terminate));

    QVERIFY(m_fx->select([](const Resource &r) { return r.state == ResourceState::Erred; }));
    QVERIFY(!m_fx->action(Operation::UpdateOptions)->isEnabled());
    QVERIFY(m_fx->action(Operation::UpdateOptionsDirect)->isEnabled());
    QVERIFY(m_fx->action(Operation::SetAsOk)->isEnabled());
    QVERIFY(m_fx->action(Operation::Terminate)->isEnabled());
}

void TestResourceActionsController::staffOnlyActionsForOwner()
{
    m_fx.reset();
    m_fx = std::make_unique<ActionsFixture>();
    QVERIFY2(m_fx->start(ActionsFixture::Token::Owner), qPrintable(m_fx->why()));
    QVERIFY(m_fx->model()->rowCount() > 0);
    QVERIFY(m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; }));
    for (Operation operation : ActionCatalog::staffActions()) {
        QAction *action = m_fx->action(operation);
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().startsWith(QStringLiteral("Only staff can")), qPrintable(action->toolTip()));
    }
    QVERIFY(m_fx->action(Operation::SetLimits)->isEnabled());
    QVERIFY(m_fx->action(Operation::Terminate)->isEnabled());
    QCOMPARE(
        m_fx->action(Operation::SetPaused)->toolTip(), QStringLiteral("Only staff can pause or unpause resources."));
}

void TestResourceActionsController::flagTogglesSendAndRelabel_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("offLabel");
    QTest::addColumn<QString>("onLabel");
    QTest::addColumn<QString>("offMessage");
    QTest::newRow("paused") << int(Operation::SetPaused) << QStringLiteral("paused") << QStringLiteral("Pause")
                            << QStringLiteral("Unpause") << QStringLiteral("Paused “%1”.");
    QTest::newRow("downscaled") << int(Operation::SetDownscaled) << QStringLiteral("downscaled")
                                << QStringLiteral("Mark as downscaled") << QStringLiteral("Unmark downscaled")
                                << QStringLiteral("Marked “%1” as downscaled.");
    QTest::newRow("restrict") << int(Operation::SetRestrictMemberAccess) << QStringLiteral("restrict_member_access")
                              << QStringLiteral("Restrict member access") << QStringLiteral("Allow member access")
                              << QStringLiteral("Restricted member access to “%1”.");
}

void TestResourceActionsController::flagTogglesSendAndRelabel()
{
    QFETCH(int, operation);
    QFETCH(QString, key);
    QFETCH(QString, offLabel);
    QFETCH(QString, onLabel);
    QFETCH(QString, offMessage);
    const auto op = static_cast<Operation>(operation);
    const auto flag = [op](const Resource &r) {
        return op == Operation::SetPaused    ? r.paused
            : op == Operation::SetDownscaled ? r.downscaled
                                             : r.restrictMemberAccess;
    };
    const std::optional<Resource> row
        = m_fx->select([&](const Resource &r) { return r.state == ResourceState::OK && !flag(r); });
    QVERIFY(row);
    QAction *action = m_fx->action(op);
    QCOMPARE(action->text(), offLabel);

    QSignalSpy refreshed(m_fx->controller(), &ResourceActionsController::resourceRefreshed);
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    runOneClick(op, *row, &refreshed);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString suffix = row->uuid + QLatin1Char('/') + QString(Endpoints::info(op).action) + QLatin1Char('/');
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", suffix).object(), (QJsonObject { { key, true } }));
    }
    QVERIFY(ConfirmationHelper::lastQuestion().text.contains(row->name));
    QVERIFY(ConfirmationHelper::lastQuestion().text.contains(row->projectName));
    QCOMPARE(status.first().at(0).toString(), offMessage.arg(row->name));
    QVERIFY(flag(*m_fx->row(row->uuid)));
    QCOMPARE(action->text(), onLabel);

    runOneClick(op, *row, &refreshed);
    if (QTest::currentTestFailed()) {
        return;
    }
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", suffix).object(), (QJsonObject { { key, false } }));
    }
    QVERIFY(!flag(*m_fx->row(row->uuid)));
    QCOMPARE(action->text(), offLabel);
}

void TestResourceActionsController::setAsOkOnErredRow()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::Erred; });
    QVERIFY(row);
    QSignalSpy refreshed(m_fx->controller(), &ResourceActionsController::resourceRefreshed);
    runOneClick(Operation::SetAsOk, *row, &refreshed);
    if (QTest::currentTestFailed()) {
        return;
    }
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->requests("POST", row->uuid + QStringLiteral("/set_as_ok/")).size(), 1);
        QVERIFY(m_fx->requests("POST", row->uuid + QStringLiteral("/set_as_ok/")).first().body.isEmpty());
    }
    QCOMPARE(m_fx->row(row->uuid)->state, ResourceState::OK);
    QVERIFY(m_fx->row(row->uuid)->errorMessage.isEmpty());
    QVERIFY(!m_fx->action(Operation::SetAsOk)->isEnabled());
    QCOMPARE(m_fx->action(Operation::SetAsOk)->toolTip(), QStringLiteral("The resource is already OK."));
}

void TestResourceActionsController::refreshLastSync()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; });
    QVERIFY(row);
    QSignalSpy refreshed(m_fx->controller(), &ResourceActionsController::resourceRefreshed);
    runOneClick(Operation::RefreshLastSync, *row, &refreshed);
    if (QTest::currentTestFailed()) {
        return;
    }
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->requests("POST", row->uuid + QStringLiteral("/refresh_last_sync/")).size(), 1);
    }
    const QDateTime after = m_fx->row(row->uuid)->lastSync;
    QVERIFY(after.isValid());
    QVERIFY(!row->lastSync.isValid() || after > row->lastSync);
}

void TestResourceActionsController::pullSaysScheduled()
{
    const std::optional<Resource> row
        = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK && !r.backendId.isEmpty(); });
    QVERIFY(row);
    QSignalSpy refreshed(m_fx->controller(), &ResourceActionsController::resourceRefreshed);
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    runOneClick(Operation::Pull, *row, &refreshed);
    if (QTest::currentTestFailed()) {
        return;
    }
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->requests("POST", row->uuid + QStringLiteral("/pull/")).size(), 1);
    }
    QVERIFY2(status.first().at(0).toString().contains(QStringLiteral("scheduled")),
        qPrintable(status.first().at(0).toString()));
    QVERIFY(ConfirmationHelper::lastQuestion().informativeText.contains(row->backendId));
}

void TestResourceActionsController::declinedConfirmationSendsNothing()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; });
    QVERIFY(row);
    m_fx->clearRequests();
    const int asked = ConfirmationHelper::questionCount();
    ConfirmationHelper::setNextAnswer(false);
    m_fx->action(Operation::SetPaused)->trigger();
    QCOMPARE(ConfirmationHelper::questionCount(), asked + 1);
    QVERIFY(!m_fx->action(Operation::SetPaused)->isEnabled()); // while the question is open
    QTRY_VERIFY(m_fx->action(Operation::SetPaused)->isEnabled());
    // Sending is synchronous with the answer: a wrongly sent request would be in flight or recorded now.
    QCOMPARE(m_fx->client()->inFlightCount(), 0);
    QVERIFY(m_fx->requests("POST", QStringLiteral("/set_paused/")).isEmpty());
    QVERIFY(!m_fx->row(row->uuid)->paused);
}

void TestResourceActionsController::conflictIsShownAndRowKept()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; });
    QVERIFY(row);
    m_fx->fail("POST", QStringLiteral("/set_paused/"), 409, R"({"detail":"Valid states for operation: OK."})");
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    ConfirmationHelper::setNextAnswer(true);
    m_fx->action(Operation::SetPaused)->trigger();
    QVERIFY(status.wait(10000));
    const QString text = status.last().at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("Pausing “%1” failed").arg(row->name)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Valid states for operation: OK.")), qPrintable(text));
    auto *box = m_fx->window()->findChild<QMessageBox *>(QStringLiteral("actionErrorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Valid states")));
    box->close();
    QVERIFY(!m_fx->row(row->uuid)->paused);
    QVERIFY(m_fx->action(Operation::SetPaused)->isEnabled()); // can be tried again
}

void TestResourceActionsController::droppedConnectionIsReported()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; });
    QVERIFY(row);
    m_fx->drop("POST", QStringLiteral("/refresh_last_sync/"));
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    ConfirmationHelper::setNextAnswer(true);
    m_fx->action(Operation::RefreshLastSync)->trigger();
    QVERIFY(status.wait(15000));
    QVERIFY2(
        status.last().at(0).toString().contains(QStringLiteral("failed")), qPrintable(status.last().at(0).toString()));
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/refresh_last_sync/")).size(), 1); // never resent
    QVERIFY(m_fx->row(row->uuid));
}

void TestResourceActionsController::goneResourceIsDropped()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; });
    QVERIFY(row);
    m_fx->fail("POST", QStringLiteral("/set_paused/"), 404, R"({"detail":"Not found."})");
    QSignalSpy removed(m_fx->controller(), &ResourceActionsController::resourceRemoved);
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    ConfirmationHelper::setNextAnswer(true);
    m_fx->action(Operation::SetPaused)->trigger();
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(0).toString(), row->uuid);
    QCOMPARE(m_fx->model()->rowOf(row->uuid), -1);
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("no longer exists")));
}

void TestResourceActionsController::viewsShowTheServersAnswer_data()
{
    QTest::addColumn<int>("operation");
    for (Operation operation : ActionCatalog::viewActions()) {
        QTest::newRow(Endpoints::info(operation).name.data()) << int(operation);
    }
}

void TestResourceActionsController::viewsShowTheServersAnswer()
{
    QFETCH(int, operation);
    const auto op = static_cast<Operation>(operation);
    const std::optional<Resource> row = m_fx->select([](const Resource &r) {
        return r.state == ResourceState::OK && r.offeringName.contains(QStringLiteral("Aurora"));
    });
    QVERIFY(row);
    m_fx->clearRequests();
    m_fx->action(op)->trigger();
    auto *viewer
        = m_fx->window()->findChild<JsonViewerDialog *>(QStringLiteral("viewer_") + QString(Endpoints::info(op).name));
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(viewer->windowTitle().contains(row->name));
    auto *status = viewer->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(status->text() != QStringLiteral("Loading…"));
    if (m_fx->simulator()) {
        const QString suffix = row->uuid + QLatin1Char('/') + QString(Endpoints::info(op).action) + QLatin1Char('/');
        QCOMPARE(m_fx->requests("GET", suffix).size(), 1);
    }
    auto *tree = viewer->findChild<QTreeWidget *>(QStringLiteral("jsonTree"));
    auto *text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"));
    // Either the data, or a sentence saying why there is none; never an empty window.
    const bool shown = (tree->isVisible() && tree->topLevelItemCount() > 0)
        || (text->isVisible() && !text->toPlainText().isEmpty()) || !status->text().isEmpty();
    QVERIFY(shown);
    if (op == Operation::Offering) {
        QVERIFY(tree->isVisible());
        QVERIFY(!tree->findItems(QStringLiteral("components"), Qt::MatchExactly).isEmpty());
        QVERIFY(viewer->copyText().contains(QStringLiteral("\"components\"")));
    }
    viewer->close();
}

void TestResourceActionsController::shortcutAndContextMenu()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return r.state == ResourceState::OK; });
    QVERIFY(row);
    m_fx->view()->setFocus();
    QTest::keyClick(m_fx->view(), Qt::Key_F2);
    auto *edit = m_fx->dialog<EditResourceDialog>(Operation::Update);
    QVERIFY(edit);
    QCOMPARE(edit->resource().uuid, row->uuid);
    QVERIFY(edit->isVisible());
    QTRY_VERIFY(isIdle(edit));
    edit->reject();
    QTRY_VERIFY(!m_fx->dialog<EditResourceDialog>(Operation::Update));

    // A right click on another row makes it current and opens the Actions menu there.
    const int other = m_fx->model()->rowOf(row->uuid) + 1;
    const QRect rect = m_fx->view()->visualRect(m_fx->model()->index(other, 0));
    Q_EMIT m_fx->view()->customContextMenuRequested(rect.center());
    QCOMPARE(m_fx->view()->currentIndex().row(), other);
    QTRY_VERIFY(m_fx->controller()->menu()->isVisible());
    m_fx->controller()->menu()->close();
}

QTEST_MAIN(TestResourceActionsController)
#include "tst_resourceactionscontroller.moc"
