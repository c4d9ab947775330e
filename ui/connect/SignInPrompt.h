// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profiles/Profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wpc {

// Asks for a new token when the server stops accepting the session's one. It is not modal: the window
// behind it, its open dialogs and a paused bulk run keep their state while the user fetches a new token.
// The composition root checks the token and answers with showError() or closes it.
class SignInPrompt : public QDialog
{
    Q_OBJECT

public:
    SignInPrompt(const Profile &profile, const QString &username, const QString &why, QWidget *parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void tokenEntered(const QByteArray &token, wpc::TokenKind kind);

private:
    void updateState();

    QLabel *m_explanation;
    QComboBox *m_tokenKind;
    QLineEdit *m_tokenEdit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace wpc
