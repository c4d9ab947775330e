// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/StringPool.h"

namespace wpc {

void StringPool::share(std::initializer_list<QString *> texts)
{
    const QMutexLocker lock(&m_mutex);
    for (QString *text : texts) {
        if (!text->isEmpty()) {
            *text = *m_strings.insert(*text);
        }
    }
}

int StringPool::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_strings.size());
}

} // namespace wpc
