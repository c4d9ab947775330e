// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/actions/BulkRun.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/domain/Resource.h"
#include "ui/actions/ConfirmationHelper.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QBoxLayout;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace wpc {

// What every action dialog shares, so that each one behaves the same way: OK is enabled only while the
// input is valid (a line above the buttons and OK's tooltip say why not); Escape or Cancel with unsaved
// input asks before discarding it. A dialog asks for parameters only and never sends: OK emits
// submitted() with the action built from what is on screen and goes busy ("Applying…", buttons disabled)
// so that it cannot be sent twice; whoever runs the action (the ActionRunner, through the controller)
// hands the server's answer to finish(). On success it emits succeeded() and closes; on failure it stays
// open with the input as typed, puts field errors next to their widgets and says the rest in plain words;
// a 404 says the resource is gone. When loading fresh values (beginLoading) finds the resource gone, it
// emits resourceGone().
//
// For a bulk run (Targets::many), a dialog made with the list of targets asks for the parameters
// only: it loads nothing per resource, OK reads "Preview…", and it emits submitted() with the action for
// the first target and closes; the bulk dialog sends the same parameters to each target after its preview.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    // The resources a dialog is for: one, or (bulk) the targets of a bulk run, one or more.
    struct Targets
    {
        QList<Resource> rows; // never empty
        bool bulk = false;
        static Targets one(const Resource &row)
        {
            return { { row }, false };
        }
        static Targets many(const QList<Resource> &rows)
        {
            return { rows, true };
        }
    };

    ActionDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent);
    ActionDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent);
    ~ActionDialog() override;

    bool isBulk() const
    {
        return m_bulk;
    }
    int targetCount() const
    {
        return m_targetCount;
    }
    // Why the chosen parameters would not change a row, so that the bulk preview skips it ("already in
    // this project"); the rule returns empty to act on it. Asked after submitted(), for bulk dialogs only;
    // it holds values, not the dialog, and outlives it. Null when no row is skipped for its parameters.
    virtual BulkSkipRule bulkSkipRule() const
    {
        return {};
    }
    // In bulk, when each target's body depends on its own current values (set limits): the body per target
    // and the change it makes, as values that outlive the dialog. Both null by default.
    virtual BulkRun::Builder bulkBuilder() const
    {
        return {};
    }
    virtual std::function<QString(const QString &uuid)> bulkChange() const
    {
        return {};
    }

    const Resource &resource() const
    {
        return m_resource;
    }
    bool isBusy() const
    {
        return m_phase == Phase::Sending || m_phase == Phase::Confirming;
    }
    // The status-bar sentence after success ("Paused “alloc-12”.").
    virtual QString successMessage(const ActionOutcome &outcome) const = 0;

    void accept() override;
    void reject() override;
    // The answer to the action submitted() asked for.
    void finish(const Result<ActionOutcome> &result);

Q_SIGNALS:
    void submitted(const wpc::ResourceAction &action);
    void succeeded(const wpc::ActionOutcome &outcome);
    void resourceGone(const QString &uuid);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Call once after setupUi(): the box's OK button gets okText; messageLabel shows non-field errors.
    void initButtons(QDialogButtonBox *buttons, QLabel *messageLabel, const QString &okText);
    // Server errors for `field` (or for a nested path under it, "project.url") are shown in label.
    void registerFieldError(const QString &field, QLabel *label);
    // Subclasses call this whenever their input changes.
    void updateOkButton();
    // A fresh read before the form can be used: OK stays disabled and the busy line says `text`.
    void beginLoading(const QString &text);
    void endLoading();
    void failLoading(const ApiError &error);
    // beginLoading(text), then the resource in full and its offering; `ready` runs once both have arrived
    // (a failure of either ends in failLoading).
    void loadOfferingAndResource(
        const QString &text, std::function<void(const Offering &offering, const Resource &full)> ready);
    // The look of the danger dialogs (terminate, unlink): a bold question beside a warning icon, and the
    // facts about the resource indented under it.
    void setUpWarningHeader(QLabel *icon, QLabel *question, QBoxLayout *questionLayout, QFormLayout *facts);

    // Empty when the input can be sent; otherwise why not (the problem line and OK's tooltip).
    virtual QString validationProblem() const = 0;
    // Whether the user has typed or chosen something that closing would throw away: by default, whether
    // any input widget differs from how it was when the form became ready.
    virtual bool hasUnsavedInput() const;
    virtual ResourceAction buildAction() const = 0;
    // A last question before sending (move); none by default.
    virtual std::optional<ConfirmationHelper::Question> confirmation() const
    {
        return std::nullopt;
    }

    ProviderResourcesApi *api() const
    {
        return m_api;
    }
    // The resource name in typographic quotes, for messages: “alloc-12”; in bulk, "12 resources".
    QString quotedName() const;
    static QString quoted(const QString &text);
    QPushButton *okButton() const
    {
        return m_ok;
    }

private:
    enum class Phase { Ready, Loading, LoadFailed, Confirming, Sending, Gone };

    void send();
    void showFailure(const ApiError &error);
    void clearErrors();
    QLabel *labelFor(const QString &field) const;
    void setPhase(Phase phase);
    QStringList inputState() const;

    ProviderResourcesApi *m_api;
    Resource m_resource;
    int m_targetCount = 1;
    bool m_bulk = false;
    Phase m_phase = Phase::Ready;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_problem = nullptr;
    bool m_confirmingDiscard = false;
    std::optional<QStringList> m_readyInput; // inputState() when the form became ready
    QHash<QString, QPointer<QLabel>> m_fieldLabels;
};

} // namespace wpc
