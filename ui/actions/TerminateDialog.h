// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class TerminateDialog;
}

namespace wpc {

// Terminate: the confirmation itself, naming the resource, its project and customer, with optional order
// attributes as a JSON object (checked as you type). Success creates a TERMINATE order whose uuid goes
// into the status message.
class TerminateDialog : public ActionDialog
{
    Q_OBJECT

public:
    TerminateDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~TerminateDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    std::optional<QJsonObject> attributes(QString *problem) const;
    void onAttributesEdited();

    std::unique_ptr<Ui::TerminateDialog> m_ui;
};

} // namespace wpc
