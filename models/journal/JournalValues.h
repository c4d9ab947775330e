// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wpc {

struct Resource;

namespace JournalValues {
// What a change with this body overwrites, as the row has it: for each key of the body whose field the
// row was read with (`rowFields`; empty means every field), the row's value in the server's form, e.g.
// {"paused": false}, {"end_date": null}. Keys the row cannot tell (not read, or not kept in a row, such as
// backend_metadata, or a project's URL) are left out: beforeFromServer() reads them.
QJsonObject before(const QJsonObject &body, const Resource &row, const QStringList &rowFields);

// The fields to read (GET …/?field=…) for the body's keys that `before` lacks: what the row did not have.
QStringList fieldsToRead(const QJsonObject &body, const QJsonObject &before);
// What a change with this body overwrites, from a resource as the server sent it (Resource::raw): the same
// form as before() gives, a move's project as {"url", "uuid", "name"}.
QJsonObject beforeFromServer(const QJsonObject &body, const QJsonObject &raw);

// Whether a resource as the server now sends it (`now`, the whole object) shows a change with this body: every
// key the resource has holds the value sent (a move's project by its URL; limits key by key).
enum class Shown { Yes, No, CannotTell }; // CannotTell: no key of the body is a field of the resource
Shown shows(const QJsonObject &body, const QJsonObject &now);
} // namespace JournalValues

} // namespace wpc
