// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Offering.h"
#include "ui/actions/ActionDialog.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <memory>

class QSpinBox;
class QTableWidgetItem;

namespace Ui {
class SetLimitsDialog;
}

namespace wpc {

// Set limits: one row per limit-based component of the resource's offering, with its unit, current usage
// and current limit, an integer spin box bounded by the component's min/max and a before → after
// preview. The server replaces the whole limits object, so every current limit is sent back with the
// changes.
//
// In bulk (as HomePort does): only the limit-based components that every target's offering has are
// listed, each within the tightest bounds across those offerings; the ones ticked are changed and the rest
// stay as each resource has them. Every target's current limits are read first (a few at a time), since
// each request carries that resource's whole limits object; the bulk preview lists each one's change.
class SetLimitsDialog : public ActionDialog
{
    Q_OBJECT

public:
    SetLimitsDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    SetLimitsDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent = nullptr);
    ~SetLimitsDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;
    BulkSkipRule bulkSkipRule() const override;
    BulkRun::Builder bulkBuilder() const override;
    std::function<QString(const QString &uuid)> bulkChange() const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    struct Row
    {
        Offering::Component component;
        std::optional<qint64> current;
        std::optional<double> usage; // current usage, when reported
        QSpinBox *spin = nullptr;
        QTableWidgetItem *tick = nullptr; // bulk: change this component (the component cell, checkable)
        bool changes() const; // ticked (bulk) or different from the current limit
    };
    using Limits = QMap<QString, qint64>;

    void onLoaded();
    void showRows();
    void addRow(const Offering::Component &component,
        std::optional<qint64> current,
        const QString &currentText,
        std::optional<double> usage);
    // Bulk: the targets' offerings and current limits, then the shared components.
    void loadTargets(const QList<Resource> &targets);
    void readTargetLimits();
    void onTargetsLoaded();
    Limits editedLimits() const; // bulk: the ticked components and their new values
    static QString describeChange(const Limits &before, const Limits &edited);
    void updatePreview();
    void fitTable();
    QStringList changes() const;

    std::unique_ptr<Ui::SetLimitsDialog> m_ui;
    std::optional<Offering> m_offering;
    std::optional<Resource> m_full;
    QList<Row> m_rows;
    bool m_loaded = false;
    // Bulk.
    QHash<QString, Offering> m_offerings; // offering uuid → its components
    QHash<QString, Limits> m_targetLimits; // target uuid → its current limits
    QStringList m_toRead; // the targets whose limits are read once the offerings are in
    int m_targetCount = 0;
};

} // namespace wpc
