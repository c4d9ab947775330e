// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimHttp.h"

#include <QList>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace wpc::sim {

// The simulator's stand-in for Waldur's database indexes: the filtered and ordered row numbers of the
// last few resource list queries, so that paging through 100,000 resources costs a page instead of a scan
// and a sort per request. An entry is keyed by the user and by every query parameter that can select or
// order rows (all but page, page_size and field). It knows nothing about the world: whoever changes the
// world must clear() it, or a list would show rows that no longer match or are out of order.
class SimListCache
{
public:
    using Rows = std::shared_ptr<const std::vector<int>>;

    struct Key
    {
        int user = -1;
        // Sorted by name; values of one name keep their request order, as QueryParams::value() takes the
        // last one.
        QList<std::pair<QString, QString>> params;

        bool operator==(const Key &other) const = default;
    };

    explicit SimListCache(int capacity = 16);

    static Key keyOf(int user, const QueryParams &query);
    // The rows for `key`, or null; a hit becomes the most recently used entry.
    Rows find(const Key &key);
    // Adds the rows as the most recently used entry, dropping the least recently used beyond capacity.
    void insert(Key key, Rows rows);
    void clear();
    int size() const
    {
        return int(m_entries.size());
    }

private:
    struct Entry
    {
        Key key;
        Rows rows;
    };

    std::vector<Entry> m_entries; // most recently used first
    int m_capacity;
};

} // namespace wpc::sim
