// SPDX-License-Identifier: GPL-3.0-or-later
// An offering as GET …/offering/ sends it (components, plans, and the option schemas the Update options
// dialog builds its form from), and the offering lists the pickers read: the body of a 200, read as an
// Offering, as a list of subresource offerings and as a list of offering facets.
#include "models/api/ReplyDecoders.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RawReply raw;
    raw.httpStatus = 200;
    raw.contentType = "application/json";
    raw.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiResponse response;
    if (ReplyInterpreter::interpret(raw, &response).isError()) {
        return 0;
    }
    QString problem;
    Offering offering;
    FUZZ_CHECK(ReplyDecoders::object<Offering>(response, &offering, &problem) || !problem.isEmpty());
    QList<SubresourceOffering> subresources;
    problem.clear();
    FUZZ_CHECK(ReplyDecoders::list<SubresourceOffering>(response, &subresources, &problem) || !problem.isEmpty());
    QList<OfferingFacet> facets;
    problem.clear();
    FUZZ_CHECK(ReplyDecoders::list<OfferingFacet>(response, &facets, &problem) || !problem.isEmpty());
    return 0;
}
