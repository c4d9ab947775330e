// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ActionDialog.h"

#include "ui/widgets/StatusColors.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>

#include <memory>

namespace wpc {

void ActionDialog::loadOfferingAndResource(
    const QString &text, std::function<void(const Offering &, const Resource &)> ready)
{
    struct Pending
    {
        std::optional<Offering> offering;
        std::optional<Resource> full;
        std::function<void(const Offering &, const Resource &)> ready;
    };
    auto pending = std::make_shared<Pending>();
    pending->ready = std::move(ready);
    const auto arrive = [pending] {
        if (pending->offering && pending->full && pending->ready) {
            std::exchange(pending->ready, nullptr)(*pending->offering, *pending->full);
        }
    };
    beginLoading(text);
    m_api->offering(m_resource.uuid, this, [this, pending, arrive](const Result<Offering> &result) {
        if (!result.ok()) {
            failLoading(result.error);
            return;
        }
        pending->offering = result.value;
        arrive();
    });
    m_api->retrieve(m_resource.uuid, {}, this, [this, pending, arrive](const Result<Resource> &result) {
        if (!result.ok()) {
            failLoading(result.error);
            return;
        }
        pending->full = result.value;
        arrive();
    });
}

void ActionDialog::setUpWarningHeader(QLabel *icon, QLabel *question, QBoxLayout *questionLayout, QFormLayout *facts)
{
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    // The facts sit under the question, indented past the icon.
    facts->setContentsMargins(iconSize + questionLayout->spacing(), 0, 0, 0);
    facts->setVerticalSpacing(4);
}

namespace {
void styleAsError(QLabel *label)
{
    label->setTextFormat(Qt::PlainText); // server text is never interpreted as markup
    label->setWordWrap(true);
    StatusColors::applyText(label, StatusColors::Role::Error);
}
} // namespace

ActionDialog::ActionDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_resource(resource)
{
    setAttribute(Qt::WA_DeleteOnClose);
}

ActionDialog::ActionDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent)
    : ActionDialog(api, targets.rows.value(0), parent)
{
    Q_ASSERT(!targets.rows.isEmpty());
    m_targetCount = int(targets.rows.size());
    m_bulk = targets.bulk;
}

ActionDialog::~ActionDialog() = default;

QString ActionDialog::quoted(const QString &text)
{
    return tr("“%1”").arg(text);
}

QString ActionDialog::quotedName() const
{
    if (isBulk()) {
        return tr("%Ln resource(s)", nullptr, m_targetCount);
    }
    return quoted(m_resource.name.isEmpty() ? m_resource.uuid : m_resource.name);
}

void ActionDialog::initButtons(QDialogButtonBox *buttons, QLabel *messageLabel, const QString &okText)
{
    m_buttons = buttons;
    m_ok = buttons->button(QDialogButtonBox::Ok);
    Q_ASSERT(m_ok);
    // In bulk nothing is sent from here: the preview comes next.
    m_ok->setText(isBulk() ? tr("Preview…") : okText);
    m_ok->setDefault(true);
    m_message = messageLabel;
    styleAsError(m_message);
    m_message->hide();

    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("busyLabel"));
    m_busy->setTextFormat(Qt::PlainText);
    m_busy->hide();
    // Why OK is disabled, where the user looks: a tooltip on a disabled button is easy to miss.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    StatusColors::applyText(m_problem, StatusColors::Role::Warning);
    m_problem->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) {
        const int at = box->indexOf(buttons);
        box->insertWidget(at < 0 ? box->count() : at, m_problem);
        box->insertWidget(at < 0 ? box->count() : at + 1, m_busy);
    }

    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    updateOkButton();
    if (m_phase == Phase::Ready) {
        m_readyInput = inputState();
    }
}

void ActionDialog::registerFieldError(const QString &field, QLabel *label)
{
    styleAsError(label);
    label->hide();
    m_fieldLabels.insert(field, label);
}

