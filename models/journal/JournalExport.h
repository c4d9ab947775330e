// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace wpc {

class JournalDatabase;

// The journal's entries as files for a spreadsheet or a script. Both formats carry the same fields, named
// as the database names them; the body and the values before are JSON (text in CSV).
namespace JournalExport {
enum class Format { Csv, Json };

QStringList csvHeader();
QStringList csvFields(const JournalEntry &entry);
QJsonObject json(const JournalEntry &entry);

// Writes every entry the filter keeps, newest first, to `path` (atomically: the file appears whole or not
// at all). On the journal's thread; stops (and writes nothing) once `stop` says so. Returns how many it
// wrote, or -1 with the problem.
int write(JournalDatabase &db,
    const JournalFilter &filter,
    const QString &path,
    Format format,
    const std::function<bool()> &stop,
    QString *problem);
} // namespace JournalExport

} // namespace wpc
