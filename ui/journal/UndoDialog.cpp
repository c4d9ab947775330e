// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/UndoDialog.h"

#include "models/actions/BulkRun.h"
#include "models/actions/OperationTable.h"
#include "models/journal/JournalModel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wpc {

namespace {
enum ListColumn { ResourceColumn, ChangeColumn, SendsColumn, StatusColumn };

QString statusText(UndoItem::Status status)
{
    switch (status) {
    case UndoItem::Status::Ready:
        return UndoDialog::tr("Will be undone");
    case UndoItem::Status::Conflict:
        return UndoDialog::tr("Changed since");
    case UndoItem::Status::Gone:
        return UndoDialog::tr("Gone");
    case UndoItem::Status::NotReversible:
        return UndoDialog::tr("Cannot be undone");
    case UndoItem::Status::Superseded:
        return UndoDialog::tr("Skipped");
    case UndoItem::Status::Unreadable:
        return UndoDialog::tr("Not read");
    }
    return {};
}
} // namespace

UndoDialog::UndoDialog(
    ProviderResourcesApi *api, ActionRunner *runner, const QList<JournalEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_runner(runner)
    , m_planner(new UndoPlanner(api, entries, this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_overwrite(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_undo(m_buttons->addButton(tr("Undo"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("undoDialog"));
    setWindowTitle(tr("Undo changes"));
    resize(820, 480);
    m_summary->setObjectName(QStringLiteral("undoSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading %n resource(s) again to find changes made since…", nullptr, int(entries.size())));
    m_progress->setRange(0, std::max<int>(1, int(entries.size())));
    m_list->setObjectName(QStringLiteral("undoList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Resource"), tr("Change"), tr("Undo sends"), tr("Status") });
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(ResourceColumn, 150);
    m_list->setColumnWidth(ChangeColumn, 220);
    m_list->setColumnWidth(SendsColumn, 180);
    m_list->setEnabled(false);
    m_overwrite->setObjectName(QStringLiteral("undoOverwrite"));
    m_overwrite->hide();
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAutoDefault(false); // a change to production data is a click, never a stray Enter
    m_undo->setEnabled(false);
    m_undo->setToolTip(tr("Reading the resources again…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UndoDialog::startRun);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UndoDialog::reject);
    connect(m_overwrite, &QCheckBox::toggled, this, &UndoDialog::updateButton);
    connect(m_planner, &UndoPlanner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_planner, &UndoPlanner::finished, this, &UndoDialog::showPreview);
    m_planner->start();
}

bool UndoDialog::holdForRun()
{
    if (!m_run || !m_run->isRunning()) {
        return false;
    }
    m_run->cancel(); // what is in flight finishes; nothing more is sent
    m_closeWhenDone = true;
    m_summary->setText(tr("Cancelled: waiting for the answers to the requests already sent…"));
    return true;
}

void UndoDialog::reject()
{
    if (!holdForRun()) {
        QDialog::reject();
    }
}

void UndoDialog::closeEvent(QCloseEvent *event)
{
    if (holdForRun()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

int UndoDialog::toUndo() const
{
    return m_planner->count(UndoItem::Status::Ready)
        + (m_overwrite->isChecked() ? m_planner->count(UndoItem::Status::Conflict) : 0);
}

void UndoDialog::showPreview()
{
    m_progress->hide();
    m_list->setEnabled(true);
    m_list->clear();
    for (const UndoItem &item : m_planner->items()) {
        auto *line = new QTreeWidgetItem(m_list);
        line->setText(
            ResourceColumn, item.entry.resourceName.isEmpty() ? item.entry.resourceUuid : item.entry.resourceName);
        line->setToolTip(ResourceColumn, item.entry.resourceUuid);
        line->setText(ChangeColumn, JournalModel::changeText(item.entry));
        const QString sends = item.body.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(item.body).toJson(QJsonDocument::Compact));
        line->setText(SendsColumn, sends);
        line->setToolTip(SendsColumn, sends);
        line->setText(StatusColumn,
            item.reason.isEmpty() ? statusText(item.status)
                                  : statusText(item.status) + QStringLiteral(": ") + item.reason);
        line->setToolTip(StatusColumn, item.reason);
    }
    const int conflicts = m_planner->count(UndoItem::Status::Conflict);
    m_overwrite->setText(tr("Overwrite the %n change(s) made since", nullptr, conflicts));
    m_overwrite->setVisible(conflicts > 0);
    updateButton();
}

void UndoDialog::updateButton()
{
    const int n = toUndo();
    const int total = int(m_planner->items().size());
    const int notUndone = total - n;
    QString summary = tr("%n change(s) will be undone", nullptr, n);
    if (notUndone > 0) {
        summary += tr("; %n will not (see why below)", nullptr, notUndone);
    }
    if (m_planner->operation() != Operation::Count && n > 0) {
        summary += QStringLiteral(". ")
            + tr("Each goes through the same path as any change, and is journaled as an undo that can itself be "
                 "undone.");
    }
    m_summary->setText(summary);
    m_undo->setText(tr("Undo %n change(s)", nullptr, n));
    m_undo->setEnabled(n > 0 && !m_run);
    m_undo->setToolTip(n > 0 ? QString() : tr("Nothing here can be undone."));
}

void UndoDialog::startRun()
{
    if (m_run || toUndo() == 0) {
        return;
    }
    QList<BulkItem> items;
    QHash<QString, QJsonObject> bodies;
    QHash<QString, QString> undoes;
    const bool overwrite = m_overwrite->isChecked();
    for (const UndoItem &item : m_planner->items()) {
        const bool go
            = item.status == UndoItem::Status::Ready || (overwrite && item.status == UndoItem::Status::Conflict);
        items.append({ item.entry.resourceUuid, item.entry.resourceName, go ? BulkStatus::Pending : BulkStatus::Skipped,
            item.reason });
        if (go) {
            bodies.insert(item.entry.resourceUuid, item.body);
            undoes.insert(item.entry.resourceUuid, item.entry.key);
        }
    }
    const Operation operation = m_planner->operation();
    m_run = new BulkRun(
        m_runner, operation, items,
        [operation, bodies](const QString &uuid) { return ResourceAction::of(operation, uuid, bodies.value(uuid)); },
        this);
    m_run->setUndoes(undoes);
    m_overwrite->setEnabled(false);
    m_undo->setEnabled(false);
    m_progress->setRange(0, toUndo());
    m_progress->setValue(0);
    m_progress->show();
    connect(m_run, &BulkRun::itemChanged, this, &UndoDialog::showItem);
    connect(m_run, &BulkRun::progressed, this, [this] {
        const BulkRun::Counts c = m_run->counts();
        m_progress->setValue(c.done());
        m_summary->setText(tr("Undoing… %1 of %2 done").arg(c.done()).arg(c.total - c.skipped));
    });
    connect(m_run, &BulkRun::finished, this, [this] {
        const BulkRun::Counts c = m_run->counts();
        m_summary->setText(tr("Undone: %1. Failed: %2. No answer: %3. Not sent: %4.")
                               .arg(c.succeeded)
                               .arg(c.failed)
                               .arg(c.unknown)
                               .arg(c.cancelled));
        m_undo->hide();
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        Q_EMIT undone();
        if (m_closeWhenDone) {
            close();
        }
    });
    m_run->start();
}

void UndoDialog::showItem(int index)
{
    QTreeWidgetItem *line = m_list->topLevelItem(index);
    if (!line || !m_run) {
        return;
    }
    const BulkItem &item = m_run->items().at(index);
    if (item.status == BulkStatus::Skipped) {
        return; // its reason from the preview stays
    }
    line->setText(StatusColumn,
        item.message.isEmpty() ? BulkRun::statusName(item.status)
                               : BulkRun::statusName(item.status) + QStringLiteral(": ") + item.message);
}

} // namespace wpc
