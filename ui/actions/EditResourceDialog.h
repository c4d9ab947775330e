// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class EditResourceDialog;
}

namespace wpc {

// Edit: name, description and end date. It reads the current values first (the table row has no
// description); sends PUT when all three changed and PATCH with only the changed fields otherwise.
class EditResourceDialog : public ActionDialog
{
    Q_OBJECT

public:
    EditResourceDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~EditResourceDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    void fill(const Resource &current);
    std::optional<QDate> endDate() const;
    bool nameChanged() const;
    bool descriptionChanged() const;
    bool endDateChanged() const;

    std::unique_ptr<Ui::EditResourceDialog> m_ui;
    bool m_loaded = false;
    Resource m_original;
};

} // namespace wpc
