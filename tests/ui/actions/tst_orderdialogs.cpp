// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/actions/MoveResourceDialog.h"
#include "ui/actions/OptionsForm.h"
#include "ui/actions/SetLimitsDialog.h"
#include "ui/actions/TerminateDialog.h"
#include "ui/actions/UnlinkDialog.h"
#include "ui/actions/UpdateOptionsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// The dialogs built from other server data (offering components and options, the project list) and the
// destructive ones, driven through their widgets against the real simulator.
class TestOrderDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void limitsOnePerLimitComponent();
    void limitsNoneForFixedOffering();
    void limitsConflictKeepsValues();
    void limitBelowUsageIsSaid();
    void limitColumnsAreWholeWithALargeFont();
    void updateOptionsThroughAnOrder();
    void updateOptionsDirectlyOnErredRow();
    void updateOptionsNoneDefined();
    void moveSendsTheProjectUrl();
    void moveConflictIsShown();
    void terminateShowsTheOrder();
    void terminateDroppedConnection();
    void unlinkNeedsTheName();
    void unlinkServerErrorKeepsDialog();

private:
    std::optional<Resource> selectInOffering(const QString &offeringPart, ResourceState state = ResourceState::OK);

    std::unique_ptr<ActionsFixture> m_fx;
};

void TestOrderDialogs::init()
{
    ConfirmationHelper::clearNextAnswer();
    m_fx = std::make_unique<ActionsFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->why()));
}

void TestOrderDialogs::cleanup()
{
    m_fx.reset();
}

std::optional<Resource> TestOrderDialogs::selectInOffering(const QString &offeringPart, ResourceState state)
{
    return m_fx->select(
        [&](const Resource &r) { return isUsable(r) && r.state == state && r.offeringName.contains(offeringPart); });
}

void TestOrderDialogs::limitsOnePerLimitComponent()
{
    const std::optional<Resource> row = selectInOffering(QStringLiteral("OpenStack Tenant"));
    QVERIFY(row);
    auto *dialog = m_fx->open<SetLimitsDialog>(Operation::SetLimits);
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("limitsTable"));
    QCOMPARE(table->rowCount(), 3); // cores, ram, storage; no fixed or usage components
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("RAM"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("GB"));
    auto *ram = dialog->findChild<QSpinBox *>(QStringLiteral("limitSpin_ram"));
    QVERIFY(ram);
    QVERIFY(ram->toolTip().contains(QStringLiteral("4,096")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("unchanged"));
    const QJsonObject before = m_fx->simulator()
        ? m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("limits")).toObject()
        : QJsonObject();
    const int newRam = ram->value() == 64 ? 128 : 64;
    ram->setValue(newRam);
    QVERIFY(table->item(1, 5)->text().endsWith(QStringLiteral("→ %1").arg(QLocale().toString(newRam))));
    QVERIFY(visibleText(dialog, "previewLabel").contains(QStringLiteral("ram")));
    // Above the component's maximum: shown as typed, refused with the bound, never clamped behind the user.
    ram->selectAll();
    QTest::keyClicks(ram, QStringLiteral("5000"));
    QCOMPARE(ram->cleanText(), QStringLiteral("5000"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(
        visibleText(dialog, "problemLabel"), QStringLiteral("ram: 5,000 is above the offering's maximum of 4,096."));
    // An unfinished number: Enter neither puts the old value back nor sends anything.
    ram->selectAll();
    QTest::keyClick(ram, Qt::Key_Backspace);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(visibleText(dialog, "problemLabel").contains(QStringLiteral("empty")),
        qPrintable(visibleText(dialog, "problemLabel") + QLatin1Char('|') + ram->text()));
    m_fx->clearRequests();
    QTest::keyClick(ram, Qt::Key_Return);
    QVERIFY(ram->cleanText().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(m_fx->requests("POST", row->uuid + QStringLiteral("/set_limits/")).isEmpty());
    ram->setValue(newRam);
    m_fx->clearRequests();
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        const QJsonObject limits = m_fx->onlyBody("POST", row->uuid + QStringLiteral("/set_limits/"))
                                       .object()
                                       .value(QStringLiteral("limits"))
                                       .toObject();
        QCOMPARE(limits.value(QStringLiteral("ram")).toInt(), newRam);
        QCOMPARE(
            limits.keys(), (QStringList { QStringLiteral("cores"), QStringLiteral("ram"), QStringLiteral("storage") }));
        QCOMPARE(
            limits.value(QStringLiteral("cores")), before.value(QStringLiteral("cores"))); // unchanged ones are kept
        QCOMPARE(m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("limits")).toObject(), limits);
    }
}

