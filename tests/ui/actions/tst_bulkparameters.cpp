// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "resources/Translations.h"
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/ActionDialog.h"
#include "ui/actions/BulkActionDialog.h"
#include "ui/actions/ConfirmationHelper.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// Bulk actions that take parameters or a typed count, through the real widgets against the simulator: the
// operation's own dialog asks once (in bulk mode), the preview counts and skips, the body every request
// carries, the bound on requests in flight as the simulator saw it, the per-row report with the server's
// words for a 400, 403, 404 or 409, unknown outcomes after a dropped connection or a timeout, and Retry failed.
class TestBulkParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void endDateByStaffSendsTheChosenDateToEveryRow();
    void clearingEndDatesByProvider();
    void setAsErredReportsFieldErrorsAndForbiddenRows();
    void moveSkipsRowsAlreadyThereAndWantsTheCount();
    void terminateWantsTheCountAndReportsGoneAndWrongState();
    void unlinkRemovesTheRows();
    void metadataReplacesOnEveryRow();
    void metadataMergesIntoEachRowsOwn();
    void droppedAndTimedOutRequestsAreUnknownAndReread();
    void allMatchingTheFilterIsReadFromTheServer();
    void limitsChangeTheTickedComponentOnly();

private:
    bool startWith(int transferTimeoutMs);
    // Triggers the operation on the selection and returns its parameters dialog, ready for input.
    ActionDialog *parametersFor(Operation operation);
    // Clicks the parameters dialog's OK and returns the bulk dialog that follows.
    BulkActionDialog *preview(ActionDialog *parameters, Operation operation);
    BulkActionDialog *bulkDialog(Operation operation) const
    {
        return m_fx->window()->findChild<BulkActionDialog *>(
            QStringLiteral("bulk_") + QString(Endpoints::info(operation).name));
    }
    // Starts the run and waits for the report; false when Start is disabled or no report comes.
    bool runToReport(BulkActionDialog *dialog, int concurrency);
    // The report's result column by resource uuid.
    QHash<QString, QString> results(BulkActionDialog *dialog) const;
    QString message(BulkActionDialog *dialog, const QString &uuid) const;
    static QString text(QObject *dialog, const char *name)
    {
        auto *label = dialog->findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : QString();
    }
    // Every POST to <uuid>/<path>/ carried `body`, one per uuid.
    void checkBodies(const QStringList &uuids, const QString &path, const QJsonObject &body) const;

    std::unique_ptr<ActionsFixture> m_fx;
    static constexpr int kLatencyMs = 60;
};

void TestBulkParameters::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBulkParameters::init()
{
    ConfirmationHelper::clearNextAnswer();
    QVERIFY(startWith(10000));
}

bool TestBulkParameters::startWith(int transferTimeoutMs)
{
    m_fx = std::make_unique<ActionsFixture>();
    if (!m_fx->start(ActionsFixture::Token::Staff, transferTimeoutMs) || !m_fx->simulator()) {
        qWarning("%s", qPrintable(m_fx->why()));
        return false; // the bound and the bodies are read from the simulator
    }
    return true;
}

void TestBulkParameters::cleanup()
{
    m_fx.reset();
}

ActionDialog *TestBulkParameters::parametersFor(Operation operation)
{
    QAction *action = m_fx->action(operation);
    if (!action || !action->isEnabled()) {
        qWarning("the action is disabled: %s", action ? qPrintable(action->toolTip()) : "none");
        return nullptr;
    }
    action->trigger();
    return m_fx->window()->findChild<ActionDialog *>(
        QStringLiteral("bulkParameters_") + QString(Endpoints::info(operation).name));
}

BulkActionDialog *TestBulkParameters::preview(ActionDialog *parameters, Operation operation)
{
    QPushButton *ok = okButton(parameters);
    if (!ok || !ok->isEnabled()) {
        qWarning("OK is disabled: %s", ok ? qPrintable(ok->toolTip()) : "no button");
        return nullptr;
    }
    if (ok->text() != QStringLiteral("Preview…")) {
        qWarning("OK reads %s", qPrintable(ok->text()));
        return nullptr;
    }
    m_fx->clearRequests();
    QTest::mouseClick(ok, Qt::LeftButton);
    if (!m_fx->requests("POST", QString()).isEmpty()) {
        qWarning("the parameters dialog sent something");
        return nullptr;
    }
    return bulkDialog(operation);
}

