// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ServerDate.h"
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/actions/EditResourceDialog.h"
#include "ui/actions/EndDateDialog.h"
#include "ui/actions/SetBackendIdDialog.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
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
    void endDateTypedIsWhatIsSent();
    void endDateCalendarMarksRefusedDays();
    void editEndDateAsTyped();
    void escapeAsksBeforeDiscarding();
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
    const QDate date
        = serverToday().addDays(45) == row->endDate ? serverToday().addDays(46) : serverToday().addDays(45);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("all-three"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("New words."));
    dialog->findChild<QCheckBox *>(QStringLiteral("endDateCheck"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("endDateEdit"))->setText(date.toString(Qt::ISODate));
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
    dialog->findChild<QLineEdit *>(QStringLiteral("endDateEdit"))
        ->setText(serverToday().addDays(33).toString(Qt::ISODate));
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
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("endDateEdit"));
    auto *calendar = dialog->findChild<QCalendarWidget *>(QStringLiteral("endDateCalendar"));
    const QDate earliest = serverToday().addDays(7);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("inclusive")));
    // Nothing is chosen for the user: OK waits for a date (or shows the current one, which is no change).
    QCOMPARE(edit->text(), row->endDate.isValid() ? row->endDate.toString(Qt::ISODate) : QString());
    QVERIFY(!okButton(dialog)->isEnabled());
    const QDate date = row->endDate == earliest.addDays(3) ? earliest.addDays(4) : earliest.addDays(3);
    calendar->setCurrentPage(date.year(), date.month());
    QTest::mouseClick(calendarCell(calendar, date), Qt::LeftButton, {}, calendarCellCenter(calendar, date));
    QCOMPARE(edit->text(), date.toString(Qt::ISODate)); // the calendar and the typed date stay in step
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", row->uuid + QStringLiteral("/set_end_date_by_provider/")).object(),
            (QJsonObject { { QStringLiteral("end_date"), date.toString(Qt::ISODate) } }));
    }
    QCOMPARE(m_fx->row(row->uuid)->endDate, date);
}

// The walkthrough's steps: select all in the field and type a date three days ahead. The field shows it
// as typed, the rule says why it cannot be sent, OK stays disabled and Enter sends nothing; an unfinished
// date is refused the same way; a date a week ahead, typed, is exactly what is sent.
void TestFormDialogs::endDateTypedIsWhatIsSent()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EndDateDialog>(Operation::SetEndDateByProvider);
    QVERIFY(dialog);
    auto *field = dialog->findChild<QWidget *>(QStringLiteral("endDateEdit"));
    QVERIFY(field);
    const QString soon = serverToday().addDays(3).toString(Qt::ISODate);
    typeInto(field, soon);
    QCOMPARE(shownText(field), soon);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(visibleText(dialog, "problemLabel").contains(QStringLiteral("less than 7 days ahead")),
        qPrintable(visibleText(dialog, "problemLabel")));
    m_fx->clearRequests();
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(shownText(field), soon);

    typeInto(field, soon.left(9)); // "2026-12-0"
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(visibleText(dialog, "problemLabel").contains(QStringLiteral("not a whole date")),
        qPrintable(visibleText(dialog, "problemLabel")));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(shownText(field), soon.left(9));
    if (m_fx->simulator()) {
        QVERIFY(m_fx->requests("POST", row->uuid + QStringLiteral("/set_end_date_by_provider/")).isEmpty());
    }

    const QDate date = row->endDate == serverToday().addDays(9) ? serverToday().addDays(10) : serverToday().addDays(9);
    typeInto(field, date.toString(Qt::ISODate));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", row->uuid + QStringLiteral("/set_end_date_by_provider/")).object(),
            (QJsonObject { { QStringLiteral("end_date"), date.toString(Qt::ISODate) } }));
    }
    QCOMPARE(m_fx->row(row->uuid)->endDate, date);
}

// Days the rule refuses are marked, and clicking one shows it with the rule instead of doing nothing.
void TestFormDialogs::endDateCalendarMarksRefusedDays()
{
    QVERIFY(m_fx->select([](const Resource &r) { return isUsable(r); }));
    auto *dialog = m_fx->open<EndDateDialog>(Operation::SetEndDateByProvider);
    QVERIFY(dialog);
    auto *calendar = dialog->findChild<QCalendarWidget *>(QStringLiteral("endDateCalendar"));
    const QDate today = serverToday();
    const QDate refused = today.addDays(3);
    calendar->setCurrentPage(refused.year(), refused.month());
    QVERIFY(calendar->dateTextFormat(refused).fontStrikeOut());
    QVERIFY(calendar->dateTextFormat(refused).toolTip().contains(QStringLiteral("7 days")));
    QVERIFY(calendar->dateTextFormat(today).fontStrikeOut());
    QVERIFY(!calendar->dateTextFormat(today.addDays(7)).fontStrikeOut());
    QTest::mouseClick(calendarCell(calendar, refused), Qt::LeftButton, {}, calendarCellCenter(calendar, refused));
    QCOMPARE(shownText(dialog->findChild<QWidget *>(QStringLiteral("endDateEdit"))), refused.toString(Qt::ISODate));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "problemLabel").contains(QStringLiteral("less than 7 days ahead")));
}

