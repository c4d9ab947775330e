// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/ExportController.h"

#include "models/export/ResourceExport.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace wpc {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");

// "Erred resources" → "erred-resources-2026-12-02.csv"
QString suggestedName(const QString &viewName)
{
    QString base = viewName.trimmed().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty()) {
        base = QStringLiteral("resources");
    }
    return QStringLiteral("%1-%2.csv").arg(base, QDate::currentDate().toString(Qt::ISODate));
}
} // namespace

ExportController::ExportController(ApiClient *client, QMainWindow *window, std::function<View()> currentView)
    : QObject(window)
    , m_client(client)
    , m_window(window)
    , m_currentView(std::move(currentView))
    , m_action(new QAction(tr("&Export view…"), this))
    , m_status(new QWidget(window))
    , m_label(new QLabel(m_status))
    , m_bar(new QProgressBar(m_status))
    , m_cancel(new QPushButton(tr("Cancel export"), m_status))
{
    m_action->setObjectName(QStringLiteral("exportAction"));
    m_action->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_action->setToolTip(tr("Write every resource of this view to a CSV, JSON or Excel file"));
    connect(m_action, &QAction::triggered, this, &ExportController::chooseFile);

    m_status->setObjectName(QStringLiteral("exportStatus"));
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_export) {
            m_cancel->setEnabled(false);
            m_export->cancel();
        }
    });
    m_status->hide();
    window->statusBar()->addWidget(m_status);
    m_lastFolder = QSettings().value(kFolderKey).toString();
    if (m_lastFolder.isEmpty()) {
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
}

ExportController::~ExportController() = default;

bool ExportController::isRunning() const
{
    return m_export && m_export->isRunning();
}

void ExportController::chooseFile()
{
    if (isRunning()) {
        Q_EMIT message(tr("An export is still running: wait for it, or cancel it in the status bar."), true);
        return;
    }
    auto *dialog = new QFileDialog(m_window, tr("Export view"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("CSV, for any spreadsheet (*.csv)"), tr("Excel workbook (*.xlsx)"),
        tr("JSON, the server's objects (*.json)") });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(m_lastFolder);
    dialog->selectFile(suggestedName(m_currentView().name));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const QString suffix = filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
        dialog->setDefaultSuffix(suffix);
        // The name typed so far keeps its stem and takes the chosen format's suffix.
        const QStringList chosen = dialog->selectedFiles();
        if (!chosen.isEmpty()) {
            dialog->selectFile(QFileInfo(chosen.first()).completeBaseName() + QLatin1Char('.') + suffix);
        }
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ExportController::exportTo);
    dialog->open();
}

void ExportController::exportTo(const QString &path)
{
    if (isRunning()) {
        return;
    }
    const std::optional<ExportFormat> format = ExportFormats::fromPath(path);
    if (!format) {
        Q_EMIT message(tr("Choose a file ending in .csv, .xlsx or .json."), true);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    QSettings().setValue(kFolderKey, m_lastFolder);
    const View view = m_currentView();
    ExportRequest request;
    request.query = view.query;
    request.columns = view.columns;
    request.format = *format;
    request.path = path;
    m_export = std::make_unique<ResourceExport>(m_client, request);
    connect(m_export.get(), &ResourceExport::progress, this, &ExportController::onProgress);
    connect(m_export.get(), &ResourceExport::finished, this, &ExportController::onFinished);
    m_label->setText(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_status->show();
    m_action->setEnabled(false);
    m_export->start();
}

void ExportController::onProgress(qint64 written, qint64 total)
{
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qMin<qint64>(1000, written * 1000 / total)));
        m_label->setText(tr("Exporting: %L1 of %L2…").arg(written).arg(total));
    }
}

void ExportController::onFinished(bool ok, const QString &text)
{
    m_status->hide();
    m_action->setEnabled(true);
    const QString path = QDir::toNativeSeparators(m_export->request().path);
    const qint64 rows = m_export->rowsWritten();
    // Not from inside its own signal: the export goes once this slot has returned.
    m_export.release()->deleteLater();
    if (ok) {
        Q_EMIT message(tr("Exported %Ln resources to %1.", nullptr, int(rows)).arg(path), false);
    } else {
        Q_EMIT message(tr("The export to %1 did not finish and wrote nothing: %2").arg(path, text), true);
    }
}

} // namespace wpc
