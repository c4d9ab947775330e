// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/Simulator.h"
#include "tests/sim/SimTestClient.h"

#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>

namespace wpc::test {

// The uuids of resources whose full server-side rendering satisfies `match`, in creation order, skipping
// any in `exclude` (so each test case gets a resource nobody else has changed).
inline QStringList findResources(const sim::Simulator &simulator,
    const std::function<bool(const QJsonObject &)> &match,
    const QStringList &exclude = {})
{
    QStringList out;
    for (const QString &uuid : simulator.resourceUuids()) {
        if (!exclude.contains(uuid) && match(simulator.resourceJson(uuid))) {
            out.append(uuid);
        }
    }
    return out;
}

// How many of the Resource keys that Waldur leaves out for an empty relation (ERRATA §1) `row` lacks; every
// other key of a full rendering is always sent.
inline int leftOutRelationKeys(const QJsonObject &row)
{
    static const QStringList keys { QStringLiteral("parent_uuid"), QStringLiteral("parent_name"),
        QStringLiteral("parent_offering_uuid"), QStringLiteral("parent_offering_name"),
        QStringLiteral("parent_offering_slug"), QStringLiteral("service_settings_uuid"), QStringLiteral("plan_unit"),
        QStringLiteral("plan_name"), QStringLiteral("plan_uuid"), QStringLiteral("plan_description") };
    return int(std::count_if(keys.cbegin(), keys.cend(), [&row](const QString &key) { return !row.contains(key); }));
}

inline std::function<bool(const QJsonObject &)> ofType(const QString &type, const QString &state = QString())
{
    return [type, state](const QJsonObject &r) {
        return r.value(QStringLiteral("offering_type")).toString() == type
            && (state.isEmpty() || r.value(QStringLiteral("state")).toString() == state);
    };
}

// A small world whose orders finish on their own a second after they are created, with a staff client.
struct AutoProcessingWorld
{
    static sim::Simulator::Config config()
    {
        sim::Simulator::Config c;
        c.seed = 5;
        c.resourceCount = 50;
        c.autoProcessOrdersAfterSecs = 1;
        return c;
    }

    AutoProcessingWorld()
        : simulator(config())
    {
        if (simulator.listen()) {
            client = std::make_unique<SimTestClient>(simulator.url(), sim::Simulator::staffToken());
        }
    }

    // Terminates an OK OpenStack instance; its uuid, or empty when the request was refused.
    QString terminateAnInstance()
    {
        const QStringList candidates
            = findResources(simulator, ofType(QStringLiteral("OpenStack.Instance"), QStringLiteral("OK")));
        if (!client || candidates.isEmpty()
            || client->post(SimTestClient::resourcePath(candidates.first(), QStringLiteral("terminate"))).status
                != 200) {
            return {};
        }
        return candidates.first();
    }

    sim::Simulator simulator;
    std::unique_ptr<SimTestClient> client;
};

} // namespace wpc::test
