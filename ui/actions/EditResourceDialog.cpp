// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/EditResourceDialog.h"

#include "ui_EditResourceDialog.h"

#include "models/domain/ServerDate.h"
#include "ui/widgets/CalendarMarks.h"
#include "ui/widgets/DateLineEdit.h"

#include <QJsonObject>

namespace wpc {

namespace {
constexpr int kMaxDescription = 4096;
constexpr int kMaxName = 150;
} // namespace

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

    // PUT and PATCH have their own rule for the end date, not the seven days of "Set end date".
    m_ui->endDateHint->setText(tr("Edit accepts today or any later day; the offering may add rules of its own. "
                                  "“Set end date…” (Ctrl+E) notifies the customer and needs %1 days ahead.")
                                   .arg(7));
    m_ui->endDateEdit->setEnabled(false);
    m_ui->endDateEdit->setCalendarPopup(true, [](QCalendarWidget *calendar) {
        CalendarMarks::markRefusedBefore(
            calendar, serverToday(), tr("In the past: Waldur refuses an end date before today."));
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditResourceDialog::updateOkButton);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &EditResourceDialog::updateOkButton);
    connect(m_ui->endDateEdit, &DateLineEdit::dateEdited, this, &EditResourceDialog::updateOkButton);
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
    // The field shows the current end date, or nothing: a date the user did not choose is never offered.
    m_ui->endDateEdit->setDate(current.endDate);
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
    return m_ui->endDateEdit->date().value_or(QDate()); // invalid while the text is not a whole date
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
    if (m_ui->nameEdit->text().trimmed().size() > kMaxName) {
        return tr("The name has %1 characters; Waldur takes at most %2.")
            .arg(m_ui->nameEdit->text().trimmed().size())
            .arg(kMaxName);
    }
    if (m_ui->descriptionEdit->toPlainText().size() > kMaxDescription) {
        return tr("The description is longer than %1 characters.").arg(kMaxDescription);
    }
    if (m_ui->endDateCheck->isChecked() && !m_ui->endDateEdit->date()) {
        return m_ui->endDateEdit->problem();
    }
    // A date that has already passed may stay as it is, but a new one cannot be in the past.
    if (endDateChanged() && endDate() && *endDate() < serverToday()) {
        return tr("Waldur refuses an end date in the past: choose today (%1) or later.")
            .arg(serverToday().toString(DateLineEdit::format()));
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
