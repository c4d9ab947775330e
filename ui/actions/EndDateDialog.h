// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class EndDateDialog;
}

namespace wpc {

// Set end date by provider and by staff (one dialog, two modes, one rule): a calendar that marks the days
// Waldur refuses (less than seven days ahead) and a date field whose text is exactly what is sent, a
// "clear end date" choice, the inclusive-date hint, and a warning when the chosen date is after the
// project's own end date. Nothing is chosen for the user: OK waits for a date.
class EndDateDialog : public ActionDialog
{
    Q_OBJECT

public:
    enum class Mode { Provider, Staff };
    static constexpr int kMinimumDaysAhead = 7;

    EndDateDialog(Mode mode, ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    // Bulk: one date (or clearing) for every target; their current dates are not loaded.
    EndDateDialog(Mode mode, ProviderResourcesApi *api, const Targets &targets, QWidget *parent = nullptr);
    ~EndDateDialog() override;

    Mode mode() const
    {
        return m_mode;
    }
    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    static QDate earliestDate();
    void fill(const Resource &current);
    void onDateChosen(const QDate &date);
    void onDateTyped();
    void showInCalendar(const QDate &date);
    void updateState();
    // An invalid QDate when clearing; nullopt while the field holds no whole date.
    std::optional<QDate> chosenDate() const;

    std::unique_ptr<Ui::EndDateDialog> m_ui;
    Mode m_mode;
    bool m_loaded = false;
    QDate m_current;
    QDate m_projectEnd;
};

} // namespace wpc