void TestOrderDialogs::limitsNoneForFixedOffering()
{
    QVERIFY(selectInOffering(QStringLiteral("Virtual Machine")));
    auto *dialog = m_fx->open<SetLimitsDialog>(Operation::SetLimits);
    QVERIFY(dialog);
    QVERIFY(!visibleText(dialog, "noLimitsLabel").isEmpty());
    QVERIFY(!dialog->findChild<QTableWidget *>(QStringLiteral("limitsTable"))->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestOrderDialogs::limitsConflictKeepsValues()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = selectInOffering(QStringLiteral("Aurora"));
    QVERIFY(row);
    auto *dialog = m_fx->open<SetLimitsDialog>(Operation::SetLimits);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("limitsTable"))->rowCount(), 2);
    auto *cpu = dialog->findChild<QSpinBox *>(QStringLiteral("limitSpin_cpu_k_hours"));
    cpu->setValue(cpu->value() + 7);
    const int typed = cpu->value();
    m_fx->fail("POST", QStringLiteral("/set_limits/"), 409, R"({"detail": "Offering is unavailable."})");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("Offering is unavailable.")));
    QCOMPARE(cpu->value(), typed);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestOrderDialogs::updateOptionsThroughAnOrder()
{
    const std::optional<Resource> row = selectInOffering(QStringLiteral("Project Storage"));
    QVERIFY(row);
    auto *dialog = m_fx->open<UpdateOptionsDialog>(Operation::UpdateOptions);
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("through an order")));
    QCOMPARE(visibleText(dialog, "modeLabel"), QStringLiteral("Through an order"));
    QVERIFY(visibleText(dialog, "introLabel").contains(QStringLiteral("order")));
    auto *retention = dialog->findChild<QSpinBox *>(QStringLiteral("option_snapshot_retention_days"));
    QVERIFY(retention);
    retention->setValue(91); // the option's maximum is 90: said, not clamped
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "problemLabel").contains(QStringLiteral("between 0 and 90")));
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("option_storage_class")));
    QVERIFY(!okButton(dialog)->isEnabled());
    const int days = retention->value() == 30 ? 31 : 30;
    retention->setValue(days);
    m_fx->clearRequests();
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", row->uuid + QStringLiteral("/update_options/")).object(),
            (QJsonObject {
                { QStringLiteral("options"), QJsonObject { { QStringLiteral("snapshot_retention_days"), days } } } }));
    }
    // This offering creates an order for option changes; its uuid is in the message.
    QVERIFY2(status.first().at(0).toString().contains(QRegularExpression(QStringLiteral("order [0-9a-f]{32}"))),
        qPrintable(status.first().at(0).toString()));
}