// Edit's "Ends on", typed as the walkthrough typed it, holds exactly that date, and follows Edit's own rule
// (today or later), not the seven days of Set end date; the dialog says which rule applies.
void TestFormDialogs::editEndDateAsTyped()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(dialog);
    auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("endDateCheck"));
    if (!check->isChecked()) {
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    }
    QVERIFY(check->isChecked());
    auto *field = dialog->findChild<QWidget *>(QStringLiteral("endDateEdit"));
    const QDate date
        = serverToday().addDays(19) == row->endDate ? serverToday().addDays(20) : serverToday().addDays(19);
    typeInto(field, date.toString(Qt::ISODate));
    QCOMPARE(shownText(field), date.toString(Qt::ISODate)); // not a year later
    QVERIFY(visibleText(dialog, "endDateHint").contains(QStringLiteral("today or any later day")));
    const QDate soon = serverToday().addDays(2);
    typeInto(field, soon.toString(Qt::ISODate));
    QVERIFY(okButton(dialog)->isEnabled()); // within seven days is fine for Edit
    typeInto(field, serverToday().addDays(-1).toString(Qt::ISODate));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "problemLabel").contains(QStringLiteral("in the past")));
    typeInto(field, date.toString(Qt::ISODate));
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("PATCH", row->uuid + QLatin1Char('/')).object(),
            (QJsonObject { { QStringLiteral("end_date"), date.toString(Qt::ISODate) } }));
    }
    QCOMPARE(m_fx->row(row->uuid)->endDate, date);
}

// Escape with something typed asks first; refusing keeps the dialog and the input, accepting closes it. An
// untouched dialog closes at once.
void TestFormDialogs::escapeAsksBeforeDiscarding()
{
    QVERIFY(m_fx->select([](const Resource &r) { return isUsable(r); }));
    auto *dialog = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(dialog);
    const int asked = ConfirmationHelper::questionCount();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    typeInto(name, QStringLiteral("half-typed"));
    ConfirmationHelper::setNextAnswer(false);
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_COMPARE(ConfirmationHelper::questionCount(), asked + 1);
    QCOMPARE(ConfirmationHelper::lastQuestion().title, QStringLiteral("Discard changes?"));
    QTest::qWait(50); // the answer arrives on the next turn of the event loop
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("half-typed"));
    QPointer<QDialog> guard(dialog);
    ConfirmationHelper::setNextAnswer(true);
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());

    auto *untouched = m_fx->open<EditResourceDialog>(Operation::Update);
    QVERIFY(untouched);
    const int before = ConfirmationHelper::questionCount();
    QPointer<QDialog> second(untouched);
    QTest::keyClick(untouched, Qt::Key_Escape);
    QTRY_VERIFY(!second || !second->isVisible());
    QCOMPARE(ConfirmationHelper::questionCount(), before);
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
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("endDateEdit"));
    auto *conflict = dialog->findChild<QFrame *>(QStringLiteral("projectConflictFrame"));
    const QDate earliest = serverToday().addDays(7);
    edit->setText(std::max(projectEnd.addDays(1), earliest).toString(Qt::ISODate));
    QVERIFY(conflict->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("projectEndDateWarning"))
                ->text()
                .contains(QStringLiteral("Date conflict")));
    auto *useProject = dialog->findChild<QPushButton *>(QStringLiteral("useProjectDateButton"));
    if (projectEnd >= earliest) {
        QVERIFY(useProject->isVisible());
        QTest::mouseClick(useProject, Qt::LeftButton);
        QCOMPARE(edit->text(), projectEnd.toString(Qt::ISODate));
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
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("endDateEdit"));
    const QDate date = serverToday().addDays(27);
    edit->setText(date.toString(Qt::ISODate));
    const QString text = QStringLiteral("Service provider can not set end date of the resource which has been used "
                                        "for the last 90 days.");
    m_fx->fail("POST", QStringLiteral("/set_end_date_by_provider/"), 400,
        QJsonDocument(QJsonObject { { QStringLiteral("end_date"), QJsonArray { text } } }).toJson());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(visibleText(dialog, "endDateError"), text);
    QCOMPARE(edit->text(), date.toString(Qt::ISODate));
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
        m_fx->simulator()->injectFault(sim::Fault::delay("POST", QStringLiteral("/set_backend_id/"), 400));
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
