// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/details/DetailsTab.h"

class QTableWidget;

namespace wpc {

// Offerings whose scope is this resource's service settings (`offering_for_subresources`).
class SubresourcesTab : public DetailsTab
{
    Q_OBJECT

public:
    explicit SubresourcesTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

protected:
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace wpc
