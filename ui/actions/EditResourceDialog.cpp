// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/EditResourceDialog.h"

#include "ui_EditResourceDialog.h"

#include <QJsonObject>

namespace wpc {

namespace {
constexpr int kMaxDescription = 4096;
}

EditResourceDialog::EditResourceDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::EditResourceDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit %1").arg(quotedName()));
    m_ui->introLabel->setText(
        tr("Change the name, description or end date of %1. Fields you leave alone are not sent.").arg(quotedName()));
    registerFieldError(QStringLiteral("name"), m_ui->nameError);
    registerFieldError(QStringLiteral("description"), m_ui->descriptionError);
    registerFieldError(QStringLiteral("end_date"), m_ui->endDateError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Save"));

    m_ui->endDateEdit->setEnabled(false);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditResourceDialog::updateOkButton);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &EditResourceDialog::updateOkButton);
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &EditResourceDialog::updateOkButton);
    connect(m_ui->endDateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->endDateEdit->setEnabled(on);
        updateOkButton();
    });

    beginLoading(tr("Loading the current values…"));
    const QStringList fields { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("end_date") };
    api->retrieve(resource.uuid, fields, this, [this](const Result<Resource> &result) {
        if (!result.ok()) {
            failLoading(result.error);
            return;
        }
        fill(result.value);
    });
}

EditResourceDialog::~EditResourceDialog() = default;

void EditResourceDialog::fill(const Resource &current)
{
    m_original = current;
    const QDate today = QDate::currentDate();
    // A date that has already passed may stay as it is, but a new one cannot be in the past.
    m_ui->endDateEdit->setMinimumDate(current.endDate.isValid() ? std::min(today, current.endDate) : today);
    m_ui->endDateEdit->setDate(current.endDate.isValid() ? current.endDate : today.addMonths(1));
    m_ui->endDateCheck->setChecked(current.endDate.isValid());
    m_ui->nameEdit->setText(current.name);
    m_ui->descriptionEdit->setPlainText(current.description);
    m_loaded = true;
    endLoading();
    m_ui->nameEdit->setFocus();
}

std::optional<QDate> EditResourceDialog::endDate() const
{
    if (!m_ui->endDateCheck->isChecked()) {
        return std::nullopt;
    }
    return m_ui->endDateEdit->date();
}

bool EditResourceDialog::nameChanged() const
{
    return m_ui->nameEdit->text().trimmed() != m_original.name;
}

bool EditResourceDialog::descriptionChanged() const
{
    return m_ui->descriptionEdit->toPlainText() != m_original.description;
}

bool EditResourceDialog::endDateChanged() const
{
    const std::optional<QDate> before
        = m_original.endDate.isValid() ? std::optional<QDate>(m_original.endDate) : std::nullopt;
    return endDate() != before;
}

QString EditResourceDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The current values are not loaded yet.");
    }
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        return tr("A name is required.");
    }
    if (m_ui->descriptionEdit->toPlainText().size() > kMaxDescription) {
        return tr("The description is longer than %1 characters.").arg(kMaxDescription);
    }
    if (endDateChanged() && endDate() && *endDate() < QDate::currentDate()) {
        return tr("The end date cannot be in the past.");
    }
    if (!nameChanged() && !descriptionChanged() && !endDateChanged()) {
        return tr("Nothing has been changed.");
    }
    return {};
}

ResourceAction EditResourceDialog::buildAction() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString description = m_ui->descriptionEdit->toPlainText();
    if (nameChanged() && descriptionChanged() && endDateChanged()) {
        return ResourceAction::update(resource().uuid, name, description, endDate());
    }
    QJsonObject changed;
    if (nameChanged()) {
        changed.insert(QStringLiteral("name"), name);
    }
    if (descriptionChanged()) {
        changed.insert(QStringLiteral("description"), description);
    }
    if (endDateChanged()) {
        const std::optional<QDate> date = endDate();
        changed.insert(
            QStringLiteral("end_date"), date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    }
    return ResourceAction::partialUpdate(resource().uuid, changed);
}

QString EditResourceDialog::successMessage(const ActionOutcome &) const
{
    return tr("Saved the changes to %1.").arg(quoted(m_ui->nameEdit->text().trimmed()));
}

} // namespace wpc
