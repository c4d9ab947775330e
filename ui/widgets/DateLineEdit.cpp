// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/DateLineEdit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace wpc {

namespace {
const QRegularExpression kWhole(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
}

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // Digits and dashes in the shape of a date, so a typo cannot turn into something else; anything
    // shorter is allowed while typing and problem() explains it.
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,4}(-(\\d{0,2}(-\\d{0,2})?)?)?$")), this));
    setMaxLength(10);
    setPlaceholderText(tr("YYYY-MM-DD"));
    setClearButtonEnabled(false);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00MM"))
        + 2 * style()->pixelMetric(QStyle::PM_LineEditIconSize);
    setMinimumWidth(width);
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::dateEdited);
}

std::optional<QDate> DateLineEdit::date() const
{
    if (!kWhole.match(text()).hasMatch()) {
        return std::nullopt;
    }
    const QDate parsed = QDate::fromString(text(), format());
    return parsed.isValid() ? std::optional<QDate>(parsed) : std::nullopt;
}

void DateLineEdit::setDate(const QDate &value)
{
    setText(value.isValid() ? value.toString(format()) : QString());
}

QString DateLineEdit::problem() const
{
    if (text().isEmpty()) {
        return tr("Type a date as YYYY-MM-DD.");
    }
    if (!kWhole.match(text()).hasMatch()) {
        return tr("“%1” is not a whole date yet: type it as YYYY-MM-DD, e.g. %2.")
            .arg(text(), QDate::currentDate().addDays(30).toString(format()));
    }
    if (!date()) {
        return tr("%1 is not a date in the calendar.").arg(text());
    }
    return {};
}

void DateLineEdit::setCalendarPopup(bool enabled, std::function<void(QCalendarWidget *)> prepare)
{
    m_prepareCalendar = std::move(prepare);
    if (enabled && !m_calendarAction) {
        m_calendarAction = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), TrailingPosition);
        m_calendarAction->setObjectName(QStringLiteral("calendarPopupAction"));
        m_calendarAction->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
        connect(m_calendarAction, &QAction::triggered, this, &DateLineEdit::openCalendar);
    } else if (!enabled && m_calendarAction) {
        removeAction(m_calendarAction);
        delete m_calendarAction;
        m_calendarAction = nullptr;
    }
}

void DateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_calendarAction && event->modifiers() == Qt::AltModifier && event->key() == Qt::Key_Down) {
        openCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateLineEdit::openCalendar()
{
    auto *popup = new QWidget(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("calendarPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("popupCalendar"));
    calendar->setGridVisible(false);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    if (m_prepareCalendar) {
        m_prepareCalendar(calendar);
    }
    const std::optional<QDate> current = date();
    calendar->setSelectedDate(current ? *current : QDate::currentDate());
    layout->addWidget(calendar);
    // A click or Enter on a day writes it into the field; the popup closes itself on a click outside.
    connect(calendar, &QCalendarWidget::activated, this, [this, popup](const QDate &day) {
        setDate(day);
        popup->close();
        setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](const QDate &day) {
        setDate(day);
        popup->close();
        setFocus();
    });
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

} // namespace wpc
