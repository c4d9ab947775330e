// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

#include <initializer_list>

namespace wpc {

// One shared copy of each distinct string: 100,000 rows name a few hundred offerings, customers and
// projects, and each row would otherwise hold its own copy of every name. Thread-safe, because list pages
// are decoded on worker threads; a pool lives as long as the rows that share its strings.
class StringPool
{
public:
    // Replaces every non-empty string with the pool's equal copy, adding the ones it does not hold yet.
    void share(std::initializer_list<QString *> texts);
    int size() const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_strings;
};

} // namespace wpc
