// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/BulkActionDialog.h"

#include "models/actions/ActionCatalog.h"
#include "models/actions/TargetCollector.h"
#include "ui/actions/ConfirmationHelper.h"
#include "ui/widgets/StatusColors.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wpc {

namespace {
const QString kConcurrencyKey = QStringLiteral("bulk/concurrency");

QLabel *wrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

BulkActionDialog::BulkActionDialog(ActionRunner *runner,
    Operation operation,
    const BulkPreview &preview,
    QWidget *parent,
    const std::optional<BulkParameters> &parameters)
    : QDialog(parent)
    , m_runner(runner)
    , m_operation(operation)
    , m_parameters(parameters)
    , m_selection(preview)
    , m_items(preview.items)
    , m_acting(preview.acting)
    , m_pages(new QStackedWidget(this))
    , m_concurrency(new QSpinBox(this))
    , m_problem(wrappedLabel(this, QStringLiteral("problemLabel")))
    , m_counts(wrappedLabel(this, QStringLiteral("previewCountsLabel")))
    , m_reasons(wrappedLabel(this, QStringLiteral("skipReasonsLabel")))
    , m_start(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(wrappedLabel(this, QStringLiteral("progressLabel")))
    , m_cancel(new QPushButton(tr("Cancel the run"), this))
    , m_summary(wrappedLabel(this, QStringLiteral("summaryLabel")))
    , m_report(new QTableWidget(this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_save(new QPushButton(tr("Save report…"), this))
{
    setObjectName(QStringLiteral("bulk_") + QString(Endpoints::info(operation).name));
    QString label = OperationTable::text(OperationTable::facts(operation).label);
    if (label.endsWith(QChar(0x2026))) {
        label.chop(1); // "Set limits…" asks no more questions here
    }
    setWindowTitle(tr("%1: %Ln selected resource(s)", nullptr, int(m_items.size())).arg(label));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    buildPreviewPage();
    buildRunPage();
    buildReportPage();
    applyPreview(preview);
    showPage(0);
    if (m_typedCount) {
        m_typedCount->setFocus(); // what a destructive run waits for
    }
}

BulkActionDialog::~BulkActionDialog() = default;

void BulkActionDialog::buildPreviewPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_reasons);
    auto *form = new QFormLayout;
    m_form = form;
    const OperationFacts &facts = OperationTable::facts(m_operation);
    if (m_parameters && m_parameters->perTarget) {
        // Each target gets a body of its own: the change to each is listed, row by row.
        m_changes = new QTableWidget(page);
        m_changes->setObjectName(QStringLiteral("changesTable"));
        m_changes->setColumnCount(2);
        m_changes->setHorizontalHeaderLabels({ tr("Resource"), tr("Change") });
        m_changes->horizontalHeader()->setStretchLastSection(true);
        m_changes->verticalHeader()->hide();
        m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_changes->setMaximumHeight(m_changes->fontMetrics().height() * 12);
        layout->addWidget(m_changes);
    }
    if (facts.toggles != ToggledFlag::None) {
        // The direction is the user's choice, never guessed from the rows.
        m_direction = new QButtonGroup(page);
        auto *set = new QRadioButton(OperationTable::text(facts.label), page);
        auto *clear = new QRadioButton(OperationTable::text(facts.labelWhenSet), page);
        set->setObjectName(QStringLiteral("setFlagRadio"));
        clear->setObjectName(QStringLiteral("clearFlagRadio"));
        m_direction->addButton(set, 1);
        m_direction->addButton(clear, 0);
        auto *row = new QHBoxLayout;
        row->addWidget(set);
        row->addWidget(clear);
        row->addStretch();
        form->addRow(tr("Change:"), row);
        connect(m_direction, &QButtonGroup::idClicked, this, &BulkActionDialog::updateStartButton);
    }
    if (!m_changes) {
        // What is sent is what is shown: the body exactly as each request carries it.
        m_body = wrappedLabel(page, QStringLiteral("bodyLabel"));
        m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Each request sends:"), m_body);
        showBody();
        if (m_direction) {
            connect(m_direction, &QButtonGroup::idClicked, this, &BulkActionDialog::showBody);
        }
    }
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, BulkRun::kMaxConcurrency);
    m_concurrency->setMaximumWidth(m_concurrency->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8);
    m_concurrency->setValue(QSettings().value(kConcurrencyKey, BulkRun::kDefaultConcurrency).toInt());
    m_concurrency->setToolTip(tr("How many requests are sent at once (1–%1).").arg(BulkRun::kMaxConcurrency));
    form->addRow(tr("Requests at once:"), m_concurrency);
    if (facts.bulk == BulkUse::TypedCount) {
        // A destructive change to many resources is never one stray click away.
        m_typedCount = new QLineEdit(page);
        m_typedCount->setObjectName(QStringLiteral("typedCountEdit"));
        m_typedCount->setMaximumWidth(m_typedCount->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
        m_typedCountLabel = new QLabel(page);
        m_typedCountLabel->setBuddy(m_typedCount);
        form->addRow(m_typedCountLabel, m_typedCount);
        connect(m_typedCount, &QLineEdit::textChanged, this, &BulkActionDialog::updateStartButton);
    }
    layout->addLayout(form);
    StatusColors::applyText(m_problem, StatusColors::Role::Warning);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(page);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setText(tr("Start"));
    m_start->setDefault(true);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_start, &QPushButton::clicked, this, [this] {
        QSettings().setValue(kConcurrencyKey, m_concurrency->value());
        start(new BulkRun(
            m_runner, m_operation, m_items, [this](const QString &uuid) { return actionFor(uuid); }, this));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkActionDialog::reject);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

void BulkActionDialog::applyPreview(const BulkPreview &preview)
{
    m_items = preview.items;
    m_acting = preview.acting;
    const QLocale locale;
    const bool allMatching = m_scope && m_scope->checkedId() == 1;
    const int count = int(m_items.size());
    const QString acting = locale.toString(preview.acting);
    const QString skipped = locale.toString(preview.skipped);
    m_counts->setText(allMatching
            ? tr("%1 of the %Ln matching resource(s) will be acted on; %2 skipped.", nullptr, count)
                  .arg(acting, skipped)
            : tr("%1 of the %Ln selected resource(s) will be acted on; %2 skipped.", nullptr, count)
                  .arg(acting, skipped));
    QStringList lines;
    for (const auto &[reason, skippedForIt] : preview.skipReasons) {
        lines.append(tr("%Ln skipped: %1", nullptr, skippedForIt).arg(reason));
    }
    m_reasons->setText(lines.join(QLatin1Char('\n')));
    m_reasons->setVisible(!lines.isEmpty());
    if (m_changes) {
        m_changes->setRowCount(0);
        for (const BulkItem &item : std::as_const(m_items)) {
            if (item.status == BulkStatus::Pending) {
                const int row = m_changes->rowCount();
                m_changes->insertRow(row);
                auto *name = new QTableWidgetItem(item.name);
                name->setToolTip(item.uuid);
                m_changes->setItem(row, 0, name);
                m_changes->setItem(
                    row, 1, new QTableWidgetItem(m_parameters->change ? m_parameters->change(item.uuid) : QString()));
            }
        }
        m_changes->resizeColumnToContents(0);
    }
    if (m_typedCount) {
        // The number to type is the one about to be acted on; what was typed for another count goes.
        m_typedCountLabel->setText(tr("Type %1 to confirm:").arg(m_acting));
        m_typedCount->setPlaceholderText(QString::number(m_acting));
        m_typedCount->clear();
    }
    updateStartButton();
}

void BulkActionDialog::offerAllMatching(ProviderResourcesApi *api,
    const ResourceQuery &query,
    qint64 total,
    const std::optional<CurrentUser> &user,
    const BulkSkipRule &skip)
{
    m_api = api;
    m_query = query;
    m_user = user;
    m_skip = skip;
    m_scope = new QButtonGroup(this);
    auto *selected = new QRadioButton(tr("The %Ln selected resource(s)", nullptr, int(m_selection.items.size())), this);
    selected->setObjectName(QStringLiteral("selectedRadio"));
    selected->setChecked(true);
    m_allMatching = new QRadioButton(total >= 0
            ? tr("All %1 resources matching the current filter").arg(QLocale().toString(total))
            : tr("All resources matching the current filter"),
        this);
    m_allMatching->setObjectName(QStringLiteral("allMatchingRadio"));
    m_allMatching->setToolTip(tr("Read from the server page by page, also the rows not loaded in the table."));
    m_scope->addButton(selected, 0);
    m_scope->addButton(m_allMatching, 1);
    auto *choices = new QVBoxLayout;
    choices->addWidget(selected);
    choices->addWidget(m_allMatching);
    m_form->insertRow(0, tr("Act on:"), choices);
    connect(m_scope, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == 1) {
            collectAllMatching();
            return;
        }
        if (m_collector) {
            m_collector->cancel();
        }
        m_collecting.clear();
        applyPreview(m_selection);
    });
}

void BulkActionDialog::collectAllMatching()
{
    if (m_collector) {
        m_collector->cancel();
        m_collector->deleteLater();
    }
    m_collector = new TargetCollector(m_api, m_query, this);
    m_collecting = tr("Reading the matching resources…");
    updateStartButton();
    connect(m_collector, &TargetCollector::progressed, this, [this](int collected, qint64 total) {
        const QLocale locale;
        m_collecting = total >= 0
            ? tr("Reading the matching resources: %1 of %2…").arg(locale.toString(collected), locale.toString(total))
            : tr("Reading the matching resources: %1…").arg(locale.toString(collected));
        updateStartButton();
    });
    connect(m_collector, &TargetCollector::failed, this, [this](const ApiError &error) {
        m_collecting = tr("%1 Choose “All” again to retry.").arg(error.message);
        updateStartButton();
    });
    connect(m_collector, &TargetCollector::finished, this, [this] {
        const QList<Resource> &rows = m_collector->resources();
        BulkPreview preview = BulkPreview::of(m_operation, rows, m_user ? &*m_user : nullptr);
        if (m_skip) {
            QHash<QString, const Resource *> byUuid;
            byUuid.reserve(rows.size());
            for (const Resource &row : rows) {
                byUuid.insert(row.uuid, &row);
            }
            preview.skipWhere([&](const QString &uuid) { return m_skip(*byUuid.value(uuid)); });
        }
        m_collecting.clear();
        applyPreview(preview);
        const QLocale locale;
        m_allMatching->setText(
            tr("All %1 resources matching the current filter").arg(locale.toString(qint64(rows.size()))));
        if (const qint64 total = m_collector->total(); total >= 0 && total != rows.size()) {
            // Resources entered or left the filter while the pages were read: some may have been missed.
            const QString note = tr("The list changed while it was read: the server now counts %1. Choose “All” "
                                    "again to read it afresh.")
                                     .arg(locale.toString(total));
            m_reasons->setText(m_reasons->text().isEmpty() ? note : m_reasons->text() + QLatin1Char('\n') + note);
            m_reasons->show();
        }
    });
    m_collector->start();
}

void BulkActionDialog::buildRunPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_run->cancel();
        }
    });
    m_pages->addWidget(page);
}

