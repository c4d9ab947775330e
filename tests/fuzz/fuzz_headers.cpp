// SPDX-License-Identifier: GPL-3.0-or-later
// The headers the client reads: Link (RFC 8288, as Waldur writes it), X-Result-Count and Retry-After (seconds
// or an HTTP date). Input: three parts separated by "%%" lines, in that order.
#include "models/api/ReplyInterpreter.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = fuzz::parts(data, size, 3);
    const PageInfo page = PageInfo::fromHeaders(input.at(0), input.at(1));
    FUZZ_CHECK(page.totalCount >= -1 && page.totalCount <= PageInfo::kMaxResultCount);
    FUZZ_CHECK(!page.hasNext() || page.next.isValid());
    FUZZ_CHECK(ReplyInterpreter::retryAfterMs(input.at(2)) >= -1);

    RawReply raw; // the same headers on a reply: one too long is refused with a message
    raw.httpStatus = input.at(2).isEmpty() ? 200 : 429;
    raw.linkHeader = input.at(0);
    raw.resultCountHeader = input.at(1);
    raw.retryAfterHeader = input.at(2);
    raw.body = "[]";
    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    FUZZ_CHECK(!error.isError() || !error.message.isEmpty());
    return 0;
}
