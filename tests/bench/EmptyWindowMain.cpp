// SPDX-License-Identifier: GPL-3.0-or-later
// wpc-bench-empty: launch -> an empty QMainWindow painted. Prints "first_paint_ms=<ms>" and exits.

#include "BenchClock.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace wpc::bench {
namespace {

class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(qint64 mainNs)
        : m_mainNs(mainNs)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const double ms = msSinceLaunch(m_mainNs);
            // After this paint handler has run, not before.
            QTimer::singleShot(0, qApp, [ms] {
                std::printf("first_paint_ms=%.3f\n", ms);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_mainNs;
    bool m_done = false;
};

} // namespace
} // namespace wpc::bench

int main(int argc, char *argv[])
{
    const qint64 mainNs = wpc::bench::realtimeNs();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 760); // the console's own size
    wpc::bench::PaintWatcher watcher(mainNs);
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
