// SPDX-License-Identifier: GPL-3.0-or-later
// Runs token store operations the way the console does, under conditions a test cannot make in its own
// process, and says what each came to, one "N.key=value" line each, for tst_filetokenstore and
// tst_keychaintokenstore:
//   tokenstore_probe (file FOLDER | keychain SERVICE) [--as-nobody] [--file-size-limit BYTES] OPERATION...
//   OPERATION: probe | read KEY | write KEY TOKEN | remove KEY
// --as-nobody drops root's rights first (root writes into read-only folders); --file-size-limit makes every
// write past that size fail, as a full disk does. The keychain is whatever the environment gives (a test
// points DBUS_SESSION_BUS_ADDRESS nowhere: libsecret and QtDBus keep their first bus for the process'
// life). A token read back is shown as its SHA-256 only.
#include "app/keychain/KeychainTokenStore.h"
#include "models/secrets/FileTokenStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace wpc;

namespace {
void say(int step, const char *key, const QString &value)
{
    std::printf("%d.%s=%s\n", step, key, qPrintable(value));
    std::fflush(stdout);
}

QString statusName(TokenStoreResult::Status status)
{
    switch (status) {
    case TokenStoreResult::Status::Ok:
        return QStringLiteral("Ok");
    case TokenStoreResult::Status::NotFound:
        return QStringLiteral("NotFound");
    case TokenStoreResult::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case TokenStoreResult::Status::Denied:
        return QStringLiteral("Denied");
    case TokenStoreResult::Status::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("?");
}
} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (args.size() < 3) {
        std::fputs("usage: tokenstore_probe (file FOLDER | keychain SERVICE) [--as-nobody] "
                   "[--file-size-limit BYTES] OPERATION...\n",
            stderr);
        return 2;
    }
    const QString kind = args.takeFirst();
    const QString where = args.takeFirst();
    if (args.removeAll(QStringLiteral("--as-nobody")) > 0 && geteuid() == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0) {
            std::perror("setuid");
            return 2;
        }
    }
    if (const int at = args.indexOf(QStringLiteral("--file-size-limit")); at >= 0) {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails (EFBIG) rather than killing us
        rlimit limit {};
        limit.rlim_cur = limit.rlim_max = args.value(at + 1).toULongLong();
        setrlimit(RLIMIT_FSIZE, &limit);
        args.remove(at, 2);
    }

    QCoreApplication app(argc, argv);
    std::unique_ptr<TokenStore> store;
    KeychainTokenStore *keychain = nullptr;
    if (kind == QLatin1String("file")) {
        store = std::make_unique<FileTokenStore>(where);
    } else {
        auto owned = std::make_unique<KeychainTokenStore>(where);
        keychain = owned.get();
        store = std::move(owned);
    }

    const auto take = [&args] { return args.isEmpty() ? QString() : args.takeFirst(); };
    int step = 0;
    std::function<void()> next = [&] {
        if (args.isEmpty()) {
            QCoreApplication::quit();
            return;
        }
        const QString operation = take();
        const int current = ++step;
        say(current, "operation", operation);
        const auto answer = [&, current](const TokenStoreResult &result) {
            say(current, "status", statusName(result.status));
            say(current, "message", result.message);
            if (!result.token.isEmpty()) {
                say(current, "token_sha256",
                    QString::fromLatin1(QCryptographicHash::hash(result.token, QCryptographicHash::Sha256).toHex()));
            }
            next();
        };
        if (operation == QLatin1String("probe") && keychain) {
            keychain->probe(&app, answer);
        } else if (operation == QLatin1String("read")) {
            store->read(take(), &app, answer);
        } else if (operation == QLatin1String("write")) {
            const QString key = take();
            store->write(key, take().toUtf8(), &app, answer);
        } else if (operation == QLatin1String("remove")) {
            store->remove(take(), &app, answer);
        } else {
            std::fprintf(stderr, "tokenstore_probe: unknown operation %s\n", qPrintable(operation));
            QCoreApplication::exit(2);
        }
    };
    QTimer::singleShot(0, &app, next);
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
