// SPDX-License-Identifier: GPL-3.0-or-later
// A second console, as far as the profiles go: adds COUNT profiles named PREFIX-n to the settings FILE, one
// save at a time, so that two of these running at once interleave their writes.
#include "models/profiles/ProfileStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: profile_writer FILE PREFIX COUNT\n");
        return 2;
    }
    wpc::ProfileStore store(args.at(1));
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        wpc::Profile profile = store.newProfile(QStringLiteral("%1-%2").arg(args.at(2)).arg(i));
        profile.serverRoot = QUrl(QStringLiteral("https://%1-%2.example/").arg(args.at(2)).arg(i));
        store.save(profile);
    }
    return 0;
}
