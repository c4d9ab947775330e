// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "resources/Translations.h"
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/BulkActionDialog.h"
#include "ui/actions/ConfirmationHelper.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// Bulk one-click actions from the Actions menu with several rows selected, driven through the real
// widgets against the simulator: the preview's counts and skip reasons, the direction the user must
// choose, the bodies sent, the bound on requests in flight, the report, Retry failed, and closing a
// running dialog.
class TestBulkActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setAsOkSkipsRowsAlreadyOk();
    void pauseSendsWhatWasChosenWithinTheBound();
    void failedRowsAreReportedAndRetried();
    void throttlingSlowsTheRunAndSaysSo();
    void closingARunningDialogAsksAndStops();
    void theReportStaysUntilTheNextRun();
    void everyOneClickOperationInBulk_data();
    void everyOneClickOperationInBulk();

private:
    BulkActionDialog *openBulk(Operation operation);
    QString label(BulkActionDialog *dialog, const char *name) const
    {
        auto *widget = dialog->findChild<QLabel *>(QLatin1StringView(name));
        return widget ? widget->text() : QString();
    }

    std::unique_ptr<ActionsFixture> m_fx;
};

void TestBulkActions::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBulkActions::init()
{
    ConfirmationHelper::clearNextAnswer();
    m_fx = std::make_unique<ActionsFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->why()));
    QVERIFY(m_fx->simulator()); // the bound is read from the simulator
}

void TestBulkActions::cleanup()
{
    m_fx.reset();
}

BulkActionDialog *TestBulkActions::openBulk(Operation operation)
{
    QAction *action = m_fx->action(operation);
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    return m_fx->window()->findChild<BulkActionDialog *>(
        QStringLiteral("bulk_") + QString(Endpoints::info(operation).name));
}

void TestBulkActions::setAsOkSkipsRowsAlreadyOk()
{
    const QStringList erred = m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::Erred; }, 3);
    QCOMPARE(erred.size(), 3);
    // Add two OK rows to the selection.
    int added = 0;
    for (int row = 0; row < m_fx->model()->rowCount() && added < 2; ++row) {
        if (m_fx->model()->resourceAt(row)->state == ResourceState::OK) {
            m_fx->view()->selectionModel()->select(
                m_fx->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++added;
        }
    }
    QCOMPARE(m_fx->action(Operation::SetAsOk)->text(), QStringLiteral("Set as OK (5 selected)…"));
    BulkActionDialog *dialog = openBulk(Operation::SetAsOk);
    QVERIFY(dialog);
    QCOMPARE(label(dialog, "previewCountsLabel"),
        QStringLiteral("3 of the 5 selected resources will be acted on; 2 skipped."));
    QCOMPARE(label(dialog, "skipReasonsLabel"), QStringLiteral("2 skipped: The resource is already OK."));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled()); // no parameters to choose
    m_fx->clearRequests();
    QTest::mouseClick(start, Qt::LeftButton);
    auto *report = dialog->report();
    QTRY_VERIFY_WITH_TIMEOUT(report->isVisible(), 20000);
    QCOMPARE(report->rowCount(), 5);
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_as_ok/")).size(), 3);
    for (const QString &uuid : erred) {
        QTRY_COMPARE(m_fx->row(uuid)->state, ResourceState::OK); // re-read into the table
    }
    QVERIFY(label(dialog, "summaryLabel").startsWith(QStringLiteral("3 succeeded, 0 failed, 0 unknown, 2 skipped")));
}

void TestBulkActions::pauseSendsWhatWasChosenWithinTheBound()
{
    const QStringList uuids
        = m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::OK && !r.paused; }, 12);
    QCOMPARE(uuids.size(), 12);
    BulkActionDialog *dialog = openBulk(Operation::SetPaused);
    QVERIFY(dialog);
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(!start->isEnabled()); // pause or unpause: the user says which
    QCOMPARE(label(dialog, "problemLabel"), QStringLiteral("Choose what to change."));
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("setFlagRadio")), Qt::LeftButton);
    QVERIFY(start->isEnabled());
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(2);
    m_fx->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("set_paused"), 100, 100));
    m_fx->simulator()->resetMaxRequestsInFlight();
    m_fx->clearRequests();
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible(), 30000);
    QVERIFY2(m_fx->simulator()->maxRequestsInFlight() <= 2,
        qPrintable(QString::number(m_fx->simulator()->maxRequestsInFlight())));
    const auto posts = m_fx->requests("POST", QStringLiteral("/set_paused/"));
    QCOMPARE(posts.size(), 12);
    for (const sim::RecordedRequest &post : posts) {
        QCOMPARE(QJsonDocument::fromJson(post.body).object(), QJsonObject({ { QStringLiteral("paused"), true } }));
    }
    for (const QString &uuid : uuids) {
        QTRY_VERIFY(m_fx->row(uuid)->paused);
    }
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isEnabled());
}