void ActionDialog::updateOkButton()
{
    if (!m_ok) {
        return;
    }
    const QString problem = m_phase == Phase::Ready ? validationProblem() : QString();
    m_ok->setEnabled(m_phase == Phase::Ready && problem.isEmpty());
    m_ok->setToolTip(problem);
    if (m_problem) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    }
}

void ActionDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool sending = phase == Phase::Sending || phase == Phase::Confirming;
    if (m_buttons) {
        // Cancel is disabled too: the request is on its way and its answer must not be lost.
        for (QAbstractButton *button : m_buttons->buttons()) {
            if (button != m_ok) {
                button->setEnabled(!sending);
            }
        }
    }
    if (m_busy) {
        if (phase == Phase::Sending) {
            m_busy->setText(tr("Applying…"));
        }
        m_busy->setVisible(phase == Phase::Sending || phase == Phase::Loading);
    }
    updateOkButton();
}

void ActionDialog::beginLoading(const QString &text)
{
    setPhase(Phase::Loading);
    if (m_busy) {
        m_busy->setText(text);
        m_busy->show();
    }
}

void ActionDialog::endLoading()
{
    setPhase(Phase::Ready);
    m_readyInput = inputState();
}

// What the user can change, widget by widget, as text: compared with the state when the form was ready.
QStringList ActionDialog::inputState() const
{
    QStringList state;
    for (const QWidget *widget : findChildren<QWidget *>()) {
        if (widget->objectName().startsWith(QLatin1StringView("qt_"))) {
            continue; // the parts Qt builds inside its widgets (a spin box's line edit)
        }
        if (const auto *line = qobject_cast<const QLineEdit *>(widget); line && !line->isReadOnly()) {
            state.append(line->text());
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget); plain && !plain->isReadOnly()) {
            state.append(plain->toPlainText());
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            state.append(spin->text());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            state.append(combo->isEditable() ? combo->currentText() : QString::number(combo->currentIndex()));
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                   button && button->isCheckable()) {
            state.append(button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                state.append(QString::number(list->item(row)->checkState()));
            }
        } else if (const auto *table = qobject_cast<const QTableWidget *>(widget);
                   table && table->editTriggers() != QAbstractItemView::NoEditTriggers) {
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    const QTableWidgetItem *item = table->item(row, column);
                    state.append(item ? item->text() : QString());
                }
            }
        }
    }
    return state;
}

bool ActionDialog::hasUnsavedInput() const
{
    return m_readyInput && inputState() != *m_readyInput;
}

void ActionDialog::failLoading(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotFound) {
        setPhase(Phase::Gone);
        m_message->setText(tr("%1 no longer exists on the server; it was removed from the list.").arg(quotedName()));
        m_message->show();
        Q_EMIT resourceGone(m_resource.uuid);
        return;
    }
    setPhase(Phase::LoadFailed);
    m_message->setText(tr("The current values could not be loaded: %1").arg(error.message));
    m_message->show();
}

void ActionDialog::accept()
{
    // Enter, a second click or a queued accepted() while busy must not send a second request.
    if (m_phase != Phase::Ready || !validationProblem().isEmpty()) {
        return;
    }
    // In bulk the preview asks instead, with the count typed for destructive actions.
    if (const std::optional<ConfirmationHelper::Question> question = isBulk() ? std::nullopt : confirmation()) {
        setPhase(Phase::Confirming);
        ConfirmationHelper::ask(this, *question, this, [this](bool accepted) {
            setPhase(Phase::Ready);
            // The input may have changed while the question was open (late network answers): check again.
            if (accepted && validationProblem().isEmpty()) {
                send();
            }
        });
        return;
    }
    send();
}

void ActionDialog::reject()
{
    // While a request is on its way the dialog stays, so that its answer is shown and the row refreshed.
    if (isBusy() || m_confirmingDiscard) {
        return;
    }
    if (m_phase != Phase::Ready || !hasUnsavedInput()) {
        QDialog::reject();
        return;
    }
    // Escape is easy to press by accident; what was typed is not thrown away without a word.
    m_confirmingDiscard = true;
    ConfirmationHelper::Question question;
    question.title = tr("Discard changes?");
    question.text = tr("Close this dialog and discard what you entered for %1?").arg(quotedName());
    question.informativeText = tr("Nothing has been sent to the server.");
    question.acceptText = tr("Discard");
    ConfirmationHelper::ask(this, question, this, [this](bool discard) {
        m_confirmingDiscard = false;
        if (discard) {
            QDialog::reject();
        }
    });
}

void ActionDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button goes the way of Escape: busy dialogs stay, unsaved input asks first.
    if (isBusy() || m_confirmingDiscard || (m_phase == Phase::Ready && hasUnsavedInput())) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

void ActionDialog::send()
{
    clearErrors();
    if (isBulk()) {
        Q_EMIT submitted(buildAction()); // the parameters, for the bulk preview
        QDialog::done(QDialog::Accepted);
        return;
    }
    setPhase(Phase::Sending);
    Q_EMIT submitted(buildAction());
}

void ActionDialog::finish(const Result<ActionOutcome> &result)
{
    if (m_phase != Phase::Sending) {
        return; // an answer to nothing this dialog is waiting for
    }
    if (result.ok()) {
        Q_EMIT succeeded(result.value);
        m_phase = Phase::Ready; // no longer busy: the close below must not be refused by closeEvent()
        QDialog::done(QDialog::Accepted); // WA_DeleteOnClose: done() deletes the dialog later
        return;
    }
    if (result.error.kind == ApiError::Kind::NotFound) {
        setPhase(Phase::Gone); // the runner has removed the row and says so
        m_message->setText(tr("%1 no longer exists on the server; it was removed from the list.").arg(quotedName()));
        m_message->show();
        return;
    }
    setPhase(Phase::Ready);
    showFailure(result.error);
}

QLabel *ActionDialog::labelFor(const QString &field) const
{
    // "project.url" falls back to "project", "report.0.header" to "report.0" and then "report".
    QString path = field;
    while (!path.isEmpty()) {
        if (QLabel *label = m_fieldLabels.value(path)) {
            return label;
        }
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        path = dot < 0 ? QString() : path.left(dot);
    }
    return nullptr;
}

void ActionDialog::showFailure(const ApiError &error)
{
    QHash<QLabel *, QStringList> placed;
    QStringList unplaced;
    QStringList fields = error.fieldErrors.keys();
    fields.sort();
    for (const QString &field : std::as_const(fields)) {
        const QString text = error.fieldErrors.value(field).join(QLatin1Char(' '));
        if (QLabel *label = labelFor(field)) {
            placed[label].append(text);
        } else {
            unplaced.append(tr("%1: %2").arg(field, text));
        }
    }
    for (auto it = placed.constBegin(); it != placed.constEnd(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }

    QString text;
    switch (error.kind) {
    case ApiError::Kind::Validation:
        if (!placed.isEmpty() && unplaced.isEmpty() && error.detail.isEmpty()) {
            text = tr("The server did not accept the marked values. Correct them and try again.");
        } else if (!error.detail.isEmpty() || !unplaced.isEmpty()) {
            QStringList parts;
            if (!error.detail.isEmpty()) {
                parts.append(error.detail);
            }
            parts.append(unplaced);
            text = tr("The server did not accept the request: %1").arg(parts.join(QLatin1Char(' ')));
        } else {
            text = error.message;
        }
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        // A refused connection sent nothing; a POST that got no answer may or may not have been applied,
        // and it is never resent on its own.
        text = error.requestMayHaveArrived
            ? tr("%1 The change may or may not have been applied; check the resource before trying again.")
                  .arg(error.message)
            : tr("%1 Nothing was sent; you can try again.").arg(error.message);
        break;
    default:
        text = error.message;
        break;
    }
    m_message->setText(text);
    m_message->show();
}

void ActionDialog::clearErrors()
{
    for (const QPointer<QLabel> &label : std::as_const(m_fieldLabels)) {
        if (label) {
            label->clear();
            label->hide();
        }
    }
    m_message->clear();
    m_message->hide();
}

} // namespace wpc
