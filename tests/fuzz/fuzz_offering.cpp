// SPDX-License-Identifier: GPL-3.0-or-later
// An offering as GET …/offering/ sends it (components, plans, and the option schemas the Update options
// dialog builds its form from), and the offering lists the pickers read: the body of a 200, read as an
// Offering (and its resource_options as the Update options form reads them), as a list of subresource
// offerings and as a list of offering facets. The body is also read as resource_options itself, with its
// "current" member as the resource's options.
#include "models/api/ReplyDecoders.h"
#include "models/domain/OptionSchema.h"
#include "tests/fuzz/FuzzInput.h"

#include <QSet>

using namespace wpc;

namespace {
void checkOptions(const QJsonObject &resourceOptions, const QJsonObject &current)
{
    QString problem;
    const std::optional<QList<OptionField>> fields = OptionSchema::fields(resourceOptions, current, &problem);
    if (!fields) {
        FUZZ_CHECK(!problem.isEmpty());
        return;
    }
    FUZZ_CHECK(fields->size() <= OptionSchema::kMaxOptions);
    QSet<QString> keys;
    for (const OptionField &field : *fields) {
        FUZZ_CHECK(!keys.contains(field.key)); // each option once
        keys.insert(field.key);
        FUZZ_CHECK(field.choices.size() <= OptionSchema::kMaxChoices);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RawReply raw = fuzz::jsonReply(data, size);
    ApiResponse response;
    if (ReplyInterpreter::interpret(raw, &response).isError()) {
        return 0;
    }
    QString problem;
    Offering offering;
    if (ReplyDecoders::object<Offering>(response, &offering, &problem)) {
        checkOptions(offering.resourceOptions, {});
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }
    const QJsonObject body = response.json.object();
    checkOptions(body, body.value(QLatin1StringView("current")).toObject());
    QList<SubresourceOffering> subresources;
    problem.clear();
    FUZZ_CHECK(ReplyDecoders::list<SubresourceOffering>(response, &subresources, &problem) || !problem.isEmpty());
    QList<OfferingFacet> facets;
    problem.clear();
    FUZZ_CHECK(ReplyDecoders::list<OfferingFacet>(response, &facets, &problem) || !problem.isEmpty());
    return 0;
}