void TestBulkActions::failedRowsAreReportedAndRetried()
{
    const QStringList uuids
        = m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::OK && !r.paused; }, 5);
    QCOMPARE(uuids.size(), 5);
    m_fx->fail("POST", uuids.at(2), 409, R"({"detail":"Valid states for operation: OK, Erred."})");
    BulkActionDialog *dialog = openBulk(Operation::SetPaused);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("setFlagRadio")), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible(), 20000);
    int failedRow = -1;
    for (int row = 0; row < dialog->report()->rowCount(); ++row) {
        failedRow = dialog->report()->item(row, 1)->text() == QStringLiteral("Failed") ? row : failedRow;
    }
    QVERIFY(failedRow >= 0);
    QVERIFY(dialog->report()->item(failedRow, 2)->text().contains(QStringLiteral("Valid states for operation")));
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isEnabled());
    m_fx->clearRequests();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_paused/")).size(), 1); // only the failed one
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
}

// A 429 with Retry-After: 2 — the dialog says the server asked to slow down, nothing is sent during the
// pause, the throttled row is reported failed (never sent again on its own), and Retry failed sends it.
void TestBulkActions::throttlingSlowsTheRunAndSaysSo()
{
    const QStringList uuids
        = m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::OK && !r.paused; }, 4);
    QCOMPARE(uuids.size(), 4);
    BulkActionDialog *dialog = openBulk(Operation::SetPaused);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("setFlagRadio")), Qt::LeftButton);
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(1); // the 429 answers first
    sim::Fault fault; // for the first request only, whichever row it is for
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("/set_paused/");
    fault.count = 1;
    fault.status = 429;
    fault.body = R"({"detail":"Request was throttled. Expected available in 2 seconds."})";
    fault.headers = { { "Retry-After", "2" } };
    m_fx->simulator()->injectFault(fault);
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(label(dialog, "progressLabel")
                                 .contains(QStringLiteral("The server asked to slow down: waiting 2.0 s, then 1 "
                                                          "request at once.")),
        10000);
    const auto throttled = m_fx->requests("POST", QStringLiteral("/set_paused/"));
    QCOMPARE(throttled.size(), 1);
    const QString first = throttled.first().path.section(QLatin1Char('/'), -3, -3);
    QVERIFY(uuids.contains(first));
    QTest::qWait(1000); // within the server's two seconds nothing more goes out
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_paused/")).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible(), 20000);
    QCOMPARE(label(dialog, "summaryLabel"), QStringLiteral("3 succeeded, 1 failed, 0 unknown, 0 skipped, 0 not sent."));
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_paused/")).size(), 4); // the throttled one once
    for (int row = 0; row < dialog->report()->rowCount(); ++row) {
        if (dialog->report()->item(row, 0)->toolTip() == first) {
            QCOMPARE(dialog->report()->item(row, 1)->text(), QStringLiteral("Failed"));
            QVERIFY(dialog->report()->item(row, 2)->text().startsWith(
                QStringLiteral("The server asked to slow down (HTTP 429); nothing was changed")));
        }
    }
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_paused/")).size(), 1);
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
    QVERIFY(m_fx->simulator()->resourceJson(first).value(QStringLiteral("paused")).toBool());
}

void TestBulkActions::closingARunningDialogAsksAndStops()
{
    const QStringList uuids
        = m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::OK && !r.paused; }, 10);
    QCOMPARE(uuids.size(), 10);
    m_fx->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("set_paused"), 150, 100));
    QPointer<BulkActionDialog> dialog = openBulk(Operation::SetPaused);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("setFlagRadio")), Qt::LeftButton);
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(1);
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(dialog->run() && dialog->run()->isRunning());
    const int questions = ConfirmationHelper::questionCount();
    ConfirmationHelper::setNextAnswer(true);
    dialog->close();
    QTRY_COMPARE(ConfirmationHelper::questionCount(), questions + 1);
    QCOMPARE(ConfirmationHelper::lastQuestion().title, QStringLiteral("Stop the run?"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000); // closes once the request in flight has finished
    QVERIFY(!dialog->run()->isRunning());
    const int sent = int(m_fx->requests("POST", QStringLiteral("/set_paused/")).size());
    QVERIFY2(sent >= 1 && sent < 10, qPrintable(QString::number(sent)));
}

void TestBulkActions::theReportStaysUntilTheNextRun()
{
    QAction *again = m_fx->window()->findChild<QAction *>(QStringLiteral("action_bulk_report"));
    QVERIFY(again);
    QVERIFY(!again->isEnabled()); // nothing has run yet
    const QStringList uuids = m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::Erred; }, 3);
    QCOMPARE(uuids.size(), 3);
    QPointer<BulkActionDialog> first = openBulk(Operation::SetAsOk);
    QVERIFY(first);
    QTest::mouseClick(first->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(first->report()->isVisible(), 20000);
    first->close();
    QVERIFY(!first->isVisible());
    QVERIFY(again->isEnabled());
    again->trigger();
    QVERIFY(first->isVisible());
    QCOMPARE(first->report()->rowCount(), 3); // the same report
    first->close();
    // The next bulk action replaces it.
    m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::OK && !r.paused; }, 2);
    BulkActionDialog *second = openBulk(Operation::SetPaused);
    QVERIFY(second && second != first);
    QTRY_VERIFY(first.isNull());
    QVERIFY(!again->isEnabled()); // until the new one has run
}

