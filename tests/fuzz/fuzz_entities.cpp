// SPDX-License-Identifier: GPL-3.0-or-later
// The smaller replies: plan periods, the team, the current user, projects, named references, and what each
// action answers. The first byte picks the action whose answer the body is read as; the rest is the body of
// a 200.
#include "models/api/ReplyDecoders.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

namespace {
template <typename T> void readList(const ApiResponse &response)
{
    QList<T> values;
    QString problem;
    FUZZ_CHECK(ReplyDecoders::list<T>(response, &values, &problem) || !problem.isEmpty());
}

template <typename T> void readObject(const ApiResponse &response)
{
    T value;
    QString problem;
    FUZZ_CHECK(ReplyDecoders::object<T>(response, &value, &problem) || !problem.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const RawReply raw = fuzz::jsonReply(data + 1, size - 1);
    ApiResponse response;
    if (ReplyInterpreter::interpret(raw, &response).isError()) {
        return 0;
    }
    readList<PlanPeriod>(response);
    readList<TeamMember>(response);
    readObject<CurrentUser>(response);
    readList<Project>(response);
    readObject<Project>(response);
    readList<NamedRef>(response);

    const auto operation = Operation(data[0] % int(Operation::Count));
    ActionOutcome outcome;
    QString problem;
    FUZZ_CHECK(ReplyDecoders::actionOutcome(operation, response, &outcome, &problem) || !problem.isEmpty());
    return 0;
}
