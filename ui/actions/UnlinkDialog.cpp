// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/UnlinkDialog.h"

#include "ui_UnlinkDialog.h"

#include <QPushButton>

namespace wpc {

UnlinkDialog::UnlinkDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::UnlinkDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Unlink %1").arg(quotedName()));
    setUpWarningHeader(m_ui->iconLabel, m_ui->questionLabel, m_ui->questionLayout, m_ui->summaryLayout);
    m_ui->questionLabel->setText(
        tr("Unlink %1 from project “%2” (%3)?").arg(quotedName(), resource.projectName, resource.customerName));
    m_ui->resourceValue->setText(resource.name);
    m_ui->projectValue->setText(resource.projectName);
    m_ui->customerValue->setText(resource.customerName);
    m_ui->offeringValue->setText(resource.offeringName.isEmpty() ? resource.offeringType : resource.offeringName);
    m_ui->stateValue->setText(ResourceStates::displayName(resource.state));
    m_ui->introLabel->setText(tr("Unlinking only deletes Waldur's record of the resource. Nothing is cleaned up in "
                                 "the backend: the VM, allocation or share keeps running and is no longer tracked "
                                 "or billed. It is meant for resources stuck in a transitional state."));
    m_ui->confirmNameLabel->setText(tr("Type the resource's name, %1, to confirm:").arg(quoted(expectedText())));
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Unlink"));
    okButton()->setDefault(false);
    connect(m_ui->confirmNameEdit, &QLineEdit::textChanged, this, &UnlinkDialog::updateOkButton);
    m_ui->confirmNameEdit->setFocus();
    resize(width(), sizeHint().height());
}

UnlinkDialog::~UnlinkDialog() = default;

QString UnlinkDialog::expectedText() const
{
    return resource().name.isEmpty() ? resource().uuid : resource().name;
}

QString UnlinkDialog::validationProblem() const
{
    if (m_ui->confirmNameEdit->text() != expectedText()) {
        return tr("Type the resource's name exactly to confirm.");
    }
    return {};
}

ResourceAction UnlinkDialog::buildAction() const
{
    return ResourceAction::unlink(resource().uuid);
}

QString UnlinkDialog::successMessage(const ActionOutcome &) const
{
    return tr("Unlinked %1: its record was deleted from Waldur; nothing was cleaned up in the backend.")
        .arg(quotedName());
}

} // namespace wpc
