// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ReplyInterpreter.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: its entry point, and a way to read several inputs out of one.

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace wpc::fuzz {

// The input as `count` parts separated by lines of "%%" (the last part keeps the rest), so that a seed
// stays readable: headers, then a body. Missing parts are empty.
inline QList<QByteArray> parts(const uint8_t *data, size_t size, int count)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < count - 1) {
        const qsizetype at = input.indexOf("\n%%\n", from);
        if (at < 0) {
            break;
        }
        out.append(input.mid(from, at - from));
        from = at + 4;
    }
    out.append(input.mid(from));
    out.resize(count);
    return out;
}

// The input as the body of a 200 with a JSON content type, as the list and object calls receive it.
inline RawReply jsonReply(const uint8_t *data, size_t size)
{
    RawReply raw;
    raw.httpStatus = 200;
    raw.contentType = "application/json";
    raw.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    return raw;
}

// A property of the code under test that the input broke: abort, so that the fuzzer keeps the input.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz: property broken: %s\n", what);
    std::abort();
}

} // namespace wpc::fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::wpc::fuzz::broken(#condition);                                                                           \
    } while (false)
