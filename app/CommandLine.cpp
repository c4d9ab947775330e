// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "models/api/ApiClient.h"
#include "models/export/ExportFormat.h"
#include "wpc/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

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

// --export and its filters.
struct ExportOptionSet
{
    QCommandLineOption file;
    QCommandLineOption state;
    QCommandLineOption offering;
    QCommandLineOption customer;
    QCommandLineOption project;
    QCommandLineOption search;
    QCommandLineOption columns;
    QCommandLineOption view;
};

QStringList columnKeys()
{
    QStringList keys;
    for (Column column : ResourceColumns::all()) {
        keys << ResourceColumns::key(column);
    }
    return keys;
}

ResourceState stateNamed(const QString &name)
{
    for (ResourceState state : { ResourceState::Creating, ResourceState::OK, ResourceState::Erred,
             ResourceState::Updating, ResourceState::Terminating, ResourceState::Terminated }) {
        if (name.trimmed().compare(ResourceStates::toWire(state), Qt::CaseInsensitive) == 0) {
            return state;
        }
    }
    return ResourceState::Unknown;
}

bool isUuid(const QString &text)
{
    // Waldur writes them as 32 hex digits; the dashed form names the same UUID.
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{8}(-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

ExportOptionSet exportOptionSet()
{
    return {
        QCommandLineOption(QStringLiteral("export"),
            tr("Write every resource the filters match to FILE (.csv, .json or .xlsx) without a window, then exit: "
               "0 when written, 1 when the server, the network or the disk failed, 2 for a wrong command line."),
            tr("FILE")),
        QCommandLineOption(QStringLiteral("state"),
            tr("With --export: only resources in this state (Creating, OK, Erred, Updating, Terminating, "
               "Terminated); repeat it for several. Without it, every state but Terminated."),
            tr("STATE")),
        QCommandLineOption(QStringLiteral("offering"),
            tr("With --export: only this offering's resources; repeat it for several."), tr("UUID")),
        QCommandLineOption(
            QStringLiteral("customer"), tr("With --export: only this customer's resources."), tr("UUID")),
        QCommandLineOption(QStringLiteral("project"), tr("With --export: only this project's resources."), tr("UUID")),
        QCommandLineOption(QStringLiteral("query"),
            tr("With --export: resources whose name, slug, UUID or backend ID contain TEXT."), tr("TEXT")),
        QCommandLineOption(QStringLiteral("columns"),
            tr("With --export: the columns, comma-separated, from: %1. The UUID always comes last.")
                .arg(columnKeys().join(QStringLiteral(", "))),
            tr("KEYS")),
        QCommandLineOption(QStringLiteral("view"),
            tr("With --export: the filters, search, sort and columns of this saved view (View ▸ Views) of the "
               "profile, instead of --state and the others."),
            tr("NAME")),
    };
}

// -1 when the export options are right (or absent); otherwise the exit code after saying why.
int readExport(const QCommandLineParser &parser, const ExportOptionSet &set, ExportOptions *out)
{
    const bool filters = parser.isSet(set.state) || parser.isSet(set.offering) || parser.isSet(set.customer)
        || parser.isSet(set.project) || parser.isSet(set.search) || parser.isSet(set.columns);
    if (!parser.isSet(set.file)) {
        return filters || parser.isSet(set.view)
            ? fail(tr("--state, --offering, --customer, --project, --query, --columns and --view go with --export."))
            : -1;
    }
    if (parser.isSet(set.view) && filters) {
        return fail(tr("--view brings its own filters and columns: leave out --state and the others."));
    }
    out->viewName = parser.value(set.view).trimmed();
    out->path = parser.value(set.file);
    if (!ExportFormats::fromPath(out->path)) {
        return fail(tr("--export writes .csv, .json or .xlsx files, not \"%1\".").arg(out->path));
    }
    if (!QFileInfo(out->path).absoluteDir().exists()) {
        return fail(tr("Cannot export to \"%1\": the folder does not exist.").arg(out->path));
    }
    out->query = ResourceQuery::defaults();
    if (parser.isSet(set.state)) {
        out->query.states.clear();
        for (const QString &name : parser.values(set.state)) {
            const ResourceState state = stateNamed(name);
            if (state == ResourceState::Unknown) {
                return fail(tr("Unknown state \"%1\": use Creating, OK, Erred, Updating, Terminating or Terminated.")
                                .arg(name));
            }
            out->query.states << state;
        }
    }
    for (const QString &value : parser.values(set.offering)) {
        for (const QString &uuid : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!isUuid(uuid)) {
                return fail(tr("--%1 needs a UUID, not \"%2\".").arg(QStringLiteral("offering"), uuid));
            }
            out->query.offeringUuids << uuid.trimmed();
        }
    }
    for (const auto &[option, field] : { std::pair { &set.customer, &out->query.customerUuid },
             std::pair { &set.project, &out->query.projectUuid } }) {
        if (parser.isSet(*option)) {
            *field = parser.value(*option).trimmed();
            if (!isUuid(*field)) {
                return fail(tr("--%1 needs a UUID, not \"%2\".").arg(option->names().constFirst(), *field));
            }
        }
    }
    out->query.search = parser.value(set.search).trimmed();
    out->columns = ResourceColumns::defaultVisible();
    if (parser.isSet(set.columns)) {
        out->columns.clear();
        for (const QString &key : parser.value(set.columns).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Column column = ResourceColumns::fromKey(key.trimmed());
            if (column == Column::Count) {
                return fail(tr("Unknown column \"%1\": use %2.").arg(key, columnKeys().join(QStringLiteral(", "))));
            }
            out->columns << column;
        }
    }
    return -1;
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
    const ExportOptionSet exporting = exportOptionSet();
    parser.addOptions({ exporting.file, exporting.state, exporting.offering, exporting.customer, exporting.project,
        exporting.search, exporting.columns, exporting.view });
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
    if (const int code = readExport(parser, exporting, &options->exportOptions); code >= 0) {
        return code;
    }
    if (!options->exportOptions.path.isEmpty() && !parser.isSet(url) && !parser.isSet(profile) && !parser.isSet(demo)) {
        return fail(tr("--export needs --url, --profile or --demo."));
    }
    if (!options->exportOptions.path.isEmpty() && parser.isSet(screenshot)) {
        return fail(tr("Use --export or --screenshot, not both."));
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
