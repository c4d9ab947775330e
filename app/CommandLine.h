// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"
#include "models/ResourceQuery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wpc {

// The console's command line, parsed before any window exists so that --help, --version and mistakes
// are answered on a machine without a display.
// --export: every resource a filter matches, written to a file without a window (for cron jobs).
struct ExportOptions
{
    QString path; // empty: no export; the format follows its suffix
    ResourceQuery query; // without --state, the window's default: every state but Terminated
    QList<Column> columns; // without --columns, the table's default columns
    QString viewName; // --view: a saved view of the profile (its filters and columns) instead of the above
};

struct LaunchOptions
{
    enum class Mode { ConnectDialog, Url, Demo, Profile };
    Mode mode = Mode::ConnectDialog;
    QUrl serverRoot;
    QByteArray token; // from WALDUR_TOKEN; never printed
    QString profileName; // --profile
    int demoResources = 5000;
    QString screenshotPath;
    ExportOptions exportOptions;
};

namespace CommandLine {
inline constexpr int kUsageError = 2;
inline constexpr int kFailed = 1; // an export that could not finish: the server, the network or the disk

// Returns -1 with *options filled when the program should go on; otherwise the exit code, after
// printing help, the version or the reason to stderr. token is WALDUR_TOKEN's value. Qt's own options
// (-platform, -style, -reverse, -qwindowgeometry…) are left to QApplication.
int parse(const QStringList &arguments, const QByteArray &token, LaunchOptions *options);
// The arguments without Qt's own options and their values, which QApplication takes for itself.
QStringList withoutQtOptions(const QStringList &arguments);
// True when a window can be shown: a display, Wayland, an explicit QT_QPA_PLATFORM or -platform.
bool hasDisplay(const QStringList &arguments);
} // namespace CommandLine

} // namespace wpc
