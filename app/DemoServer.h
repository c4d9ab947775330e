// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

namespace wpc::sim {
class Simulator;
}

namespace wpc {

// The simulator that --demo talks to, serving from its own thread so that generating and rendering
// pages never competes with the window for the GUI thread.
class DemoServer
{
public:
    explicit DemoServer(int resourceCount);
    ~DemoServer();

    bool start(QString *error);
    QUrl url() const
    {
        return m_url;
    }

private:
    int m_resourceCount;
    QThread m_thread;
    sim::Simulator *m_simulator = nullptr;
    QUrl m_url;
};

} // namespace wpc
