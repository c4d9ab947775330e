// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "resources/Translations.h"
#include "tests/support/TestConnection.h"
#include "ui/MainWindow.h"
#include "ui/details/ResourceDetailsPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace wpc;

// The main window by keyboard and clipboard, as the walkthrough used it: Tab leaves the table, Ctrl+F,
// Escape, Ctrl+C, access keys, Ctrl+Q, the shortcut list, Copy UUID and link, what a multi-selection
// says, the empty result, and the States filter that stays open.
class TestMainWindowKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabLeavesTheTable();
    void findAndEscapeInTheSearch();
    void copyRowsAsTabSeparatedText();
    void copyUuidAndLinkToWaldur();
    void menusHaveAccessKeysAndQuit();
    void shortcutListComesFromTheActions();
    void multiSelectionSaysWhichRowActionsUse();
    void countsUseOneFormatAndPlurals();
    void emptyResultOffersClearFilters();
    void statesFilterStaysOpenWhileTicking();

private:
    void startWindow();
    QMenu *menu(const char *name) const
    {
        return m_window->findChild<QMenu *>(QLatin1StringView(name));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowKeys::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // thousands separators
}

void TestMainWindowKeys::init()
{
    QSettings().clear();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
}

void TestMainWindowKeys::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestMainWindowKeys::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_connection->api(),
        MainWindow::Options { QStringLiteral("test"), QStringLiteral("https://waldur.example.com/"), false });
    m_window->resize(1280, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow(); // keyboard focus goes to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy first(m_window->model(), &ResourceTableModel::firstPageLoaded);
    m_window->start();
    QVERIFY(first.wait(10000));
}

void TestMainWindowKeys::tabLeavesTheTable()
{
    startWindow();
    QTableView *table = m_window->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const QString current = m_window->model()->resourceAt(table->currentIndex().row())->uuid;
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(m_window->model()->resourceAt(table->currentIndex().row())->uuid, current); // the row stayed
    // Arrows still move within it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(m_window->model()->resourceAt(table->currentIndex().row())->uuid != current);
}

void TestMainWindowKeys::findAndEscapeInTheSearch()
{
    startWindow();
    m_window->table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("hpc"));
    QSignalSpy reset(m_window->model(), &ResourceTableModel::modelReset);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(reset.count() > 0 || reset.wait(3000)); // the unfiltered list is asked for at once
    QVERIFY(m_window->isVisible()); // Escape went to the search, not to the window
}

void TestMainWindowKeys::copyRowsAsTabSeparatedText()
{
    startWindow();
    QTableView *table = m_window->table();
    table->setFocus();
    table->selectionModel()->select(
        m_window->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(
        m_window->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header and two rows
    QVERIFY2(lines.first().startsWith(QStringLiteral("Name\tState\t")), qPrintable(lines.first()));
    QVERIFY(lines.at(1).startsWith(m_window->model()->resourceAt(0)->name + QLatin1Char('\t')));
    QVERIFY(lines.at(2).startsWith(m_window->model()->resourceAt(2)->name + QLatin1Char('\t')));
    const int columns = int(lines.first().count(QLatin1Char('\t')));
    QCOMPARE(int(lines.at(1).count(QLatin1Char('\t'))), columns);
    // In a text field Ctrl+C copies text, as everywhere.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("just text"));
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("just text"));
}

void TestMainWindowKeys::copyUuidAndLinkToWaldur()
{
    startWindow();
    const Resource *row = m_window->model()->resourceAt(m_window->table()->currentIndex().row());
    QVERIFY(row);
    QMenu *actions = menu("actionsMenu");
    Q_EMIT actions->aboutToShow();
    auto *uuid = m_window->findChild<QAction *>(QStringLiteral("copyUuidAction"));
    auto *link = m_window->findChild<QAction *>(QStringLiteral("copyLinkAction"));
    QVERIFY(actions->actions().contains(uuid) && actions->actions().contains(link));
    uuid->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), row->uuid);
    // The status message has room to be read: the permanent user label on the right leaves it the rest.
    QStatusBar *status = m_window->statusBar();
    const QString message = status->currentMessage();
    QVERIFY(message.contains(row->name));
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(user && user->isVisible());
    status->layout()->activate(); // lay out the bar as it is now, with the message in it
    QVERIFY2(user->x() > status->fontMetrics().horizontalAdvance(message),
        qPrintable(QStringLiteral("%1 px left of the user label for %2 px of message")
                       .arg(user->x())
                       .arg(status->fontMetrics().horizontalAdvance(message))));
    link->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QStringLiteral("https://waldur.example.com/resource-details/") + row->uuid);
}