bool TestBulkParameters::runToReport(BulkActionDialog *dialog, int concurrency)
{
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    if (!start || !start->isEnabled()) {
        qWarning("Start is disabled: %s", start ? qPrintable(start->toolTip()) : "no button");
        return false;
    }
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(concurrency);
    m_fx->simulator()->resetMaxRequestsInFlight();
    m_fx->clearRequests();
    QTest::mouseClick(start, Qt::LeftButton);
    if (!QTest::qWaitFor([dialog] { return dialog->report()->isVisible(); }, 60000)) {
        qWarning("no report");
        return false;
    }
    if (m_fx->simulator()->maxRequestsInFlight() > concurrency) {
        qWarning("%d requests were in flight at once", m_fx->simulator()->maxRequestsInFlight());
        return false;
    }
    return true;
}

QHash<QString, QString> TestBulkParameters::results(BulkActionDialog *dialog) const
{
    QHash<QString, QString> byUuid;
    for (int row = 0; row < dialog->report()->rowCount(); ++row) {
        byUuid.insert(dialog->report()->item(row, 0)->toolTip(), dialog->report()->item(row, 1)->text());
    }
    return byUuid;
}

QString TestBulkParameters::message(BulkActionDialog *dialog, const QString &uuid) const
{
    for (int row = 0; row < dialog->report()->rowCount(); ++row) {
        if (dialog->report()->item(row, 0)->toolTip() == uuid) {
            return dialog->report()->item(row, 2)->text();
        }
    }
    return {};
}

void TestBulkParameters::checkBodies(const QStringList &uuids, const QString &path, const QJsonObject &body) const
{
    const auto posts = m_fx->requests("POST", QStringLiteral("/%1/").arg(path));
    QCOMPARE(posts.size(), uuids.size());
    QStringList sentTo;
    for (const sim::RecordedRequest &post : posts) {
        QCOMPARE(QJsonDocument::fromJson(post.body).object(), body);
        sentTo.append(post.path.section(QLatin1Char('/'), -3, -3));
    }
    sentTo.sort();
    QStringList expected = uuids;
    expected.sort();
    QCOMPARE(sentTo, expected);
}

void TestBulkParameters::endDateByStaffSendsTheChosenDateToEveryRow()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 9);
    QCOMPARE(uuids.size(), 9);
    QCOMPARE(m_fx->action(Operation::SetEndDateByStaff)->text(), QStringLiteral("Set end date as staff (9 selected)…"));
    ActionDialog *parameters = parametersFor(Operation::SetEndDateByStaff);
    QVERIFY(parameters);
    QCOMPARE(parameters->windowTitle(), QStringLiteral("Set end date of 9 resources as staff"));
    QVERIFY(m_fx->requests("GET", QStringLiteral("/%1/").arg(uuids.first())).isEmpty()); // nothing per row
    QVERIFY(!okButton(parameters)->isEnabled()); // no date is chosen for the user
    const QDate date = m_fx->simulator()->today().addDays(40);
    parameters->findChild<QLineEdit *>(QStringLiteral("endDateEdit"))->setText(date.toString(Qt::ISODate));
    // One row fails once (the simulator takes the first fault that matches, so this one goes first).
    m_fx->fail("POST", uuids.at(4) + QStringLiteral("/set_end_date_by_staff"), 500, R"({"detail":"Internal error."})");
    m_fx->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("set_end_date_by_staff"), kLatencyMs, 100));
    BulkActionDialog *dialog = preview(parameters, Operation::SetEndDateByStaff);
    QVERIFY(dialog);
    QCOMPARE(text(dialog, "previewCountsLabel"),
        QStringLiteral("9 of the 9 selected resources will be acted on; 0 skipped."));
    const QJsonObject body { { QStringLiteral("end_date"), date.toString(Qt::ISODate) } };
    QCOMPARE(text(dialog, "bodyLabel"), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("typedCountEdit"))); // not destructive
    QVERIFY(runToReport(dialog, 3));
    QVERIFY(m_fx->simulator()->maxRequestsInFlight() >= 2); // it did run in parallel
    checkBodies(uuids, QStringLiteral("set_end_date_by_staff"), body);
    for (const QString &uuid : uuids) {
        if (uuid == uuids.at(4)) {
            QCOMPARE(results(dialog).value(uuid), QStringLiteral("Failed"));
            continue;
        }
        QCOMPARE(results(dialog).value(uuid), QStringLiteral("OK"));
        QTRY_COMPARE(m_fx->row(uuid)->endDate, date); // re-read into the table
    }
    // Retry failed sends the same body to the failed row only.
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    checkBodies({ uuids.at(4) }, QStringLiteral("set_end_date_by_staff"), body);
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
    QTRY_COMPARE(m_fx->row(uuids.at(4))->endDate, date);
}

