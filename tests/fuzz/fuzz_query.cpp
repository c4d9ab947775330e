// SPDX-License-Identifier: GPL-3.0-or-later
// A resource query as a saved view, the filter bar's settings or a shared link keep it (a URL query string):
// read, written back and read again, it must be the same query.
#include "models/ResourceQuery.h"
#include "tests/fuzz/FuzzInput.h"

#include <QUrlQuery>

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrlQuery stored(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    const ResourceQuery query = ResourceQuery::fromUrlQuery(stored);
    const QUrlQuery written = query.toUrlQuery();
    FUZZ_CHECK(ResourceQuery::fromUrlQuery(written) == query);
    return 0;
}
