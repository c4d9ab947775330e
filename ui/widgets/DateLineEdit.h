// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

#include <functional>
#include <optional>

class QCalendarWidget;

namespace wpc {

// A date typed as YYYY-MM-DD, where what is shown is what counts: date() is the date of the text on
// screen or nothing, never a last valid value kept behind an unfinished text (as QDateEdit keeps), and no
// minimum silently rewrites what was typed. problem() says what is wrong with the text in a sentence.
// An optional calendar button opens a popup calendar that writes the chosen day into the field.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    std::optional<QDate> date() const;
    void setDate(const QDate &date); // an invalid date clears the field
    // Empty when the text is a whole, real date; otherwise what to do about it.
    QString problem() const;

    // The calendar button; `prepare` runs on the popup calendar each time before it opens (to mark days).
    void setCalendarPopup(bool enabled, std::function<void(QCalendarWidget *)> prepare = {});

    static QString format() // as QDate::toString/fromString take it
    {
        return QStringLiteral("yyyy-MM-dd");
    }

Q_SIGNALS:
    // The text changed; date() says whether it is a date now.
    void dateEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void openCalendar();

    QAction *m_calendarAction = nullptr;
    std::function<void(QCalendarWidget *)> m_prepareCalendar;
};

} // namespace wpc