void TestBulkParameters::clearingEndDatesByProvider()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 3);
    ActionDialog *parameters = parametersFor(Operation::SetEndDateByProvider);
    QVERIFY(parameters);
    QTest::mouseClick(parameters->findChild<QCheckBox *>(QStringLiteral("clearEndDateCheck")), Qt::LeftButton);
    BulkActionDialog *dialog = preview(parameters, Operation::SetEndDateByProvider);
    QVERIFY(dialog);
    QVERIFY(runToReport(dialog, 4));
    const ResourceAction single = ResourceAction::setEndDateByProvider(uuids.first(), QDate());
    checkBodies(uuids, QStringLiteral("set_end_date_by_provider"), single.body->object()); // as for one row
    QCOMPARE(text(dialog, "summaryLabel"), QStringLiteral("3 succeeded, 0 failed, 0 unknown, 0 skipped, 0 not sent."));
}

void TestBulkParameters::setAsErredReportsFieldErrorsAndForbiddenRows()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 6);
    QCOMPARE(uuids.size(), 6);
    m_fx->fail("POST", uuids.at(1) + QStringLiteral("/set_as_erred"), 400,
        R"({"error_traceback":["Ensure this field has no more than 1000 characters."]})");
    m_fx->fail("POST", uuids.at(4) + QStringLiteral("/set_as_erred"), 403,
        R"({"detail":"You do not have permission to perform this action."})");
    ActionDialog *parameters = parametersFor(Operation::SetAsErred);
    QVERIFY(parameters);
    // One resource's message is not offered as everyone's.
    QVERIFY(parameters->findChild<QLineEdit *>(QStringLiteral("errorMessageEdit"))->text().isEmpty());
    QTest::keyClicks(
        parameters->findChild<QLineEdit *>(QStringLiteral("errorMessageEdit")), QStringLiteral("Rack 7 lost power"));
    BulkActionDialog *dialog = preview(parameters, Operation::SetAsErred);
    QVERIFY(dialog);
    QVERIFY(runToReport(dialog, 4));
    // An empty traceback is left out, as for one resource: each keeps its own.
    const QJsonObject body { { QStringLiteral("error_message"), QStringLiteral("Rack 7 lost power") } };
    checkBodies(uuids, QStringLiteral("set_as_erred"), body);
    QCOMPARE(results(dialog).value(uuids.at(1)), QStringLiteral("Failed"));
    QVERIFY2(message(dialog, uuids.at(1)).contains(QStringLiteral("no more than 1000 characters")),
        qPrintable(message(dialog, uuids.at(1))));
    QCOMPARE(results(dialog).value(uuids.at(4)), QStringLiteral("Failed"));
    QVERIFY(message(dialog, uuids.at(4)).contains(QStringLiteral("permission")));
    QTRY_COMPARE(m_fx->row(uuids.at(0))->state, ResourceState::Erred);
    QVERIFY(m_fx->row(uuids.at(1))->state != ResourceState::Erred);
    // Retry failed sends the same body to those two only.
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 2, 20000);
    checkBodies({ uuids.at(1), uuids.at(4) }, QStringLiteral("set_as_erred"), body);
    QCOMPARE(results(dialog).value(uuids.at(4)), QStringLiteral("OK"));
}

