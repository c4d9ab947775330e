// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class UnlinkDialog;
}

namespace wpc {

// Unlink (staff): a danger dialog. It explains that only Waldur's record is deleted and nothing in the
// backend is cleaned up, and OK is enabled only once the resource's name has been typed.
class UnlinkDialog : public ActionDialog
{
    Q_OBJECT

public:
    UnlinkDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~UnlinkDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    QString expectedText() const;

    std::unique_ptr<Ui::UnlinkDialog> m_ui;
};

} // namespace wpc
