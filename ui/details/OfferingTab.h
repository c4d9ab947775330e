// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/details/DetailsTab.h"

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace wpc {

// The resource's offering: its components (billing type, unit, limit period), plans with prices, and
// the resource and plugin options as trees.
class OfferingTab : public DetailsTab
{
    Q_OBJECT

public:
    explicit OfferingTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

protected:
    void request(const QString &uuid, quint64 generation) override;

private:
    QLabel *m_summary;
    QTableWidget *m_components;
    QTableWidget *m_plans;
    QTreeWidget *m_resourceOptions;
    QTreeWidget *m_pluginOptions;
};

} // namespace wpc
