// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Offering.h"
#include "ui/actions/ActionDialog.h"

#include <QList>
#include <QMap>

#include <memory>

class QSpinBox;

namespace Ui {
class SetLimitsDialog;
}

namespace wpc {

// Set limits: one row per limit-based component of the resource's offering, with its unit, current usage
// and current limit, an integer spin box bounded by the component's min/max and a before → after
// preview. The server replaces the whole limits object, so every current limit is sent back with the
// changes.
class SetLimitsDialog : public ActionDialog
{
    Q_OBJECT

public:
    SetLimitsDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~SetLimitsDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

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
    };

    void onLoaded();
    void addRow(const Offering::Component &component, const QJsonObject &usages);
    void updatePreview();
    void fitTable();
    QStringList changes() const;

    std::unique_ptr<Ui::SetLimitsDialog> m_ui;
    std::optional<Offering> m_offering;
    std::optional<Resource> m_full;
    QList<Row> m_rows;
    bool m_loaded = false;
};

} // namespace wpc