void TestBulkParameters::moveSkipsRowsAlreadyThereAndWantsTheCount()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 8);
    QCOMPARE(uuids.size(), 8);
    const Resource first = *m_fx->row(uuids.first());
    int alreadyThere = 0;
    for (const QString &uuid : uuids) {
        alreadyThere += m_fx->row(uuid)->projectUuid == first.projectUuid ? 1 : 0;
    }
    ActionDialog *parameters = parametersFor(Operation::MoveResource);
    QVERIFY(parameters);
    auto *search = parameters->findChild<QLineEdit *>(QStringLiteral("projectSearchEdit"));
    auto *list = parameters->findChild<QListWidget *>(QStringLiteral("projectList"));
    QTest::keyClicks(search, first.projectName);
    const QString wanted = QStringLiteral("%1 / %2").arg(first.customerName, first.projectName);
    QTRY_VERIFY(!list->findItems(wanted, Qt::MatchExactly).isEmpty());
    list->setCurrentItem(list->findItems(wanted, Qt::MatchExactly).first()); // enabled: in bulk no row is "current"
    BulkActionDialog *dialog = preview(parameters, Operation::MoveResource);
    QVERIFY(dialog);
    const int acting = 8 - alreadyThere;
    QCOMPARE(text(dialog, "previewCountsLabel"),
        QStringLiteral("%1 of the 8 selected resources will be acted on; %2 skipped.").arg(acting).arg(alreadyThere));
    QCOMPARE(text(dialog, "skipReasonsLabel"),
        QStringLiteral("%1 skipped: Already in project “%2”.").arg(alreadyThere).arg(first.projectName));
    // Destructive: the count is typed, or nothing starts.
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedCountEdit"));
    QVERIFY(typed);
    QVERIFY(!start->isEnabled());
    QCOMPARE(start->toolTip(),
        QStringLiteral("Type the number of resources that will be acted on (%1) to confirm.").arg(acting));
    QTest::keyClicks(typed, QString::number(acting + 1));
    QVERIFY(!start->isEnabled());
    typed->clear();
    QTest::keyClicks(typed, QString::number(acting));
    QVERIFY(start->isEnabled());
    // Waldur refuses one move (its invoice items cannot move yet); Retry failed moves it later.
    const QString &refused = uuids.constLast();
    QVERIFY(m_fx->row(refused)->projectUuid != first.projectUuid);
    m_fx->fail("POST", refused + QStringLiteral("/move_resource"), 409,
        R"({"error_message":"Resource moving is not possible, because invoice items moving is not possible."})");
    QVERIFY(runToReport(dialog, 4));
    const QString projectUrl = m_fx->client()->urlFor(Endpoints::projectUrlPath(first.projectUuid)).toString();
    const QJsonObject body { { QStringLiteral("project"), QJsonObject { { QStringLiteral("url"), projectUrl } } } };
    const auto posts = m_fx->requests("POST", QStringLiteral("/move_resource/"));
    QCOMPARE(posts.size(), acting);
    for (const sim::RecordedRequest &post : posts) {
        QCOMPARE(QJsonDocument::fromJson(post.body).object(), body);
    }
    QCOMPARE(results(dialog).value(refused), QStringLiteral("Failed"));
    QVERIFY(message(dialog, refused).contains(QStringLiteral("invoice items moving is not possible")));
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    checkBodies({ refused }, QStringLiteral("move_resource"), body);
    for (const QString &uuid : uuids) {
        QTRY_COMPARE(m_fx->row(uuid)->projectUuid, first.projectUuid);
    }
}

void TestBulkParameters::terminateWantsTheCountAndReportsGoneAndWrongState()
{
    const QStringList uuids = m_fx->selectMany(
        [](const Resource &r) {
            return isUsable(r) && (r.state == ResourceState::OK || r.state == ResourceState::Erred);
        },
        6);
    QCOMPARE(uuids.size(), 6);
    // Meanwhile someone deleted one row and another moved to a state terminate refuses.
    m_fx->fail("POST", uuids.at(2) + QStringLiteral("/terminate"), 404, R"({"detail":"Not found."})");
    m_fx->fail("POST", uuids.at(3) + QStringLiteral("/terminate"), 409,
        R"({"detail":"Valid states for operation: OK, Erred."})");
    QAction *action = m_fx->action(Operation::Terminate);
    QCOMPARE(action->text(), QStringLiteral("Terminate (6 selected)…"));
    action->trigger();
    BulkActionDialog *dialog = bulkDialog(Operation::Terminate); // no parameters in bulk
    QVERIFY(dialog);
    QCOMPARE(text(dialog, "previewCountsLabel"),
        QStringLiteral("6 of the 6 selected resources will be acted on; 0 skipped."));
    QCOMPARE(text(dialog, "bodyLabel"), QStringLiteral("(no body)"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("typedCountEdit")), QStringLiteral("6"));
    QVERIFY(runToReport(dialog, 2));
    // No attributes in bulk: no body at all, as the preview says.
    checkBodies(uuids, QStringLiteral("terminate"), QJsonObject());
    for (const sim::RecordedRequest &post : m_fx->requests("POST", QStringLiteral("/terminate/"))) {
        QVERIFY(post.body.isEmpty());
    }
    QCOMPARE(results(dialog).value(uuids.at(2)), QStringLiteral("Gone"));
    QTRY_VERIFY(!m_fx->row(uuids.at(2))); // dropped from the table
    QCOMPARE(results(dialog).value(uuids.at(3)), QStringLiteral("Failed"));
    QVERIFY(message(dialog, uuids.at(3)).contains(QStringLiteral("Valid states for operation: OK, Erred.")));
    QCOMPARE(results(dialog).value(uuids.at(0)), QStringLiteral("OK"));
    QVERIFY2(QRegularExpression(QStringLiteral("^Order [0-9a-f]{32} was created\\.$"))
                 .match(message(dialog, uuids.at(0)))
                 .hasMatch(),
        qPrintable(message(dialog, uuids.at(0))));
    QTRY_COMPARE(m_fx->row(uuids.at(0))->state, ResourceState::Terminating);
    QCOMPARE(text(dialog, "summaryLabel"), QStringLiteral("4 succeeded, 2 failed, 0 unknown, 0 skipped, 0 not sent."));
    // Retry failed: the refused row again (its state allows it now), not the one that is gone.
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    checkBodies({ uuids.at(3) }, QStringLiteral("terminate"), QJsonObject());
    QCOMPARE(results(dialog).value(uuids.at(3)), QStringLiteral("OK"));
}

