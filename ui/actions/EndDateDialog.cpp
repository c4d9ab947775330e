// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/EndDateDialog.h"

#include "ui_EndDateDialog.h"

#include <QLocale>

namespace wpc {

EndDateDialog::EndDateDialog(Mode mode, ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::EndDateDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    if (mode == Mode::Staff) {
        setWindowTitle(tr("Set end date of %1 as staff").arg(quotedName()));
        m_ui->introLabel->setText(tr("As staff, choose the last day of %1 in project “%2”, or clear its end date. "
                                     "The request is recorded as yours.")
                                      .arg(quotedName(), resource.projectName));
    } else {
        setWindowTitle(tr("Set end date of %1").arg(quotedName()));
        m_ui->introLabel->setText(tr("As the service provider, choose the last day of %1 in project “%2”, or "
                                     "clear its end date. The customer is notified.")
                                      .arg(quotedName(), resource.projectName));
    }
    const QDate earliest = QDate::currentDate().addDays(kMinimumDaysAhead);
    m_ui->hintLabel->setText(tr("The date is inclusive: the resource is available until the end of that day and "
                                "is terminated after it. It must be at least %1 days ahead (%2 or later).")
                                 .arg(kMinimumDaysAhead)
                                 .arg(QLocale().toString(earliest, QLocale::ShortFormat)));
    m_ui->endDateCalendar->setMinimumDate(earliest);
    m_ui->endDateEdit->setMinimumDate(earliest);
    m_ui->endDateCalendar->setSelectedDate(earliest);
    m_ui->endDateEdit->setDate(earliest);
    m_ui->projectConflictFrame->hide();
    registerFieldError(QStringLiteral("end_date"), m_ui->endDateError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set end date"));

    connect(m_ui->endDateCalendar, &QCalendarWidget::selectionChanged, this,
        [this] { onDateChosen(m_ui->endDateCalendar->selectedDate()); });
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &EndDateDialog::onDateChosen);
    connect(m_ui->clearEndDateCheck, &QCheckBox::toggled, this, &EndDateDialog::updateState);
    connect(m_ui->useProjectDateButton, &QPushButton::clicked, this, [this] { onDateChosen(m_projectEnd); });

    beginLoading(tr("Loading the current end dates…"));
    const QStringList fields { QStringLiteral("uuid"), QStringLiteral("end_date"), QStringLiteral("project_end_date") };
    api->retrieve(resource.uuid, fields, this, [this](const Result<Resource> &result) {
        if (!result.ok()) {
            failLoading(result.error);
            return;
        }
        fill(result.value);
    });
}

EndDateDialog::~EndDateDialog() = default;

void EndDateDialog::fill(const Resource &current)
{
    m_current = current.endDate;
    m_projectEnd = current.projectEndDate;
    const QLocale locale;
    QString text = m_current.isValid()
        ? tr("The resource now ends on %1.").arg(locale.toString(m_current, QLocale::LongFormat))
        : tr("The resource has no end date now.");
    if (m_projectEnd.isValid()) {
        text
            += QLatin1Char(' ') + tr("Its project ends on %1.").arg(locale.toString(m_projectEnd, QLocale::LongFormat));
    }
    m_ui->currentLabel->setText(text);
    if (m_current.isValid() && m_current >= m_ui->endDateEdit->minimumDate()) {
        onDateChosen(m_current);
    }
    m_loaded = true;
    endLoading();
    updateState();
}

void EndDateDialog::onDateChosen(const QDate &date)
{
    if (!date.isValid()) {
        return;
    }
    // Keep the calendar and the typed date in step without echoing signals back and forth.
    if (m_ui->endDateCalendar->selectedDate() != date) {
        const QSignalBlocker blocker(m_ui->endDateCalendar);
        m_ui->endDateCalendar->setSelectedDate(date);
    }
    if (m_ui->endDateEdit->date() != date) {
        const QSignalBlocker blocker(m_ui->endDateEdit);
        m_ui->endDateEdit->setDate(date);
    }
    updateState();
}

QDate EndDateDialog::chosenDate() const
{
    return m_ui->clearEndDateCheck->isChecked() ? QDate() : m_ui->endDateEdit->date();
}

void EndDateDialog::updateState()
{
    const bool clearing = m_ui->clearEndDateCheck->isChecked();
    m_ui->endDateCalendar->setEnabled(!clearing);
    m_ui->endDateEdit->setEnabled(!clearing);
    const QDate date = chosenDate();
    const bool conflict = !clearing && m_projectEnd.isValid() && date > m_projectEnd;
    if (conflict) {
        m_ui->projectEndDateWarning->setText(
            tr("Date conflict: the project ends on %1, before this date. The resource ends with its project "
               "at the latest.")
                .arg(QLocale().toString(m_projectEnd, QLocale::ShortFormat)));
    }
    // The project's date is offered only when the server would accept it (seven days ahead).
    m_ui->useProjectDateButton->setVisible(m_projectEnd >= m_ui->endDateEdit->minimumDate());
    m_ui->projectConflictFrame->setVisible(conflict);
    updateOkButton();
}

QString EndDateDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The current end date is not loaded yet.");
    }
    const QDate date = chosenDate();
    if (!date.isValid()) {
        return m_current.isValid() ? QString() : tr("The resource has no end date to clear.");
    }
    if (date < QDate::currentDate().addDays(kMinimumDaysAhead)) {
        return tr("The end date must be at least %1 days ahead.").arg(kMinimumDaysAhead);
    }
    if (date == m_current) {
        return tr("This is already the resource's end date.");
    }
    return {};
}

ResourceAction EndDateDialog::buildAction() const
{
    const QDate date = chosenDate();
    return m_mode == Mode::Staff ? ResourceAction::setEndDateByStaff(resource().uuid, date)
                                 : ResourceAction::setEndDateByProvider(resource().uuid, date);
}

QString EndDateDialog::successMessage(const ActionOutcome &) const
{
    const QDate date = chosenDate();
    if (!date.isValid()) {
        return tr("Cleared the end date of %1.").arg(quotedName());
    }
    return tr("Set the end date of %1 to %2.").arg(quotedName(), QLocale().toString(date, QLocale::ShortFormat));
}

} // namespace wpc