void TestOrderDialogs::updateOptionsDirectlyOnErredRow()
{
    const std::optional<Resource> row = selectInOffering(QStringLiteral("Aurora"), ResourceState::Erred);
    QVERIFY(row);
    QVERIFY(!m_fx->action(Operation::UpdateOptions)->isEnabled());
    auto *dialog = m_fx->open<UpdateOptionsDialog>(Operation::UpdateOptionsDirect);
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("directly")));
    QCOMPARE(visibleText(dialog, "modeLabel"), QStringLiteral("Directly, without an order"));
    auto *qos = dialog->findChild<QComboBox *>(QStringLiteral("option_qos"));
    auto *notify = dialog->findChild<QCheckBox *>(QStringLiteral("option_email_notifications"));
    QVERIFY(qos && notify);
    qos->setCurrentIndex(qos->findData(
        qos->currentData().toString() == QStringLiteral("debug") ? QStringLiteral("high") : QStringLiteral("debug")));
    const QString chosen = qos->currentData().toString();
    notify->setChecked(!notify->isChecked());
    const bool notifyValue = notify->isChecked();
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        m_fx->fail("POST", QStringLiteral("/update_options_direct/"), 409,
            R"({"detail": "There's a pending order for changing resource options."})");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("pending order")));
        QCOMPARE(qos->currentData().toString(), chosen);
    }
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        const QJsonObject body
            = QJsonDocument::fromJson(m_fx->requests("POST", QStringLiteral("/update_options_direct/")).last().body)
                  .object();
        QCOMPARE(body,
            (QJsonObject { { QStringLiteral("options"),
                QJsonObject {
                    { QStringLiteral("qos"), chosen }, { QStringLiteral("email_notifications"), notifyValue } } } }));
        const QJsonObject stored
            = m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("options")).toObject();
        QCOMPARE(stored.value(QStringLiteral("qos")).toString(), chosen); // merged at once, no order
    }
}

void TestOrderDialogs::updateOptionsNoneDefined()
{
    QVERIFY(selectInOffering(QStringLiteral("Virtual Machine")));
    auto *dialog = m_fx->open<UpdateOptionsDialog>(Operation::UpdateOptionsDirect);
    QVERIFY(dialog);
    QVERIFY(visibleText(dialog, "noOptionsLabel").contains(QStringLiteral("defines no resource options")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(okButton(dialog)->toolTip(), QStringLiteral("This offering defines no resource options."));
}

void TestOrderDialogs::moveSendsTheProjectUrl()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<MoveResourceDialog>(Operation::MoveResource);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("projectList"));
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("projectSearchEdit"));
    QTRY_VERIFY(list->count() > 1);
    QVERIFY(!okButton(dialog)->isEnabled());
    // Pick another project, then search by part of its name (typing is debounced into one request). The
    // choice survives the new list and is selected again in it.
    int picked = -1;
    for (int i = 0; i < list->count() && picked < 0; ++i) {
        if (list->item(i)->flags() & Qt::ItemIsSelectable) {
            picked = i;
        }
    }
    QVERIFY(picked >= 0);
    list->setCurrentRow(picked);
    const QString target = list->item(picked)->text().section(QStringLiteral(" / "), 1);
    QVERIFY(okButton(dialog)->isEnabled());
    m_fx->clearRequests();
    const QString term = target.left(6);
    QTest::keyClicks(search, term);
    if (m_fx->simulator()) {
        QTRY_COMPARE(m_fx->requests("GET", QStringLiteral("/api/projects/")).size(), 1);
        const QUrlQuery query = m_fx->requests("GET", QStringLiteral("/api/projects/")).first().query;
        QCOMPARE(query.queryItemValue(QStringLiteral("name")), term);
    }
    const auto filtered = [list, term] {
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->text().section(QStringLiteral(" / "), 1).contains(term, Qt::CaseInsensitive)) {
                return false;
            }
        }
        return list->count() > 0;
    };
    QTRY_VERIFY(filtered());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "targetLabel").contains(target));
    QVERIFY(list->currentItem());
    QVERIFY(list->currentItem()->text().endsWith(QStringLiteral(" / ") + target));

    ConfirmationHelper::setNextAnswer(true);
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    const ConfirmationHelper::Question question = ConfirmationHelper::lastQuestion();
    QVERIFY(question.text.contains(row->name));
    QVERIFY(question.text.contains(row->projectName));
    QVERIFY(question.text.contains(row->customerName));
    QVERIFY(question.text.contains(target));
    QCOMPARE(m_fx->row(row->uuid)->projectName, target);
    if (m_fx->simulator()) {
        const QJsonObject body = m_fx->onlyBody("POST", row->uuid + QStringLiteral("/move_resource/")).object();
        const QString url = body.value(QStringLiteral("project")).toObject().value(QStringLiteral("url")).toString();
        const QString uuid = m_fx->row(row->uuid)->projectUuid;
        QCOMPARE(url, m_fx->server()->url().toString() + QStringLiteral("api/projects/") + uuid + QLatin1Char('/'));
    }
}

