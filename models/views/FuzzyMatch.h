// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace wpc::FuzzyMatch {
// How well pattern matches text as a command palette matches: every character of the pattern, in order,
// ignoring case and spaces in the pattern. Higher is better: runs of consecutive characters, matches at
// the start of a word and at the start of the text count most; gaps cost a little. -1 when it does not
// match; 0 for an empty pattern.
int score(QStringView pattern, QStringView text);
} // namespace wpc::FuzzyMatch