void TestBulkParameters::unlinkRemovesTheRows()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 4);
    m_fx->action(Operation::Unlink)->trigger();
    BulkActionDialog *dialog = bulkDialog(Operation::Unlink);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("typedCountEdit")), QStringLiteral("4"));
    QVERIFY(runToReport(dialog, 4));
    checkBodies(uuids, QStringLiteral("unlink"), QJsonObject());
    for (const QString &uuid : uuids) {
        QTRY_VERIFY(!m_fx->row(uuid));
        QVERIFY(m_fx->simulator()->resourceJson(uuid).isEmpty());
    }
}

void TestBulkParameters::metadataReplacesOnEveryRow()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 5);
    ActionDialog *parameters = parametersFor(Operation::SetBackendMetadata);
    QVERIFY(parameters);
    auto *json = parameters->findChild<QPlainTextEdit *>(QStringLiteral("metadataJsonEdit"));
    auto *tabs = parameters->findChild<QTabWidget *>(QStringLiteral("modeTabs"));
    tabs->setCurrentWidget(parameters->findChild<QWidget *>(QStringLiteral("jsonTab")));
    json->setPlainText(QStringLiteral(R"({"rack": "B7", "slots": 4})"));
    // Replace needs nothing read: OK does not wait for the targets' metadata.
    QTest::mouseClick(parameters->findChild<QRadioButton *>(QStringLiteral("replaceRadio")), Qt::LeftButton);
    QVERIFY(okButton(parameters)->isEnabled());
    BulkActionDialog *dialog = preview(parameters, Operation::SetBackendMetadata);
    QVERIFY(dialog);
    QVERIFY(runToReport(dialog, 2));
    const QJsonObject metadata { { QStringLiteral("rack"), QStringLiteral("B7") }, { QStringLiteral("slots"), 4 } };
    checkBodies(uuids, QStringLiteral("set_backend_metadata"), { { QStringLiteral("backend_metadata"), metadata } });
    for (const QString &uuid : uuids) {
        QCOMPARE(m_fx->simulator()->resourceJson(uuid).value(QStringLiteral("backend_metadata")).toObject(), metadata);
    }
}