void TestOrderDialogs::moveConflictIsShown()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<MoveResourceDialog>(Operation::MoveResource);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("projectList"));
    QTRY_VERIFY(list->count() > 1);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->flags() & Qt::ItemIsSelectable) {
            list->setCurrentRow(i);
            break;
        }
    }
    const QString chosen = list->currentItem()->text();
    m_fx->fail("POST", QStringLiteral("/move_resource/"), 409,
        R"({"error_message": "Resource moving is not possible, because invoice items moving is not possible."})");
    ConfirmationHelper::setNextAnswer(true);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("invoice items moving is not possible")));
    QCOMPARE(list->currentItem()->text(), chosen);
    QCOMPARE(m_fx->row(row->uuid)->projectName, row->projectName);

    // A declined confirmation sends nothing and leaves the dialog as it was.
    m_fx->clearRequests();
    ConfirmationHelper::setNextAnswer(false);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(okButton(dialog)->isEnabled());
    QVERIFY(m_fx->requests("POST", QStringLiteral("/move_resource/")).isEmpty());
}

void TestOrderDialogs::terminateShowsTheOrder()
{
    const std::optional<Resource> row
        = m_fx->select([](const Resource &r) { return isUsable(r) && r.state == ResourceState::OK; });
    QVERIFY(row);
    auto *dialog = m_fx->open<TerminateDialog>(Operation::Terminate);
    QVERIFY(dialog);
    const QString question = visibleText(dialog, "questionLabel");
    QVERIFY(question.contains(row->name));
    QVERIFY(question.contains(row->projectName));
    QVERIFY(question.contains(row->customerName));
    QVERIFY(okButton(dialog)->isEnabled()); // attributes are optional
    auto *attributes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("attributesEdit"));
    attributes->setPlainText(QStringLiteral("{\"delete_volumes\": "));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!visibleText(dialog, "attributesError").isEmpty());
    attributes->setPlainText(QStringLiteral("{\"delete_volumes\": true}"));
    QVERIFY(okButton(dialog)->isEnabled());
    m_fx->clearRequests();
    QSignalSpy status(m_fx->controller(), &ResourceActionsController::statusMessage);
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->onlyBody("POST", row->uuid + QStringLiteral("/terminate/")).object(),
            (QJsonObject {
                { QStringLiteral("attributes"), QJsonObject { { QStringLiteral("delete_volumes"), true } } } }));
    }
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("order ([0-9a-f]{32}) was created")).match(status.first().at(0).toString());
    QVERIFY2(match.hasMatch(), qPrintable(status.first().at(0).toString()));
    QCOMPARE(m_fx->row(row->uuid)->state, ResourceState::Terminating);
    QVERIFY(!m_fx->action(Operation::Terminate)->isEnabled());
}

void TestOrderDialogs::terminateDroppedConnection()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row
        = m_fx->select([](const Resource &r) { return isUsable(r) && r.state == ResourceState::OK; });
    QVERIFY(row);
    auto *dialog = m_fx->open<TerminateDialog>(Operation::Terminate);
    QVERIFY(dialog);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("attributesEdit"))->setPlainText(QStringLiteral("{\"x\": 1}"));
    m_fx->drop("POST", QStringLiteral("/terminate/"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("may or may not have been applied")));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("attributesEdit"))->toPlainText(),
        QStringLiteral("{\"x\": 1}"));
    QCOMPARE(m_fx->requests("POST", QStringLiteral("/terminate/")).size(), 1);
}

