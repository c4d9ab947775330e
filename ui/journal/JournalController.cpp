// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalController.h"

#include "models/actions/ActionRunner.h"
#include "models/actions/JournalSettler.h"
#include "models/journal/Journal.h"
#include "models/journal/JournalModel.h"
#include "ui/journal/JournalWindow.h"
#include "ui/journal/UndoDialog.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wpc {

namespace {
constexpr int kSettleAtOnce = 10000; // entries one settling reads; more wait for the next
constexpr int kMostToUndo = 100000; // a bulk run's entries one undo reads
} // namespace

JournalController::JournalController(Journal *journal, ActionRunner *runner, ProviderResourcesApi *api, QWidget *window)
    : QObject(window)
    , m_journal(journal)
    , m_runner(runner)
    , m_api(api)
    , m_parent(window)
    , m_showAction(new QAction(tr("&Journal"), this))
    , m_bar(new QFrame(window))
    , m_barText(new QLabel(m_bar))
    , m_settleButton(new QPushButton(tr("Re-read and settle"), m_bar))
{
    m_showAction->setObjectName(QStringLiteral("journalAction"));
    m_showAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    m_showAction->setToolTip(tr("Every change made through this console, with its outcome (Ctrl+Shift+J)"));
    connect(m_showAction, &QAction::triggered, this, [this] {
        JournalWindow *w = this->window();
        w->show();
        w->raise();
        w->activateWindow();
    });

    m_bar->setObjectName(QStringLiteral("unknownOutcomesBar"));
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_barText->setObjectName(QStringLiteral("unknownOutcomesText"));
    m_barText->setWordWrap(true);
    auto *review = new QPushButton(tr("Review…"), m_bar);
    review->setObjectName(QStringLiteral("unknownOutcomesReview"));
    m_settleButton->setObjectName(QStringLiteral("unknownOutcomesSettle"));
    m_settleButton->setToolTip(tr("Read each of those resources again and record what the server now shows"));
    auto *dismiss = new QPushButton(tr("Later"), m_bar);
    auto *layout = new QHBoxLayout(m_bar);
    layout->addWidget(m_barText, 1);
    layout->addWidget(review);
    layout->addWidget(m_settleButton);
    layout->addWidget(dismiss);
    m_bar->hide();
    connect(review, &QPushButton::clicked, this, [this] {
        JournalWindow *w = this->window();
        w->showOutcome(JournalOutcome::Unknown);
        w->show();
        w->raise();
    });
    connect(m_settleButton, &QPushButton::clicked, this, &JournalController::settleUnknown);
    connect(dismiss, &QPushButton::clicked, m_bar, &QWidget::hide);

    m_changed.setSingleShot(true);
    m_changed.setInterval(500); // a bulk run of thousands refreshes twice a second, not thousands of times
    connect(&m_changed, &QTimer::timeout, this, [this] {
        if (m_window && m_window->isVisible()) {
            m_window->refresh();
        }
        Q_EMIT changed();
    });
    if (m_journal) {
        // After the write, not the change: a view reading then sees it.
        connect(m_journal, &Journal::changed, this, [this] {
            if (!m_changed.isActive()) {
                m_changed.start();
            }
        });
        connect(m_journal, &Journal::cutOffRecovered, this, [this] {
            m_recovered = true;
            countUnknown();
        });
    }
    m_showAction->setEnabled(m_journal);
}

void JournalController::signIn(const QString &server, const QString &user)
{
    m_server = server;
    m_user = user;
    if (!m_journal) {
        return;
    }
    // Journaled under this server and user from now on; one server's entries never mix with another's.
    m_runner->setJournal(m_journal, server, user);
    if (m_window) {
        m_window->setJournal(m_journal, server, user);
    } else {
        // Built (hidden) once the window has settled, with its first page read meanwhile: View ▸ Journal
        // then only shows it.
        QTimer::singleShot(0, this, [this] { window()->prepare(); });
    }
    countUnknown();
}

JournalWindow *JournalController::window()
{
    if (!m_window) {
        m_window = new JournalWindow(m_journal, m_server, m_user, m_parent);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_window, &JournalWindow::settleRequested, this, &JournalController::settleUnknown);
        connect(this, &JournalController::settled, m_window, &JournalWindow::reload);
        connect(m_window, &JournalWindow::undoRequested, this, &JournalController::undo);
        connect(m_window, &JournalWindow::undoRunRequested, this, &JournalController::undoRun);
    }
    return m_window;
}

void JournalController::undo(const QList<JournalEntry> &entries)
{
    if (entries.isEmpty()) {
        return;
    }
    auto *dialog = new UndoDialog(m_api, m_runner, entries, m_window ? static_cast<QWidget *>(m_window) : m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void JournalController::undoRun(const QString &bulkRun)
{
    if (!m_journal || bulkRun.isEmpty()) {
        return;
    }
    JournalFilter filter;
    filter.server = m_server;
    filter.user = m_user;
    filter.bulkRun = bulkRun;
    m_journal->page(
        filter, 0, kMostToUndo, this, [this](const QList<JournalEntry> &entries, const QString &) { undo(entries); });
}

void JournalController::countUnknown()
{
    if (!m_journal || !m_recovered || m_user.isEmpty()) {
        return; // offered after a crash only; the Journal window shows unknown outcomes any time
    }
    JournalFilter filter;
    filter.server = m_server;
    filter.user = m_user;
    filter.outcome = JournalOutcome::Unknown;
    m_journal->count(filter, this, [this](int count) {
        if (count <= 0) {
            m_bar->hide();
            return;
        }
        m_barText->setText(tr("Outcome unknown for %n change(s): the console stopped before the server answered. "
                              "Re-read the resources and settle from what the server shows now?",
            nullptr, count));
        m_settleButton->setEnabled(!m_settling && m_journal->isAvailable());
        m_bar->show();
    });
}

void JournalController::settleUnknown()
{
    if (!m_journal || !m_journal->isAvailable() || m_settling || m_user.isEmpty()) {
        return;
    }
    m_settling = true;
    m_settleButton->setEnabled(false);
    m_barText->setText(tr("Reading the resources again…"));
    JournalFilter filter;
    filter.server = m_server;
    filter.user = m_user;
    filter.outcome = JournalOutcome::Unknown;
    m_journal->page(filter, 0, kSettleAtOnce, this, [this](const QList<JournalEntry> &entries, const QString &) {
        auto *settler = new JournalSettler(m_api, m_journal, entries, this);
        connect(settler, &JournalSettler::progressed, this, [this](int done, int total) {
            m_barText->setText(tr("Reading the resources again… %1 of %2").arg(done).arg(total));
        });
        connect(settler, &JournalSettler::finished, this, [this, settler] {
            const JournalSettler::Counts c = settler->counts();
            settler->deleteLater();
            m_settling = false;
            m_recovered = false;
            m_barText->setText(tr("Settled: %1 shown as applied, %2 not applied, %3 gone; %4 cannot be told from "
                                  "the resource, %5 could not be read.")
                                   .arg(c.shown)
                                   .arg(c.notShown)
                                   .arg(c.gone)
                                   .arg(c.cannotTell)
                                   .arg(c.unreadable));
            m_settleButton->setEnabled(false);
            m_bar->show();
            Q_EMIT settled(c.shown, c.notShown, c.gone, c.cannotTell, c.unreadable);
            m_changed.start();
        });
        m_bar->show();
        settler->start();
    });
}

} // namespace wpc
