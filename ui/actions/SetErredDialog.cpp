// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/SetErredDialog.h"

#include "ui_SetErredDialog.h"

#include <QFontDatabase>

namespace wpc {

SetErredDialog::SetErredDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : SetErredDialog(api, Targets::one(resource), parent)
{
}

SetErredDialog::SetErredDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent)
    : ActionDialog(api, targets, parent)
    , m_ui(std::make_unique<Ui::SetErredDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set %1 as erred").arg(quotedName()));
    const Resource &resource = targets.rows.constFirst();
    if (isBulk()) {
        m_ui->introLabel->setText(tr("The %Ln selected resource(s) will be set to Erred. Users see the error "
                                     "message; fields left empty keep the texts each resource already has.",
            nullptr, targetCount()));
    } else {
        m_ui->introLabel->setText(tr("%1 (now %2) will be set to Erred. Users see the error message; fields left "
                                     "empty keep the texts the resource already has.")
                                      .arg(quotedName(), ResourceStates::displayName(resource.state)));
        m_ui->errorMessageEdit->setText(resource.errorMessage);
    }
    m_ui->errorTracebackEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    registerFieldError(QStringLiteral("error_traceback"), m_ui->errorTracebackError);
    // No label for error_message: DRF's "error_message" key is read as the error's own text.
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set as erred"));
}

SetErredDialog::~SetErredDialog() = default;

QString SetErredDialog::validationProblem() const
{
    return {};
}

ResourceAction SetErredDialog::buildAction() const
{
    return ResourceAction::setAsErred(
        resource().uuid, m_ui->errorMessageEdit->text().trimmed(), m_ui->errorTracebackEdit->toPlainText());
}

QString SetErredDialog::successMessage(const ActionOutcome &) const
{
    return tr("Set %1 as erred.").arg(quotedName());
}

} // namespace wpc
