// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/UsageTab.h"

#include "models/api/ProviderResourcesApi.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>

namespace wpc {

UsageTab::UsageTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
    , m_charts(new QWidget)
    , m_chartsLayout(new QGridLayout(m_charts))
    , m_table(new QTableWidget(this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(QStringLiteral("usageTab"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    auto *scroll = new QScrollArea(content);
    scroll->setObjectName(QStringLiteral("usageCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);

    m_table->setObjectName(QStringLiteral("usageTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &UsageTab::onExportClicked);

    auto *buttonRow = new QHBoxLayout;
    auto *exportLabel = new QLabel(content);
    exportLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    connect(this, &UsageTab::exported, exportLabel,
        [exportLabel](const QString &path) { exportLabel->setText(tr("Saved to %1.").arg(path)); });
    connect(this, &UsageTab::exportFailed, exportLabel, &QLabel::setText);
    buttonRow->addWidget(exportLabel, 1);
    buttonRow->addWidget(m_exportButton);

    // The charts take what the table (sized to its rows in render()) leaves.
    layout->addWidget(scroll, 1);
    layout->addWidget(m_table);
    layout->addLayout(buttonRow);
    setContent(content);
}

void UsageTab::request(const QString &uuid, quint64 generation)
{
    m_pending = 2;
    m_pendingError = {};
    auto finishOne = [this, generation] {
        if (!isCurrent(generation) || --m_pending > 0) {
            return;
        }
        if (m_pendingError.isError()) {
            showError(m_pendingError);
        } else {
            render();
        }
    };
    api()->planPeriods(uuid, this, [this, generation, finishOne](const Result<QList<PlanPeriod>> &result) {
        if (!isCurrent(generation)) {
            return;
        }
        if (result.ok()) {
            m_periods = result.value;
        } else {
            m_pendingError = result.error;
        }
        finishOne();
    });
    // The limits to draw against; a sparse retrieve, the pane may not have the full resource yet.
    const QStringList fields { QStringLiteral("uuid"), QStringLiteral("limits") };
    api()->retrieve(uuid, fields, this, [this, generation, finishOne](const Result<Resource> &result) {
        if (!isCurrent(generation)) {
            return;
        }
        if (result.ok()) {
            m_limits = result.value.limits;
        } else if (!m_pendingError.isError()) {
            m_pendingError = result.error;
        }
        finishOne();
    });
}

void UsageTab::render()
{
    const QList<UsageCsv::Row> rows = UsageCsv::rows(m_periods, m_limits);
    while (QLayoutItem *item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_table->clear();
    m_table->setRowCount(0);
    if (rows.isEmpty()) {
        showEmpty(m_periods.isEmpty() ? tr("No plan periods for this resource.")
                                      : tr("No usage reported for this resource this month."));
        return;
    }

    const QStringList header = UsageCsv::header();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const UsageCsv::Row &row = rows.at(r);
        const QStringList cells { row.period, row.type, row.name, QLocale().toString(row.usage), row.unit,
            row.limit ? QLocale().toString(*row.limit) : QString(), row.date };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3 || c == 5) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The table takes what its rows need (up to eight), the charts the rest.
    const int shownRows = std::min<int>(int(rows.size()), 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + shownRows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);

    // One chart per component: its usage in each period, and the limit where the resource has one.
    QStringList types;
    for (const auto &row : rows) {
        if (!types.contains(row.type)) {
            types.append(row.type);
        }
    }
    int index = 0;
    for (const QString &type : std::as_const(types)) {
        QStringList categories;
        auto *usage = new QBarSet(tr("Usage"));
        QBarSet *limit = m_limits.contains(type) ? new QBarSet(tr("Limit")) : nullptr;
        QString title;
        double maximum = 0;
        for (const auto &row : rows) {
            if (row.type != type) {
                continue;
            }
            title = row.unit.isEmpty() ? row.name : tr("%1 (%2)").arg(row.name, row.unit);
            categories.append(row.date.isEmpty() ? row.period : row.date);
            usage->append(row.usage);
            maximum = std::max(maximum, row.usage);
            if (limit) {
                limit->append(*row.limit);
                maximum = std::max(maximum, *row.limit);
            }
        }
        auto *series = new QBarSeries;
        series->append(usage);
        if (limit) {
            series->append(limit);
        }
        auto *chart = new QChart;
        chart->setTitle(title.isEmpty() ? type : title);
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
        axisY->applyNiceNumbers();
        axisY->setLabelFormat(QStringLiteral("%g"));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(2, 2, 2, 2));

        auto *view = new QChartView(chart, m_charts);
        view->setObjectName(QStringLiteral("usageChart"));
        view->setProperty("componentType", type);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        m_chartsLayout->addWidget(view, index / 2, index % 2);
        ++index;
    }
    showContent();
}

QString UsageTab::csv() const
{
    return UsageCsv::usageCsv(m_periods, m_limits);
}

bool UsageTab::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = csv().toUtf8();
    if (file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void UsageTab::onExportClicked()
{
    auto *dialog = new QFileDialog(this, tr("Export usage as CSV"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->selectFile(tr("usage-%1.csv").arg(resourceUuid()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportCsv(path, &error)) {
            Q_EMIT exported(path);
        } else {
            Q_EMIT exportFailed(tr("Could not write %1: %2").arg(path, error));
        }
    });
    dialog->open();
}

} // namespace wpc