void TestOrderDialogs::unlinkNeedsTheName()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<UnlinkDialog>(Operation::Unlink);
    QVERIFY(dialog);
    QVERIFY(visibleText(dialog, "introLabel").contains(QStringLiteral("Nothing is cleaned up")));
    QVERIFY(visibleText(dialog, "questionLabel").contains(row->projectName));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(confirm, row->name.left(row->name.size() - 1));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(confirm, row->name.right(1));
    QVERIFY(okButton(dialog)->isEnabled());
    QSignalSpy removed(m_fx->controller(), &ResourceActionsController::resourceRemoved);
    QPointer<UnlinkDialog> guard(dialog);
    m_fx->clearRequests();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(0).toString(), row->uuid);
    QCOMPARE(m_fx->model()->rowOf(row->uuid), -1);
    QTRY_VERIFY(guard.isNull());
    if (m_fx->simulator()) {
        QCOMPARE(m_fx->requests("POST", row->uuid + QStringLiteral("/unlink/")).size(), 1);
        QVERIFY(m_fx->simulator()->resourceJson(row->uuid).isEmpty());
    }
}

void TestOrderDialogs::unlinkServerErrorKeepsDialog()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<UnlinkDialog>(Operation::Unlink);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"))->setText(row->name);
    m_fx->fail(
        "POST", QStringLiteral("/unlink/"), 403, R"({"detail": "You do not have permission to perform this action."})");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("permission")));
    QVERIFY(m_fx->model()->rowOf(row->uuid) >= 0);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"))->text(), row->name);
}

// A limit below what is already used is allowed, and the dialog says so (the walkthrough's 269.78 / 100).
void TestOrderDialogs::limitBelowUsageIsSaid()
{
    WPC_REQUIRE_SIMULATOR(*m_fx->server());
    const std::optional<Resource> row = m_fx->select([this](const Resource &r) {
        const QJsonObject json = m_fx->simulator()->resourceJson(r.uuid);
        return isUsable(r) && r.offeringName.contains(QStringLiteral("Aurora"))
            && json.value(QStringLiteral("current_usages")).toObject().value(QStringLiteral("cpu_k_hours")).toDouble()
            >= 2;
    });
    QVERIFY2(row, "no Aurora allocation with CPU usage");
    const double used = m_fx->simulator()
                            ->resourceJson(row->uuid)
                            .value(QStringLiteral("current_usages"))
                            .toObject()
                            .value(QStringLiteral("cpu_k_hours"))
                            .toDouble();
    auto *dialog = m_fx->open<SetLimitsDialog>(Operation::SetLimits);
    QVERIFY(dialog);
    auto *cpu = dialog->findChild<QSpinBox *>(QStringLiteral("limitSpin_cpu_k_hours"));
    QVERIFY(cpu);
    QVERIFY(visibleText(dialog, "usageWarningLabel").isEmpty() || cpu->value() < used);
    cpu->setValue(int(used) - 1);
    const QString warning = visibleText(dialog, "usageWarningLabel");
    QVERIFY2(warning.contains(QStringLiteral("cpu_k_hours is already using")), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("over its limit")));
    QVERIFY(okButton(dialog)->isEnabled()); // a warning, not a refusal
    cpu->setValue(int(used) + 10);
    QVERIFY(visibleText(dialog, "usageWarningLabel").isEmpty());
}

void TestOrderDialogs::limitColumnsAreWholeWithALargeFont()
{
    // Desktop themes often use 12 points: the dialog grows to show every column whole, names included.
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([before] { QApplication::setFont(before); });
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    QVERIFY(selectInOffering(QStringLiteral("Aurora HPC")));
    auto *dialog = m_fx->open<SetLimitsDialog>(Operation::SetLimits);
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("limitsTable"));
    QTRY_VERIFY(table->rowCount() > 0 && table->isVisible());
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table;
    for (int c = 0; c < table->columnCount(); ++c) {
        const int needed = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        QTRY_VERIFY2(header->sectionSize(c) >= needed,
            qPrintable(QStringLiteral("%1: %2 of %3")
                           .arg(table->horizontalHeaderItem(c)->text())
                           .arg(header->sectionSize(c))
                           .arg(needed)));
    }
}

QTEST_MAIN(TestOrderDialogs)
#include "tst_orderdialogs.moc"
