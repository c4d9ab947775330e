// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/details/DetailsTab.h"

#include <QJsonObject>

class QTreeWidget;

namespace wpc {

// The plugin object behind the resource (`details`) as an expandable tree; resources without one
// (204/404) say so instead of failing.
class PluginDetailsTab : public DetailsTab
{
    Q_OBJECT

public:
    explicit PluginDetailsTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

protected:
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace wpc
