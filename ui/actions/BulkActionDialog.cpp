// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/BulkActionDialog.h"

#include "models/actions/ActionCatalog.h"
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
    const std::optional<ResourceAction> &parameters)
    : QDialog(parent)
    , m_runner(runner)
    , m_operation(operation)
    , m_parameters(parameters)
    , m_items(preview.items)
    , m_acting(preview.acting)
    , m_pages(new QStackedWidget(this))
    , m_concurrency(new QSpinBox(this))
    , m_problem(wrappedLabel(this, QStringLiteral("problemLabel")))
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
    const QString label = OperationTable::text(OperationTable::facts(operation).label);
    setWindowTitle(tr("%1: %Ln selected resource(s)", nullptr, int(m_items.size())).arg(label));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    buildPreviewPage(preview);
    buildRunPage();
    buildReportPage();
    showPage(0);
}

BulkActionDialog::~BulkActionDialog() = default;

void BulkActionDialog::buildPreviewPage(const BulkPreview &preview)
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    auto *counts = wrappedLabel(page, QStringLiteral("previewCountsLabel"));
    counts->setText(tr("%1 of the %Ln selected resource(s) will be acted on; %2 skipped.", nullptr, int(m_items.size()))
                        .arg(QLocale().toString(preview.acting), QLocale().toString(preview.skipped)));
    layout->addWidget(counts);
    if (!preview.skipReasons.isEmpty()) {
        QStringList lines;
        for (const auto &[reason, count] : preview.skipReasons) {
            lines.append(tr("%Ln skipped: %1", nullptr, count).arg(reason));
        }
        auto *reasons = wrappedLabel(page, QStringLiteral("skipReasonsLabel"));
        reasons->setText(lines.join(QLatin1Char('\n')));
        layout->addWidget(reasons);
    }
    auto *form = new QFormLayout;
    const OperationFacts &facts = OperationTable::facts(m_operation);
    if (m_parameters) {
        // What is sent is what is shown: the body exactly as each request carries it.
        auto *body = wrappedLabel(page, QStringLiteral("bodyLabel"));
        body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->setText(m_parameters->body ? QString::fromUtf8(m_parameters->body->toJson(QJsonDocument::Compact))
                                         : tr("(no body)"));
        form->addRow(tr("Each request sends:"), body);
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
        m_typedCount->setPlaceholderText(QString::number(m_acting));
        m_typedCount->setMaximumWidth(m_typedCount->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
        form->addRow(tr("Type %1 to confirm:").arg(m_acting), m_typedCount);
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
    updateStartButton();
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
    if (m_acting == 0) {
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

ResourceAction BulkActionDialog::actionFor(const QString &uuid) const
{
    if (m_parameters) {
        ResourceAction action = *m_parameters; // the same parameters, for this target
        action.resourceUuid = uuid;
        return action;
    }
    const bool on = m_direction && m_direction->checkedId() == 1;
    switch (m_operation) {
    case Operation::SetPaused:
        return ResourceAction::setPaused(uuid, on);
    case Operation::SetDownscaled:
        return ResourceAction::setDownscaled(uuid, on);
    case Operation::SetRestrictMemberAccess:
        return ResourceAction::setRestrictMemberAccess(uuid, on);
    case Operation::SetAsOk:
        return ResourceAction::setAsOk(uuid);
    case Operation::RefreshLastSync:
        return ResourceAction::refreshLastSync(uuid);
    case Operation::Pull:
        return ResourceAction::pull(uuid);
    case Operation::Terminate:
        return ResourceAction::terminate(uuid); // no attributes in bulk
    case Operation::Unlink:
        return ResourceAction::unlink(uuid);
    case Operation::List:
    case Operation::Retrieve:
    case Operation::UpdateOptions:
    case Operation::UpdateOptionsDirect:
    case Operation::Update:
    case Operation::PartialUpdate:
    case Operation::Details:
    case Operation::GlauthUsersConfig:
    case Operation::OfferingForSubresources:
    case Operation::Offering:
    case Operation::PlanPeriods:
    case Operation::Team:
    case Operation::MoveResource:
    case Operation::SetAsErred:
    case Operation::SetBackendId:
    case Operation::SetBackendMetadata:
    case Operation::SetEndDateByProvider:
    case Operation::SetEndDateByStaff:
    case Operation::SetLimits:
    case Operation::SetSlug:
    case Operation::SubmitReport:
    case Operation::Count:
        break; // these ask for parameters: they come as m_parameters
    }
    return {};
}

void BulkActionDialog::start(BulkRun *run)
{
    if (m_run && m_run != run) {
        m_run->deleteLater();
    }
    m_run = run;
    run->setConcurrency(m_concurrency->value());
    connect(run, &BulkRun::progressed, this, &BulkActionDialog::updateProgress);
    connect(run, &BulkRun::slowedDown, this, [this](int pauseMs, int concurrency) {
        Q_EMIT statusMessage(
            tr("The server asked to slow down: waiting %1 s, then %Ln request(s) at once.", nullptr, concurrency)
                .arg(QLocale().toString(pauseMs / 1000.0, 'f', 1)));
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
