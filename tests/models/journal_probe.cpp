// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a journal the way the console does, under conditions a test cannot make in its own process, and
// says what happened, one "key=value" line each, for tst_journalfaults:
//   journal_probe <journal.sqlite> [--as-nobody] [--file-size-limit BYTES] [--write N]
// --as-nobody drops root's rights first (root writes read-only files); --file-size-limit makes every write
// past that size fail, as a full disk does; --write journals N changes of 4 KiB each, one after the other.
#include "models/journal/Journal.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace wpc;

namespace {
void say(const char *key, const QString &value)
{
    std::printf("%s=%s\n", key, qPrintable(value));
    std::fflush(stdout);
}

const char *stateName(Journal::State state)
{
    switch (state) {
    case Journal::State::Closed:
        return "Closed";
    case Journal::State::Opening:
        return "Opening";
    case Journal::State::Available:
        return "Available";
    case Journal::State::ReadOnly:
        return "ReadOnly";
    case Journal::State::Unavailable:
        return "Unavailable";
    }
    return "?";
}
} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (args.isEmpty()) {
        std::fputs(
            "usage: journal_probe <journal.sqlite> [--as-nobody] [--file-size-limit BYTES] [--write N]\n", stderr);
        return 2;
    }
    if (args.contains(QStringLiteral("--as-nobody")) && geteuid() == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0) {
            std::perror("setuid");
            return 2;
        }
    }
    const int limitAt = args.indexOf(QStringLiteral("--file-size-limit"));
    const int writeAt = args.indexOf(QStringLiteral("--write"));
    const int toWrite = writeAt > 0 ? args.value(writeAt + 1).toInt() : 0;
    QCoreApplication app(argc, argv);
    Journal journal(args.first());
    int written = 0;
    int refused = 0;
    bool started = false;
    std::function<void()> writeNext = [&] {
        if (written + refused == toWrite) {
            say("state", QString::fromLatin1(stateName(journal.state())));
            say("problem", journal.problem());
            say("written", QString::number(written));
            say("refused", QString::number(refused));
            QCoreApplication::quit();
            return;
        }
        JournalEntry entry;
        entry.server = QStringLiteral("https://waldur.example.org/");
        entry.user = QStringLiteral("stella.admin");
        entry.operation = QStringLiteral("set_backend_metadata");
        entry.resourceUuid = QStringLiteral("%1").arg(written + refused, 32, 10, QLatin1Char('0'));
        entry.body = { { QStringLiteral("backend_metadata"),
            QJsonObject { { QStringLiteral("note"), QString(4096, QLatin1Char('x')) } } } };
        journal.begin(entry, &app, [&](bool ok) {
            (ok ? written : refused) += 1;
            writeNext();
        });
    };
    QObject::connect(
        &journal, &Journal::unavailable, &app, [](const QString &problem) { say("unavailable", problem); });
    const auto opened = [&] {
        started = true;
        say("opened", QString::fromLatin1(stateName(journal.state())));
        if (limitAt > 0) {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails (EFBIG) rather than killing us
            rlimit limit {};
            limit.rlim_cur = limit.rlim_max = args.value(limitAt + 1).toULongLong();
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        JournalFilter filter;
        filter.server = QStringLiteral("https://waldur.example.org/");
        filter.user = QStringLiteral("stella.admin");
        journal.count(filter, &app, [&](int count) {
            say("entries", QString::number(count));
            writeNext();
        });
    };
    QObject::connect(&journal, &Journal::opened, &app, opened);
    QObject::connect(&journal, &Journal::unavailable, &app, [&] {
        if (!started) {
            opened(); // read what can be read, and show that nothing is written
        }
    });
    journal.open();
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
