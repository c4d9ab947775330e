// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/journal/Journal.h"
#include "models/journal/JournalModel.h"
#include "resources/Translations.h"
#include "tests/support/TestConnection.h"
#include "ui/MainWindow.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/details/HistoryTab.h"
#include "ui/details/ResourceDetailsPane.h"
#include "ui/journal/JournalEntryView.h"
#include "ui/journal/JournalWindow.h"
#include "ui/journal/UndoDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;

// The journal as the user meets it in the main window: View ▸ Journal with its filters and export, the details
// pane's History tab, and, after a console was killed mid-change, the offer to settle what it left unknown.
class TestJournalWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theJournalWindowFiltersAndExports();
    void theHistoryTabShowsTheSelectedResourcesChanges();
    void aCutOffChangeIsOfferedForSettling();
    void undoFromTheJournalWindow();
    void aChangeMadeBeforeTheWindowFirstOpensIsInIt();

private:
    void startWindow();
    QString pauseOneRow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString kServer = QStringLiteral("https://waldur.example.org/");
}

void TestJournalWindow::initTestCase()
{
    // English plural forms ("1 entry") come from the English translation, as in the app.
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestJournalWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
}

void TestJournalWindow::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_dir.reset();
}

void TestJournalWindow::startWindow()
{
    MainWindow::Options options { QStringLiteral("test"), kServer, false };
    options.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_window = std::make_unique<MainWindow>(m_connection->api(), options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy first(m_window->model(), &ResourceTableModel::firstPageLoaded);
    m_window->start();
    QVERIFY(first.wait(10000));
    QTRY_VERIFY(!m_window->currentUser().username.isEmpty());
}

// Pauses the first unpaused row in state OK through its menu action; returns its uuid (empty on failure).
QString TestJournalWindow::pauseOneRow()
{
    QTableView *table = m_window->table();
    QString uuid;
    for (int row = 0; row < m_window->model()->rowCount() && uuid.isEmpty(); ++row) {
        const Resource *r = m_window->model()->resourceAt(row);
        if (r->state == ResourceState::OK && !r->paused) {
            table->setCurrentIndex(table->model()->index(row, 0));
            uuid = r->uuid;
        }
    }
    QAction *pause = m_window->findChild<QAction *>(QStringLiteral("action_set_paused"));
    if (uuid.isEmpty() || !QTest::qWaitFor([pause] { return pause->isEnabled(); }, 10000)) {
        return {};
    }
    ConfirmationHelper::setNextAnswer(true);
    pause->trigger();
    MainWindow *window = m_window.get();
    const bool done = QTest::qWaitFor(
        [window, uuid] { return window->model()->resourceAt(window->model()->rowOf(uuid))->paused; }, 10000);
    return done ? uuid : QString();
}

void TestJournalWindow::theJournalWindowFiltersAndExports()
{
    startWindow();
    const QString uuid = pauseOneRow();
    QVERIFY(!uuid.isEmpty());
    QAction *show = m_window->findChild<QAction *>(QStringLiteral("journalAction"));
    QVERIFY(show && show->isEnabled());
    show->trigger();
    auto *window = m_window->findChild<JournalWindow *>(QStringLiteral("journalWindow"));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    JournalModel *model = window->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->entryAt(0)->outcome, JournalOutcome::Ok);
    QVERIFY2(model->index(0, JournalModel::Change).data().toString().startsWith(QStringLiteral("Pause resource")),
        qPrintable(model->index(0, JournalModel::Change).data().toString()));
    QCOMPARE(model->index(0, JournalModel::Outcome).data().toString(), QStringLiteral("OK"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("journalStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("1 entry"));

    // The selected entry in full: what was sent and what it overwrote.
    window->view()->table()->setCurrentIndex(model->index(0, 0));
    const QString details = window->findChild<QPlainTextEdit *>(QStringLiteral("journalEntryDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("\"paused\": true")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Before:")), qPrintable(details));

    // Filters, as typed and chosen.
    auto *outcome = window->findChild<QComboBox *>(QStringLiteral("journalOutcome"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QTRY_COMPARE(model->total(), 0);
    QCOMPARE(model->rowCount(), 0);
    outcome->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 1);
    auto *resource = window->findChild<QLineEdit *>(QStringLiteral("journalResource"));
    QTest::keyClicks(resource, QStringLiteral("no-such-resource"));
    QTRY_COMPARE(model->total(), 0);
    resource->clear();
    QTest::keyClicks(resource, uuid);
    QTRY_COMPARE(model->total(), 1);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("journalSearch"));
    QTest::keyClicks(search, QStringLiteral("paused"));
    QTRY_COMPARE(model->total(), 1);

    // A second change shows without reopening the window.
    resource->clear();
    search->clear();
    QVERIFY(!pauseOneRow().isEmpty());
    QTRY_COMPARE(model->rowCount(), 2);

    // Export what the filters keep.
    QSignalSpy exported(window, &JournalWindow::exported);
    const QString path = m_dir->filePath(QStringLiteral("journal.csv"));
    window->exportTo(path, false);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toInt(), 2);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 3);
    QTRY_VERIFY(status->text().contains(QStringLiteral("Exported 2 entries")));
}

void TestJournalWindow::theHistoryTabShowsTheSelectedResourcesChanges()
{
    startWindow();
    const QString uuid = pauseOneRow();
    QVERIFY(!uuid.isEmpty());
    ResourceDetailsPane *pane = m_window->findChild<ResourceDetailsPane *>(QStringLiteral("detailsPane"));
    QVERIFY(pane);
    QTRY_COMPARE(pane->resourceUuid(), uuid);
    pane->tabs()->setCurrentWidget(pane->historyTab());
    QTRY_COMPARE(pane->historyTab()->model()->rowCount(), 1);
    QCOMPARE(pane->historyTab()->model()->entryAt(0)->resourceUuid, uuid);
    // Another resource has no history.
    QTableView *table = m_window->table();
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        if (m_window->model()->resourceAt(row)->uuid != uuid) {
            table->setCurrentIndex(table->model()->index(row, 0));
            break;
        }
    }
    QTRY_VERIFY(pane->resourceUuid() != uuid);
    QTRY_VERIFY(!pane->historyTab()->model()->isLoading());
    QCOMPARE(pane->historyTab()->model()->rowCount(), 0);
    QTRY_VERIFY(pane->historyTab()
                    ->findChild<QLabel *>(QStringLiteral("historyNote"))
                    ->text()
                    .startsWith(QStringLiteral("No change to this resource")));
}

// A change left "sending" by a console that ended without its answer: the next start says so above the
// table, and "Re-read and settle" records what the server shows.
void TestJournalWindow::aCutOffChangeIsOfferedForSettling()
{
    startWindow();
    const QString user = m_window->currentUser().username;
    const Resource row = *m_window->model()->resourceAt(0);
    m_window.reset();
    {
        Journal journal(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QSignalSpy opened(&journal, &Journal::opened);
        journal.open();
        QVERIFY(opened.wait(10000));
        JournalEntry entry;
        entry.server = kServer;
        entry.user = user;
        entry.operation = QStringLiteral("set_paused");
        entry.body = { { QStringLiteral("paused"), row.paused } }; // what the server has: settled as shown
        entry.resourceUuid = row.uuid;
        entry.resourceName = row.name;
        bool written = false;
        journal.begin(entry, this, [&written](bool ok) { written = ok; });
        QTRY_VERIFY(written);
    } // and never completed
    startWindow();
    auto *bar = m_window->findChild<QFrame *>(QStringLiteral("unknownOutcomesBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    auto *text = bar->findChild<QLabel *>(QStringLiteral("unknownOutcomesText"));
    QVERIFY2(text->text().contains(QStringLiteral("1 change")), qPrintable(text->text()));
    bar->findChild<QPushButton *>(QStringLiteral("unknownOutcomesSettle"))->click();
    QTRY_VERIFY2_WITH_TIMEOUT(
        text->text().startsWith(QStringLiteral("Settled: 1 shown as applied")), qPrintable(text->text()), 10000);
    QAction *show = m_window->findChild<QAction *>(QStringLiteral("journalAction"));
    show->trigger();
    auto *window = m_window->findChild<JournalWindow *>(QStringLiteral("journalWindow"));
    QTRY_COMPARE(window->model()->rowCount(), 1);
    QCOMPARE(window->model()->entryAt(0)->outcome, JournalOutcome::Ok);
    QVERIFY(window->model()->entryAt(0)->message.contains(QStringLiteral("shows this change")));
}

// Select the pause in the Journal window, Undo…: the preview reads the resource again and offers one undo;
// confirming it unpauses the resource and journals the undo under the pause.
void TestJournalWindow::undoFromTheJournalWindow()
{
    startWindow();
    const QString uuid = pauseOneRow();
    QVERIFY(!uuid.isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("journalAction"))->trigger();
    auto *window = m_window->findChild<JournalWindow *>(QStringLiteral("journalWindow"));
    QTRY_COMPARE(window->model()->rowCount(), 1);
    QTRY_COMPARE(window->model()->entryAt(0)->outcome, JournalOutcome::Ok);
    const QString pauseKey = window->model()->entryAt(0)->key;
    auto *undo = window->findChild<QPushButton *>(QStringLiteral("journalUndo"));
    QVERIFY(!undo->isEnabled()); // nothing selected
    window->view()->table()->selectRow(0);
    QVERIFY(undo->isEnabled());
    undo->click();
    UndoDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<UndoDialog *>(QStringLiteral("undoDialog"))));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QTRY_VERIFY(confirm->isEnabled());
    QCOMPARE(confirm->text(), QStringLiteral("Undo 1 change"));
    QSignalSpy undone(dialog, &UndoDialog::undone);
    confirm->click();
    QVERIFY(undone.wait(10000));
    QTRY_VERIFY(!m_window->model()->resourceAt(m_window->model()->rowOf(uuid))->paused);
    QTRY_COMPARE(window->model()->rowCount(), 2);
    QTRY_COMPARE(window->model()->entryAt(0)->outcome, JournalOutcome::Ok);
    QCOMPARE(window->model()->entryAt(0)->undoes, pauseKey);
    QVERIFY(window->model()
                ->index(0, JournalModel::Change)
                .data()
                .toString()
                .startsWith(QStringLiteral("Undo: Resume resource")));
}

// The window is built, hidden, right after sign-in, with its first page; a change made after that (and
// before View ▸ Journal) is in it when it opens.
void TestJournalWindow::aChangeMadeBeforeTheWindowFirstOpensIsInIt()
{
    startWindow();
    JournalWindow *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<JournalWindow *>(QStringLiteral("journalWindow"))));
    QVERIFY(!window->isVisible());
    QTRY_COMPARE(window->model()->total(), 0); // read while hidden: nothing journaled yet
    QVERIFY(!pauseOneRow().isEmpty());
    QTest::qWait(700); // past the views' debounce: a hidden window is not refreshed
    m_window->findChild<QAction *>(QStringLiteral("journalAction"))->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(window->model()->rowCount(), 1);
    QCOMPARE(window->model()->entryAt(0)->operation, QStringLiteral("set_paused"));
}

QTEST_MAIN(TestJournalWindow)
#include "tst_journalwindow.moc"
