// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wpc {

// Asks for a view's name (Save view…, Rename…). OK stays disabled while the name is empty or taken, and the
// reason shows under the field. Non-modal to the code: open() it and listen to nameChosen.
class ViewNameDialog : public QDialog
{
    Q_OBJECT

public:
    // problem(name) returns why the name cannot be used, or "" when it can.
    ViewNameDialog(const QString &title,
        const QString &initialName,
        std::function<QString(const QString &)> problem,
        QWidget *parent = nullptr);

    QString name() const;

Q_SIGNALS:
    void nameChosen(const QString &name);

private:
    void validate();

    std::function<QString(const QString &)> m_problem;
    QLineEdit *m_name;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace wpc
