// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the bench tools: the launch instant comes from the driver (WPC_BENCH_T0_NS, CLOCK_REALTIME
// nanoseconds taken just before exec), so "launch" includes the dynamic loader and static initialisers.

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace wpc::bench {

inline qint64 realtimeNs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// Milliseconds since the driver's launch instant, or since `fallbackNs` when none was given.
inline double msSinceLaunch(qint64 fallbackNs)
{
    const QByteArray t0 = qgetenv("WPC_BENCH_T0_NS");
    bool ok = false;
    const qint64 start = t0.toLongLong(&ok);
    return double(realtimeNs() - (ok ? start : fallbackNs)) / 1e6;
}

} // namespace wpc::bench
