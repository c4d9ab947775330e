// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace wpc {

struct ApiError;

// Asks for the server address and API token. It only validates what was typed; the composition root
// tries the connection and calls showError() or closes it, so no network code lives here.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setServerUrl(const QString &url);
    void setBusy(bool busy);
    void showError(const QString &message);
    // The error of a connection attempt, with what to do about it here.
    void showError(const ApiError &error);

    void accept() override;

Q_SIGNALS:
    void connectRequested(const QUrl &serverRoot, const QByteArray &token);

private:
    void updateOkButton();
    void updateAddressHint();
    bool schemeAssumed() const;

    std::unique_ptr<Ui::ConnectDialog> m_ui;
};

} // namespace wpc
