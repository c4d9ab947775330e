// SPDX-License-Identifier: GPL-3.0-or-later
// waldur-sim: the in-process Waldur simulator as a standalone server, for trying the console against it,
// for running the test suite against an external server, and for curl.

#include "models/sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

// SIGUSR1 asks --report-in-flight to start counting afresh (set in the handler, read by a timer).
std::atomic<bool> g_resetInFlight { false };
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
} // namespace

extern "C" void waldurSimOnResetSignal(int)
{
    g_resetInFlight = true;
}

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "waldur-sim: %s\nTry 'waldur-sim --help'.\n", qUtf8Printable(message));
    return 2;
}

bool readNumber(const QCommandLineParser &parser,
    const QCommandLineOption &option,
    qint64 min,
    qint64 max,
    qint64 *out,
    QString *error)
{
    if (!parser.isSet(option)) {
        return true;
    }
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("invalid value '%1' for --%2 (expected %3..%4)")
                     .arg(text, option.names().constFirst())
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waldur-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a simulated Waldur 8.0.5 /api/marketplace-provider-resources/ on loopback until "
                       "killed. Prints the URL and the staff and provider-owner tokens as shell assignments that "
                       "the test suite reads (WPC_TEST_SERVER_URL, WPC_TEST_STAFF_TOKEN, WPC_TEST_OWNER_TOKEN)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."),
        QStringLiteral("port"), QStringLiteral("8765"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Data set seed."), QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption resourcesOption(QStringLiteral("resources"), QStringLiteral("Number of resources."),
        QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption ordersOption(QStringLiteral("order-delay"),
        QStringLiteral("Seconds after which pending orders finish (0 = never)."), QStringLiteral("seconds"),
        QStringLiteral("10"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
        QStringLiteral("Delay every reply by this many milliseconds, as a real Waldur takes 50-300 ms; requests "
                       "on other connections are served meanwhile (0 = none)."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption inFlightOption(QStringLiteral("report-in-flight"),
        QStringLiteral("Print max_in_flight=N each time more requests than before are held at once; SIGUSR1 "
                       "starts afresh and prints in_flight_reset (for ./run bench)."));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
        QStringLiteral("Serve https with this PEM certificate (needs --tls-key)."), QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
        QStringLiteral("The unencrypted PEM private key of --tls-cert."), QStringLiteral("file"));
    parser.addOptions({ portOption, seedOption, resourcesOption, ordersOption, latencyOption, inFlightOption,
        tlsCertOption, tlsKeyOption });

    if (!parser.parse(QCoreApplication::arguments())) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    qint64 port = 8765;
    qint64 seed = 1;
    qint64 resources = 1000;
    qint64 orderDelay = 10;
    qint64 latency = 0;
    QString error;
    if (!readNumber(parser, portOption, 0, 65535, &port, &error)
        || !readNumber(parser, seedOption, 0, 4294967295LL, &seed, &error)
        || !readNumber(parser, resourcesOption, 0, 1000000, &resources, &error)
        || !readNumber(parser, ordersOption, 0, 86400, &orderDelay, &error)
        || !readNumber(parser, latencyOption, 0, 60000, &latency, &error)) {
        return fail(error);
    }
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption)) {
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    }

    wpc::sim::Simulator::Config config;
    config.seed = quint32(seed);
    config.resourceCount = int(resources);
    config.autoProcessOrdersAfterSecs = int(orderDelay);
    config.requestLogCapacity = 0; // the log is for in-process tests; a server left running must not grow
    config.latencyMs = int(latency);
    wpc::sim::Simulator simulator(config);
    bool listening = false;
    if (parser.isSet(tlsCertOption)) {
        listening = simulator.listen(
            QHostAddress::LocalHost, quint16(port), parser.value(tlsCertOption), parser.value(tlsKeyOption));
    } else {
        listening = simulator.listen(QHostAddress::LocalHost, quint16(port));
    }
    if (!listening) {
        std::fprintf(
            stderr, "waldur-sim: cannot listen on port %lld: %s\n", port, qUtf8Printable(simulator.errorString()));
        return 1;
    }
    std::printf("# Waldur simulator: seed %lld, %lld resources\n", seed, resources);
    std::printf("WPC_TEST_SERVER_URL=%s\n", qUtf8Printable(simulator.url().toString()));
    std::printf("WPC_TEST_STAFF_TOKEN=%s\n", wpc::sim::Simulator::staffToken().constData());
    std::printf("WPC_TEST_OWNER_TOKEN=%s\n", wpc::sim::Simulator::ownerToken().constData());
    std::fflush(stdout);
    QTimer inFlight;
    if (parser.isSet(inFlightOption)) {
#ifdef SIGUSR1
        std::signal(SIGUSR1, waldurSimOnResetSignal);
#endif
        // A new high is printed within 100 ms.
        QObject::connect(&inFlight, &QTimer::timeout, &simulator, [&simulator, printed = 0]() mutable {
            if (g_resetInFlight.exchange(false)) {
                simulator.resetMaxRequestsInFlight();
                printed = 0;
                std::printf("in_flight_reset\n");
                std::fflush(stdout);
            }
            if (const int max = simulator.maxRequestsInFlight(); max > printed) {
                printed = max;
                std::printf("max_in_flight=%d\n", max);
                std::fflush(stdout);
            }
        });
        inFlight.start(100);
    }
    return QCoreApplication::exec();
}
