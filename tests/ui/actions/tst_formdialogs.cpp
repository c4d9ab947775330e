// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/actions/EditResourceDialog.h"
#include "ui/actions/EndDateDialog.h"
#include "ui/actions/SetBackendIdDialog.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// Edit, both end-date dialogs and Set backend ID, each driven through its widgets against the real
// simulator: what was sent, the refreshed row, a failure that leaves the input as typed, and the
// double-clicked OK that sends one request.
class TestFormDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editSendsPatchForOneField();
    void editSendsPutWhenAllThreeChange();
    void editShowsFieldErrorAndKeepsInput();
    void editLoadFailureAndGoneResource();
    void endDateByProvider();
    void endDateClearedByStaff();
    void endDateWarnsAboutTheProject();
    void endDateFieldError();
    void backendIdConflictThenSuccess();
    void doubleClickSendsOnePost();

private:
    std::unique_ptr<ActionsFixture> m_fx;
};

void TestFormDialogs::init()
{
    ConfirmationHelper::clearNextAnswer();
    m_fx = std::make_unique<ActionsFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->why()));
}

void TestFormDialogs::cleanup()
{
    m_fx.reset();
}

void TestFormDialogs::editSendsPatchForOneField()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), row->name);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(okButton(dialog)->toolTip(), QStringLiteral("Nothing has been changed."));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed-alloc"));
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("PATCH", row->uuid + QLatin1Char('/')).object(),
            (QJsonObject { { QStringLiteral("name"), QStringLiteral("renamed-alloc") } }));
        QVERIFY(m_fx->requests("PUT", row->uuid + QLatin1Char('/')).isEmpty());
    }
    QCOMPARE(m_fx->row(row->uuid)->name, QStringLiteral("renamed-alloc"));
}

void TestFormDialogs::editSendsPutWhenAllThreeChange()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(dialog);
    const QDate date = QDate::currentDate().addDays(45) == row->endDate ? QDate::currentDate().addDays(46)
                                                                        : QDate::currentDate().addDays(45);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("all-three"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("New words."));
    dialog->findChild<QCheckBox *>(QStringLiteral("endDateCheck"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"))->setDate(date);
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        const QJsonObject expected { { QStringLiteral("name"), QStringLiteral("all-three") },
            { QStringLiteral("description"), QStringLiteral("New words.") },
            { QStringLiteral("end_date"), date.toString(Qt::ISODate) } };
        QCOMPARE(m_fx->onlyBody("PUT", row->uuid + QLatin1Char('/')).object(), expected);
        QCOMPARE(m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("description")).toString(),
            QStringLiteral("New words."));
    }
    QCOMPARE(m_fx->row(row->uuid)->name, QStringLiteral("all-three"));
    QCOMPARE(m_fx->row(row->uuid)->endDate, date);
}

void TestFormDialogs::editShowsFieldErrorAndKeepsInput()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setText(QStringLiteral("kept-name"));
    dialog->findChild<QCheckBox *>(QStringLiteral("endDateCheck"))->setChecked(true);
    m_fx->fail("PATCH", row->uuid + QLatin1Char('/'), 400,
        R"({"end_date": ["End date cannot be earlier than the current date."]})");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(
        visibleText(dialog, "endDateError"), QStringLiteral("End date cannot be earlier than the current date."));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("kept-name"));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("endDateCheck"))->isChecked());
    QVERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("marked values")));
    QVERIFY(okButton(dialog)->isEnabled()); // the user may correct and send again
    QCOMPARE(m_fx->row(row->uuid)->name, row->name);
}

void TestFormDialogs::editLoadFailureAndGoneResource()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    // The current values cannot be read: the dialog says so and cannot be sent.
    m_fx->fail("GET", row->uuid + QLatin1Char('/'), 403,
        R"({"detail": "You do not have permission to perform this action."})");
    m_fx->action(Operation::Update)->trigger();
    auto *failed = m_fx->dialog<EditResourceDialog>(Operation::Update);
    QVERIFY(failed);
    QTRY_VERIFY(visibleText(failed, "messageLabel").contains(QStringLiteral("could not be loaded")));
    QVERIFY(!okButton(failed)->isEnabled());
    failed->reject();
    QTRY_VERIFY(!m_fx->dialog<EditResourceDialog>(Operation::Update));

    // A 404 on the action: the resource is gone, the dialog says so and the row is dropped.
    auto *dialog = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("too-late"));
    m_fx->fail("PATCH", row->uuid + QLatin1Char('/'), 404, R"({"detail": "Not found."})");
    QSignalSpy removed(m_fx->controller(), &ResourceActionsController::resourceRemoved);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(m_fx->model()->rowOf(row->uuid), -1);
    QVERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("no longer exists")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("too-late"));
}

void TestFormDialogs::endDateByProvider()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EndDateDialog>(Operation::SetEndDateByProvider);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), EndDateDialog::Mode::Provider);
    auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"));
    auto *calendar = dialog->findChild<QCalendarWidget *>(QStringLiteral("endDateCalendar"));
    const QDate earliest = QDate::currentDate().addDays(7);
    QCOMPARE(edit->minimumDate(), earliest);
    QCOMPARE(calendar->minimumDate(), earliest);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("inclusive")));
    const QDate date = row->endDate == earliest.addDays(3) ? earliest.addDays(4) : earliest.addDays(3);
    calendar->setSelectedDate(date);
    QCOMPARE(edit->date(), date); // the calendar and the typed date stay in step
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", row->uuid + QStringLiteral("/set_end_date_by_provider/")).object(),
            (QJsonObject { { QStringLiteral("end_date"), date.toString(Qt::ISODate) } }));
    }
    QCOMPARE(m_fx->row(row->uuid)->endDate, date);
}

