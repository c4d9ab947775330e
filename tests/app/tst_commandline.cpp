// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include <QTest>

using namespace wpc;

// The command line is answered before any window exists: modes, the token rule and exit code 2 for
// every mistake.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("root");

    const int dialog = int(LaunchOptions::Mode::ConnectDialog);
    const int url = int(LaunchOptions::Mode::Url);
    const int demo = int(LaunchOptions::Mode::Demo);
    QTest::newRow("nothing: connect dialog") << QStringList {} << QByteArray() << -1 << dialog << QString();
    QTest::newRow("demo") << QStringList { QStringLiteral("--demo") } << QByteArray() << -1 << demo << QString();
    QTest::newRow("demo with count") << QStringList { QStringLiteral("--demo"), QStringLiteral("--demo-resources"),
        QStringLiteral("42") } << QByteArray()
                                     << -1 << demo << QString();
    QTest::newRow("bad count") << QStringList { QStringLiteral("--demo"), QStringLiteral("--demo-resources"),
        QStringLiteral("many") }
                               << QByteArray() << 2 << dialog << QString();
    QTest::newRow("url and token") << QStringList { QStringLiteral("--url"),
        QStringLiteral("https://waldur.example.com/api/") }
                                   << QByteArray("abc") << -1 << url << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("bare host") << QStringList { QStringLiteral("--url"), QStringLiteral("waldur.example.com") }
                               << QByteArray("abc") << -1 << url << QStringLiteral("https://waldur.example.com/");
    QTest::newRow("url without token") << QStringList { QStringLiteral("--url"),
        QStringLiteral("https://w.example.com") }
                                       << QByteArray() << 2 << dialog << QString();
    QTest::newRow("blank token") << QStringList { QStringLiteral("--url"), QStringLiteral("https://w.example.com") }
                                 << QByteArray("  ") << 2 << dialog << QString();
    QTest::newRow("ftp url") << QStringList { QStringLiteral("--url"), QStringLiteral("ftp://w.example.com") }
                             << QByteArray("abc") << 2 << dialog << QString();
    QTest::newRow("url with password") << QStringList { QStringLiteral("--url"),
        QStringLiteral("https://u:p@w.example.com") }
                                       << QByteArray("abc") << 2 << dialog << QString();
    QTest::newRow("both modes") << QStringList { QStringLiteral("--demo"), QStringLiteral("--url"),
        QStringLiteral("x.org") }
                                << QByteArray("abc") << 2 << dialog << QString();
    const int profile = int(LaunchOptions::Mode::Profile);
    QTest::newRow("profile") << QStringList { QStringLiteral("--profile"), QStringLiteral("HPC Tartu") } << QByteArray()
                             << -1 << profile << QString();
    QTest::newRow("profile with token") << QStringList { QStringLiteral("--profile"), QStringLiteral("HPC") }
                                        << QByteArray("abc") << -1 << profile << QString();
    QTest::newRow("profile without name")
        << QStringList { QStringLiteral("--profile"), QStringLiteral(" ") } << QByteArray() << 2 << dialog << QString();
    QTest::newRow("profile and url") << QStringList { QStringLiteral("--profile"), QStringLiteral("a"),
        QStringLiteral("--url"), QStringLiteral("x.org") }
                                     << QByteArray("abc") << 2 << dialog << QString();
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << QByteArray() << 2 << dialog
                                    << QString();
    QTest::newRow("positional") << QStringList { QStringLiteral("extra") } << QByteArray() << 2 << dialog << QString();
    QTest::newRow("screenshot alone") << QStringList { QStringLiteral("--screenshot"), QStringLiteral("x.png") }
                                      << QByteArray() << 2 << dialog << QString();
    QTest::newRow("screenshot into missing folder") << QStringList { QStringLiteral("--demo"),
        QStringLiteral("--screenshot"), QStringLiteral("/no/such/dir/x.png") }
                                                    << QByteArray() << 2 << demo << QString();
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << QByteArray() << 0 << dialog << QString();
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << QByteArray() << 0 << dialog << QString();
    // Qt's own options belong to QApplication: the walkthrough's "--demo -platform xcb -style fusion".
    QTest::newRow("qt options") << QStringList { QStringLiteral("--demo"), QStringLiteral("-platform"),
        QStringLiteral("xcb"), QStringLiteral("-style"), QStringLiteral("fusion") }
                                << QByteArray() << -1 << demo << QString();
    QTest::newRow("more qt options") << QStringList { QStringLiteral("-reverse"), QStringLiteral("--platform"),
        QStringLiteral("offscreen"), QStringLiteral("-qwindowgeometry"), QStringLiteral("1280x720+0+0"),
        QStringLiteral("-stylesheet=x.qss"), QStringLiteral("--demo") }
                                     << QByteArray() << -1 << demo << QString();
    QTest::newRow("still unknown") << QStringList { QStringLiteral("-platformx"), QStringLiteral("--demo") }
                                   << QByteArray() << 2 << dialog << QString();
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, token);
    QFETCH(int, exitCode);
    QFETCH(int, mode);
    QFETCH(QString, root);
    arguments.prepend(QStringLiteral("waldur-provider-console"));
    LaunchOptions options;
    QCOMPARE(CommandLine::parse(arguments, token, &options), exitCode);
    if (exitCode == -1) {
        QCOMPARE(int(options.mode), mode);
        QCOMPARE(options.serverRoot.toString(), root);
        if (options.mode == LaunchOptions::Mode::Url || options.mode == LaunchOptions::Mode::Profile) {
            QCOMPARE(options.token, token.trimmed());
        }
        if (options.mode == LaunchOptions::Mode::Profile) {
            QCOMPARE(options.profileName, arguments.at(2));
        }
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
