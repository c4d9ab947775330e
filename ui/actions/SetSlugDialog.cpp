// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/SetSlugDialog.h"

#include "ui_SetSlugDialog.h"

#include <QRegularExpression>

namespace wpc {

SetSlugDialog::SetSlugDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::SetSlugDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set slug of %1").arg(quotedName()));
    m_ui->introLabel->setText(tr("The slug is the short, URL-safe name of %1.").arg(quotedName()));
    m_ui->slugHint->setText(tr("Letters, digits, hyphens and underscores; 1 to %1 characters.").arg(kMaxLength));
    m_ui->slugHint->setForegroundRole(QPalette::PlaceholderText);
    registerFieldError(QStringLiteral("slug"), m_ui->slugError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set slug"));
    connect(m_ui->slugEdit, &QLineEdit::textChanged, this, &SetSlugDialog::onTextChanged);

    beginLoading(tr("Loading the current slug…"));
    api->retrieve(resource.uuid, { QStringLiteral("uuid"), QStringLiteral("slug") }, this,
        [this](const Result<Resource> &result) {
            if (!result.ok()) {
                failLoading(result.error);
                return;
            }
            m_current = result.value.slug;
            m_loaded = true;
            m_ui->slugEdit->setText(m_current);
            m_ui->slugEdit->selectAll();
            endLoading();
        });
}

SetSlugDialog::~SetSlugDialog() = default;

QString SetSlugDialog::slugProblem(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[-a-zA-Z0-9_]+$"));
    if (slug.isEmpty()) {
        return tr("A slug is required.");
    }
    if (slug.size() > kMaxLength) {
        return tr("A slug has at most %1 characters.").arg(kMaxLength);
    }
    if (!pattern.match(slug).hasMatch()) {
        return tr("Only letters, digits, hyphens and underscores are allowed.");
    }
    return {};
}

void SetSlugDialog::onTextChanged()
{
    // The typed text's problem is shown where the server's would be.
    const QString problem = slugProblem(m_ui->slugEdit->text());
    m_ui->slugError->setText(problem);
    m_ui->slugError->setVisible(!problem.isEmpty());
    updateOkButton();
}

QString SetSlugDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The current slug is not loaded yet.");
    }
    if (QString problem = slugProblem(m_ui->slugEdit->text()); !problem.isEmpty()) {
        return problem;
    }
    if (m_ui->slugEdit->text() == m_current) {
        return tr("This is already the slug.");
    }
    return {};
}

ResourceAction SetSlugDialog::buildAction() const
{
    return ResourceAction::setSlug(resource().uuid, m_ui->slugEdit->text());
}

QString SetSlugDialog::successMessage(const ActionOutcome &) const
{
    return tr("Set the slug of %1 to “%2”.").arg(quotedName(), m_ui->slugEdit->text());
}

} // namespace wpc
