// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimListCache.h"

#include <algorithm>

namespace wpc::sim {

SimListCache::SimListCache(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

SimListCache::Key SimListCache::keyOf(int user, const QueryParams &query)
{
    Key key { user, {} };
    for (const auto &item : query.items()) {
        if (item.first != u"page" && item.first != u"page_size" && item.first != u"field") {
            key.params.append(item);
        }
    }
    // Stable: the filter reads the last value of a repeated name, so their order is part of the query.
    std::stable_sort(
        key.params.begin(), key.params.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return key;
}

SimListCache::Rows SimListCache::find(const Key &key)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.key == key; });
    if (it == m_entries.end()) {
        return nullptr;
    }
    std::rotate(m_entries.begin(), it, std::next(it));
    return m_entries.front().rows;
}

void SimListCache::insert(Key key, Rows rows)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.key == key; });
    if (it != m_entries.end()) {
        m_entries.erase(it);
    }
    m_entries.insert(m_entries.begin(), Entry { std::move(key), std::move(rows) });
    if (int(m_entries.size()) > m_capacity) {
        m_entries.pop_back();
    }
}

void SimListCache::clear()
{
    m_entries.clear();
}

} // namespace wpc::sim
