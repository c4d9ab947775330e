// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wpc {

struct Resource;

// The resource table's columns and what each needs from the server: the sparse `field=` names that fill
// it and the `o=` key Waldur sorts it by (empty when the server cannot sort by it).
// State comes right after Name: it is what staff look at first, and its cell also shows the flags.
enum class Column {
    Name,
    State,
    Offering,
    Customer,
    Project,
    Category,
    Created,
    EndDate,
    BackendId,
    LastSync,
    Flags,
    Count
};

namespace ResourceColumns {
inline constexpr int kCount = static_cast<int>(Column::Count);

QString title(Column column); // translated header text
QString key(Column column); // stable, untranslated id for settings ("name", "offering", …)
Column fromKey(const QString &key); // Column::Count when unknown
QString orderingKey(Column column);
QStringList fieldsFor(Column column);
// Fields every row needs whatever is shown: identity, state and what actions are gated on.
QStringList baseFields();
// The union of baseFields() and fieldsFor() each visible column, without duplicates.
QStringList fieldsFor(const QList<Column> &visible);
// The flags a resource has set, translated: "Paused", "Downscaled", "Restricted".
QStringList flagNames(const Resource &resource);
QList<Column> all();
QList<Column> defaultVisible();
} // namespace ResourceColumns

} // namespace wpc
