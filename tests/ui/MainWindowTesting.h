// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceTableModel.h"
#include "resources/Translations.h"
#include "ui/MainWindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the GUI tests of the main window share: settings of their own and a window with its first page.
namespace wpc::test {

// English plural forms as in the app, and settings in an INI file under dir instead of the user's.
inline void useTestSettings(const QTemporaryDir &dir)
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

// The main window against api, with its settings under settingsGroup, shown and with its first page in.
inline void startMainWindow(
    std::unique_ptr<MainWindow> *window, ProviderResourcesApi *api, const QString &settingsGroup)
{
    MainWindow::Options options { QStringLiteral("test"), QStringLiteral("https://waldur.example.org/"), false };
    options.settingsGroup = settingsGroup;
    *window = std::make_unique<MainWindow>(api, options);
    (*window)->show();
    QVERIFY(QTest::qWaitForWindowExposed(window->get()));
    QSignalSpy first((*window)->model(), &ResourceTableModel::firstPageLoaded);
    (*window)->start();
    QVERIFY(first.wait(10000));
}

} // namespace wpc::test
