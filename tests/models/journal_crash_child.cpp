// SPDX-License-Identifier: GPL-3.0-or-later
// A console in miniature for tst_journalcrash: journals a bulk pause of the resources listed in a file, against
// the server in WPC_TEST_SERVER_URL, and runs until it is killed.
//   journal_crash_child <journal.sqlite> <uuids.txt> <server label> <user>
#include "models/ResourceTableModel.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/BulkRun.h"
#include "models/journal/Journal.h"
#include "tests/support/TestConnection.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace wpc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: journal_crash_child <journal.sqlite> <uuids.txt> <server> <user>\n", stderr);
        return 2;
    }
    QFile list(args.at(2));
    if (!list.open(QIODevice::ReadOnly)) {
        return 2;
    }
    QList<BulkItem> items;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            items.append({ QString::fromLatin1(line.trimmed()), QString(), BulkStatus::Pending, {} });
        }
    }
    test::TestConnection connection;
    ResourceTableModel model(connection.api());
    ActionRunner runner(connection.api(), &model);
    Journal journal(args.at(1));
    BulkRun run(&runner, Operation::SetPaused, items,
        [](const QString &uuid) { return ResourceAction::flag(Operation::SetPaused, uuid, true); });
    QObject::connect(&journal, &Journal::opened, &app, [&] {
        runner.setJournal(&journal, args.at(3), args.at(4));
        run.start();
        std::puts("started");
        std::fflush(stdout);
    });
    QObject::connect(&journal, &Journal::unavailable, &app, [](const QString &problem) {
        std::fprintf(stderr, "journal unavailable: %s\n", qPrintable(problem));
        QCoreApplication::exit(3);
    });
    QObject::connect(&run, &BulkRun::finished, &app, [] { std::puts("finished"); }); // too soon: the test fails
    journal.open();
    return app.exec();
}
