// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/OverviewWindow.h"

#include "models/api/ProviderResourcesApi.h"
#include "models/views/ViewCounter.h"
#include "ui/widgets/StatusColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace wpc {

namespace {
QString keyOf(const QString &offering, ResourceState state)
{
    return offering + QLatin1Char('/') + ResourceStates::toWire(state);
}

StatusColors::Role roleOf(ResourceState state)
{
    switch (state) {
    case ResourceState::OK:
        return StatusColors::Role::Success;
    case ResourceState::Erred:
        return StatusColors::Role::Error;
    case ResourceState::Terminating:
        return StatusColors::Role::Warning;
    case ResourceState::Creating:
    case ResourceState::Updating:
        return StatusColors::Role::Info;
    default:
        return StatusColors::Role::Neutral;
    }
}
} // namespace

OverviewWindow::OverviewWindow(ProviderResourcesApi *api, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_api(api)
    , m_counter(new ViewCounter(api->client(), this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewWindow"));
    setWindowTitle(tr("Overview: resources per offering and state"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    auto *reload = new QPushButton(tr("&Reload"), this);
    connect(reload, &QPushButton::clicked, this, &OverviewWindow::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(reload);
    layout->addLayout(footer);
    connect(m_counter, &ViewCounter::counted, this, &OverviewWindow::onCounted);
    connect(m_counter, &ViewCounter::failed, this, [this](const QString &, const QString &message) {
        m_status->setText(tr("Some counts are missing: %1").arg(message));
    });
    resize(820, 560);
    applyPalette();
}

QList<ResourceState> OverviewWindow::states()
{
    return { ResourceState::OK, ResourceState::Erred, ResourceState::Creating, ResourceState::Updating,
        ResourceState::Terminating };
}

void OverviewWindow::reload()
{
    m_counter->cancelAll();
    m_status->setText(tr("Loading the offerings…"));
    m_api->offerings(QString(), this, [this](const Result<QList<NamedRef>> &result) {
        if (!result.ok()) {
            m_status->setText(result.error.message);
            return;
        }
        build(result.value.mid(0, kMaxOfferings));
    });
}

void OverviewWindow::build(const QList<NamedRef> &offerings)
{
    m_offerings = offerings;
    m_counts.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_series = new QHorizontalStackedBarSeries;
    QStringList names;
    for (const NamedRef &offering : offerings) {
        names.prepend(offering.name); // the first offering at the top
    }
    for (ResourceState state : states()) {
        auto *set = new QBarSet(ResourceStates::displayName(state));
        for (qsizetype i = 0; i < offerings.size(); ++i) {
            *set << 0;
        }
        m_series->append(set);
    }
    connect(m_series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const int offering = int(m_offerings.size()) - 1 - index;
        const int state = int(m_series->barSets().indexOf(set));
        if (offering >= 0 && offering < m_offerings.size() && state >= 0) {
            Q_EMIT openRequested(m_offerings.at(offering).uuid, states().at(state));
        }
    });
    m_chart->addSeries(m_series);
    m_offeringAxis = new QBarCategoryAxis;
    m_offeringAxis->append(names);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_offeringAxis, Qt::AlignLeft);
    m_chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_offeringAxis);
    m_series->attachAxis(m_countAxis);
    applyPalette();

    m_pending = int(offerings.size() * states().size());
    m_status->setText(offerings.isEmpty() ? tr("No offerings.") : tr("Counting…"));
    for (const NamedRef &offering : offerings) {
        for (ResourceState state : states()) {
            ResourceQuery query;
            query.offeringUuids = { offering.uuid };
            query.states = { state };
            m_counter->count(keyOf(offering.uuid, state), query);
        }
    }
}

void OverviewWindow::onCounted(const QString &id, qint64 count)
{
    m_counts.insert(id, count);
    const QString offering = id.section(QLatin1Char('/'), 0, 0);
    const ResourceState state = ResourceStates::fromWire(id.section(QLatin1Char('/'), 1));
    const auto at = std::find_if(
        m_offerings.cbegin(), m_offerings.cend(), [&offering](const NamedRef &ref) { return ref.uuid == offering; });
    const int row = int(m_offerings.size()) - 1 - int(at - m_offerings.cbegin());
    const int set = int(states().indexOf(state));
    if (at == m_offerings.cend() || set < 0) {
        return;
    }
    m_series->barSets().at(set)->replace(row, double(count));
    qint64 widest = 0;
    for (const NamedRef &ref : m_offerings) {
        qint64 sum = 0;
        for (ResourceState s : states()) {
            sum += qMax<qint64>(0, m_counts.value(keyOf(ref.uuid, s), 0));
        }
        widest = qMax(widest, sum);
    }
    m_countAxis->setRange(0, double(qMax<qint64>(widest, 1)));
    m_countAxis->applyNiceNumbers();
    if (--m_pending <= 0) {
        m_status->setText(tr("Click a bar to open that offering's resources in that state."));
    }
}

qint64 OverviewWindow::countOf(const QString &offeringUuid, ResourceState state) const
{
    return m_counts.value(keyOf(offeringUuid, state), -1);
}

void OverviewWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette();
    }
}

void OverviewWindow::applyPalette()
{
    const QPalette colors = palette();
    m_chart->setTheme(StatusColors::isDark(colors) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(colors.brush(QPalette::Base));
    m_chart->setTitleBrush(colors.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(colors.color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(colors.color(QPalette::Text));
        axis->setLinePenColor(colors.color(QPalette::Mid));
        axis->setGridLineColor(colors.color(QPalette::Midlight));
    }
    if (m_series) {
        const QList<QBarSet *> sets = m_series->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const QColor fill = StatusColors::text(roleOf(states().at(i)), colors);
            sets.at(i)->setColor(fill);
            sets.at(i)->setBorderColor(colors.color(QPalette::Base));
        }
    }
}

} // namespace wpc
