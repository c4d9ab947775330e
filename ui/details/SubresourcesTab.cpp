// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/SubresourcesTab.h"

#include "models/api/ProviderResourcesApi.h"

#include <QHeaderView>
#include <QTableWidget>

namespace wpc {

SubresourcesTab::SubresourcesTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("subresourcesTab"));
}

void SubresourcesTab::buildContent()
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("subresourceTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Type"), tr("Offering UUID") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setContent(m_table);
}

void SubresourcesTab::request(const QString &uuid, quint64 generation)
{
    api()->offeringForSubresources(uuid, this, [this, generation](const Result<QList<SubresourceOffering>> &result) {
        if (!accept(generation, result.error)) {
            return;
        }
        if (result.value.isEmpty()) {
            showEmpty(tr("No sub-resource offerings for this resource."));
            return;
        }
        m_table->setRowCount(int(result.value.size()));
        for (int row = 0; row < result.value.size(); ++row) {
            m_table->setItem(row, 0, new QTableWidgetItem(result.value.at(row).type));
            m_table->setItem(row, 1, new QTableWidgetItem(result.value.at(row).uuid));
        }
        m_table->resizeColumnsToContents();
        showContent();
    });
}

} // namespace wpc
