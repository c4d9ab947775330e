// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/sim/Simulator.h"
#include "resources/Translations.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/MainWindow.h"
#include "ui/widgets/SearchableComboBox.h"

#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wpc;
using namespace Qt::StringLiterals;

// The customer filter on a site with 5,000 customers (the simulator's extra ones): the picker holds only
// what was loaded, searches the server as you type, pages with "Load more", remembers recent choices, and a
// restored choice far beyond the first page keeps its name.
class TestPickers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchesFiveThousandCustomers();
    void loadMoreAndRecentChoices();
    void aRestoredChoiceBeyondTheFirstPageKeepsItsName();

private:
    void startWindow();
    SearchableComboBox *picker() const;
    QStringList results() const;
    void type(const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Simulator> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<MainWindow> m_window;
};

void TestPickers::initTestCase()
{
    test::useTestSettings(m_settingsDir);
    sim::Simulator::Config config;
    config.resourceCount = 300;
    config.extraCustomers = 5000;
    m_sim = std::make_unique<sim::Simulator>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network, m_sim->url(), sim::Simulator::staffToken());
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());
}

void TestPickers::init()
{
    QSettings().clear();
}

void TestPickers::cleanup()
{
    m_window.reset();
}

void TestPickers::startWindow()
{
    test::startMainWindow(&m_window, m_api.get(), QStringLiteral("pickersTest"));
    QVERIFY(m_window && m_window->isVisible());
    QVERIFY(picker());
    QTRY_VERIFY(picker()->count() > 1); // the first page has arrived
}

SearchableComboBox *TestPickers::picker() const
{
    return m_window->findChild<SearchableComboBox *>(u"customerCombo"_s);
}

QStringList TestPickers::results() const
{
    QStringList names;
    for (int i = 0; i < picker()->resultList()->count(); ++i) {
        names << picker()->resultList()->item(i)->text();
    }
    return names;
}

void TestPickers::type(const QString &text)
{
    picker()->searchEdit()->clear();
    QTest::keyClicks(picker()->searchEdit(), text);
}

void TestPickers::searchesFiveThousandCustomers()
{
    startWindow();
    // Only the first page is loaded: nothing like 5,000 items in the combo box.
    QVERIFY(picker()->count() <= ProviderResourcesApi::kHelperPageSize + 1);
    QCOMPARE(picker()->findText(u"Customer 04321"_s), -1);

    picker()->showPopup();
    QTRY_VERIFY(picker()->searchEdit()->isVisible());
    type(u"customer 04321"_s);
    QTRY_COMPARE(results(), (QStringList { u"All customers"_s, u"Customer 04321"_s }));
    QSignalSpy loaded(m_window->model(), &ResourceTableModel::firstPageLoaded);
    QTest::keyClick(picker()->searchEdit(), Qt::Key_Return);
    QVERIFY(!picker()->searchEdit()->isVisible());
    QCOMPARE(picker()->currentText(), u"Customer 04321"_s);
    const QString uuid = picker()->currentData().toString();
    QVERIFY(!uuid.isEmpty());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->model()->query().customerUuid, uuid);
    QCOMPARE(m_window->model()->rowCount(), 0); // a customer without resources: the server's answer

    // Nothing matches: said so.
    picker()->showPopup();
    type(u"no such customer"_s);
    QTRY_COMPARE(results(), QStringList { u"All customers"_s });
    QTest::keyClick(picker()->searchEdit(), Qt::Key_Escape);
}

void TestPickers::loadMoreAndRecentChoices()
{
    startWindow();
    picker()->showPopup();
    type(u"Customer 0"_s);
    QTRY_COMPARE(results().value(1), u"Customer 00001"_s); // the search's first page, not the one shown on opening
    QCOMPARE(results().size(), 1 + ProviderResourcesApi::kHelperPageSize);
    QVERIFY(picker()->loadMoreButton()->isVisible());
    QTest::mouseClick(picker()->loadMoreButton(), Qt::LeftButton);
    QTRY_COMPARE(results().size(), 1 + 2 * ProviderResourcesApi::kHelperPageSize);
    QCOMPARE(results().value(1), u"Customer 00001"_s);
    QCOMPARE(results().value(100), u"Customer 00100"_s); // the server's order, page after page
    // A choice from the second page.
    QTest::mouseClick(picker()->resultList()->viewport(), Qt::LeftButton, {},
        picker()->resultList()->visualItemRect(picker()->resultList()->item(77)).center());
    QCOMPARE(picker()->currentText(), u"Customer 00077"_s);

    // Next time, with nothing typed, it comes first.
    picker()->showPopup();
    QTRY_VERIFY(results().size() > 2);
    QCOMPARE(results().value(1), u"Customer 00077"_s); // the list was emptied on opening: these are new
    QCOMPARE(results().count(u"Customer 00077"_s), 1);
    QTest::keyClick(picker()->searchEdit(), Qt::Key_Escape);
}

void TestPickers::aRestoredChoiceBeyondTheFirstPageKeepsItsName()
{
    startWindow();
    picker()->showPopup();
    type(u"Customer 04999"_s);
    QTRY_COMPARE(results().value(1), u"Customer 04999"_s);
    QTest::keyClick(picker()->searchEdit(), Qt::Key_Return);
    const QString uuid = picker()->currentData().toString();
    m_window->close();
    m_window.reset();

    startWindow();
    QCOMPARE(m_window->model()->query().customerUuid, uuid); // restored, and part of the first query
    QCOMPARE(picker()->currentData().toString(), uuid);
    QTRY_COMPARE(picker()->currentText(), u"Customer 04999"_s); // named by the server, not shown as a uuid
}

QTEST_MAIN(TestPickers)
#include "tst_pickers.moc"