void TestFormDialogs::endDateClearedByStaff()
{
    const std::optional<Resource> row
        = m_fx->select([](const Resource &r) { return isUsable(r) && r.endDate.isValid(); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EndDateDialog>(Operation::SetEndDateByStaff);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), EndDateDialog::Mode::Staff);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("staff")));
    auto *clear = dialog->findChild<QCheckBox *>(QStringLiteral("clearEndDateCheck"));
    clear->setChecked(true);
    QVERIFY(!dialog->findChild<QCalendarWidget *>(QStringLiteral("endDateCalendar"))->isEnabled());
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", row->uuid + QStringLiteral("/set_end_date_by_staff/")).object(),
            (QJsonObject { { QStringLiteral("end_date"), QJsonValue::Null } }));
    }
    QVERIFY(!m_fx->row(row->uuid)->endDate.isValid());
}

void TestFormDialogs::endDateWarnsAboutTheProject()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([this](const Resource &r) {
        return isUsable(r)
            && m_fx->simulator()->resourceJson(r.uuid).value(QStringLiteral("project_end_date")).isString();
    });
    QVERIFY2(row, "the simulator has no resource whose project has an end date");
    const QDate projectEnd = QDate::fromString(
        m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("project_end_date")).toString(), Qt::ISODate);
    auto *dialog = m_fx->open<EndDateDialog>(Operation::SetEndDateByProvider);
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"));
    auto *conflict = dialog->findChild<QFrame *>(QStringLiteral("projectConflictFrame"));
    edit->setDate(std::max(projectEnd.addDays(1), edit->minimumDate()));
    QVERIFY(conflict->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("projectEndDateWarning"))
                ->text()
                .contains(QStringLiteral("Date conflict")));
    auto *useProject = dialog->findChild<QPushButton *>(QStringLiteral("useProjectDateButton"));
    if (projectEnd >= edit->minimumDate()) {
        QVERIFY(useProject->isVisible());
        QTest::mouseClick(useProject, Qt::LeftButton);
        QCOMPARE(edit->date(), projectEnd);
        QVERIFY(!conflict->isVisible());
    } else {
        QVERIFY(!useProject->isVisible()); // the server would refuse the project's date
    }
}

void TestFormDialogs::endDateFieldError()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EndDateDialog>(Operation::SetEndDateByProvider);
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"));
    const QDate date = edit->minimumDate().addDays(20);
    edit->setDate(date);
    const QString text = QStringLiteral("Service provider can not set end date of the resource which has been used "
                                        "for the last 90 days.");
    m_fx->fail("POST", QStringLiteral("/set_end_date_by_provider/"), 400,
        QJsonDocument(QJsonObject { { QStringLiteral("end_date"), QJsonArray { text } } }).toJson());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(visibleText(dialog, "endDateError"), text);
    QCOMPARE(edit->date(), date);
    QCOMPARE(m_fx->row(row->uuid)->endDate, row->endDate);
}

void TestFormDialogs::backendIdConflictThenSuccess()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<SetBackendIdDialog>(Operation::SetBackendId);
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("backendIdEdit"));
    QCOMPARE(edit->text(), row->backendId);
    QVERIFY(!okButton(dialog)->isEnabled());
    edit->setText(QStringLiteral("slurm-acc-4711"));
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        m_fx->fail(
            "POST", QStringLiteral("/set_backend_id/"), 409, R"({"detail": "Valid states for operation: OK, Erred."})");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(
            visibleText(dialog, "messageLabel").contains(QStringLiteral("Valid states for operation: OK, Erred.")));
        QCOMPARE(edit->text(), QStringLiteral("slurm-acc-4711"));
        QVERIFY(dialog->isVisible());
    }
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        const QList<sim::RecordedRequest> posts
            = m_fx->requests("POST", row->uuid + QStringLiteral("/set_backend_id/"));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(posts.last().body).object(),
            (QJsonObject { { QStringLiteral("backend_id"), QStringLiteral("slurm-acc-4711") } }));
    }
    QCOMPARE(m_fx->row(row->uuid)->backendId, QStringLiteral("slurm-acc-4711"));
}

void TestFormDialogs::doubleClickSendsOnePost()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<SetBackendIdDialog>(Operation::SetBackendId);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("backendIdEdit"))->setText(QStringLiteral("double-click-1"));
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Delay;
        slow.method = "POST";
        slow.pathPattern = QStringLiteral("/set_backend_id/");
        slow.delayMs = 400;
        m_fx->simulator()->injectFault(slow);
    }
    QSignalSpy refreshed(m_fx->controller(), &ResourceActionsController::resourceRefreshed);
    QPointer<SetBackendIdDialog> guard(dialog);
    // What a window system delivers for a double click: press, release, double-click press, release. (Qt 6.4's
    // QTest::mouseDClick alone sends only the double-click event.)
    QPushButton *ok = okButton(dialog);
    QTest::mousePress(ok, Qt::LeftButton);
    QTest::mouseRelease(ok, Qt::LeftButton);
    QTest::mouseDClick(ok, Qt::LeftButton);
    QTest::mouseRelease(ok, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("busyLabel"))->text(), QStringLiteral("Applying…"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Escape); // ignored while the request is on its way
    QVERIFY(dialog->isVisible());
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(guard.isNull());
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->requests("POST", QStringLiteral("/set_backend_id/")).size(), 1);
    }
    QCOMPARE(m_fx->row(row->uuid)->backendId, QStringLiteral("double-click-1"));
}

QTEST_MAIN(TestFormDialogs)
#include "tst_formdialogs.moc"
