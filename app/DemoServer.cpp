// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DemoServer.h"

#include "models/sim/Simulator.h"

namespace wpc {

DemoServer::DemoServer(int resourceCount)
    : m_resourceCount(resourceCount)
{
    m_thread.setObjectName(QStringLiteral("demo-simulator"));
}

DemoServer::~DemoServer()
{
    if (m_thread.isRunning()) {
        // The simulator's sockets belong to its thread; it is deleted there as the thread ends.
        m_thread.quit();
        m_thread.wait();
    }
}

bool DemoServer::start(QString *error)
{
    sim::Simulator::Config config;
    config.resourceCount = m_resourceCount;
    config.autoProcessOrdersAfterSecs = 8;
    config.requestLogCapacity = 0; // the log is for tests; a demo left running must not grow
    m_simulator = new sim::Simulator(config);
    if (!m_simulator->listen()) {
        *error = m_simulator->errorString();
        delete m_simulator;
        m_simulator = nullptr;
        return false;
    }
    m_url = m_simulator->url();
    m_simulator->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_simulator, &QObject::deleteLater);
    m_thread.start();
    return true;
}

} // namespace wpc
