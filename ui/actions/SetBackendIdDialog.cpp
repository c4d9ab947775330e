// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/SetBackendIdDialog.h"

#include "ui_SetBackendIdDialog.h"

namespace wpc {

SetBackendIdDialog::SetBackendIdDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::SetBackendIdDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set backend ID of %1").arg(quotedName()));
    m_ui->introLabel->setText(tr("The ID under which the backend knows %1. Pull and the site agent use it to find "
                                 "the resource.")
                                  .arg(quotedName()));
    m_ui->backendIdHint->setText(resource.backendId.isEmpty() ? tr("The resource has no backend ID now.")
                                                              : tr("Now: “%1”.").arg(resource.backendId));
    m_ui->backendIdHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->backendIdEdit->setText(resource.backendId);
    m_ui->backendIdEdit->selectAll();
    registerFieldError(QStringLiteral("backend_id"), m_ui->backendIdError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set backend ID"));
    connect(m_ui->backendIdEdit, &QLineEdit::textChanged, this, &SetBackendIdDialog::updateOkButton);
}

SetBackendIdDialog::~SetBackendIdDialog() = default;

QString SetBackendIdDialog::validationProblem() const
{
    const QString text = m_ui->backendIdEdit->text().trimmed();
    if (text.isEmpty()) {
        return tr("A backend ID is required.");
    }
    if (text.size() > 255) { // said rather than cut off: a pasted ID must not lose its end silently
        return tr("The backend ID has %1 characters; Waldur takes at most 255.").arg(text.size());
    }
    if (text == resource().backendId) {
        return tr("This is already the backend ID.");
    }
    return {};
}

ResourceAction SetBackendIdDialog::buildAction() const
{
    return ResourceAction::setBackendId(resource().uuid, m_ui->backendIdEdit->text().trimmed());
}

QString SetBackendIdDialog::successMessage(const ActionOutcome &) const
{
    return tr("Set the backend ID of %1 to “%2”.").arg(quotedName(), m_ui->backendIdEdit->text().trimmed());
}

} // namespace wpc
