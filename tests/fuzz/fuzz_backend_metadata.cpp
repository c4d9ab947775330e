// SPDX-License-Identifier: GPL-3.0-or-later
// Backend metadata as the user types it: the JSON tab's text, and a table cell's text. What a cell shows
// for a value must read back as that value (the dialog sends what it shows).
#include "models/domain/MetadataText.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

namespace {
void checkRoundTrip(const QJsonValue &value)
{
    FUZZ_CHECK(MetadataText::cellValue(MetadataText::cellText(value)) == value);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;
    if (const std::optional<QJsonObject> object = MetadataText::parseObject(text, &problem)) {
        for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
            checkRoundTrip(it.value());
        }
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }
    checkRoundTrip(MetadataText::cellValue(text));
    checkRoundTrip(QJsonValue(text));
    return 0;
}
