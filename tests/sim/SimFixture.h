#pragma once

#include "models/sim/Simulator.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

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

inline std::function<bool(const QJsonObject &)> ofType(const QString &type, const QString &state = QString())
{
    return [type, state](const QJsonObject &r) {
        return r.value(QStringLiteral("offering_type")).toString() == type
            && (state.isEmpty() || r.value(QStringLiteral("state")).toString() == state);
    };
}

} // namespace wpc::test
