// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ConfirmationHelper.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <optional>

namespace wpc {

namespace {
// Test hooks only; the console uses one GUI thread.
std::optional<bool> g_nextAnswer;
ConfirmationHelper::Question g_lastQuestion;
int g_questionCount = 0;
QString g_lastError;
} // namespace

void ConfirmationHelper::ask(QWidget *parent, const Question &question, QObject *context, Answer answer)
{
    g_lastQuestion = question;
    ++g_questionCount;
    if (g_nextAnswer) {
        const bool accepted = *g_nextAnswer;
        g_nextAnswer.reset();
        QTimer::singleShot(0, context, [answer = std::move(answer), accepted] { answer(accepted); });
        return;
    }
    auto *box = new QMessageBox(question.destructive ? QMessageBox::Warning : QMessageBox::Question, question.title,
        question.text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(question.informativeText);
    QPushButton *yes = box->addButton(
        question.acceptText.isEmpty() ? QMessageBox::tr("OK") : question.acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    // A destructive question defaults to the safe answer.
    box->setDefaultButton(question.destructive ? no : yes);
    QObject::connect(box, &QMessageBox::finished, context,
        [box, yes, answer = std::move(answer)](int) { answer(box->clickedButton() == yes); });
    box->open();
}

void ConfirmationHelper::showError(QWidget *parent, const QString &title, const QString &text)
{
    g_lastError = text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("actionErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

void ConfirmationHelper::setNextAnswer(bool accepted)
{
    g_nextAnswer = accepted;
}

void ConfirmationHelper::clearNextAnswer()
{
    g_nextAnswer.reset();
}

ConfirmationHelper::Question ConfirmationHelper::lastQuestion()
{
    return g_lastQuestion;
}

int ConfirmationHelper::questionCount()
{
    return g_questionCount;
}

QString ConfirmationHelper::lastError()
{
    return g_lastError;
}

} // namespace wpc
