// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "ui/filters/FilterSources.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

namespace wpc {

struct NamedRef;
class FilterChips;
class MoreFiltersPanel;
class StateFilterButton;

// The filters above the resource table: states (Terminated hidden unless "include terminated"), offering,
// customer and a search box in one row; every other filter the API offers in the "More filters" panel
// below it, shown as removable chips while they are set. Nothing in it grows with the names it shows, so
// it fits a 1024-pixel window. It edits the filter part of a ResourceQuery and says so (debounced for
// typing); ordering and fields are the table's.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Applies the filter fields of query to the widgets without emitting filtersChanged.
    void setQuery(const ResourceQuery &query);
    // query with its filter fields replaced by the widgets' values.
    ResourceQuery applyTo(ResourceQuery query) const;

    void setOfferings(const QList<NamedRef> &offerings);
    void setCustomers(const QList<NamedRef> &customers);
    // Where the pickers search, and name a choice that is not among the items loaded (a restored filter,
    // a view).
    void setSources(const FilterSources &sources);

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);
    // The filters save() wrote (or an earlier version's keys), as a query: what restore() shows.
    static ResourceQuery restoredQuery(const QSettings &settings);

    void focusSearch(); // Ctrl+F
    bool hasActiveFilters() const; // anything narrower than the default view
    void clear(); // back to the default view, and says so
    void showMoreFilters(bool shown);
    MoreFiltersPanel *moreFiltersPanel() const
    {
        return m_panel;
    }
    // Shows or hides the panel (Ctrl+Shift+F); its text counts the filters set while the panel is hidden.
    QAction *moreFiltersAction() const
    {
        return m_moreAction;
    }

    static constexpr int kSearchDebounceMs = 350;

Q_SIGNALS:
    void filtersChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int hiddenActiveCount() const; // active filters of the "More filters" panel
    void updateMoreFilters(); // the button's count and the chips
    void limitPanelHeight();

    StateFilterButton *m_states;
    QCheckBox *m_includeTerminated;
    SearchableComboBox *m_offering;
    SearchableComboBox *m_customer;
    QLineEdit *m_search;
    QAction *m_moreAction;
    QToolButton *m_more;
    MoreFiltersPanel *m_panel;
    FilterChips *m_chips;
    QTimer *m_debounce;
    bool m_applying = false;
    bool m_watchingWindow = false;
};

} // namespace wpc