void TestMainWindowKeys::menusHaveAccessKeysAndQuit()
{
    startWindow();
    QStringList keys;
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text()));
        keys.append(top->text().section(QLatin1Char('&'), 1).left(1).toLower());
        QMenu *sub = top->menu();
        Q_EMIT sub->aboutToShow();
        QStringList inner;
        for (QAction *item : sub->actions()) {
            if (item->isSeparator() || item->text().isEmpty()) {
                continue;
            }
            QVERIFY2(
                item->text().contains(QLatin1Char('&')), qPrintable(top->text() + QStringLiteral(": ") + item->text()));
            inner.append(item->text().section(QLatin1Char('&'), 1).left(1).toLower());
        }
        // Shared keys only where a menu has more items than free letters (the Actions menu).
        QVERIFY2(QSet<QString>(inner.cbegin(), inner.cend()).size() == inner.size() || inner.size() > 20,
            qPrintable(top->text()));
    }
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit && menu("fileMenu")->actions().contains(quit));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMainWindowKeys::shortcutListComesFromTheActions()
{
    startWindow();
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QStringList listed;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            listed.append(tree->topLevelItem(g)->child(i)->text(1));
        }
    }
    // Every action in a menu that has a shortcut is listed with it.
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && !action->associatedObjects().isEmpty()) {
            bool inMenu = false;
            for (QObject *owner : action->associatedObjects()) {
                inMenu = inMenu || qobject_cast<QMenu *>(owner);
            }
            if (inMenu) {
                QVERIFY2(listed.contains(action->shortcut().toString(QKeySequence::NativeText)),
                    qPrintable(action->objectName()));
            }
        }
    }
    QVERIFY(listed.contains(QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText)));
    QVERIFY(listed.contains(QKeySequence(Qt::Key_F9).toString(QKeySequence::NativeText)));
}

void TestMainWindowKeys::multiSelectionSaysWhichRowActionsUse()
{
    startWindow();
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QVERIFY(!label->isVisible());
    QTableView *table = m_window->table();
    table->setCurrentIndex(m_window->model()->index(1, 0));
    table->selectionModel()->select(QItemSelection(m_window->model()->index(0, 0), m_window->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(label->isVisible());
    const QString current = m_window->model()->resourceAt(1)->name;
    QCOMPARE(label->text(),
        QStringLiteral("5 selected — the actions marked “selected” act on all of them; the others on “%1” only")
            .arg(current));
}

void TestMainWindowKeys::countsUseOneFormatAndPlurals()
{
    startWindow();
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    const qint64 total = m_window->model()->totalCount();
    QTRY_COMPARE(count->text(), QStringLiteral("100 of %1 resources").arg(QLocale().toString(total)));
    QVERIFY(!count->text().contains(QStringLiteral("(s)")));
    // One resource: the singular.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(m_window->model()->resourceAt(0)->uuid);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(count->text(), QStringLiteral("1 resource"));
}

void TestMainWindowKeys::emptyResultOffersClearFilters()
{
    startWindow();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("no-such-resource-anywhere"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *empty = m_window->findChild<QWidget *>(QStringLiteral("emptyState"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->findChild<QLabel *>(QStringLiteral("emptyStateText"))->text(),
        QStringLiteral("No resources match these filters."));
    // The pane no longer shows a resource that is not listed.
    QTRY_VERIFY(m_window->detailsPane()->resourceUuid().isEmpty());
    auto *clear = empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    QCOMPARE(clear->text(), QStringLiteral("Clear filters"));
    clear->click();
    QTRY_VERIFY(m_window->model()->rowCount() > 0);
    QCOMPARE(search->text(), QString());
    QVERIFY(!empty->isVisible());
}

void TestMainWindowKeys::statesFilterStaysOpenWhileTicking()
{
    startWindow();
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("stateFilterButton"));
    QMenu *popup = button->menu();
    popup->popup(button->mapToGlobal(QPoint(0, button->height())));
    auto *ok = m_window->findChild<QCheckBox *>(QStringLiteral("stateCheck_OK"));
    auto *erred = m_window->findChild<QCheckBox *>(QStringLiteral("stateCheck_Erred"));
    QTRY_VERIFY(ok->isVisible());
    QSignalSpy resets(m_window->model(), &ResourceTableModel::modelReset);
    QTest::mouseClick(ok, Qt::LeftButton, {}, QPoint(5, ok->height() / 2));
    QTest::mouseClick(erred, Qt::LeftButton, {}, QPoint(5, erred->height() / 2));
    QVERIFY(popup->isVisible()); // still open after two ticks
    QCOMPARE(resets.count(), 0); // and nothing reloaded yet
    // "only": one state; All: every state; None then one tick: that state.
    m_window->findChild<QToolButton *>(QStringLiteral("stateOnly_Erred"))->click();
    QVERIFY(erred->isChecked() && !ok->isChecked());
    m_window->findChild<QPushButton *>(QStringLiteral("statesNoneButton"))->click();
    QVERIFY(!erred->isChecked() && !ok->isChecked());
    QTest::mouseClick(ok, Qt::LeftButton, {}, QPoint(5, ok->height() / 2));
    QVERIFY(popup->isVisible());
    popup->hide(); // closing applies, once
    QTRY_COMPARE(resets.count(), 1);
    QTRY_VERIFY(!m_window->model()->isLoading());
    QCOMPARE(m_window->model()->query().states, QList<ResourceState> { ResourceState::OK });
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        QCOMPARE(m_window->model()->resourceAt(row)->state, ResourceState::OK);
    }
    // None and close: nothing to apply, the last choice stays.
    popup->popup(button->mapToGlobal(QPoint(0, button->height())));
    m_window->findChild<QPushButton *>(QStringLiteral("statesNoneButton"))->click();
    popup->hide();
    QVERIFY(ok->isChecked());
    QTest::qWait(50);
    QCOMPARE(resets.count(), 1);
}

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindowkeys.moc"
