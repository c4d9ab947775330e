// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

namespace wpc {

struct NamedRef;

// The row of filters above the resource table: states (Terminated hidden unless "include terminated"),
// offering, customer, project, the three flags and a search box. It edits the filter part of a
// ResourceQuery and says so (debounced for typing); ordering and fields belong to the table.
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

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

    static constexpr int kSearchDebounceMs = 350;

Q_SIGNALS:
    void filtersChanged();

private:
    void onStateToggled();
    void updateStateButtonText();
    QList<ResourceState> checkedStates() const;
    void selectData(QComboBox *combo, const QString &value);

    QToolButton *m_stateButton;
    QCheckBox *m_includeTerminated;
    QComboBox *m_offering;
    QComboBox *m_customer;
    QLineEdit *m_project;
    QComboBox *m_paused;
    QComboBox *m_downscaled;
    QComboBox *m_restricted;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QString m_pendingOffering;
    QString m_pendingCustomer;
    bool m_applying = false;
};

} // namespace wpc
