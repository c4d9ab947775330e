// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/Simulator.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

namespace wpc::test {

// The server a test talks to: an in-process simulator on loopback by default, or the server named by
// WPC_TEST_SERVER_URL with WPC_TEST_STAFF_TOKEN and WPC_TEST_OWNER_TOKEN (a waldur-sim started with the
// same seed serves the same data). Tests that need fault injection or the simulator clock call
// simulator() and QSKIP when it is null.
class TestServer
{
public:
    static constexpr quint32 kSeed = 1;
    static constexpr int kResources = 300;

    TestServer();
    ~TestServer();

    bool isValid() const
    {
        return m_url.isValid();
    }
    QString errorString() const
    {
        return m_error;
    }
    QUrl url() const
    {
        return m_url;
    }
    QByteArray staffToken() const
    {
        return m_staffToken;
    }
    QByteArray ownerToken() const
    {
        return m_ownerToken;
    }
    sim::Simulator *simulator() const
    {
        return m_simulator.get();
    }
    bool isExternal() const
    {
        return !m_simulator;
    }

private:
    std::unique_ptr<sim::Simulator> m_simulator;
    QUrl m_url;
    QByteArray m_staffToken;
    QByteArray m_ownerToken;
    QString m_error;
};

} // namespace wpc::test

// Use inside a test function that needs the in-process simulator.
#define WPC_REQUIRE_SIMULATOR(server)                                                                                  \
    do {                                                                                                               \
        if (!(server).simulator())                                                                                     \
            QSKIP("needs the in-process simulator (fault injection or its clock); WPC_TEST_SERVER_URL is set");        \
    } while (false)
