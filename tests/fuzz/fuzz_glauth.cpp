// SPDX-License-Identifier: GPL-3.0-or-later
// GLAuth's users configuration, the one text reply: the body of a 200 asked for as text (any bytes, malformed
// UTF-8 included), read as the GLAuth tab reads it; and the same body as the text of a failed reply.
#include "models/api/ReplyDecoders.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RawReply raw;
    raw.httpStatus = 200;
    raw.contentType = "text/plain; charset=utf-8";
    raw.accept = ApiRequest::Accept::Text;
    raw.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiResponse response;
    const ApiError error = ReplyInterpreter::interpret(raw, &response);
    FUZZ_CHECK(!error.isError()); // a text reply is never refused for its content
    QString text;
    QString problem;
    FUZZ_CHECK(ReplyDecoders::text(response, &text, &problem));
    // Nothing of the text is lost: it is empty only when the body was, or held just a UTF-8 byte order mark.
    FUZZ_CHECK(text.isEmpty() == (raw.body.isEmpty() || raw.body == QByteArrayLiteral("\xEF\xBB\xBF")));

    raw.httpStatus = 404;
    FUZZ_CHECK(!ReplyInterpreter::interpret(raw, &response).message.isEmpty());
    return 0;
}
