// SPDX-License-Identifier: GPL-3.0-or-later
// Counts read as English sentences whatever the locale: C or an untranslated language fall back to the
// English plural forms, never to "resource(s)". German has its own.
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace wpc;

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void countsAreEnglishWhateverTheLocale_data();
    void countsAreEnglishWhateverTheLocale();
    void germanHasItsOwnPluralForms();
};

void tst_Translations::initTestCase()
{
    // %Ln groups digits as the default locale does; the language of the words is what varies here.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Translations::cleanup()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void tst_Translations::countsAreEnglishWhateverTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("C") << QLocale::c();
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("fr_FR, not translated") << QLocale(QLocale::French, QLocale::France);
}

void tst_Translations::countsAreEnglishWhateverTheLocale()
{
    QFETCH(QLocale, locale);
    installTranslations(*QCoreApplication::instance(), locale);
    const auto count
        = [](const char *source, int n) { return QCoreApplication::translate("wpc::MainWindow", source, nullptr, n); };
    QCOMPARE(count("%Ln resource(s)", 1), QStringLiteral("1 resource"));
    QCOMPARE(count("%Ln resource(s)", 2), QStringLiteral("2 resources"));
    QCOMPARE(count("%1 of %Ln resource(s)", 4478), QStringLiteral("%1 of 4,478 resources"));
}

// German is complete (translations_complete checks every entry); its counts use German's two forms.
void tst_Translations::germanHasItsOwnPluralForms()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    const auto count
        = [](const char *source, int n) { return QCoreApplication::translate("wpc::MainWindow", source, nullptr, n); };
    QCOMPARE(count("%Ln resource(s)", 1), QStringLiteral("1 Ressource"));
    QCOMPARE(count("%Ln resource(s)", 2), QStringLiteral("2 Ressourcen"));
    QCOMPARE(count("%1 of %Ln resource(s)", 4478), QStringLiteral("%1 von 4,478 Ressourcen"));
    QCOMPARE(QCoreApplication::translate("wpc::ViewsPanel", "&Save view…"), QStringLiteral("Ansicht &speichern…"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
