// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "ui/widgets/SearchableComboBox.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

namespace wpc {

struct NamedRef;
class StateFilterButton;

// The filters above the resource table: states (Terminated hidden unless "include terminated"), offering,
// customer and a search box in one row; project and the three flags in a second row behind "More
// filters". Nothing in it grows with the names it shows, so it fits a 1024-pixel window. It edits the
// filter part of a ResourceQuery and says so (debounced for typing); ordering and fields are the table's.
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
    // The offering and customer pickers search the server with these; `named` finds the name of a choice
    // that is not among the items loaded (a restored filter, a view). Recent choices are kept per connection,
    // under settingsGroup.
    using Named = std::function<void(const QString &uuid, QObject *context, std::function<void(const QString &name)>)>;
    void setPickerSearch(const SearchableComboBox::Search &offerings,
        const SearchableComboBox::Search &customers,
        const Named &offeringName,
        const Named &customerName,
        const QString &settingsGroup);

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

    void focusSearch(); // Ctrl+F
    bool hasActiveFilters() const; // anything narrower than the default view
    void clear(); // back to the default view, and says so

    static constexpr int kSearchDebounceMs = 350;

Q_SIGNALS:
    void filtersChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectData(QComboBox *combo, const QString &value);
    // A choice beyond the loaded items; name: what it was called, when known.
    void keepChoice(SearchableComboBox *picker, const QString &uuid, const QString &name = {});
    int hiddenActiveCount() const; // active filters in the "More filters" row
    void updateMoreButton();

    StateFilterButton *m_states;
    QCheckBox *m_includeTerminated;
    SearchableComboBox *m_offering;
    SearchableComboBox *m_customer;
    QLineEdit *m_project;
    QComboBox *m_paused;
    QComboBox *m_downscaled;
    QComboBox *m_restricted;
    QLineEdit *m_search;
    QToolButton *m_more;
    QWidget *m_moreRow;
    QTimer *m_debounce;
    bool m_applying = false;
    Named m_offeringName;
    Named m_customerName;
};

} // namespace wpc
