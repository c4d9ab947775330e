// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's own file, read back: a stored entry's text columns (operation, body, before, outcome, time),
// and what the journal does with an entry: undo it (the inverse request), export it, and tell whether a
// resource as the server now sends it (the last part) shows the change. Input: six parts separated by "%%"
// lines, in that order. A damaged or foreign journal must read as values, never crash.
#include "models/actions/UndoPlan.h"
#include "models/domain/Csv.h"
#include "models/journal/JournalExport.h"
#include "models/journal/JournalText.h"
#include "models/journal/JournalValues.h"
#include "tests/fuzz/FuzzInput.h"

using namespace wpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = fuzz::parts(data, size, 6);
    JournalEntry entry;
    entry.operation = QString::fromUtf8(input.at(0));
    entry.body = JournalText::objectFromText(QString::fromUtf8(input.at(1)));
    entry.before = JournalText::objectFromText(QString::fromUtf8(input.at(2)));
    entry.outcome = JournalOutcomes::fromText(QString::fromUtf8(input.at(3)));
    entry.time = JournalText::storedTime(QString::fromUtf8(input.at(4)));
    entry.completed = entry.time;
    entry.resourceUuid = QStringLiteral("4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d");

    // A time the journal wrote reads back as the same time.
    // (isoText writes UTC, and an ISO date has four digits: the UTC year is what must fit.)
    const int utcYear = entry.time.toUTC().date().year();
    if (entry.time.isValid() && utcYear >= 1 && utcYear <= 9999) {
        FUZZ_CHECK(JournalText::storedTime(JournalText::isoText(entry.time)) == entry.time);
    }
    // What the journal stores for a body reads back as the same body.
    FUZZ_CHECK(JournalText::objectFromText(JournalText::objectText(entry.body)) == entry.body);

    QString whyNot;
    if (!UndoPlan::inverse(entry, &whyNot)) {
        FUZZ_CHECK(!whyNot.isEmpty());
    }
    Csv::line(JournalExport::csvFields(entry));
    JournalExport::json(entry);

    const QJsonObject now = JournalText::objectFromText(QString::fromUtf8(input.at(5)));
    JournalValues::shows(entry.body, now);
    const QJsonObject before = JournalValues::beforeFromServer(entry.body, now);
    JournalValues::fieldsToRead(entry.body, before);
    return 0;
}
