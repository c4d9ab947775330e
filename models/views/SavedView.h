// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"
#include "models/ResourceQuery.h"

#include <QList>
#include <QString>

namespace wpc {

// A named way of looking at the resources: filters, search, ordering and the columns in their order. The
// built-in starters use the server's real filters; the user's own live in ViewStore, per profile.
struct SavedView
{
    QString id; // "builtin:erred", or a uuid for the user's own
    QString name;
    ResourceQuery query; // filters, search and ordering; never fields (the columns decide those)
    QList<Column> columns; // empty: keep the columns the table shows
    bool builtIn = false;
    qint64 seenCount = -1; // the count when the view was last opened; -1 when never

    bool isValid() const
    {
        return !id.isEmpty();
    }
    bool operator==(const SavedView &other) const = default;
};

} // namespace wpc