void BulkActionDialog::buildReportPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    m_report->setObjectName(QStringLiteral("reportTable"));
    m_report->setColumnCount(3);
    m_report->setHorizontalHeaderLabels({ tr("Resource"), tr("Result"), tr("Message") });
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(page);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkActionDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &BulkActionDialog::retryFailed);
    connect(m_save, &QPushButton::clicked, this, &BulkActionDialog::saveReport);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

// Each step as large as it needs: the preview is short, the report gets room for its table.
void BulkActionDialog::showPage(int index)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->setCurrentIndex(index);
    const QSize wanted = index == 2 ? QSize(720, 460) : QSize(560, 0);
    resize(sizeHint().expandedTo(wanted).expandedTo(size().boundedTo(QSize(width(), 0))));
}

void BulkActionDialog::updateStartButton()
{
    QString problem;
    if (!m_collecting.isEmpty()) {
        problem = m_collecting;
    } else if (m_acting == 0) {
        problem = tr("None of the selected resources can take this action.");
    } else if (m_direction && m_direction->checkedId() < 0) {
        problem = tr("Choose what to change.");
    } else if (m_typedCount && m_typedCount->text().trimmed() != QString::number(m_acting)) {
        problem = tr("Type the number of resources that will be acted on (%1) to confirm.").arg(m_acting);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_start->setEnabled(problem.isEmpty());
    m_start->setToolTip(problem);
}

void BulkActionDialog::showBody()
{
    if (m_direction && m_direction->checkedId() < 0) {
        m_body->setText(tr("(choose the change first)"));
        return;
    }
    const std::optional<QJsonDocument> sent = actionFor(QString()).body;
    m_body->setText(sent ? QString::fromUtf8(sent->toJson(QJsonDocument::Compact)) : tr("(no body)"));
}

ResourceAction BulkActionDialog::actionFor(const QString &uuid) const
{
    if (m_parameters && m_parameters->perTarget) {
        return m_parameters->perTarget(uuid);
    }
    if (m_parameters) {
        ResourceAction action = m_parameters->action; // the same parameters, for this target
        action.resourceUuid = uuid;
        return action;
    }
    // No parameters: a toggle in the direction chosen here, or the bare operation (terminate without attributes).
    if (m_direction) {
        return ResourceAction::flag(m_operation, uuid, m_direction->checkedId() == 1);
    }
    return ResourceAction::of(m_operation, uuid);
}

void BulkActionDialog::start(BulkRun *run)
{
    if (m_run && m_run != run) {
        m_run->deleteLater();
    }
    m_run = run;
    run->setConcurrency(m_concurrency->value());
    connect(run, &BulkRun::progressed, this, &BulkActionDialog::updateProgress);
    m_slowDown.clear();
    connect(run, &BulkRun::slowedDown, this, [this](int pauseMs, int concurrency) {
        // Said where the user watches the run, and kept there: the pace is slower from now on.
        m_slowDown
            = tr("The server asked to slow down: waiting %1 s, then %Ln request(s) at once.", nullptr, concurrency)
                  .arg(QLocale().toString(pauseMs / 1000.0, 'f', 1));
        Q_EMIT statusMessage(m_slowDown);
        updateProgress();
    });
    connect(run, &BulkRun::waitingForSignIn, this, [this] {
        Q_EMIT statusMessage(tr("The server asked to sign in again: the run waits, and goes on after sign-in."));
        updateProgress();
    });
    connect(run, &BulkRun::finished, this, &BulkActionDialog::showReport);
    showPage(1);
    updateProgress();
    Q_EMIT runStarted();
    run->start();
}

void BulkActionDialog::updateProgress()
{
    if (!m_run) {
        return;
    }
    const BulkRun::Counts c = m_run->counts();
    const int toSend = c.total - c.skipped;
    m_progress->setRange(0, std::max(1, toSend));
    m_progress->setValue(c.done() + c.cancelled);
    const QLocale locale;
    QString text = tr("Done %1 · failed %2 · unknown %3 · skipped %4 · %5 sending")
                       .arg(locale.toString(c.succeeded), locale.toString(c.failed), locale.toString(c.unknown),
                           locale.toString(c.skipped), locale.toString(c.inFlight));
    if (const qint64 eta = m_run->etaMs(); eta >= 0 && c.pending + c.inFlight > 0) {
        text += QLatin1Char('\n') + tr("About %1 s left.").arg(locale.toString((eta + 999) / 1000));
    }
    if (m_run->isWaitingForSignIn()) {
        text += QLatin1Char('\n') + tr("Waiting for sign-in: nothing is sent until you enter a new token.");
    }
    if (!m_slowDown.isEmpty()) {
        text += QLatin1Char('\n') + m_slowDown;
    }
    m_progressLabel->setText(text);
    m_cancel->setEnabled(m_run->isRunning());
}

void BulkActionDialog::showReport()
{
    const BulkRun::Counts c = m_run->counts();
    const QLocale locale;
    m_summary->setText(tr("%1 succeeded, %2 failed, %3 unknown, %4 skipped, %5 not sent.")
                           .arg(locale.toString(c.succeeded), locale.toString(c.failed), locale.toString(c.unknown),
                               locale.toString(c.skipped), locale.toString(c.cancelled)));
    const QList<BulkItem> &items = m_run->items();
    m_report->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const BulkItem &item = items.at(row);
        auto *name = new QTableWidgetItem(item.name);
        name->setToolTip(item.uuid);
        auto *result = new QTableWidgetItem(BulkRun::statusName(item.status));
        if (item.status == BulkStatus::Failed || item.status == BulkStatus::Gone) {
            result->setForeground(StatusColors::text(StatusColors::Role::Error, palette()));
        } else if (item.status == BulkStatus::Unknown) {
            result->setForeground(StatusColors::text(StatusColors::Role::Warning, palette()));
        }
        auto *message = new QTableWidgetItem(item.message);
        message->setToolTip(item.message);
        m_report->setItem(row, 0, name);
        m_report->setItem(row, 1, result);
        m_report->setItem(row, 2, message);
    }
    m_report->resizeColumnToContents(0);
    m_report->resizeColumnToContents(1);
    m_retry->setEnabled(c.failed > 0);
    showPage(2);
    Q_EMIT statusMessage(m_summary->text());
    if (m_closeWhenDone) {
        QDialog::reject();
    }
}

