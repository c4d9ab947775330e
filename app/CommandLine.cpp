// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "models/api/ApiClient.h"
#include "wpc/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

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

int parse(const QStringList &arguments, const QByteArray &token, LaunchOptions *options)
{
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
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a PNG of the window once the first page is shown, then exit (1 if loading failed)."), tr("PATH"));
    parser.addOptions({ help, version, url, demo, demoResources, screenshot });
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", kExecutableName, kVersion);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(demo) && parser.isSet(url)) {
        return fail(tr("Use either --demo or --url, not both."));
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
    if (!options->screenshotPath.isEmpty()) {
        return fail(tr("--screenshot needs --demo or --url."));
    }
    return -1;
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const auto env = QProcessEnvironment::systemEnvironment();
    return !env.value(QStringLiteral("DISPLAY")).isEmpty() || !env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        || !env.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty();
#else
    return true;
#endif
}

} // namespace wpc::CommandLine
