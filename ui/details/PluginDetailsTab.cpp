// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/PluginDetailsTab.h"

#include "models/api/ProviderResourcesApi.h"
#include "ui/widgets/JsonTree.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace wpc {

PluginDetailsTab::PluginDetailsTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("pluginDetailsTab"));
}

void PluginDetailsTab::buildContent()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("pluginDetailsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    setContent(m_tree);
}

void PluginDetailsTab::request(const QString &uuid, quint64 generation)
{
    api()->details(uuid, this, [this, generation](const Result<std::optional<QJsonObject>> &result) {
        if (!accept(generation, result.error)) {
            return;
        }
        if (!result.value) {
            showEmpty(tr("No details for this resource."));
            return;
        }
        JsonTree::fill(m_tree, *result.value);
        showContent();
    });
}

} // namespace wpc
