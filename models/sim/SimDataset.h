// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimWorld.h"

namespace wpc::sim {

// Fills an empty World with deterministic data for a seed: users, ~40 customers with ~150 projects,
// the offering catalog and `resourceCount` resources, all timestamped before `anchorUs` (the start of
// the current day), so two simulators started the same day with the same seed serve the same data.
void generateWorld(World &world, quint64 seed, int resourceCount, qint64 anchorUs, int extraCustomers = 0);

// Text of an erred resource, also used by set_as_erred tests as a realistic example.
QString sampleTraceback(const QString &offeringType, const QString &message);

} // namespace wpc::sim
