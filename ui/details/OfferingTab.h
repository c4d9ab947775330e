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
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_components = nullptr;
    QTableWidget *m_plans = nullptr;
    QTreeWidget *m_resourceOptions = nullptr;
    QTreeWidget *m_pluginOptions = nullptr;
};

} // namespace wpc
