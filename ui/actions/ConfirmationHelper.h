// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace wpc {

// The one place where the console asks "are you sure?" and where it reports a failed one-click action.
// It opens a window-modal QMessageBox with open() — never exec() — and calls back when the user answers.
// Tests pre-answer the next question with setNextAnswer() and read what was asked with lastQuestion().
class ConfirmationHelper
{
public:
    struct Question
    {
        QString title;
        QString text; // names the resource (and its project and customer for destructive actions)
        QString informativeText;
        QString acceptText; // the verb on the accepting button: "Pause", "Move"
        bool destructive = false;
    };
    using Answer = std::function<void(bool accepted)>;

    // answer runs once, later (never inside ask()), unless context is destroyed first.
    static void ask(QWidget *parent, const Question &question, QObject *context, Answer answer);
    // A failure the user should see even though no dialog is open (one-click actions).
    static void showError(QWidget *parent, const QString &title, const QString &text);

    // For tests: the next ask() answers `accepted` without showing anything.
    static void setNextAnswer(bool accepted);
    static void clearNextAnswer();
    static Question lastQuestion();
    static int questionCount();
    static QString lastError();
};

} // namespace wpc
