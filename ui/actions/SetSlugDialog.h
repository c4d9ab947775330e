// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class SetSlugDialog;
}

namespace wpc {

// Set slug (staff): validated as the server does — 1 to 50 of letters, digits, hyphens and underscores —
// with the reason shown as you type. The current slug is read first (the table row does not carry it).
class SetSlugDialog : public ActionDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxLength = 50;

    SetSlugDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~SetSlugDialog() override;

    // Empty when Waldur accepts `slug`; otherwise why not.
    static QString slugProblem(const QString &slug);
    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    void onTextChanged();

    std::unique_ptr<Ui::SetSlugDialog> m_ui;
    QString m_current;
    bool m_loaded = false;
};

} // namespace wpc
