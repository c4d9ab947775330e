// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/views/FuzzyMatch.h"
#include "resources/Translations.h"
#include "tests/support/TestConnection.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/MainWindow.h"
#include "ui/views/CommandPalette.h"
#include "ui/views/ViewsPanel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;
using namespace Qt::StringLiterals;

// The command palette in the real window: Ctrl+K, typing and Enter only. It reaches menu actions (a
// disabled one says why and does nothing), views, columns, and resources the server finds by name, UUID or
// backend ID; the last command used comes first next time.
class TestPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fuzzyMatching();
    void runsAnActionByKeyboard();
    void aDisabledActionSaysWhy();
    void opensAViewAndTogglesAColumn();
    void findsAResourceByBackendIdAndJumpsToIt();
    void recentCommandsComeFirst();

private:
    void startWindow();
    void type(const QString &text);
    QStringList shown() const;
    int rowStartingWith(const QString &title) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    CommandPalette *m_palette = nullptr;
};

void TestPalette::initTestCase()
{
    test::useTestSettings(m_settingsDir);
}

void TestPalette::init()
{
    QSettings().clear();
    m_connection = std::make_unique<test::TestConnection>();
    QVERIFY2(m_connection->isValid(), qPrintable(m_connection->errorString()));
}

void TestPalette::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestPalette::startWindow()
{
    test::startMainWindow(&m_window, m_connection->api(), QStringLiteral("paletteTest"));
    QVERIFY(m_window && m_window->isVisible());
    m_palette = m_window->findChild<CommandPalette *>(u"commandPalette"_s);
    QVERIFY(m_palette);
    QVERIFY(!m_palette->isVisible());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_palette->isVisible());
    QTRY_VERIFY(m_palette->findChild<QLineEdit *>(u"paletteInput"_s)->hasFocus());
}

void TestPalette::type(const QString &text)
{
    QLineEdit *input = m_palette->findChild<QLineEdit *>(u"paletteInput"_s);
    input->clear();
    QTest::keyClicks(input, text);
}

QStringList TestPalette::shown() const
{
    QStringList titles;
    for (int i = 0; i < m_palette->list()->count(); ++i) {
        titles << m_palette->list()->item(i)->text();
    }
    return titles;
}

int TestPalette::rowStartingWith(const QString &title) const
{
    const QStringList titles = shown();
    for (int i = 0; i < titles.size(); ++i) {
        if (titles.at(i).startsWith(title)) {
            return i;
        }
    }
    return -1;
}

void TestPalette::fuzzyMatching()
{
    QCOMPARE(FuzzyMatch::score(u"", u"anything"), 0);
    QCOMPARE(FuzzyMatch::score(u"xyz", u"Pause"), -1);
    QVERIFY(FuzzyMatch::score(u"pau", u"Actions ▸ Pause") > 0);
    QVERIFY(FuzzyMatch::score(u"xy", u"axyXz") > 0); // a jump to a word start must not lose the match
    // A word start beats the middle of a word; a run beats scattered letters.
    QVERIFY(FuzzyMatch::score(u"sp", u"Set paused") > FuzzyMatch::score(u"sp", u"Display"));
    QVERIFY(FuzzyMatch::score(u"term", u"Terminate") > FuzzyMatch::score(u"term", u"The ERred Mark"));
    // 10,000 candidates are scored well within a keystroke (the palette keeps the best 200).
    QStringList many;
    for (int i = 0; i < 10000; ++i) {
        many << QStringLiteral("Resource: node-%1.cluster.example.org").arg(i);
    }
    int matches = 0;
    for (const QString &text : many) {
        matches += FuzzyMatch::score(u"node cluster", text) > 0;
    }
    QCOMPARE(matches, 10000);
}

