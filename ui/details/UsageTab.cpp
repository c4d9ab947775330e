// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/UsageTab.h"

#include "models/api/ProviderResourcesApi.h"
#include "ui/widgets/StatusColors.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QValueAxis>

#include <cmath>

namespace wpc {

namespace {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
        float(from.greenF() + (to.greenF() - from.greenF()) * amount),
        float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// One component's chart: usage per period (and the limit) as bars. It takes its colours from the palette
// and its fonts from the window, again whenever either changes (a desktop switching to dark, a larger
// font). Its labels stay whole: the periods' labels stand upright when they do not fit side by side, and
// only every k-th is shown when even that is too tight; the value axis has as many ticks as its height holds.
class UsageChartView : public QChartView
{
public:
    UsageChartView(QChart *chart, const QStringList &categories, double maximum, QWidget *parent)
        : QChartView(chart, parent)
        , m_categories(categories)
        , m_maximum(maximum)
        , m_axisX(new QCategoryAxis)
        , m_axisY(new QValueAxis)
    {
        setRenderHint(QPainter::Antialiasing);
        // A value axis over the bars' positions (0, 1, …) rather than a QBarCategoryAxis: it can label a
        // chosen few of them.
        m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_axisX->setGridLineVisible(false);
        m_axisX->setRange(-0.5, double(categories.size()) - 0.5);
        m_axisX->setStartValue(-0.5);
        chart->addAxis(m_axisX, Qt::AlignBottom);
        m_axisY->setLabelFormat(QStringLiteral("%g"));
        setTicks(5);
        chart->addAxis(m_axisY, Qt::AlignLeft);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
        }
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setPlotAreaBackgroundVisible(false);
        applyPalette();
        applyFonts();
        connect(chart, &QChart::plotAreaChanged, this, [this] { fit(); });
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QChartView::changeEvent(event);
        switch (event->type()) {
        case QEvent::PaletteChange:
        case QEvent::ApplicationPaletteChange:
            applyPalette();
            break;
        case QEvent::FontChange:
        case QEvent::ApplicationFontChange:
            applyFonts();
            break;
        default:
            break;
        }
    }

private:
    void applyPalette()
    {
        const QPalette &colors = palette();
        const QColor background = colors.color(QPalette::Base);
        const QColor text = colors.color(QPalette::Text);
        QChart *chart = this->chart();
        chart->setBackgroundBrush(background);
        chart->setBackgroundPen(QPen(mix(background, text, 0.2), 1));
        chart->legend()->setLabelColor(text);
        chart->legend()->setBorderColor(Qt::transparent);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setLinePenColor(mix(background, text, 0.5));
            axis->setGridLineColor(mix(background, text, 0.15));
        }
        // Usage in the info hue, the limit as a grey between text and background: both stand out from the
        // background by more than 3:1, light or dark, and from each other by hue and lightness.
        const QList<QColor> barColors { StatusColors::text(StatusColors::Role::Info, colors),
            mix(text, background, 0.4) };
        for (QAbstractSeries *series : chart->series()) {
            auto *bars = qobject_cast<QBarSeries *>(series);
            const QList<QBarSet *> sets = bars ? bars->barSets() : QList<QBarSet *>();
            for (int i = 0; i < sets.size(); ++i) {
                sets.at(i)->setColor(barColors.at(std::min<int>(i, int(barColors.size()) - 1)));
                sets.at(i)->setBorderColor(sets.at(i)->color());
                sets.at(i)->setLabelColor(text);
            }
        }
    }

    void applyFonts()
    {
        chart()->legend()->setFont(font());
        for (QAbstractAxis *axis : chart()->axes()) {
            axis->setLabelsFont(font());
        }
        m_step = 0; // measure again
        fit();
    }

    // Chooses the labels' angle, which periods are labelled and the value axis' ticks for the plot area
    // the chart has now. Qt Charts gives each of n labels (plot width)/(n + 1) less 8 pixels of padding
    // and cuts a label that needs more.
    void fit()
    {
        const QRectF plot = chart()->plotArea();
        if (m_fitting || plot.width() <= 0 || plot.height() <= 0 || m_categories.isEmpty()) {
            return;
        }
        const QScopedValueRollback fitting(m_fitting, true);
        const QFontMetricsF metrics(m_axisX->labelsFont());
        qreal widest = 0;
        for (const QString &category : std::as_const(m_categories)) {
            widest = std::max(widest, metrics.horizontalAdvance(category));
        }
        const qreal lineHeight = metrics.height();
        const auto count = int(m_categories.size());
        // A layout already in use is kept until the other one fits with room to spare, so that a few
        // pixels won or lost by the value axis' labels do not flip it back and forth.
        auto fits = [&](qreal extent, int step, bool current) {
            const int labels = (count + step - 1) / step;
            return extent + 12 + (current ? 0 : 16) <= plot.width() / (labels + 1);
        };
        const bool upright = !fits(widest, 1, m_step == 1 && m_angle == 0);
        int step = 1;
        if (upright) {
            while (step < count && !fits(lineHeight, step, m_step == step && m_angle != 0)) {
                ++step;
            }
        }
        const int angle = upright ? -90 : 0;
        if (step != m_step || angle != m_angle) {
            m_step = step;
            m_angle = angle;
            for (const QString &label : m_axisX->categoriesLabels()) {
                m_axisX->remove(label);
            }
            // Labelled bars start far enough from the plot's edge for a label centred on them.
            const qreal slot = plot.width() / count;
            const int first = step == 1 ? 0 : std::min(count - 1, int(std::ceil((lineHeight / 2 + 2) / slot - 0.5)));
            for (int i = first; i < count; i += step) {
                m_axisX->append(m_categories.at(i), i);
            }
            m_axisX->setLabelsAngle(angle);
            // Upright labels take height: the chart grows by it rather than squeezing its bars.
            const int base = std::max(220, int(14 * lineHeight));
            setMinimumHeight(base + (upright ? int(std::ceil(widest - lineHeight)) : 0));
        }
        // As many ticks on the value axis as its height holds with a line between labels.
        const int ticks = std::clamp(int(plot.height() / (2 * lineHeight)) + 1, 2, 6);
        if (ticks != m_ticks) {
            setTicks(ticks);
        }
    }

