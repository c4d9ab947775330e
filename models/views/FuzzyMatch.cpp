// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/views/FuzzyMatch.h"

#include <QString>

namespace wpc::FuzzyMatch {

namespace {
bool isWordStart(QStringView text, qsizetype i)
{
    return i == 0 || !text.at(i - 1).isLetterOrNumber() || (text.at(i).isUpper() && text.at(i - 1).isLower());
}
int scoreWith(QStringView pattern, QStringView text, bool preferWordStarts)
{
    int total = 0;
    qsizetype at = 0; // next position in text
    qsizetype previous = -2;
    bool any = false;
    for (const QChar wanted : pattern) {
        if (wanted.isSpace()) {
            continue;
        }
        any = true;
        const QChar lower = wanted.toCaseFolded();
        // Prefer the next word start that matches over the first plain match, so "ep" finds "Edit ▸ Paste".
        qsizetype found = -1;
        qsizetype wordStart = -1;
        for (qsizetype i = at; i < text.size(); ++i) {
            if (text.at(i).toCaseFolded() != lower) {
                continue;
            }
            if (found < 0) {
                found = i;
            }
            if (i == previous + 1) {
                wordStart = -1; // a run beats a jump to a word start
                found = i;
                break;
            }
            if (preferWordStarts && isWordStart(text, i)) {
                wordStart = i;
                break;
            }
        }
        if (found < 0) {
            return -1;
        }
        const qsizetype chosen = wordStart >= 0 ? wordStart : found;
        int points = 1;
        if (chosen == previous + 1) {
            points += 5;
        }
        if (isWordStart(text, chosen)) {
            points += chosen == 0 ? 10 : 6;
        }
        points -= int(qMin<qsizetype>(chosen - at, 5)); // a gap costs, up to a point
        total += points;
        previous = chosen;
        at = chosen + 1;
    }
    return any ? qMax(total, 1) : 0;
}
} // namespace

int score(QStringView pattern, QStringView text)
{
    // A jump to a word start can leave the rest of the pattern nothing to match: then the plain, greedy way.
    const int preferred = scoreWith(pattern, text, true);
    return preferred >= 0 ? preferred : scoreWith(pattern, text, false);
}

} // namespace wpc::FuzzyMatch
