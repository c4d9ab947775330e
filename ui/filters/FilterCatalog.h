// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"

#include <QList>
#include <QString>

#include <variant>

namespace wpc {

// One filter of the "More filters" panel: the ResourceQuery field it sets, the editor that sets it, its
// label and its place. The panel, its chips, the filter bar's count and its settings all read this table,
// so a filter is described once (its wire name is ResourceQuery's).
struct FilterSpec
{
    enum class Editor {
        Flag, // any / yes / no
        Text,
        Time, // "after" a date and time
        Count, // a whole number, or any
        Project, // searchable pickers…
        Provider,
        Offering,
        Category,
        Plan,
        OfferingType, // an editable list of the types in use
    };
    using Field = std::variant<QString ResourceQuery::*,
        std::optional<bool> ResourceQuery::*,
        QDateTime ResourceQuery::*,
        std::optional<int> ResourceQuery::*>;

    const char *id; // objectName stem: "<id>Filter"
    Editor editor;
    Field field;
    int column; // 0, 1 or 2 in the panel
    const char *label; // translated in the context "wpc::FilterSpec"
    const char *toolTip;
    const char *yes = nullptr; // a flag's two values, as a chip says them
    const char *no = nullptr;

    QString labelText() const;
    QString toolTipText() const;
    QString yesText() const;
    QString noText() const;
    bool isSet(const ResourceQuery &query) const;
    void clear(ResourceQuery *query) const;
    // This filter's field copied from `from` into `to`.
    void copy(const ResourceQuery &from, ResourceQuery *to) const;
};

// The filters the panel offers, in its order.
const QList<FilterSpec> &moreFilters();
int activeMoreFilters(const ResourceQuery &query);

} // namespace wpc