// Every bulk action without parameters, the same way: a mixed selection previewed by the rules, the body
// sent to each acting row (the direction chosen for a toggle), the bound on requests in flight as the
// simulator saw it, a 409 row reported with the server's words, and Retry failed sending that row only.
void TestBulkActions::everyOneClickOperationInBulk_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("skipped"); // of the 5 selected: the rows the rules refuse
    const auto add = [](const char *tag, Operation operation, const char *path, const QJsonObject &body, int skipped) {
        QTest::newRow(tag) << static_cast<int>(operation) << QString::fromLatin1(path) << body << skipped;
    };
    add("pause", Operation::SetPaused, "set_paused", { { QStringLiteral("paused"), true } }, 0);
    add("downscale", Operation::SetDownscaled, "set_downscaled", { { QStringLiteral("downscaled"), true } }, 0);
    add("restrict", Operation::SetRestrictMemberAccess, "set_restrict_member_access",
        { { QStringLiteral("restrict_member_access"), true } }, 0);
    add("refresh", Operation::RefreshLastSync, "refresh_last_sync", {}, 0);
    add("pull", Operation::Pull, "pull", {}, 1); // one row without a backend ID
    add("ok", Operation::SetAsOk, "set_as_ok", {}, 1); // one row already OK
}

void TestBulkActions::everyOneClickOperationInBulk()
{
    QFETCH(int, operation);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, skipped);
    const auto op = static_cast<Operation>(operation);
    // Four rows the operation can act on, then one it cannot where its rule refuses some.
    const auto acts = [op](const Resource &r) {
        switch (op) {
        case Operation::Pull:
            return (r.state == ResourceState::OK || r.state == ResourceState::Erred) && !r.backendId.isEmpty();
        case Operation::SetAsOk:
            return r.state == ResourceState::Erred;
        default:
            return isUsable(r) && !r.paused && !r.downscaled && !r.restrictMemberAccess;
        }
    };
    QStringList uuids = m_fx->selectMany(acts, 4);
    QCOMPARE(uuids.size(), 4);
    if (skipped > 0) {
        const auto refused = [op](const Resource &r) {
            return op == Operation::Pull ? r.state == ResourceState::OK && r.backendId.isEmpty()
                                         : r.state == ResourceState::OK;
        };
        for (int row = 0; row < m_fx->model()->rowCount(); ++row) {
            if (refused(*m_fx->model()->resourceAt(row))) {
                m_fx->view()->selectionModel()->select(
                    m_fx->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    const int selected = 4 + skipped;
    BulkActionDialog *dialog = openBulk(op);
    QVERIFY(dialog);
    QCOMPARE(label(dialog, "previewCountsLabel"),
        QStringLiteral("4 of the %1 selected resources will be acted on; %2 skipped.").arg(selected).arg(skipped));
    if (auto *set = dialog->findChild<QRadioButton *>(QStringLiteral("setFlagRadio"))) {
        QCOMPARE(label(dialog, "bodyLabel"), QStringLiteral("(choose the change first)"));
        QTest::mouseClick(set, Qt::LeftButton);
    }
    // The preview shows the body each request carries, exactly.
    QCOMPARE(label(dialog, "bodyLabel"),
        body.isEmpty() ? QStringLiteral("(no body)")
                       : QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    m_fx->fail("POST", uuids.at(1) + QLatin1Char('/') + path, 409, R"({"detail":"Valid states for operation: OK."})");
    m_fx->simulator()->injectFault(sim::Fault::delay("POST", path, 80, 10));
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(2);
    m_fx->simulator()->resetMaxRequestsInFlight();
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible(), 20000);
    QVERIFY(m_fx->simulator()->maxRequestsInFlight() <= 2);
    const auto posts = m_fx->requests("POST", QLatin1Char('/') + path + QLatin1Char('/'));
    QCOMPARE(posts.size(), 4);
    for (const sim::RecordedRequest &post : posts) {
        QCOMPARE(QJsonDocument::fromJson(post.body).object(), body);
    }
    QCOMPARE(dialog->report()->rowCount(), selected);
    QCOMPARE(label(dialog, "summaryLabel"),
        QStringLiteral("3 succeeded, 1 failed, 0 unknown, %1 skipped, 0 not sent.").arg(skipped));
    for (int row = 0; row < dialog->report()->rowCount(); ++row) {
        if (dialog->report()->item(row, 0)->toolTip() == uuids.at(1)) {
            QCOMPARE(dialog->report()->item(row, 1)->text(), QStringLiteral("Failed"));
            QVERIFY(dialog->report()->item(row, 2)->text().contains(QStringLiteral("Valid states for operation")));
        }
    }
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    const auto retried = m_fx->requests("POST", QLatin1Char('/') + path + QLatin1Char('/'));
    QCOMPARE(retried.size(), 1);
    QVERIFY(retried.first().path.contains(uuids.at(1)));
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
