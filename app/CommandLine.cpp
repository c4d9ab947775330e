// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "models/api/ApiClient.h"
#include "wpc/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>

namespace wpc::CommandLine {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::CommandLine", text);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", kExecutableName, qPrintable(message));
    return kUsageError;
}
} // namespace

namespace {
// QGuiApplication's and QApplication's own options (one dash or two), with or without a value.
const QStringList kQtOptionsWithValue { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
    QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"), QStringLiteral("display"),
    QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("visual"), QStringLiteral("style"),
    QStringLiteral("stylesheet"), QStringLiteral("geometry"), QStringLiteral("fn"), QStringLiteral("font"),
    QStringLiteral("bg"), QStringLiteral("background"), QStringLiteral("fg"), QStringLiteral("foreground"),
    QStringLiteral("btn"), QStringLiteral("button") };
const QStringList kQtFlags { QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
    QStringLiteral("sync"), QStringLiteral("widgetcount"), QStringLiteral("testability") };

QString qtOptionName(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1StringView("--")) {
        return {};
    }
    QString name = argument.mid(argument.startsWith(QLatin1StringView("--")) ? 2 : 1);
    return name.section(QLatin1Char('='), 0, 0);
}
} // namespace

QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString name = i == 0 ? QString() : qtOptionName(arguments.at(i));
        if (kQtFlags.contains(name) || name.startsWith(QLatin1StringView("qmljsdebugger"))) {
            continue;
        }
        if (kQtOptionsWithValue.contains(name)) {
            if (!arguments.at(i).contains(QLatin1Char('='))) {
                ++i; // its value
            }
            continue;
        }
        kept.append(arguments.at(i));
    }
    return kept;
}

int parse(const QStringList &allArguments, const QByteArray &token, LaunchOptions *options)
{
    const QStringList arguments = withoutQtOptions(allArguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Watch and act on the resources of your Waldur offerings."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help and exit."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, tr("Show the version and exit."));
    const QCommandLineOption url(
        QStringLiteral("url"), tr("Waldur server address; the API token is read from WALDUR_TOKEN."), tr("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Start a built-in Waldur simulator and connect to it as staff."));
    const QCommandLineOption demoResources(
        QStringLiteral("demo-resources"), tr("How many resources the demo simulator holds (default 5000)."), tr("N"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        tr("Connect with a saved profile (File ▸ Connect to…); its token comes from the keychain, or from "
           "WALDUR_TOKEN when set."),
        tr("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a PNG of the window once the first page is shown, then exit (1 if loading failed)."), tr("PATH"));
    parser.addOptions({ help, version, url, demo, profile, demoResources, screenshot });
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(help)) {
        // Before any application object exists, QCommandLineParser cannot know the program's name.
        QString text
            = parser.helpText().replace(QLatin1StringView("<executable_name>"), QLatin1StringView(kExecutableName));
        text += QLatin1Char('\n')
            + tr("Qt's own options work too, e.g. -platform xcb, -style fusion, -reverse, -qwindowgeometry "
                 "1280x720+0+0.")
            + QLatin1Char('\n');
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", kExecutableName, kVersion);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }
    if (int(parser.isSet(demo)) + int(parser.isSet(url)) + int(parser.isSet(profile)) > 1) {
        return fail(tr("Use one of --demo, --url and --profile, not several."));
    }
    if (parser.isSet(screenshot)) {
        options->screenshotPath = parser.value(screenshot);
        if (!QFileInfo(options->screenshotPath).absoluteDir().exists()) {
            return fail(
                tr("Cannot save a screenshot to \"%1\": the folder does not exist.").arg(options->screenshotPath));
        }
    }
    if (parser.isSet(demoResources)) {
        bool ok = false;
        options->demoResources = parser.value(demoResources).toInt(&ok);
        if (!ok || options->demoResources < 0 || options->demoResources > 1000000) {
            return fail(tr("--demo-resources needs a whole number from 0 to 1000000."));
        }
    }
    if (parser.isSet(demo)) {
        options->mode = LaunchOptions::Mode::Demo;
        return -1;
    }
    if (parser.isSet(url)) {
        QString why;
        options->serverRoot = ApiClient::normaliseServerUrl(parser.value(url), &why);
        if (!options->serverRoot.isValid()) {
            return fail(tr("Invalid --url: %1").arg(why));
        }
        options->token = token.trimmed();
        if (options->token.isEmpty()) {
            return fail(tr("Set WALDUR_TOKEN to your Waldur API token to use --url."));
        }
        options->mode = LaunchOptions::Mode::Url;
        return -1;
    }
    if (parser.isSet(profile)) {
        options->profileName = parser.value(profile).trimmed();
        if (options->profileName.isEmpty()) {
            return fail(tr("--profile needs the name of a profile."));
        }
        options->token = token.trimmed();
        options->mode = LaunchOptions::Mode::Profile;
        return -1;
    }
    if (!options->screenshotPath.isEmpty()) {
        return fail(tr("--screenshot needs --demo, --url or --profile."));
    }
    return -1;
}

bool hasDisplay(const QStringList &arguments)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const auto env = QProcessEnvironment::systemEnvironment();
    const bool platformArgument = std::any_of(arguments.cbegin(), arguments.cend(),
        [](const QString &argument) { return qtOptionName(argument) == QLatin1StringView("platform"); });
    return platformArgument || !env.value(QStringLiteral("DISPLAY")).isEmpty()
        || !env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        || !env.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty();
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

} // namespace wpc::CommandLine
