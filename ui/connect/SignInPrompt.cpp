// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connect/SignInPrompt.h"

#include "ui/widgets/StatusColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wpc {

SignInPrompt::SignInPrompt(const Profile &profile, const QString &username, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_tokenKind(new QComboBox(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInPrompt"));
    setWindowTitle(tr("Sign in again to %1").arg(profile.name));
    setWindowModality(Qt::NonModal);
    m_explanation->setObjectName(QStringLiteral("signInExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("%1 does not accept the token of %2: %3\n\nEnter a new token to go on. The console "
                              "waits: what was loading is loaded afterwards, a bulk run goes on, and open dialogs "
                              "keep what you typed.")
                               .arg(profile.name, username, why));
    m_tokenKind->setObjectName(QStringLiteral("signInTokenKind"));
    m_tokenKind->addItem(tr("Token"), int(TokenKind::Token));
    m_tokenKind->addItem(tr("Bearer"), int(TokenKind::Bearer));
    m_tokenKind->setCurrentIndex(m_tokenKind->findData(int(profile.tokenKind)));
    m_tokenEdit->setObjectName(QStringLiteral("signInTokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste the new token"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not now"));

    auto *form = new QFormLayout;
    form->addRow(tr("Token &kind:"), m_tokenKind);
    form->addRow(tr("&Token:"), m_tokenEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_tokenEdit, &QLineEdit::textChanged, this, &SignInPrompt::updateState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_busy || m_tokenEdit->text().trimmed().isEmpty()) {
            return;
        }
        setBusy(true);
        Q_EMIT tokenEntered(m_tokenEdit->text().trimmed().toUtf8(), TokenKind(m_tokenKind->currentData().toInt()));
    });
    updateState();
    m_tokenEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

void SignInPrompt::setBusy(bool busy)
{
    m_busy = busy;
    m_tokenEdit->setReadOnly(busy);
    if (busy) {
        m_message->setText(tr("Checking the token…"));
        StatusColors::applyText(m_message, StatusColors::Role::Neutral);
        m_message->show();
    }
    updateState();
}

void SignInPrompt::showError(const QString &message)
{
    setBusy(false);
    m_message->setText(message);
    StatusColors::applyText(m_message, StatusColors::Role::Error);
    m_message->show();
    m_tokenEdit->selectAll();
    m_tokenEdit->setFocus();
}

void SignInPrompt::updateState()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool empty = m_tokenEdit->text().trimmed().isEmpty();
    ok->setEnabled(!m_busy && !empty);
    ok->setToolTip(empty ? tr("Paste the new token first.") : QString());
}

} // namespace wpc
