// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "tests/support/TestConnection.h"
#include "ui/MainWindow.h"
#include "ui/details/ResourceDetailsPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace wpc;

// The main window on the screens of the walkthrough, as ctest runs it: 1280×720, and 1440×900 at a 1.5
// scale factor (960×600 logical pixels). It opens inside the screen, everything that matters is on it
// (search, details pane, status bar, the State column), no text widens it, and it remembers where it was.
class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensInsideTheScreen();
    void aLargeFontStillFits();
    void everythingThatMattersIsOnScreen();
    void moreFiltersAndTheirChipsFit();
    void stateAndFlagsAreInSight();
    void noLabelWidensTheWindow();
    void maximisedFitsToo();
    void geometryAndPaneAreRemembered();

private:
    void startWindow();
    QRect available() const
    {
        return QGuiApplication::primaryScreen()->availableGeometry();
    }
    // The widget is shown and lies inside the window's client area.
    bool insideWindow(const QWidget *widget) const;
    void verifyPaneReadable(bool wholeNames);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    qInfo("screen %dx%d logical, scale %g", available().width(), available().height(),
        QGuiApplication::primaryScreen()->devicePixelRatio());
    QVERIFY2(available().width() <= 1280, "run by ctest with a laptop-sized offscreen screen");
}

void TestWindowFit::init()
{
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
}

void TestWindowFit::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestWindowFit::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_connection->api(),
        MainWindow::Options { QStringLiteral("test"), QStringLiteral("https://w.example/"), false });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy first(m_window->model(), &ResourceTableModel::firstPageLoaded);
    m_window->start();
    QVERIFY(first.wait(10000));
}

bool TestWindowFit::insideWindow(const QWidget *widget) const
{
    if (!widget || !widget->isVisible()) {
        return false;
    }
    const QRect rect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    return m_window->rect().contains(rect);
}

void TestWindowFit::opensInsideTheScreen()
{
    QSettings().clear();
    startWindow();
    QVERIFY2(available().contains(m_window->frameGeometry()),
        qPrintable(QStringLiteral("frame %1x%2+%3+%4 on %5x%6")
                       .arg(m_window->frameGeometry().width())
                       .arg(m_window->frameGeometry().height())
                       .arg(m_window->frameGeometry().x())
                       .arg(m_window->frameGeometry().y())
                       .arg(available().width())
                       .arg(available().height())));
    // It could be made as small as a 1024-pixel screen, and as this one.
    QVERIFY2(m_window->minimumSizeHint().width() <= std::min(1024, available().width()),
        qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY2(m_window->minimumSizeHint().height() <= available().height(),
        qPrintable(QString::number(m_window->minimumSizeHint().height())));
}

void TestWindowFit::aLargeFontStillFits()
{
    // Desktop themes often set 12 points (qt6ct does by default): the filter bar still fits the screen.
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([before] { QApplication::setFont(before); });
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    QSettings().clear();
    startWindow();
    QVERIFY2(m_window->minimumSizeHint().width() <= available().width(),
        qPrintable(QStringLiteral("needs %1 of %2").arg(m_window->minimumSizeHint().width()).arg(available().width())));
    QVERIFY2(available().contains(m_window->frameGeometry()),
        qPrintable(QStringLiteral("frame %1x%2, at least %3x%4, on %5x%6")
                       .arg(m_window->frameGeometry().width())
                       .arg(m_window->frameGeometry().height())
                       .arg(m_window->minimumSizeHint().width())
                       .arg(m_window->minimumSizeHint().height())
                       .arg(available().width())
                       .arg(available().height())));
    QVERIFY(insideWindow(m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))));
    QVERIFY(insideWindow(m_window->findChild<QToolButton *>(QStringLiteral("moreFiltersButton"))));
    // Tabs may be shortened ("Sub-res…", full name in the tooltip) but none hides.
    verifyPaneReadable(false);
}

// With the "More filters" panel open and many filters set, the chips wrap and the panel scrolls: nothing
// widens the window, and the table keeps most of its height.
void TestWindowFit::moreFiltersAndTheirChipsFit()
{
    QSettings().clear();
    startWindow();
    const int width = m_window->width();
    m_window->findChild<QAction *>(QStringLiteral("moreFiltersAction"))->setChecked(true);
    for (const char *id :
        { "nameFilter", "nameExactFilter", "backendIdFilter", "runtimeStateFilter", "projectNameFilter" }) {
        m_window->findChild<QLineEdit *>(QLatin1StringView(id))
            ->setText(QStringLiteral("a rather long value to filter by"));
    }
    for (const char *id :
        { "pausedFilter", "downscaledFilter", "restrictedFilter", "billableFilter", "sharedFilter" }) {
        m_window->findChild<QComboBox *>(QLatin1StringView(id))->setCurrentIndex(1);
    }
    auto *panel = m_window->findChild<QWidget *>(QStringLiteral("moreFiltersPanel"));
    auto *chips = m_window->findChild<QWidget *>(QStringLiteral("filterChips"));
    QTRY_VERIFY(chips->isVisible() && panel->isVisible());
    QTRY_VERIFY(insideWindow(m_window->findChild<QWidget *>(QStringLiteral("restrictedChip"))));
    QCOMPARE(m_window->width(), width);
    QVERIFY(insideWindow(chips));
    QVERIFY(insideWindow(panel));
    QVERIFY(insideWindow(m_window->table()));
    QVERIFY2(panel->height() <= m_window->height() * 0.4 + 1, qPrintable(QString::number(panel->height())));
    QVERIFY2(m_window->table()->height() >= m_window->height() / 4,
        qPrintable(QString::number(m_window->table()->height())));
}

