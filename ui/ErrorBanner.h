// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace wpc {

struct ApiError;

// A non-modal strip above the table that says what failed, in the client's words, with Retry. It never
// blocks the window: the user can change filters or keep reading rows already loaded.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    // button: the button's text when it is not "Retry" (e.g. "Sign in…"); it still emits retryRequested().
    void showMessage(const QString &message, bool canRetry, const QString &button = {});
    QString message() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_text;
    QPushButton *m_retry;
    bool m_applyingColors = false;
};

} // namespace wpc
