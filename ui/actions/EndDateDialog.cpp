// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/EndDateDialog.h"

#include "ui_EndDateDialog.h"

#include "models/domain/ServerDate.h"
#include "ui/widgets/CalendarMarks.h"
#include "ui/widgets/DateLineEdit.h"

#include <QLocale>

namespace wpc {

EndDateDialog::EndDateDialog(Mode mode, ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : EndDateDialog(mode, api, Targets::one(resource), parent)
{
}

EndDateDialog::EndDateDialog(Mode mode, ProviderResourcesApi *api, const Targets &targets, QWidget *parent)
    : ActionDialog(api, targets, parent)
    , m_ui(std::make_unique<Ui::EndDateDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    const Resource &resource = targets.rows.constFirst();
    if (isBulk()) {
        setWindowTitle(mode == Mode::Staff ? tr("Set end date of %1 as staff").arg(quotedName())
                                           : tr("Set end date of %1").arg(quotedName()));
        m_ui->introLabel->setText(mode == Mode::Staff
                ? tr("As staff, choose the last day of each of the %Ln selected resource(s), or clear their end "
                     "dates. The requests are recorded as yours.",
                    nullptr, targetCount())
                : tr("As the service provider, choose the last day of each of the %Ln selected resource(s), or "
                     "clear their end dates. Their customers are notified.",
                    nullptr, targetCount()));
    } else if (mode == Mode::Staff) {
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
    const QDate earliest = earliestDate();
    m_ui->hintLabel->setText(tr("The date is inclusive: the resource is available until the end of that day and "
                                "is terminated after it. Waldur accepts an end date set this way only at least %1 "
                                "days ahead, %2 or later; Edit (F2) has other rules.")
                                 .arg(kMinimumDaysAhead)
                                 .arg(QLocale().toString(earliest, QLocale::ShortFormat)));
    // The calendar has no minimum: a refused day is marked, and choosing it shows the rule instead of
    // silently doing nothing. Nothing is chosen until the user chooses.
    CalendarMarks::markRefusedBefore(m_ui->endDateCalendar, earliest,
        tr("Less than %1 days ahead: Waldur refuses this date.").arg(kMinimumDaysAhead));
    m_ui->endDateCalendar->setSelectedDate(earliest);
    m_ui->projectConflictFrame->hide();
    registerFieldError(QStringLiteral("end_date"), m_ui->endDateError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set end date"));

    connect(m_ui->endDateCalendar, &QCalendarWidget::clicked, this, &EndDateDialog::onDateChosen);
    connect(m_ui->endDateCalendar, &QCalendarWidget::activated, this, &EndDateDialog::onDateChosen);
    connect(m_ui->endDateCalendar, &QCalendarWidget::selectionChanged, this,
        [this] { onDateChosen(m_ui->endDateCalendar->selectedDate()); });
    connect(m_ui->endDateEdit, &DateLineEdit::dateEdited, this, &EndDateDialog::onDateTyped);
    connect(m_ui->clearEndDateCheck, &QCheckBox::toggled, this, &EndDateDialog::updateState);
    connect(m_ui->useProjectDateButton, &QPushButton::clicked, this, [this] { onDateChosen(m_projectEnd); });

    if (isBulk()) {
        // Each resource has its own dates; the one chosen here replaces them all.
        m_ui->currentLabel->setText(tr("Each resource's current end date is replaced by this one."));
        m_loaded = true;
        updateState();
        return;
    }
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

QDate EndDateDialog::earliestDate()
{
    return serverToday().addDays(kMinimumDaysAhead);
}

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
    if (m_current.isValid()) {
        onDateChosen(m_current); // shown as it is; OK waits for a different date
    }
    m_loaded = true;
    endLoading();
    updateState();
    m_ui->endDateEdit->setFocus();
}

void EndDateDialog::onDateChosen(const QDate &date)
{
    if (!date.isValid()) {
        return;
    }
    if (m_ui->endDateEdit->date() != date) {
        const QSignalBlocker blocker(m_ui->endDateEdit);
        m_ui->endDateEdit->setDate(date);
    }
    showInCalendar(date);
    updateState();
}

void EndDateDialog::onDateTyped()
{
    // The calendar follows a whole date; an unfinished one leaves it where it is.
    if (const std::optional<QDate> date = m_ui->endDateEdit->date()) {
        showInCalendar(*date);
    }
    updateState();
}

void EndDateDialog::showInCalendar(const QDate &date)
{
    const QSignalBlocker blocker(m_ui->endDateCalendar);
    m_ui->endDateCalendar->setSelectedDate(date);
    m_ui->endDateCalendar->setCurrentPage(date.year(), date.month());
}

std::optional<QDate> EndDateDialog::chosenDate() const
{
    if (m_ui->clearEndDateCheck->isChecked()) {
        return QDate();
    }
    return m_ui->endDateEdit->date();
}

void EndDateDialog::updateState()
{
    const bool clearing = m_ui->clearEndDateCheck->isChecked();
    m_ui->endDateCalendar->setEnabled(!clearing);
    m_ui->endDateEdit->setEnabled(!clearing);
    const std::optional<QDate> date = chosenDate();
    const bool conflict = !clearing && date && m_projectEnd.isValid() && *date > m_projectEnd;
    if (conflict) {
        m_ui->projectEndDateWarning->setText(
            tr("Date conflict: the project ends on %1, before this date. The resource ends with its project "
               "at the latest.")
                .arg(QLocale().toString(m_projectEnd, QLocale::ShortFormat)));
    }
    // The project's date is offered only when the server would accept it (seven days ahead).
    m_ui->useProjectDateButton->setVisible(m_projectEnd >= earliestDate());
    m_ui->projectConflictFrame->setVisible(conflict);
    updateOkButton();
}

QString EndDateDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The current end date is not loaded yet.");
    }
    if (m_ui->clearEndDateCheck->isChecked()) {
        return m_current.isValid() || isBulk() ? QString() : tr("The resource has no end date to clear.");
    }
    if (m_ui->endDateEdit->text().isEmpty()) {
        return tr("Choose the last day in the calendar, or type it as YYYY-MM-DD.");
    }
    const std::optional<QDate> date = m_ui->endDateEdit->date();
    if (!date) {
        return m_ui->endDateEdit->problem();
    }
    if (*date < earliestDate()) {
        return tr("Waldur refuses an end date less than %1 days ahead: choose %2 or later.")
            .arg(kMinimumDaysAhead)
            .arg(earliestDate().toString(DateLineEdit::format()));
    }
    if (*date == m_current) {
        return tr("This is already the resource's end date.");
    }
    return {};
}

ResourceAction EndDateDialog::buildAction() const
{
    // validationProblem() is empty: the date on screen is whole and allowed (or the end date is cleared).
    const QDate date = chosenDate().value_or(QDate());
    return m_mode == Mode::Staff ? ResourceAction::setEndDateByStaff(resource().uuid, date)
                                 : ResourceAction::setEndDateByProvider(resource().uuid, date);
}

QString EndDateDialog::successMessage(const ActionOutcome &) const
{
    const QDate date = chosenDate().value_or(QDate());
    if (!date.isValid()) {
        return tr("Cleared the end date of %1.").arg(quotedName());
    }
    return tr("Set the end date of %1 to %2.").arg(quotedName(), QLocale().toString(date, QLocale::ShortFormat));
}

} // namespace wpc