void BulkActionDialog::retryFailed()
{
    if (m_run && !m_run->isRunning()) {
        start(m_run->retryFailed(this));
    }
}

void BulkActionDialog::saveReport()
{
    if (!m_run) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save report"), QStringLiteral("bulk-report.csv"), tr("CSV (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const QByteArray csv = m_run->reportCsv();
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
        // Off the GUI thread: the disk may be slow or full.
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (error.isEmpty()) {
                Q_EMIT statusMessage(tr("Saved the report to %1.").arg(path));
            } else {
                ConfirmationHelper::showError(this, tr("Save report"), error);
            }
        });
        watcher->setFuture(QtConcurrent::run([path, csv]() -> QString {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
                return tr("The report could not be saved to %1: %2").arg(path, file.errorString());
            }
            return {};
        }));
    });
    dialog->open();
}

void BulkActionDialog::reject()
{
    if (!m_run || !m_run->isRunning()) {
        QDialog::reject();
        return;
    }
    ConfirmationHelper::Question question;
    question.title = tr("Stop the run?");
    question.text = tr("Stop sending? The requests already sent finish and are reported; the rest are not sent.");
    question.acceptText = tr("Stop");
    ConfirmationHelper::ask(this, question, this, [this](bool stop) {
        if (stop && m_run && m_run->isRunning()) {
            m_closeWhenDone = true;
            m_run->cancel();
        }
    });
}

void BulkActionDialog::closeEvent(QCloseEvent *event)
{
    if (m_run && m_run->isRunning()) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace wpc
