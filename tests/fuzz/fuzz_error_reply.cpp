// SPDX-License-Identifier: GPL-3.0-or-later
// A failed reply: the first byte picks the status, the second the content type, the rest is the body (a DRF
// error body, a proxy's HTML page, text, anything). Every such reply must become an error with a message.
#include "models/api/ReplyInterpreter.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr int kStatuses[] = { 400, 401, 403, 404, 405, 409, 413, 429, 500, 502, 503, 504, 302, 307, 418 };
    static constexpr const char *kTypes[] = { "application/json", "text/html; charset=utf-8", "text/plain", "" };
    if (size < 2) {
        return 0;
    }
    RawReply raw;
    raw.httpStatus = kStatuses[data[0] % std::size(kStatuses)];
    raw.contentType = kTypes[data[1] % std::size(kTypes)];
    raw.accept = data[1] & 0x80 ? ApiRequest::Accept::Text : ApiRequest::Accept::Json;
    raw.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.detail.size() <= 2000);
    FUZZ_CHECK(error.fieldErrors.size() <= 100);
    error.fieldErrorLines();
    ReplyInterpreter::htmlTitle(raw.body);
    return 0;
}
