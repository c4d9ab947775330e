// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalEntryView.h"

#include "models/journal/JournalModel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wpc {

namespace {
QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

JournalEntryView::JournalEntryView(JournalModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(JournalModel::Time, metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + em);
    m_table->setColumnWidth(JournalModel::Change, 26 * em);
    m_table->setColumnWidth(JournalModel::Resource, 12 * em);
    m_table->setColumnWidth(JournalModel::Project, 9 * em);
    m_table->setColumnWidth(JournalModel::Outcome, 6 * em);

    m_details->setObjectName(QStringLiteral("journalEntryDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see what was sent and what it overwrote."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalEntryView::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &JournalEntryView::showCurrent);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalEntryView::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &JournalEntryView::selectionChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, &JournalEntryView::showMenu);
}

QString JournalEntryView::describe(const JournalEntry &entry)
{
    QStringList lines;
    lines << JournalModel::changeText(entry);
    QString outcome = tr("Outcome: %1").arg(JournalOutcomes::displayName(entry.outcome));
    if (!entry.message.isEmpty()) {
        outcome += QStringLiteral(" — ") + entry.message;
    }
    lines << outcome << QString();
    lines << tr("Resource: %1 (%2)").arg(entry.resourceName, entry.resourceUuid);
    const QStringList where = QStringList { entry.offering, entry.customer, entry.project };
    if (std::any_of(where.cbegin(), where.cend(), [](const QString &s) { return !s.isEmpty(); })) {
        lines << tr("Offering: %1 · Customer: %2 · Project: %3").arg(entry.offering, entry.customer, entry.project);
    }
    lines << tr("Time: %1 (UTC %2)")
                 .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     entry.time.toUTC().toString(Qt::ISODateWithMs));
    if (entry.completed.isValid()) {
        lines << tr("Answered: %1").arg(entry.completed.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    lines << tr("Server: %1 · User: %2").arg(entry.server, entry.user);
    if (entry.requestId) {
        lines << tr("Request: #%1").arg(entry.requestId);
    }
    if (!entry.bulkRun.isEmpty()) {
        lines << tr("Bulk run: %1").arg(entry.bulkRun);
    }
    lines << QString() << tr("Sent:") << (entry.body.isEmpty() ? tr("(no body)") : jsonText(entry.body));
    if (!entry.before.isEmpty()) {
        lines << QString() << tr("Before:") << jsonText(entry.before);
    }
    return lines.join(QLatin1Char('\n'));
}

QList<JournalEntry> JournalEntryView::selectedEntries() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<JournalEntry> entries;
    for (int row : std::as_const(rows)) {
        if (const JournalEntry *entry = m_model->entryAt(row)) {
            entries.append(*entry);
        }
    }
    return entries;
}

void JournalEntryView::showCurrent()
{
    const JournalEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    if (entry && !m_fixedFont) {
        // Set when first needed: finding the fixed-width font costs the first window that asks several ms.
        m_fixedFont = true;
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_details->setPlainText(entry ? describe(*entry) : QString());
}

void JournalEntryView::showMenu(const QPoint &position)
{
    const JournalEntry *entry = m_model->entryAt(m_table->indexAt(position).row());
    if (!entry) {
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString uuid = entry->resourceUuid;
    const QString run = entry->bulkRun;
    menu->addAction(tr("Show this resource's changes"), this, [this, uuid] { Q_EMIT showResourceRequested(uuid); });
    QAction *showRun = menu->addAction(tr("Show this bulk run"), this, [this, run] { Q_EMIT showRunRequested(run); });
    showRun->setEnabled(!run.isEmpty());
    menu->addSeparator();
    QList<JournalEntry> selected = selectedEntries();
    const bool inSelection = std::any_of(
        selected.cbegin(), selected.cend(), [entry](const JournalEntry &e) { return e.key == entry->key; });
    if (!inSelection) {
        selected = { *entry };
    }
    menu->addAction(tr("Undo %n change(s)…", nullptr, int(selected.size())), this,
        [this, selected] { Q_EMIT undoRequested(selected); });
    QAction *undoRun = menu->addAction(tr("Undo this bulk run…"), this, [this, run] { Q_EMIT undoRunRequested(run); });
    undoRun->setEnabled(!run.isEmpty());
    menu->addSeparator();
    menu->addAction(tr("Copy resource UUID"), this, [uuid] { QGuiApplication::clipboard()->setText(uuid); });
    const QString text = describe(*entry);
    menu->addAction(tr("Copy entry"), this, [text] { QGuiApplication::clipboard()->setText(text); });
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace wpc