// Every tab of the details pane is in sight (with its whole name, if `wholeNames`), and nothing on the
// Overview (the Copy buttons, the values) lies past the visible part of its scroll area, which has no
// horizontal scroll bar.
void TestWindowFit::verifyPaneReadable(bool wholeNames)
{
    ResourceDetailsPane *pane = m_window->detailsPane();
    QTRY_VERIFY(pane->findChild<QToolButton *>(QStringLiteral("copyUuidButton")));
    QTabBar *bar = pane->tabs()->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(pane->tabs()->tabText(i)));
    }
    // As wide as the tabs want to be: no name is shortened to "Overv…".
    QVERIFY2(!wholeNames || bar->width() >= bar->sizeHint().width(),
        qPrintable(QStringLiteral("tab bar %1 of %2").arg(bar->width()).arg(bar->sizeHint().width())));
    auto *scroll = pane->findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    for (QToolButton *copy : scroll->widget()->findChildren<QToolButton *>()) {
        const QRect rect(copy->mapTo(scroll->viewport(), QPoint(0, 0)), copy->size());
        QVERIFY2(rect.right() < scroll->viewport()->width(), qPrintable(copy->objectName()));
    }
}

void TestWindowFit::everythingThatMattersIsOnScreen()
{
    QSettings().clear();
    startWindow();
    QVERIFY(insideWindow(m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))));
    QVERIFY(insideWindow(m_window->findChild<QToolButton *>(QStringLiteral("moreFiltersButton"))));
    QVERIFY(insideWindow(m_window->detailsPane()));
    QVERIFY(insideWindow(m_window->statusBar()));
    QVERIFY(insideWindow(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))));
    QVERIFY(insideWindow(m_window->table()));
    // The pane's tabs are all there to click: none hides behind scroll arrows.
    QTabWidget *tabs = m_window->detailsPane()->tabs();
    QTabBar *bar = tabs->tabBar();
    QVERIFY(!tabs->usesScrollButtons());
    for (int i = 0; i < bar->count(); ++i) {
        QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(tabs->tabText(i)));
    }
    verifyPaneReadable(true);
}

void TestWindowFit::stateAndFlagsAreInSight()
{
    QSettings().clear();
    startWindow();
    QTableView *table = m_window->table();
    QHeaderView *header = table->horizontalHeader();
    const int state = static_cast<int>(Column::State);
    QCOMPARE(header->visualIndex(state), 1); // right after Name
    QVERIFY(!table->isColumnHidden(state));
    QVERIFY2(header->sectionViewportPosition(state) + header->sectionSize(state) <= table->viewport()->width(),
        "the State column is cut off at the default width");
    // The flags are in the State cell (its tooltip names them), not in a last column off to the right.
    QVERIFY(table->isColumnHidden(static_cast<int>(Column::Flags)));
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        const QModelIndex index = m_window->model()->index(row, state);
        if (index.data(ResourceTableModel::FlagsRole).toInt() & ResourceTableModel::FlagPaused) {
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Paused")));
            return;
        }
    }
    QFAIL("no paused resource among the first rows");
}

void TestWindowFit::noLabelWidensTheWindow()
{
    QSettings().clear();
    startWindow();
    const int width = m_window->width();
    const int minimum = m_window->minimumSizeHint().width();
    // Untick one state, as the walkthrough did, and close the popup to apply it.
    auto *states = m_window->findChild<QToolButton *>(QStringLiteral("stateFilterButton"));
    auto *ok = m_window->findChild<QCheckBox *>(QStringLiteral("stateCheck_OK"));
    QVERIFY(states && ok);
    states->menu()->popup(states->mapToGlobal(QPoint(0, states->height()))); // what a click does, without exec()
    QTRY_VERIFY(ok->isVisible());
    ok->click();
    states->menu()->hide();
    QTRY_VERIFY(!m_window->model()->isLoading());
    QCOMPARE(m_window->width(), width);
    QCOMPARE(m_window->minimumSizeHint().width(), minimum);
    // A long status message does not widen it either.
    m_window->statusBar()->showMessage(QString(400, QLatin1Char('x')));
    QTest::qWait(50);
    QCOMPARE(m_window->width(), width);
    QCOMPARE(m_window->minimumSizeHint().width(), minimum);
}

void TestWindowFit::maximisedFitsToo()
{
    QSettings().clear();
    startWindow();
    m_window->showMaximized();
    QTRY_VERIFY(m_window->isMaximized());
    QVERIFY(available().contains(m_window->frameGeometry()));
    QVERIFY(insideWindow(m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))));
    QVERIFY(insideWindow(m_window->statusBar()));
}

void TestWindowFit::geometryAndPaneAreRemembered()
{
    QSettings().clear();
    startWindow();
    const QRect placed(
        available().topLeft() + QPoint(10, 10), QSize(900, 560).boundedTo(available().size() - QSize(40, 60)));
    m_window->setGeometry(placed);
    QTRY_COMPARE(m_window->geometry().size(), placed.size());
    auto *pane = m_window->findChild<QAction *>(QStringLiteral("detailsPaneAction"));
    pane->trigger(); // collapse
    QVERIFY(!pane->isChecked());
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(1), 0);
    m_window->close();
    m_window.reset();

    startWindow();
    QCOMPARE(m_window->geometry().size(), placed.size());
    QCOMPARE(m_window->geometry().topLeft(), placed.topLeft());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("detailsPaneAction"))->isChecked());
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(1), 0);
    m_window->findChild<QAction *>(QStringLiteral("detailsPaneAction"))->trigger();
    QVERIFY(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(1) > 0);
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
