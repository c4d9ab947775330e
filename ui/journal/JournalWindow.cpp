// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalWindow.h"

#include "models/actions/OperationTable.h"
#include "models/journal/Journal.h"
#include "models/journal/JournalModel.h"
#include "ui/journal/JournalEntryView.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace wpc {

namespace {
enum Range { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Between };
}

namespace {
JournalModel *openedModel(Journal *journal, const QString &server, const QString &user, QObject *parent)
{
    auto *model = new JournalModel(parent);
    JournalFilter filter; // as the filters stand when the window opens: everything of this user
    filter.server = server;
    filter.user = user;
    model->open(journal, filter);
    return model;
}
} // namespace

JournalWindow::JournalWindow(Journal *journal, const QString &server, const QString &user, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_journal(journal)
    , m_server(server)
    , m_user(user)
    , m_model(openedModel(journal, server, user, this))
    , m_view(new JournalEntryView(m_model, this))
    , m_range(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_resource(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_runChip(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_settle(new QPushButton(tr("Re-read and settle"), this))
    , m_undo(new QPushButton(tr("&Undo…"), this))
{
    setObjectName(QStringLiteral("journalWindow"));
    setWindowTitle(tr("Journal"));
    setModal(false);

    m_range->setObjectName(QStringLiteral("journalRange"));
    m_range->addItem(tr("Any time"), AnyTime);
    m_range->addItem(tr("Last hour"), LastHour);
    m_range->addItem(tr("Last 24 hours"), LastDay);
    m_range->addItem(tr("Last 7 days"), LastWeek);
    m_range->addItem(tr("Last 30 days"), LastMonth);
    m_range->addItem(tr("Between…"), Between);

    m_operation->setObjectName(QStringLiteral("journalOperation"));
    m_operation->addItem(tr("All operations"), QString());
    for (const OperationFacts &facts : OperationTable::all()) {
        if (facts.endpoint.mutates) {
            QString label = OperationTable::text(facts.label);
            label.remove(QStringLiteral("…"));
            m_operation->addItem(label, QString(facts.endpoint.name));
        }
    }
    m_outcome->setObjectName(QStringLiteral("journalOutcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (JournalOutcome outcome : JournalOutcomes::all()) {
        m_outcome->addItem(JournalOutcomes::displayName(outcome), JournalOutcomes::toText(outcome));
    }
    m_resource->setObjectName(QStringLiteral("journalResource"));
    m_resource->setPlaceholderText(tr("Resource name or UUID"));
    m_resource->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search messages, bodies, projects…"));
    m_search->setClearButtonEnabled(true);
    m_runChip->setObjectName(QStringLiteral("journalRunChip"));
    m_runChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_runChip->setToolTip(tr("Showing one bulk run; click to show every entry again"));
    m_runChip->setVisible(false);

    m_filters = new QHBoxLayout;
    QHBoxLayout *filters = m_filters;
    filters->addWidget(m_range);
    filters->addWidget(m_operation);
    filters->addWidget(m_outcome);
    filters->addWidget(m_resource, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_runChip);

    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("journalExport"));
    m_export->setToolTip(tr("Write the entries the filters keep to a file"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As CSV…"), this, [this] { chooseExportFile(false); });
    exportMenu->addAction(tr("As JSON…"), this, [this] { chooseExportFile(true); });
    m_export->setMenu(exportMenu);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *footer = new QHBoxLayout;
    m_settle->setObjectName(QStringLiteral("journalSettle"));
    m_settle->setToolTip(tr("Read each resource with an unknown outcome again and record what the server now "
                            "shows"));
    m_settle->setVisible(false);
    connect(m_settle, &QPushButton::clicked, this, &JournalWindow::settleRequested);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_settle);
    m_undo->setObjectName(QStringLiteral("journalUndo"));
    m_undo->setEnabled(false);
    m_undo->setToolTip(tr("Take the selected changes back, after a preview (select them in the table)"));
    connect(m_undo, &QPushButton::clicked, this, [this] { Q_EMIT undoRequested(m_view->selectedEntries()); });
    connect(m_view, &JournalEntryView::selectionChanged, this,
        [this] { m_undo->setEnabled(!m_view->selectedEntries().isEmpty()); });
    connect(m_view, &JournalEntryView::undoRequested, this, &JournalWindow::undoRequested);
    connect(m_view, &JournalEntryView::undoRunRequested, this, &JournalWindow::undoRunRequested);
    footer->addWidget(m_undo);
    footer->addWidget(m_export);
    footer->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &JournalWindow::applyFilter);
    for (QLineEdit *edit : { m_resource, m_search }) {
        connect(edit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    }
    for (QComboBox *box : { m_operation, m_outcome }) {
        connect(box, &QComboBox::currentIndexChanged, this, &JournalWindow::applyFilter);
    }
    connect(m_range, &QComboBox::currentIndexChanged, this, &JournalWindow::updateRange);
    connect(m_runChip, &QToolButton::clicked, this, [this] { showRun(QString()); });
    connect(m_view, &JournalEntryView::showRunRequested, this, &JournalWindow::showRun);
    connect(m_view, &JournalEntryView::showResourceRequested, this, &JournalWindow::showResource);
    connect(m_model, &JournalModel::loaded, this, &JournalWindow::updateStatus);
    connect(m_model, &JournalModel::totalChanged, this, &JournalWindow::updateStatus);
    connect(m_model, &JournalModel::failed, this, [this](const QString &problem) {
        m_exportNote = tr("The journal could not be read: %1").arg(problem);
        updateStatus();
    });
    updateStatus();
}

void JournalWindow::place()
{
    // Roomy, but inside the screen it opens on (at 1.5× a 1440×900 screen is 960×600), above its parent.
    m_placed = true;
    const QWidget *parent = parentWidget();
    const QScreen *on = parent ? parent->screen() : screen();
    const QRect available = on->availableGeometry();
    resize(std::min(980, available.width() * 9 / 10), std::min(620, available.height() * 85 / 100));
    QRect frame = frameGeometry();
    frame.moveCenter(parent ? parent->frameGeometry().center() : available.center());
    frame = frame.intersected(available) == frame ? frame : QRect(available.topLeft(), frame.size());
    move(frame.topLeft());
}

void JournalWindow::prepare()
{
    // What its first show would do but paint: the size and place, the style's polish, the layout.
    if (!m_placed) {
        place();
    }
    ensurePolished();
    for (QWidget *child : findChildren<QWidget *>()) {
        child->ensurePolished();
    }
    layout()->activate();
}

void JournalWindow::showEvent(QShowEvent *event)
{
    if (!m_placed) {
        place();
    } else if (m_shownBefore) {
        reload(); // shown again: what was journaled while it was closed, and "last hour" from now
    } else {
        m_model->refresh(); // built ahead (prepare()): what was journaled since, added at the top
    }
    m_shownBefore = true;
    QDialog::showEvent(event);
}

void JournalWindow::setJournal(Journal *journal, const QString &server, const QString &user)
{
    m_journal = journal;
    m_server = server;
    m_user = user;
    m_model->open(journal, filter());
    updateStatus();
}

JournalFilter JournalWindow::filter() const
{
    JournalFilter filter;
    filter.server = m_server;
    filter.user = m_user;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_range->currentData().toInt()) {
    case LastHour:
        filter.from = now.addSecs(-3600);
        break;
    case LastDay:
        filter.from = now.addDays(-1);
        break;
    case LastWeek:
        filter.from = now.addDays(-7);
        break;
    case LastMonth:
        filter.from = now.addDays(-30);
        break;
    case Between:
        if (m_from) {
            filter.from = m_from->dateTime().toUTC();
            filter.to = m_to->dateTime().toUTC();
        }
        break;
    default:
        break;
    }
    filter.operation = m_operation->currentData().toString();
    if (const QString outcome = m_outcome->currentData().toString(); !outcome.isEmpty()) {
        filter.outcome = JournalOutcomes::fromText(outcome);
    }
    filter.resource = m_resource->text().trimmed();
    filter.bulkRun = m_bulkRun;
    filter.text = m_search->text().trimmed();
    return filter;
}

void JournalWindow::applyFilter()
{
    m_typing.stop();
    m_exportNote.clear();
    m_runChip->setText(tr("Bulk run %1 ✕").arg(m_bulkRun.left(8)));
    m_runChip->setVisible(!m_bulkRun.isEmpty());
    m_settle->setVisible(m_outcome->currentData().toString() == JournalOutcomes::toText(JournalOutcome::Unknown)
        && m_journal && m_journal->isAvailable());
    const JournalFilter next = filter();
    if (next != m_model->filter() || !m_model->rowCount()) {
        m_model->setFilter(next);
    }
    updateStatus();
}

void JournalWindow::reload()
{
    m_model->setFilter(filter()); // "last hour" moves on with the clock
}

void JournalWindow::refresh()
{
    m_model->refresh();
}

void JournalWindow::updateRange()
{
    const bool between = m_range->currentData().toInt() == Between;
    if (between && !m_from) {
        // Made when first asked for: the first date-time editor of a process costs several milliseconds, which
        // opening the window should not.
        m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this);
        m_to = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
        m_from->setObjectName(QStringLiteral("journalFrom"));
        m_to->setObjectName(QStringLiteral("journalTo"));
        m_from->setToolTip(tr("From (inclusive)"));
        m_to->setToolTip(tr("Until (exclusive)"));
        for (QDateTimeEdit *edit : { m_from, m_to }) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            connect(edit, &QDateTimeEdit::dateTimeChanged, &m_typing, qOverload<>(&QTimer::start));
        }
        m_filters->insertWidget(1, m_from);
        m_filters->insertWidget(2, m_to);
    }
    if (m_from) {
        m_from->setVisible(between);
        m_to->setVisible(between);
    }
    applyFilter();
}

void JournalWindow::showOutcome(JournalOutcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(JournalOutcomes::toText(outcome)));
}

void JournalWindow::showRun(const QString &bulkRun)
{
    m_bulkRun = bulkRun;
    applyFilter();
}

void JournalWindow::showResource(const QString &uuid)
{
    m_resource->setText(uuid);
    applyFilter();
}

void JournalWindow::updateStatus()
{
    QString text;
    if (m_journal && !m_journal->canRead()) {
        text = tr("The journal is unavailable: %1").arg(m_journal->problem());
    } else if (m_model->total() >= 0) {
        text = tr("%Ln entries", nullptr, m_model->total());
        if (m_model->rowCount() < m_model->total()) {
            text += tr(" (%1 shown; scroll for more)").arg(QLocale().toString(m_model->rowCount()));
        }
    } else if (m_model->isLoading()) {
        text = tr("Reading the journal…");
    }
    if (m_journal && m_journal->state() == Journal::State::ReadOnly) {
        text += QStringLiteral(" · ") + tr("Read-only: %1").arg(m_journal->problem());
    }
    if (!m_exportNote.isEmpty()) {
        text += QStringLiteral(" · ") + m_exportNote;
    }
    m_status->setText(text);
    m_export->setEnabled(m_journal && m_model->total() != 0 && !m_exporting);
}

void JournalWindow::chooseExportFile(bool json)
{
    auto *dialog = new QFileDialog(this, json ? tr("Export the journal as JSON") : tr("Export the journal as CSV"));
    dialog->setObjectName(QStringLiteral("journalExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->selectFile(
        QStringLiteral("journal-%1.%2")
            .arg(QDate::currentDate().toString(Qt::ISODate), json ? QStringLiteral("json") : QStringLiteral("csv")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString &path) { exportTo(path, json); });
    dialog->open();
}

void JournalWindow::exportTo(const QString &path, bool json)
{
    if (!m_journal) {
        return;
    }
    m_exporting = true;
    m_exportNote = tr("Exporting…");
    updateStatus();
    m_journal->exportTo(filter(), path, json, this, [this, path](int written, const QString &problem) {
        m_exporting = false;
        if (written < 0) {
            m_exportNote = tr("Could not write %1: %2").arg(path, problem);
            Q_EMIT exportFailed(m_exportNote);
        } else {
            m_exportNote = tr("Exported %Ln entries to %1", nullptr, written).arg(path);
            Q_EMIT exported(path, written);
        }
        updateStatus();
    });
}

} // namespace wpc
