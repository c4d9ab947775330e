// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/details/DetailsTab.h"

class QTableWidget;

namespace wpc {

// The project's users as the offering sees them: a sortable table of user, full name, email, role,
// offering username and its state, and the role's expiry.
class TeamTab : public DetailsTab
{
    Q_OBJECT

public:
    enum Column { User, FullName, Email, Role, OfferingUsername, OfferingUserState, Expiry, ColumnCount };

    explicit TeamTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

protected:
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace wpc
