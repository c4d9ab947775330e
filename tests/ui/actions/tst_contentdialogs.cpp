// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/actions/ActionsFixture.h"
#include "ui/actions/BackendMetadataDialog.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/actions/SetErredDialog.h"
#include "ui/actions/SetSlugDialog.h"
#include "ui/actions/SubmitReportDialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace wpc;
using namespace wpc::test;

// The dialogs that edit text and structured content (slug, error texts, backend metadata, report), each
// driven through its widgets against the real simulator: validation before sending, what was sent, what
// the server stored, and a failure (dropped connection, 5xx, field error) that leaves the input as typed.
class TestContentDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void slugValidatedAsTheServerDoes();
    void setAsErredSendsMessageAndTraceback();
    void metadataTableAndRawJson();
    void metadataDialogGoesWhileACellIsEdited();
    void reportNeedsCompleteSections();

private:
    std::unique_ptr<ActionsFixture> m_fx;
};

void TestContentDialogs::init()
{
    ConfirmationHelper::clearNextAnswer();
    m_fx = std::make_unique<ActionsFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->why()));
}

void TestContentDialogs::cleanup()
{
    m_fx.reset();
}

void TestContentDialogs::slugValidatedAsTheServerDoes()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<SetSlugDialog>(Operation::SetSlug);
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("slugEdit"));
    if (m_fx->simulator()) {
        QCOMPARE(edit->text(), m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("slug")).toString());
    }
    edit->setText(QStringLiteral("bad slug!"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(
        visibleText(dialog, "slugError"), QStringLiteral("Only letters, digits, hyphens and underscores are allowed."));
    edit->setText(QString(51, QLatin1Char('a')));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "slugError").contains(QStringLiteral("at most 50")));
    edit->setText(QString());
    QVERIFY(!okButton(dialog)->isEnabled());
    edit->setText(QStringLiteral("new-slug_1"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "slugError").isEmpty());
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        m_fx->drop("POST", QStringLiteral("/set_slug/"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("may or may not have been applied")));
        QCOMPARE(edit->text(), QStringLiteral("new-slug_1"));
    }
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(QJsonDocument::fromJson(m_fx->requests("POST", QStringLiteral("/set_slug/")).last().body).object(),
            (QJsonObject { { QStringLiteral("slug"), QStringLiteral("new-slug_1") } }));
        QCOMPARE(m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("slug")).toString(),
            QStringLiteral("new-slug_1"));
    }
}

void TestContentDialogs::setAsErredSendsMessageAndTraceback()
{
    const std::optional<Resource> row
        = m_fx->select([](const Resource &r) { return isUsable(r) && r.state == ResourceState::OK; });
    QVERIFY(row);
    auto *dialog = m_fx->open<SetErredDialog>(Operation::SetAsErred);
    QVERIFY(dialog);
    auto *message = dialog->findChild<QLineEdit *>(QStringLiteral("errorMessageEdit"));
    auto *traceback = dialog->findChild<QPlainTextEdit *>(QStringLiteral("errorTracebackEdit"));
    message->setText(QStringLiteral("Quota exceeded on the backend"));
    traceback->setPlainText(QStringLiteral("Traceback (most recent call last):\n  File \"agent.py\", line 3"));
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        m_fx->fail("POST", QStringLiteral("/set_as_erred/"), 500, R"({"detail": "Internal server error"})");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(visibleText(dialog, "messageLabel").contains(QStringLiteral("HTTP 500")));
        QCOMPARE(message->text(), QStringLiteral("Quota exceeded on the backend"));
        QVERIFY(traceback->toPlainText().startsWith(QStringLiteral("Traceback")));
    }
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        const QJsonObject body
            = QJsonDocument::fromJson(m_fx->requests("POST", QStringLiteral("/set_as_erred/")).last().body).object();
        QCOMPARE(
            body.value(QStringLiteral("error_message")).toString(), QStringLiteral("Quota exceeded on the backend"));
        QVERIFY(body.value(QStringLiteral("error_traceback")).toString().contains(QStringLiteral("agent.py")));
    }
    QCOMPARE(m_fx->row(row->uuid)->state, ResourceState::Erred);
    QCOMPARE(m_fx->row(row->uuid)->errorMessage, QStringLiteral("Quota exceeded on the backend"));
}

