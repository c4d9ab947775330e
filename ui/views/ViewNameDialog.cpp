// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/ViewNameDialog.h"

#include "ui/widgets/StatusColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace wpc {

ViewNameDialog::ViewNameDialog(
    const QString &title, const QString &initialName, std::function<QString(const QString &)> problem, QWidget *parent)
    : QDialog(parent)
    , m_problem(std::move(problem))
    , m_name(new QLineEdit(initialName, this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("viewNameDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("viewNameEdit"));
    m_name->selectAll();
    m_hint->setObjectName(QStringLiteral("viewNameHint"));
    m_hint->setWordWrap(true);
    StatusColors::applyText(m_hint, StatusColors::Role::Error);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(m_hint);
    layout->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ViewNameDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            Q_EMIT nameChosen(name());
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(qMax(sizeHint().width(), 360), sizeHint().height());
}

QString ViewNameDialog::name() const
{
    return m_name->text().trimmed();
}

void ViewNameDialog::validate()
{
    const QString problem = m_problem(name());
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
}

} // namespace wpc
