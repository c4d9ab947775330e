// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/UpdateOptionsDialog.h"

#include "ui_UpdateOptionsDialog.h"

#include "models/domain/OptionSchema.h"
#include "ui/actions/OptionsForm.h"

namespace wpc {

UpdateOptionsDialog::UpdateOptionsDialog(
    Mode mode, ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::UpdateOptionsDialog>())
    , m_mode(mode)
    , m_form(new OptionsForm)
{
    m_ui->setupUi(this);
    m_form->setObjectName(QStringLiteral("optionsForm"));
    m_ui->optionsArea->setWidget(m_form);
    m_ui->noOptionsLabel->hide();
    QFont bold = m_ui->modeLabel->font();
    bold.setBold(true);
    m_ui->modeLabel->setFont(bold);
    if (mode == Mode::Direct) {
        setWindowTitle(tr("Update options of %1 directly").arg(quotedName()));
        m_ui->modeLabel->setText(tr("Directly, without an order"));
        m_ui->introLabel->setText(tr("The new values are recorded at once. No order is created and nothing is "
                                     "changed in the backend: use this to correct what Waldur records."));
    } else {
        setWindowTitle(tr("Update options of %1 through an order").arg(quotedName()));
        m_ui->modeLabel->setText(tr("Through an order"));
        m_ui->introLabel->setText(tr("The new values are submitted as a change of the resource; the backend applies "
                                     "them. Only changed values are sent."));
    }
    registerFieldError(QStringLiteral("options"), m_ui->optionsError);
    initButtons(
        m_ui->buttonBox, m_ui->messageLabel, mode == Mode::Direct ? tr("Update directly") : tr("Submit change"));
    connect(m_form, &OptionsForm::changed, this, &UpdateOptionsDialog::updateOkButton);

    loadOfferingAndResource(
        tr("Loading the offering's options…"), [this](const Offering &offering, const Resource &full) {
            m_offering = offering;
            m_full = full;
            onLoaded();
        });
}

UpdateOptionsDialog::~UpdateOptionsDialog() = default;

void UpdateOptionsDialog::onLoaded()
{
    if (!m_offering || !m_full || m_loaded) {
        return;
    }
    QString problem;
    const std::optional<QList<OptionField>> fields = OptionSchema::fields(
        m_offering->resourceOptions, m_full->raw.value(QLatin1StringView("options")).toObject(), &problem);
    if (!fields) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message = problem;
        failLoading(error);
        return;
    }
    m_form->setFields(*fields);
    for (const QString &key : m_form->keys()) {
        registerFieldError(QStringLiteral("options.") + key, m_form->errorLabel(key));
    }
    m_ui->optionsArea->setVisible(!m_form->isEmpty());
    m_ui->noOptionsLabel->setVisible(m_form->isEmpty());
    if (m_mode == Mode::Order && !m_form->isEmpty()) {
        const bool createsOrder
            = m_offering->pluginOptions.value(QLatin1StringView("create_orders_on_resource_option_change")).toBool();
        m_ui->introLabel->setText(createsOrder ? tr("This offering creates an update order for option changes; the "
                                                    "backend applies them when the order is processed.")
                                               : tr("This offering records option changes without an order; the "
                                                    "backend picks them up on its next sync."));
    }
    m_loaded = true;
    endLoading();
}

QString UpdateOptionsDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The options are not loaded yet.");
    }
    if (m_form->isEmpty()) {
        return tr("This offering defines no resource options.");
    }
    if (QString problem = m_form->problem(); !problem.isEmpty()) {
        return problem;
    }
    if (m_form->changedValues().isEmpty()) {
        return tr("No option has been changed.");
    }
    return {};
}

ResourceAction UpdateOptionsDialog::buildAction() const
{
    const QJsonObject values = m_form->changedValues();
    return m_mode == Mode::Direct ? ResourceAction::updateOptionsDirect(resource().uuid, values)
                                  : ResourceAction::updateOptions(resource().uuid, values);
}

QString UpdateOptionsDialog::successMessage(const ActionOutcome &outcome) const
{
    if (m_mode == Mode::Direct) {
        return tr("Updated the options of %1 directly.").arg(quotedName());
    }
    if (!outcome.orderUuid.isEmpty()) {
        return tr("Submitted new options for %1: order %2 was created.").arg(quotedName(), outcome.orderUuid);
    }
    return tr("Submitted new options for %1.").arg(quotedName());
}

} // namespace wpc