// Merge, the default in bulk: each target's own metadata is read first (sparse, within the bound), the keys
// given are set in it, its other keys stay; a target that already has them is skipped.
void TestBulkParameters::metadataMergesIntoEachRowsOwn()
{
    const QStringList uuids = m_fx->selectMany(isUsable, 3);
    QCOMPARE(uuids.size(), 3);
    QHash<QString, QJsonObject> before;
    for (const QString &uuid : uuids) {
        before.insert(uuid, m_fx->simulator()->resourceJson(uuid).value(QStringLiteral("backend_metadata")).toObject());
    }
    // The third already has the key and value, and a key of its own that must survive.
    QJsonObject third = before.value(uuids.at(2));
    third.insert(QStringLiteral("rack"), QStringLiteral("B7"));
    third.insert(QStringLiteral("owner"), QStringLiteral("hpc-team"));
    bool stored = false;
    m_fx->api()->perform(ResourceAction::setBackendMetadata(uuids.at(2), third), this,
        [&stored](const Result<ActionOutcome> &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
    before.insert(uuids.at(2), third);
    m_fx->simulator()->resetMaxRequestsInFlight();
    m_fx->clearRequests();
    ActionDialog *parameters = parametersFor(Operation::SetBackendMetadata);
    QVERIFY(parameters);
    QVERIFY(parameters->findChild<QRadioButton *>(QStringLiteral("mergeRadio"))->isChecked());
    auto *tabs = parameters->findChild<QTabWidget *>(QStringLiteral("modeTabs"));
    tabs->setCurrentWidget(parameters->findChild<QWidget *>(QStringLiteral("jsonTab")));
    parameters->findChild<QPlainTextEdit *>(QStringLiteral("metadataJsonEdit"))
        ->setPlainText(QStringLiteral(R"({"rack": "B7"})"));
    QTRY_VERIFY_WITH_TIMEOUT(okButton(parameters)->isEnabled(), 20000);
    for (const QString &uuid : uuids) {
        const auto reads = m_fx->requests("GET", QStringLiteral("/%1/").arg(uuid));
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first().query.allQueryItemValues(QStringLiteral("field")),
            QStringList({ QStringLiteral("uuid"), QStringLiteral("backend_metadata") }));
    }
    QVERIFY(m_fx->simulator()->maxRequestsInFlight() <= BulkRun::kDefaultConcurrency);
    BulkActionDialog *dialog = preview(parameters, Operation::SetBackendMetadata);
    QVERIFY(dialog);
    QCOMPARE(text(dialog, "previewCountsLabel"),
        QStringLiteral("2 of the 3 selected resources will be acted on; 1 skipped."));
    QCOMPARE(text(dialog, "skipReasonsLabel"), QStringLiteral("1 skipped: Already has these keys and values."));
    auto *changes = dialog->findChild<QTableWidget *>(QStringLiteral("changesTable"));
    QVERIFY(changes);
    QCOMPARE(changes->rowCount(), 2);
    QVERIFY2(changes->item(0, 1)->text().startsWith(QStringLiteral("rack: ")), qPrintable(changes->item(0, 1)->text()));
    QVERIFY(changes->item(0, 1)->text().endsWith(QStringLiteral(" → B7")));
    m_fx->fail("POST", uuids.at(1) + QStringLiteral("/set_backend_metadata"), 500, R"({"detail":"Internal error."})");
    QVERIFY(runToReport(dialog, 4));
    QVERIFY(m_fx->requests("POST", QStringLiteral("/%1/set_backend_metadata/").arg(uuids.at(2))).isEmpty());
    const auto checkMerged = [&](const QString &uuid) {
        QJsonObject expected = before.value(uuid);
        expected.insert(QStringLiteral("rack"), QStringLiteral("B7"));
        const auto posts = m_fx->requests("POST", QStringLiteral("/%1/set_backend_metadata/").arg(uuid));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(posts.first().body).object(),
            QJsonObject({ { QStringLiteral("backend_metadata"), expected } }));
        QCOMPARE(m_fx->simulator()->resourceJson(uuid).value(QStringLiteral("backend_metadata")).toObject(), expected);
    };
    checkMerged(uuids.at(0));
    QCOMPARE(results(dialog).value(uuids.at(1)), QStringLiteral("Failed"));
    // Retry failed sends the failed row its own merged metadata again.
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
    checkMerged(uuids.at(1));
    QCOMPARE(m_fx->simulator()->resourceJson(uuids.at(2)).value(QStringLiteral("backend_metadata")).toObject(), third);
}

void TestBulkParameters::droppedAndTimedOutRequestsAreUnknownAndReread()
{
    QVERIFY(startWith(1500)); // a short transfer timeout, so that the stalled request gives up soon
    const QStringList uuids = m_fx->selectMany(isUsable, 5);
    m_fx->drop("POST", uuids.at(1) + QStringLiteral("/set_as_erred"));
    m_fx->stall("POST", uuids.at(3) + QStringLiteral("/set_as_erred"));
    ActionDialog *parameters = parametersFor(Operation::SetAsErred);
    QVERIFY(parameters);
    BulkActionDialog *dialog = preview(parameters, Operation::SetAsErred);
    QVERIFY(dialog);
    QVERIFY(runToReport(dialog, 2));
    QCOMPARE(results(dialog).value(uuids.at(1)), QStringLiteral("Unknown"));
    QCOMPARE(results(dialog).value(uuids.at(3)), QStringLiteral("Unknown"));
    QVERIFY(message(dialog, uuids.at(3)).contains(QStringLiteral("may or may not have been applied")));
    QCOMPARE(text(dialog, "summaryLabel"), QStringLiteral("3 succeeded, 0 failed, 2 unknown, 0 skipped, 0 not sent."));
    // Never sent again on their own, and read again to show what the server has now.
    QCOMPARE(m_fx->requests("POST", uuids.at(3) + QStringLiteral("/set_as_erred/")).size(), 1);
    QTRY_VERIFY(!m_fx->requests("GET", QStringLiteral("/%1/").arg(uuids.at(3))).isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isEnabled());
}

