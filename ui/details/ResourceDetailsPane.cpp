// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/ResourceDetailsPane.h"

#include "ui/details/GlauthTab.h"
#include "ui/details/HistoryTab.h"
#include "ui/details/OfferingTab.h"
#include "ui/details/OverviewTab.h"
#include "ui/details/PluginDetailsTab.h"
#include "ui/details/SubresourcesTab.h"
#include "ui/details/TeamTab.h"
#include "ui/details/UsageTab.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProxyStyle>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wpc {

namespace {
// The application's style with two thirds of its padding beside each tab's name.
class CompactTabs : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int value = QProxyStyle::pixelMetric(metric, option, widget);
        return metric == PM_TabBarTabHSpace ? value * 2 / 3 : value;
    }
};
} // namespace

ResourceDetailsPane::ResourceDetailsPane(ProviderResourcesApi *api, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(api, m_tabs))
    , m_usage(new UsageTab(api, m_tabs))
    , m_team(new TeamTab(api, m_tabs))
    , m_offering(new OfferingTab(api, m_tabs))
    , m_pluginDetails(new PluginDetailsTab(api, m_tabs))
    , m_subresources(new SubresourcesTab(api, m_tabs))
    , m_glauth(new GlauthTab(api, m_tabs))
    , m_history(new HistoryTab(m_tabs))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_title->setObjectName(QStringLiteral("detailsPaneTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("detailsPaneSubtitle"));
    m_subtitle->setWordWrap(true);
    m_refreshButton->setObjectName(QStringLiteral("detailsRefreshButton"));
    m_refreshButton->setToolTip(tr("Load this resource's details again"));
    connect(m_refreshButton, &QPushButton::clicked, this, &ResourceDetailsPane::refresh);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_usage, tr("Usage"));
    m_tabs->addTab(m_team, tr("Team"));
    m_tabs->addTab(m_offering, tr("Offering"));
    m_tabs->addTab(m_pluginDetails, tr("Details"));
    m_tabs->addTab(m_subresources, tr("Sub-resources"));
    m_tabs->addTab(m_glauth, tr("GLAuth"));
    m_tabs->addTab(m_history, tr("History"));
    // Every tab stays in sight at the pane's default width: eight tabs with a little less padding than the
    // style's, and narrower ones elide instead of hiding behind scroll arrows; each keeps its full name as a
    // tooltip.
    auto *compact = new CompactTabs(QApplication::style()->name());
    compact->setParent(m_tabs);
    m_tabs->tabBar()->setStyle(compact);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabToolTip(i, m_tabs->tabText(i));
    }
    m_all = { m_overview, m_usage, m_team, m_offering, m_pluginDetails, m_subresources, m_glauth };
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResourceDetailsPane::onCurrentTabChanged);

    auto *empty = new QLabel(tr("Select a resource"), this);
    empty->setObjectName(QStringLiteral("detailsEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_refreshButton, 0, Qt::AlignTop);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
}

void ResourceDetailsPane::setResource(const Resource &row)
{
    const bool changed = row.uuid != m_row.uuid;
    m_row = row;
    if (row.uuid.isEmpty()) {
        for (DetailsTab *tab : std::as_const(m_all)) {
            tab->setResourceUuid({});
        }
        m_history->setResourceUuid({});
        m_stack->setCurrentIndex(0);
        return;
    }
    updateHeader();
    m_stack->setCurrentIndex(1);
    if (changed) {
        for (DetailsTab *tab : std::as_const(m_all)) {
            tab->setResourceUuid(row.uuid);
        }
        m_history->setResourceUuid(row.uuid);
    }
    onCurrentTabChanged(m_tabs->currentIndex());
}

void ResourceDetailsPane::setJournal(Journal *journal, const QString &server, const QString &user)
{
    m_history->setJournal(journal, server, user);
}

void ResourceDetailsPane::retryFailed()
{
    bool any = false;
    for (DetailsTab *tab : std::as_const(m_all)) {
        if (tab->status() == DetailsTab::Status::Error) {
            tab->invalidate();
            any = true;
        }
    }
    if (any && !m_row.uuid.isEmpty()) {
        onCurrentTabChanged(m_tabs->currentIndex());
    }
}

void ResourceDetailsPane::refresh()
{
    if (m_row.uuid.isEmpty()) {
        return;
    }
    for (DetailsTab *tab : std::as_const(m_all)) {
        tab->invalidate();
    }
    m_history->reload();
    onCurrentTabChanged(m_tabs->currentIndex());
}

void ResourceDetailsPane::onCurrentTabChanged(int index)
{
    if (auto *tab = qobject_cast<DetailsTab *>(m_tabs->widget(index))) {
        tab->ensureLoaded();
    }
}

void ResourceDetailsPane::updateHeader()
{
    m_title->setText(tr("<b>%1</b>").arg(m_row.name.toHtmlEscaped()));
    QString subtitle
        = tr("%1 · %2 · %3").arg(ResourceStates::displayName(m_row.state), m_row.offeringName, m_row.projectName);
    if (m_row.hasOrderInProgress) {
        subtitle = tr("%1 · order in progress").arg(subtitle);
    }
    m_subtitle->setText(subtitle);
}

} // namespace wpc
