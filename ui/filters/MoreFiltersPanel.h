// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "ui/filters/FilterSources.h"

#include <QFrame>

class QScrollArea;

namespace wpc {

struct FilterSpec;

// The "More filters" panel: an editor for every filter of moreFilters() that the bar above the table does
// not show, in three columns (the resource, its offering, flags), inside a scroll area so that it never
// takes more height than it is given. Unset editors read "Any". It edits those fields of a ResourceQuery.
class MoreFiltersPanel : public QFrame
{
    Q_OBJECT

public:
    explicit MoreFiltersPanel(QWidget *parent = nullptr);

    // plannedOffering: the offering whose plans the plan picker lists (the filter bar's choice).
    void setSources(const FilterSources &sources, std::function<QString()> plannedOffering);
    // Shows query's values without emitting edited().
    void setQuery(const ResourceQuery &query);
    void applyTo(ResourceQuery *query) const;

    // The value of one filter as a chip says it: a flag's own words, a picker's name, a date.
    QString valueText(const FilterSpec &spec) const;
    void clearFilter(const FilterSpec &spec); // emits edited(false)
    void focusFilter(const FilterSpec &spec);
    void focusFirst();
    QWidget *editor(const FilterSpec &spec) const;

Q_SIGNALS:
    // typing: text or a date being typed, for the bar to wait for a pause.
    void edited(bool typing);

private:
    QWidget *makeEditor(const FilterSpec &spec, QWidget **label);
    int indexOf(const FilterSpec &spec) const;

    QScrollArea *m_scroll;
    QList<QWidget *> m_editors; // parallel to moreFilters()
    QList<QWidget *> m_labels; // a time filter's label is the check box that turns it on
    bool m_applying = false;
};

} // namespace wpc