// With two rows selected, "all resources matching the current filter" reads every match from the server,
// page by page with the rows' sparse fields, and previews it by the same rules; the number to type follows.
void TestBulkParameters::allMatchingTheFilterIsReadFromTheServer()
{
    QStringList shouldAct; // what Waldur would call "not OK and not terminated": the rule of set as OK
    for (const QString &uuid : m_fx->simulator()->resourceUuids()) {
        const QString state = m_fx->simulator()->resourceJson(uuid).value(QStringLiteral("state")).toString();
        if (state != QStringLiteral("OK") && state != QStringLiteral("Terminated")) {
            shouldAct.append(uuid);
        }
    }
    const qint64 total = m_fx->model()->totalCount();
    QVERIFY(total > 2);
    m_fx->selectMany([](const Resource &r) { return r.state == ResourceState::Erred; }, 2);
    m_fx->action(Operation::SetAsOk)->trigger();
    BulkActionDialog *dialog = bulkDialog(Operation::SetAsOk);
    QVERIFY(dialog);
    QCOMPARE(text(dialog, "previewCountsLabel"),
        QStringLiteral("2 of the 2 selected resources will be acted on; 0 skipped."));
    auto *all = dialog->findChild<QRadioButton *>(QStringLiteral("allMatchingRadio"));
    QVERIFY(all);
    QCOMPARE(all->text(), QStringLiteral("All %1 resources matching the current filter").arg(total));
    m_fx->clearRequests();
    QTest::mouseClick(all, Qt::LeftButton);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled()); // while reading
    QTRY_COMPARE_WITH_TIMEOUT(text(dialog, "previewCountsLabel"),
        QStringLiteral("%1 of the %2 matching resources will be acted on; %3 skipped.")
            .arg(shouldAct.size())
            .arg(total)
            .arg(total - shouldAct.size()),
        20000);
    const auto lists = m_fx->requests("GET", QStringLiteral("/api/marketplace-provider-resources/"));
    QVERIFY(!lists.isEmpty());
    for (const sim::RecordedRequest &list : lists) {
        QCOMPARE(list.query.allQueryItemValues(QStringLiteral("field")), m_fx->model()->rowFields());
    }
    // Two targets the table does not show (as if their page was never loaded): a change to them is not read
    // back, since no row would show it; a shown row is read back.
    QStringList hidden;
    for (const QString &uuid : std::as_const(shouldAct)) {
        if (hidden.size() < 2 && !m_fx->view()->selectionModel()->isRowSelected(m_fx->model()->rowOf(uuid))) {
            hidden.append(uuid);
            m_fx->model()->removeResource(uuid);
        }
    }
    QCOMPARE(hidden.size(), 2);
    m_fx->clearRequests();
    QVERIFY(runToReport(dialog, 4));
    checkBodies(shouldAct, QStringLiteral("set_as_ok"), QJsonObject());
    for (const QString &uuid : std::as_const(shouldAct)) {
        // (A shown row in transition may also be read by the poller.)
        const qsizetype reads = m_fx->requests("GET", QStringLiteral("/%1/").arg(uuid)).size();
        QVERIFY2(hidden.contains(uuid) ? reads == 0 : reads >= 1, qPrintable(uuid));
    }
}

