// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <climits>
#include <optional>

namespace wpc {

// One option of an offering's `resource_options` ({"options": {key: definition}, "order": [keys]}), read
// for the Update options form: what editor it gets (by type), its label, help, bounds and choices, and the
// value it starts with (the resource's, else the definition's default).
struct OptionField
{
    QString key;
    QString type; // boolean, integer, money, select_string, select_string_multi, text, html_text, or other
    QString label; // the definition's label, else the key
    QString help;
    bool required = false;
    QJsonValue value;
    int minimum = 0; // integer: the definition's min (0 without one) and max
    int maximum = INT_MAX;
    QStringList choices; // select_string(_multi), each once
};

namespace OptionSchema {
// A form past these would take the dialog minutes to build; no offering comes close.
inline constexpr qsizetype kMaxOptions = 500;
inline constexpr qsizetype kMaxChoices = 2000;

// The options in the offering's order ("order", then those it leaves out, by key); none and why when the
// schema is past the limits.
std::optional<QList<OptionField>> fields(
    const QJsonObject &resourceOptions, const QJsonObject &current, QString *problem);
} // namespace OptionSchema

} // namespace wpc
