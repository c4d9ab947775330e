// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/HistoryTab.h"

#include "models/journal/Journal.h"
#include "models/journal/JournalModel.h"
#include "ui/journal/JournalEntryView.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace wpc {

HistoryTab::HistoryTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalModel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    connect(m_model, &JournalModel::loaded, this, &HistoryTab::updateNote);
    updateNote();
}

void HistoryTab::buildView()
{
    m_view = new JournalEntryView(m_model, this);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_view, 1);
    // One resource's history: its name and project are the pane's title already.
    m_view->table()->setColumnHidden(JournalModel::Resource, true);
    m_view->table()->setColumnHidden(JournalModel::Project, true);
    m_view->show(); // made while the tab is being shown: shown with it, not an event later
}

void HistoryTab::setJournal(Journal *journal, const QString &server, const QString &user)
{
    m_journal = journal;
    m_server = server;
    m_user = user;
    reload();
}

void HistoryTab::setResourceUuid(const QString &uuid)
{
    if (uuid != m_uuid) {
        m_uuid = uuid;
        reload();
    }
}

void HistoryTab::reload()
{
    m_stale = true;
    if (isVisible()) {
        load();
    }
}

void HistoryTab::refresh()
{
    if (isVisible() && !m_stale) {
        m_model->refresh();
    } else {
        m_stale = true;
    }
}

void HistoryTab::showEvent(QShowEvent *event)
{
    if (!m_view) {
        buildView();
    }
    QWidget::showEvent(event);
    if (m_stale) {
        load();
    }
}

void HistoryTab::load()
{
    m_stale = false;
    JournalFilter filter;
    filter.server = m_server;
    filter.user = m_user;
    filter.resource = m_uuid;
    m_model->open(m_journal && !m_uuid.isEmpty() && !m_user.isEmpty() ? m_journal.data() : nullptr, filter);
    updateNote();
}

void HistoryTab::updateNote()
{
    QString note;
    if (!m_journal || m_user.isEmpty()) {
        note = tr("The journal opens once you are signed in.");
    } else if (!m_journal->canRead()) {
        note = tr("The journal is unavailable: %1").arg(m_journal->problem());
    } else if (!m_model->isLoading() && m_model->rowCount() == 0) {
        note = tr("No change to this resource has been made through this console (as %1).").arg(m_user);
    } else {
        note = tr("Changes made to this resource through this console, newest first. View ▸ Journal shows "
                  "them all.");
    }
    m_note->setText(note);
}

} // namespace wpc