// Set limits on several resources of one offering: every target's limits are read first (within the bound),
// a ticked component gets the new value, each request carries that resource's whole limits object with it,
// and a resource that already has the value is skipped.
void TestBulkParameters::limitsChangeTheTickedComponentOnly()
{
    // Three resources of one offering that has limits.
    QHash<QString, QStringList> byOffering;
    for (int r = 0; r < m_fx->model()->rowCount(); ++r) {
        const Resource *row = m_fx->model()->resourceAt(r);
        if (isUsable(*row)
            && !m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("limits")).toObject().isEmpty()) {
            byOffering[row->offeringUuid].append(row->uuid);
        }
    }
    QStringList uuids;
    for (const QStringList &candidates : std::as_const(byOffering)) {
        if (candidates.size() >= 3) {
            uuids = candidates.mid(0, 3);
            break;
        }
    }
    QCOMPARE(uuids.size(), 3);
    m_fx->selectMany([&uuids](const Resource &r) { return uuids.contains(r.uuid); }, 3);
    QHash<QString, QJsonObject> before;
    for (const QString &uuid : std::as_const(uuids)) {
        before.insert(uuid, m_fx->simulator()->resourceJson(uuid).value(QStringLiteral("limits")).toObject());
    }
    m_fx->simulator()->resetMaxRequestsInFlight();
    m_fx->clearRequests();
    ActionDialog *parameters = parametersFor(Operation::SetLimits);
    QVERIFY(parameters);
    auto *table = parameters->findChild<QTableWidget *>(QStringLiteral("limitsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 0, 20000);
    for (const QString &uuid : std::as_const(uuids)) { // each target's own limits, read with sparse fields
        const auto reads = m_fx->requests("GET", QStringLiteral("/%1/").arg(uuid));
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first().query.allQueryItemValues(QStringLiteral("field")),
            QStringList({ QStringLiteral("uuid"), QStringLiteral("limits") }));
    }
    QVERIFY(m_fx->simulator()->maxRequestsInFlight() <= BulkRun::kDefaultConcurrency);
    QCOMPARE(okButton(parameters)->toolTip(), QStringLiteral("Tick the limits to change."));
    // Tick the first component and give it the first target's own value: that target is skipped.
    QTableWidgetItem *component = table->item(0, 0);
    auto *spin = qobject_cast<QSpinBox *>(table->cellWidget(0, 4));
    QVERIFY(spin && !spin->isEnabled());
    const QString type = spin->objectName().mid(QStringLiteral("limitSpin_").size());
    QVERIFY(before.value(uuids.first()).contains(type));
    const int value = before.value(uuids.first()).value(type).toInt();
    component->setCheckState(Qt::Checked);
    QVERIFY(spin->isEnabled());
    spin->setValue(value);
    int skipped = 0;
    for (const QString &uuid : std::as_const(uuids)) {
        skipped += before.value(uuid).value(type).toInt() == value ? 1 : 0;
    }
    QVERIFY(skipped >= 1 && skipped < 3); // the data set gives the three different limits
    BulkActionDialog *dialog = preview(parameters, Operation::SetLimits);
    QVERIFY(dialog);
    QCOMPARE(text(dialog, "previewCountsLabel"),
        QStringLiteral("%1 of the 3 selected resources will be acted on; %2 skipped.").arg(3 - skipped).arg(skipped));
    QCOMPARE(text(dialog, "skipReasonsLabel"), QStringLiteral("%1 skipped: Already has these limits.").arg(skipped));
    auto *changes = dialog->findChild<QTableWidget *>(QStringLiteral("changesTable"));
    QVERIFY(changes);
    QCOMPARE(changes->rowCount(), 3 - skipped);
    QVERIFY(changes->item(0, 1)->text().startsWith(type + QLatin1Char(' ')));
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("allMatchingRadio"))); // bodies are per row
    // One row's request fails once: the run goes on, and Retry failed sends that row's own body again.
    QString failing;
    for (const QString &uuid : std::as_const(uuids)) {
        if (failing.isEmpty() && before.value(uuid).value(type).toInt() != value) {
            failing = uuid;
        }
    }
    m_fx->fail("POST", failing + QStringLiteral("/set_limits"), 500, R"({"detail":"Internal error."})");
    QVERIFY(runToReport(dialog, 4));
    QCOMPARE(results(dialog).value(failing), QStringLiteral("Failed"));
    const auto limitsSent = [this](const QString &uuid) {
        const auto posts = m_fx->requests("POST", QStringLiteral("/%1/set_limits/").arg(uuid));
        return posts.size() == 1
            ? QJsonDocument::fromJson(posts.first().body).object().value(QStringLiteral("limits")).toObject()
            : QJsonObject();
    };
    for (const QString &uuid : std::as_const(uuids)) {
        if (before.value(uuid).value(type).toInt() == value) {
            QVERIFY(m_fx->requests("POST", QStringLiteral("/%1/set_limits/").arg(uuid)).isEmpty());
            continue;
        }
        QJsonObject expected = before.value(uuid); // its own limits, the ticked one changed
        expected.insert(type, value);
        QCOMPARE(limitsSent(uuid), expected);
        QCOMPARE(m_fx->simulator()->resourceJson(uuid).value(QStringLiteral("limits")).toObject(),
            uuid == failing ? before.value(uuid) : expected);
    }
    QJsonObject expected = before.value(failing);
    expected.insert(type, value);
    m_fx->clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report()->isVisible() && dialog->report()->rowCount() == 1, 20000);
    QCOMPARE(dialog->report()->item(0, 1)->text(), QStringLiteral("OK"));
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_limits/")).size(), 1);
    QCOMPARE(limitsSent(failing), expected);
    QCOMPARE(m_fx->simulator()->resourceJson(failing).value(QStringLiteral("limits")).toObject(), expected);
}

QTEST_MAIN(TestBulkParameters)
#include "tst_bulkparameters.moc"