void TestPalette::runsAnActionByKeyboard()
{
    startWindow();
    QAction *pane = m_window->findChild<QAction *>(u"detailsPaneAction"_s);
    QVERIFY(pane->isChecked());
    type(u"details pane"_s);
    QVERIFY2(shown().value(0).startsWith(u"View ▸ Details pane  (on)"_s), qPrintable(shown().join(u'\n')));
    QTest::keyClick(m_palette->findChild<QLineEdit *>(), Qt::Key_Return);
    QVERIFY(!m_palette->isVisible());
    QVERIFY(!pane->isChecked());
}

void TestPalette::aDisabledActionSaysWhy()
{
    startWindow();
    m_window->findChild<QTableView *>()->selectionModel()->clear();
    m_window->findChild<QTableView *>()->setCurrentIndex({});
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_palette->isVisible());
    type(u"terminate"_s);
    const int row = rowStartingWith(u"Actions ▸ Terminate"_s);
    QVERIFY2(row >= 0, qPrintable(shown().join(u'\n')));
    QListWidgetItem *item = m_palette->list()->item(row);
    QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
    QVERIFY(!item->toolTip().isEmpty()); // the reason, from the operation table's rules
    m_palette->list()->setCurrentRow(row);
    QTest::keyClick(m_palette->findChild<QLineEdit *>(), Qt::Key_Return);
    QVERIFY(m_palette->isVisible()); // nothing ran; the reason shows
    QCOMPARE(m_palette->findChild<QLabel *>(u"paletteHint"_s)->text(), item->toolTip());
}

void TestPalette::opensAViewAndTogglesAColumn()
{
    startWindow();
    type(u"view erred"_s);
    QVERIFY2(shown().value(0).startsWith(u"View: Erred"_s), qPrintable(shown().join(u'\n')));
    QSignalSpy loaded(m_window->model(), &ResourceTableModel::firstPageLoaded);
    QTest::keyClick(m_palette->findChild<QLineEdit *>(), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->model()->query().states, QList<ResourceState> { ResourceState::Erred });

    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_palette->isVisible());
    type(u"columns backend"_s);
    QVERIFY2(shown().value(0).startsWith(u"View ▸ Columns ▸ Backend ID  (on)"_s), qPrintable(shown().join(u'\n')));
    QTest::keyClick(m_palette->findChild<QLineEdit *>(), Qt::Key_Return);
    QVERIFY(m_window->findChild<QTableView *>()->isColumnHidden(int(Column::BackendId)));
}

void TestPalette::findsAResourceByBackendIdAndJumpsToIt()
{
    startWindow();
    // A resource far down the list, not among the rows loaded: found by the server, by its backend ID.
    const QStringList uuids = m_connection->simulator()->resourceUuids();
    QString uuid;
    QString backendId;
    for (const QString &candidate : uuids) {
        const QJsonObject json = m_connection->simulator()->resourceJson(candidate);
        if (m_window->model()->rowOf(candidate) < 0 && !json.value(u"backend_id"_s).toString().isEmpty()) {
            uuid = candidate;
            backendId = json.value(u"backend_id"_s).toString();
            break;
        }
    }
    QVERIFY(!uuid.isEmpty());
    type(backendId);
    const QString name = m_connection->simulator()->resourceJson(uuid).value(u"name"_s).toString();
    QTRY_VERIFY2(rowStartingWith(u"Resource: "_s + name) >= 0, qPrintable(shown().join(u'\n')));
    m_palette->list()->setCurrentRow(rowStartingWith(u"Resource: "_s + name));
    QTest::keyClick(m_palette->findChild<QLineEdit *>(), Qt::Key_Return);
    QTRY_VERIFY(m_window->model()->rowOf(uuid) >= 0);
    QTRY_COMPARE(m_window->findChild<QTableView *>()->currentIndex().row(), m_window->model()->rowOf(uuid));
}

void TestPalette::recentCommandsComeFirst()
{
    startWindow();
    type(u"load all"_s);
    QTest::keyClick(m_palette->findChild<QLineEdit *>(), Qt::Key_Return);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_palette->isVisible());
    QVERIFY2(shown().value(0).startsWith(u"View ▸ Load all"_s), qPrintable(shown().value(0)));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
