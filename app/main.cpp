// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/HeadlessExport.h"
#include "resources/AppIcon.h"
#include "resources/Translations.h"
#include "wpc/Version.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>

#include <cstdio>

namespace {
// Where the settings, profiles and tokens are: the same for the window and --export.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Waldur"));
    QCoreApplication::setApplicationName(QString::fromLatin1(wpc::kProductName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(wpc::kVersion));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    wpc::LaunchOptions options;
    const QByteArray token = qgetenv("WALDUR_TOKEN");
    const int early = wpc::CommandLine::parse(arguments, token, &options);
    if (early >= 0) {
        return early;
    }
    // Our own debug lines are for developers; QT_LOGGING_RULES (e.g. "wpc.*.debug=true") turns them on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("wpc.*.debug=false"));
    }
    if (!options.exportOptions.path.isEmpty()) {
        // Headless: no window, no display needed. A cron job hears the one-line outcome, not our retries.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            QLoggingCategory::setFilterRules(
                QStringLiteral("wpc.*.debug=false\nwpc.*.info=false\nwpc.*.warning=false"));
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        wpc::installTranslations(app);
        wpc::HeadlessExport exporter(options);
        const int code = exporter.start();
        return code >= 0 ? code : QCoreApplication::exec();
    }
    if (!wpc::CommandLine::hasDisplay(arguments)) {
        std::fprintf(stderr,
            "%s: no display. Run it under a desktop session, with `xvfb-run -a %s ...`, or as\n"
            "`QT_QPA_PLATFORM=offscreen %s --demo --screenshot shot.png`.\n",
            wpc::kExecutableName, wpc::kExecutableName, wpc::kExecutableName);
        return wpc::CommandLine::kUsageError;
    }

    QApplication app(argc, argv);
    wpc::installTranslations(app);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("waldur-provider-console"));

    wpc::Application application;
    application.setIconSource(&wpc::applicationIcon);
    const int code = application.start(options);
    if (code >= 0) {
        return code;
    }
    return QApplication::exec();
}
