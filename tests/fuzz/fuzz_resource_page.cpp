// SPDX-License-Identifier: GPL-3.0-or-later
// A list page as the server sends it: the body of a 200, read as the resource list reads it (the reply
// interpreter, then the page decoder with a string pool), then each row's values as the table and the
// exports show them. The same body is also read as one resource (the details pane keeps it whole).
#include "models/ResourceColumns.h"
#include "models/api/ReplyDecoders.h"
#include "models/domain/Csv.h"
#include "models/domain/StringPool.h"
#include "models/export/ExportValues.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RawReply raw = fuzz::jsonReply(data, size);
    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    if (error.isError()) {
        FUZZ_CHECK(error.kind == ApiError::Kind::Protocol && !error.message.isEmpty());
        return 0;
    }
    StringPool pool;
    ResourcePage page;
    QString problem;
    if (ReplyDecoders::resourcePage(response, 1, &pool, &page, &problem)) {
        FUZZ_CHECK(page.resources.size() <= Limits::kMaxRowsPerPage);
        static const QList<Column> columns = ResourceColumns::all();
        for (const Resource &row : std::as_const(page.resources)) {
            QStringList fields;
            for (const QVariant &value : ExportValues::row(row, columns)) {
                fields.append(ExportValues::text(value));
            }
            Csv::line(fields);
            ResourceColumns::flagNames(row);
        }
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }
    Resource one;
    problem.clear();
    if (!ReplyDecoders::resource(response, &one, &problem)) {
        FUZZ_CHECK(!problem.isEmpty());
    }
    return 0;
}
