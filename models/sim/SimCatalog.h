// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimWorld.h"

namespace wpc::sim {

constexpr int kProviderCount = 3;

// Adds the three service-provider customers and their six offerings (Slurm, NFS storage, OpenStack
// tenant/instance/volume, consulting). The provider owner (World::kOwner) owns only the first provider,
// which sells two of the offerings.
void addCatalog(World &world, Random &rng);

} // namespace wpc::sim
