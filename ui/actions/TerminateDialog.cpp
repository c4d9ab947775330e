// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/TerminateDialog.h"

#include "ui_TerminateDialog.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QPushButton>

namespace wpc {

TerminateDialog::TerminateDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::TerminateDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Terminate %1").arg(quotedName()));
    setUpWarningHeader(m_ui->iconLabel, m_ui->questionLabel, m_ui->questionLayout, m_ui->summaryLayout);
    m_ui->questionLabel->setText(tr("Terminate resource %1 from project “%2” (%3)?")
                                     .arg(quotedName(), resource.projectName, resource.customerName));
    m_ui->resourceValue->setText(resource.name);
    m_ui->projectValue->setText(resource.projectName);
    m_ui->customerValue->setText(resource.customerName);
    m_ui->offeringValue->setText(resource.offeringName.isEmpty() ? resource.offeringType : resource.offeringName);
    m_ui->stateValue->setText(ResourceStates::displayName(resource.state));
    m_ui->introLabel->setText(tr("A termination order is created. The resource becomes Terminating and is "
                                 "terminated in the backend when the order is processed; this cannot be undone."));
    m_ui->attributesEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->attributesEdit->setMaximumHeight(m_ui->attributesEdit->fontMetrics().height() * 5);
    registerFieldError(QStringLiteral("attributes"), m_ui->attributesError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Terminate"));
    connect(m_ui->attributesEdit, &QPlainTextEdit::textChanged, this, &TerminateDialog::onAttributesEdited);
    // The safe choice has the focus: Enter does not terminate by accident.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    okButton()->setDefault(false);
    resize(width(), sizeHint().height());
}

TerminateDialog::~TerminateDialog() = default;

std::optional<QJsonObject> TerminateDialog::attributes(QString *problem) const
{
    const QString text = m_ui->attributesEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = tr("The attributes are not valid JSON: %1 (at character %2).")
                       .arg(error.errorString())
                       .arg(error.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = tr("The attributes must be a JSON object: {\"name\": value, …}.");
        return std::nullopt;
    }
    return doc.object();
}

void TerminateDialog::onAttributesEdited()
{
    QString problem;
    attributes(&problem);
    m_ui->attributesError->setText(problem);
    m_ui->attributesError->setVisible(!problem.isEmpty());
    updateOkButton();
}

QString TerminateDialog::validationProblem() const
{
    QString problem;
    attributes(&problem);
    return problem;
}

ResourceAction TerminateDialog::buildAction() const
{
    QString problem;
    return ResourceAction::terminate(resource().uuid, attributes(&problem).value_or(QJsonObject()));
}

QString TerminateDialog::successMessage(const ActionOutcome &outcome) const
{
    if (outcome.orderUuid.isEmpty()) {
        return tr("Requested the termination of %1.").arg(quotedName());
    }
    return tr("Requested the termination of %1: order %2 was created.").arg(quotedName(), outcome.orderUuid);
}

} // namespace wpc
