// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include "models/api/ApiClient.h"

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
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);
    updateOkButton();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setServerUrl(const QString &url)
{
    m_ui->serverUrlEdit->setText(url);
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
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_ui->messageLabel->show();
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
