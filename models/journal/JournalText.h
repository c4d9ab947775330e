// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wpc::JournalText {
// How the journal stores times and bodies in its text columns, and reads them back. A stored file may be
// damaged or written by another version: whatever a column holds reads as a value, never a crash.

// "2026-12-02T10:31:05.123Z"; an empty string for an invalid time.
QString isoText(const QDateTime &time);
// isoText()'s form read without the general ISO parser (a page of entries reads hundreds); anything else
// through it; an invalid QDateTime when neither reads it.
QDateTime storedTime(const QString &text);
// Compact JSON; an empty string for an empty object.
QString objectText(const QJsonObject &object);
// The object a column holds; {} for anything that is not a JSON object.
QJsonObject objectFromText(const QString &text);
} // namespace wpc::JournalText
