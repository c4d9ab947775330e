// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class SetErredDialog;
}

namespace wpc {

// Set as erred: moves the resource to Erred from any state, with an optional error message and
// traceback. The server keeps the old texts when these are left empty, and the dialog says so.
class SetErredDialog : public ActionDialog
{
    Q_OBJECT

public:
    SetErredDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    // Bulk: the same texts for every target.
    SetErredDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent = nullptr);
    ~SetErredDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    std::unique_ptr<Ui::SetErredDialog> m_ui;
};

} // namespace wpc
