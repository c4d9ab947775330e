// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class SetBackendIdDialog;
}

namespace wpc {

// Set backend ID: the resource's ID in the provider's backend, prefilled, required, at most 255
// characters. The offering may have further rules (format, uniqueness) that only the server knows; its
// answer is shown at the field.
class SetBackendIdDialog : public ActionDialog
{
    Q_OBJECT

public:
    SetBackendIdDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~SetBackendIdDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    std::unique_ptr<Ui::SetBackendIdDialog> m_ui;
};

} // namespace wpc