    // At most `ticks` ticks at round values from zero to a little above the highest bar (applyNiceNumbers()
    // may add one to what it is asked for).
    void setTicks(int ticks)
    {
        m_ticks = ticks;
        for (int wanted = ticks; wanted >= 2; --wanted) {
            m_axisY->setTickCount(wanted);
            m_axisY->setRange(0, m_maximum > 0 ? m_maximum * 1.1 : 1);
            m_axisY->applyNiceNumbers();
            if (m_axisY->tickCount() <= ticks) {
                break;
            }
        }
    }

    QStringList m_categories;
    double m_maximum;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    int m_step = 0; // every m_step-th period is labelled; 0: not laid out yet
    int m_angle = 0;
    int m_ticks = 0;
    bool m_fitting = false;
};

} // namespace

UsageTab::UsageTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("usageTab"));
}

void UsageTab::buildContent()
{
    m_charts = new QWidget;
    m_chartsLayout = new QGridLayout(m_charts);
    m_table = new QTableWidget(this);
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
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

    // The charts take what the table (sized in fitTable()) leaves.
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
    m_chartBoxes.clear();
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
    fitTable();

    // One chart per component: its usage in each period, and the limit where the resource has one.
    QStringList types;
    for (const auto &row : rows) {
        if (!types.contains(row.type)) {
            types.append(row.type);
        }
    }
    // The chart's own title would be cut where the chart is narrow: a label above it wraps instead.
    QFont bold;
    bold.setBold(true); // only the weight: family and size follow the window's font
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
        chart->addSeries(series);
        auto *box = new QWidget(m_charts);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        auto *caption = new QLabel(title.isEmpty() ? type : title, box);
        caption->setObjectName(QStringLiteral("usageChartTitle"));
        caption->setTextFormat(Qt::PlainText);
        caption->setWordWrap(true);
        caption->setFont(bold);
        auto *view = new UsageChartView(chart, categories, maximum, box);
        view->setObjectName(QStringLiteral("usageChart"));
        view->setProperty("componentType", type);
        view->setAccessibleName(caption->text());
        boxLayout->addWidget(caption);
        boxLayout->addWidget(view, 1);
        m_chartBoxes.append(box);
    }
    m_columns = 0;
    arrangeCharts();
    showContent();
}

// Two charts side by side only where each still gets a comfortable width for the window's font.
void UsageTab::arrangeCharts()
{
    const int chartWidth = 22 * fontMetrics().height();
    const int columns = width() >= 2 * chartWidth + m_chartsLayout->horizontalSpacing() ? 2 : 1;
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (int i = 0; i < m_chartBoxes.size(); ++i) {
        m_chartsLayout->removeWidget(m_chartBoxes.at(i));
        m_chartsLayout->addWidget(m_chartBoxes.at(i), i / columns, i % columns);
    }
    for (int column = 0; column < 2; ++column) {
        m_chartsLayout->setColumnStretch(column, column < columns ? 1 : 0);
    }
}

// The table takes what its rows need, up to eight, but never more than two fifths of the tab: the charts
// keep the rest.
void UsageTab::fitTable()
{
    const int rowHeight = fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int chrome = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2
        + m_table->horizontalScrollBar()->sizeHint().height();
    const int fitting = (height() * 2 / 5 - chrome) / rowHeight;
    const int fewest = std::min(2, m_table->rowCount());
    const int shownRows = std::clamp(fitting, fewest, std::max(fewest, std::min(m_table->rowCount(), 8)));
    m_table->setFixedHeight(chrome + shownRows * rowHeight);
}

void UsageTab::resizeEvent(QResizeEvent *event)
{
    DetailsTab::resizeEvent(event);
    if (!isBuilt()) {
        return;
    }
    arrangeCharts();
    fitTable();
}

void UsageTab::changeEvent(QEvent *event)
{
    DetailsTab::changeEvent(event);
    if (event->type() == QEvent::FontChange && isBuilt()) {
        m_columns = 0;
        arrangeCharts();
        fitTable();
    }
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
