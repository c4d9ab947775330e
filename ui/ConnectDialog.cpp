// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "ui/widgets/StatusColors.h"

#include <QPushButton>

namespace wpc {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectDialog"));
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->serverUrlEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);
    connect(m_ui->serverUrlEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddressHint);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);
    updateOkButton();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setServerUrl(const QString &url)
{
    m_ui->serverUrlEdit->setText(url);
    updateAddressHint();
}

void ConnectDialog::updateOkButton()
{
    const bool filled
        = !m_ui->serverUrlEdit->text().trimmed().isEmpty() && !m_ui->tokenEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(filled);
}

void ConnectDialog::setBusy(bool busy)
{
    m_ui->serverUrlEdit->setReadOnly(busy);
    m_ui->tokenEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->messageLabel->setText(tr("Connecting…"));
        m_ui->messageLabel->show();
    }
}

void ConnectDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->messageLabel->setText(message);
    StatusColors::applyText(m_ui->messageLabel, StatusColors::Role::Error);
    m_ui->messageLabel->show();
}

void ConnectDialog::showError(const ApiError &error)
{
    QString text = error.message;
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        text += QLatin1Char(' ')
            + tr("Check that the whole token was pasted, or create a new one in Waldur under your user profile ▸ "
                 "Credentials ▸ API token.");
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        if (schemeAssumed()) {
            text += QLatin1Char(' ')
                + tr("https:// was assumed; if the server speaks plain http, type http:// before the address.");
        }
        break;
    default:
        break;
    }
    showError(text);
}

bool ConnectDialog::schemeAssumed() const
{
    return !m_ui->serverUrlEdit->text().trimmed().isEmpty()
        && !m_ui->serverUrlEdit->text().contains(QLatin1StringView("://"));
}

void ConnectDialog::updateAddressHint()
{
    // The address as it will be used: https:// is added when no scheme is typed, and said.
    QString why;
    const QUrl root = ApiClient::normaliseServerUrl(m_ui->serverUrlEdit->text(), &why);
    if (m_ui->serverUrlEdit->text().trimmed().isEmpty()) {
        m_ui->addressHintLabel->clear();
    } else if (!root.isValid()) {
        m_ui->addressHintLabel->setText(why);
    } else if (schemeAssumed()) {
        m_ui->addressHintLabel->setText(tr("Connects to %1 (https:// assumed).").arg(root.toString()));
    } else {
        m_ui->addressHintLabel->setText(tr("Connects to %1.").arg(root.toString()));
    }
}

void ConnectDialog::accept()
{
    QString why;
    const QUrl root = ApiClient::normaliseServerUrl(m_ui->serverUrlEdit->text(), &why);
    if (!root.isValid()) {
        showError(why);
        m_ui->serverUrlEdit->setFocus();
        return;
    }
    setBusy(true);
    Q_EMIT connectRequested(root, m_ui->tokenEdit->text().trimmed().toUtf8());
}

} // namespace wpc