void TestContentDialogs::metadataTableAndRawJson()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<BackendMetadataDialog>(Operation::SetBackendMetadata);
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("metadataTable"));
    auto *json = dialog->findChild<QPlainTextEdit *>(QStringLiteral("metadataJsonEdit"));
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("modeTabs"));
    QJsonObject original;
    if (m_fx->simulator()) {
        original = m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("backend_metadata")).toObject();
        QCOMPARE(table->rowCount(), original.size());
    }
    QVERIFY(!okButton(dialog)->isEnabled());
    // Add row starts editing the new key at once: what is typed lands in the row, not nowhere.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addMetadataRowButton")), Qt::LeftButton);
    const int added = table->rowCount() - 1;
    // A closed editor is deleted later, so the one in use is the visible one.
    const auto openEditor = [table]() -> QLineEdit * {
        for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible()) {
                return edit;
            }
        }
        return nullptr;
    };
    QLineEdit *keyEditor = openEditor();
    QVERIFY2(keyEditor, "the new row's key is not being edited");
    QTest::keyClicks(keyEditor, QStringLiteral("rack"));
    QTest::keyClick(keyEditor, Qt::Key_Tab); // to the value, still editing
    QLineEdit *valueEditor = nullptr;
    QTRY_VERIFY((valueEditor = openEditor()) != nullptr && valueEditor != keyEditor);
    QTest::keyClicks(valueEditor, QStringLiteral("r12"));
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QTRY_COMPARE(table->item(added, 0)->text(), QStringLiteral("rack"));
    QTRY_COMPARE(table->item(added, 1)->text(), QStringLiteral("r12"));
    QVERIFY(okButton(dialog)->isEnabled());

    tabs->setCurrentIndex(1);
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"rack\": \"r12\"")));
    json->setPlainText(QStringLiteral("{\"rack\": "));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(visibleText(dialog, "metadataJsonError").contains(QStringLiteral("line 1")));
    tabs->setCurrentIndex(0);
    QCOMPARE(tabs->currentIndex(), 1); // invalid JSON cannot become rows
    json->setPlainText(QStringLiteral("[1, 2]"));
    QVERIFY(visibleText(dialog, "metadataJsonError").contains(QStringLiteral("JSON object")));
    QJsonObject expected = original;
    expected.insert(QStringLiteral("rack"), QStringLiteral("r13"));
    expected.insert(QStringLiteral("slots"), 4);
    json->setPlainText(QString::fromUtf8(QJsonDocument(expected).toJson()));
    QVERIFY(visibleText(dialog, "metadataJsonError").isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        m_fx->fail("POST", QStringLiteral("/set_backend_metadata/"), 400,
            R"({"backend_metadata": ["Value must be valid JSON."]})");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(visibleText(dialog, "metadataError"), QStringLiteral("Value must be valid JSON."));
        QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), expected);
    }
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    if (m_fx->simulator()) {
        QCOMPARE(QJsonDocument::fromJson(m_fx->requests("POST", QStringLiteral("/set_backend_metadata/")).last().body)
                     .object(),
            (QJsonObject { { QStringLiteral("backend_metadata"), expected } }));
        QCOMPARE(
            m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("backend_metadata")).toObject(), expected);
    }
}

void TestContentDialogs::metadataDialogGoesWhileACellIsEdited()
{
    // The editor commits as the table is torn down, after the dialog's own destructor: that must not crash.
    QVERIFY(m_fx->select([](const Resource &r) { return isUsable(r); }));
    QPointer<BackendMetadataDialog> dialog = m_fx->open<BackendMetadataDialog>(Operation::SetBackendMetadata);
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("metadataTable"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addMetadataRowButton")), Qt::LeftButton);
    QLineEdit *editor = nullptr;
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
        editor = edit->isVisible() ? edit : editor;
    }
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("half-typed"));
    delete dialog.data();
    QVERIFY(dialog.isNull());
}

void TestContentDialogs::reportNeedsCompleteSections()
{
    const std::optional<Resource> row = m_fx->select([](const Resource &r) { return isUsable(r); });
    QVERIFY(row);
    auto *dialog = m_fx->open<SubmitReportDialog>(Operation::SubmitReport);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("reportSectionsList"));
    auto *header = dialog->findChild<QLineEdit *>(QStringLiteral("sectionHeaderEdit"));
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sectionBodyEdit"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeSectionButton"));
    QCOMPARE(list->count(), 1);
    QVERIFY(!remove->isEnabled()); // at least one section
    header->setText(QString());
    body->setPlainText(QString());
    QCOMPARE(okButton(dialog)->toolTip(), QStringLiteral("Section 1 needs a header."));
    header->setText(QStringLiteral("Usage"));
    QCOMPARE(okButton(dialog)->toolTip(), QStringLiteral("Section 1 needs a body."));
    body->setPlainText(QStringLiteral("12 k-hours used of 100."));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addSectionButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QCOMPARE(okButton(dialog)->toolTip(), QStringLiteral("Section 2 needs a header."));
    header->setText(QStringLiteral("Outlook"));
    body->setPlainText(QStringLiteral("Extension requested."));
    QVERIFY(remove->isEnabled());
    QCOMPARE(list->item(1)->text(), QStringLiteral("2. Outlook"));
    m_fx->clearRequests();
    if (m_fx->simulator()) {
        m_fx->fail("POST", QStringLiteral("/submit_report/"), 400,
            R"({"report": ["Report object should contain at least one section."]})");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(
            visibleText(dialog, "reportError"), QStringLiteral("Report object should contain at least one section."));
        QCOMPARE(list->count(), 2);
    }
    QVERIFY(m_fx->submitAndWait(dialog, row->uuid));
    const QJsonArray expected { QJsonObject { { QStringLiteral("header"), QStringLiteral("Usage") },
                                    { QStringLiteral("body"), QStringLiteral("12 k-hours used of 100.") } },
        QJsonObject { { QStringLiteral("header"), QStringLiteral("Outlook") },
            { QStringLiteral("body"), QStringLiteral("Extension requested.") } } };
    if (m_fx->simulator()) {
        QCOMPARE(
            QJsonDocument::fromJson(m_fx->requests("POST", QStringLiteral("/submit_report/")).last().body).object(),
            (QJsonObject { { QStringLiteral("report"), expected } }));
        QCOMPARE(m_fx->simulator()->resourceJson(row->uuid).value(QStringLiteral("report")).toArray(), expected);
    }
}

QTEST_MAIN(TestContentDialogs)
#include "tst_contentdialogs.moc"
