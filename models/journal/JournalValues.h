// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wpc {

struct Resource;

namespace JournalValues {
// What a change with this body overwrites, as the row has it: for each key of the body whose field the
// row was read with (`rowFields`; empty means every field), the row's value in the server's form, e.g.
// {"paused": false}, {"end_date": null}, {"project": {"uuid": "…", "name": "…"}}. Keys the row cannot tell
// (not read, or not kept in a row, such as backend_metadata) are left out.
QJsonObject before(const QJsonObject &body, const Resource &row, const QStringList &rowFields);
} // namespace JournalValues

} // namespace wpc
