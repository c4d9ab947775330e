// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/OfferingTab.h"

#include "models/api/ProviderResourcesApi.h"
#include "ui/widgets/JsonTree.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wpc {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTreeWidget *makeTree(const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(2);
    tree->setHeaderLabels({ QObject::tr("Field"), QObject::tr("Value") });
    tree->setAlternatingRowColors(true);
    return tree;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace

OfferingTab::OfferingTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("offeringTab"));
}

void OfferingTab::buildContent()
{
    auto *content = new QWidget(this);
    m_summary = new QLabel(content);
    auto *layout = new QVBoxLayout(content);
    m_summary->setObjectName(QStringLiteral("offeringSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    auto *sections = new QTabWidget(content);
    sections->setObjectName(QStringLiteral("offeringSections"));
    sections->setDocumentMode(true);
    m_components = makeTable(QStringLiteral("offeringComponentsTable"),
        { tr("Component"), tr("Name"), tr("Billing type"), tr("Unit"), tr("Limit period"), tr("Min"), tr("Max") },
        sections);
    m_plans = makeTable(
        QStringLiteral("offeringPlansTable"), { tr("Plan"), tr("Unit"), tr("Price"), tr("UUID") }, sections);
    m_resourceOptions = makeTree(QStringLiteral("offeringResourceOptionsTree"), sections);
    m_pluginOptions = makeTree(QStringLiteral("offeringPluginOptionsTree"), sections);
    sections->addTab(m_components, tr("Components"));
    sections->addTab(m_plans, tr("Plans"));
    sections->addTab(m_resourceOptions, tr("Resource options"));
    sections->addTab(m_pluginOptions, tr("Plugin options"));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
    setContent(content);
}

void OfferingTab::request(const QString &uuid, quint64 generation)
{
    api()->offering(uuid, this, [this, generation](const Result<Offering> &result) {
        if (!accept(generation, result.error)) {
            return;
        }
        const Offering &offering = result.value;
        m_summary->setText(
            tr("<b>%1</b> — %2, %3")
                .arg(offering.name.toHtmlEscaped(), offering.type.toHtmlEscaped(), offering.state.toHtmlEscaped()));
        m_components->setRowCount(int(offering.components.size()));
        for (int row = 0; row < offering.components.size(); ++row) {
            const auto &c = offering.components.at(row);
            setRow(m_components, row,
                { c.type, c.name, c.billingType, c.measuredUnit, c.limitPeriod,
                    c.minValue ? QString::number(*c.minValue) : QString(),
                    c.maxValue ? QString::number(*c.maxValue) : QString() });
        }
        m_plans->setRowCount(int(offering.plans.size()));
        for (int row = 0; row < offering.plans.size(); ++row) {
            const auto &p = offering.plans.at(row);
            setRow(m_plans, row, { p.name, p.unit, p.price, p.uuid });
        }
        m_components->resizeColumnsToContents();
        m_plans->resizeColumnsToContents();
        JsonTree::fill(m_resourceOptions, offering.resourceOptions);
        JsonTree::fill(m_pluginOptions, offering.pluginOptions);
        showContent();
    });
}

} // namespace wpc
