// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace wpc {

class DetailsTab;
class GlauthTab;
class HistoryTab;
class Journal;
class OfferingTab;
class OverviewTab;
class PluginDetailsTab;
class ProviderResourcesApi;
class SubresourcesTab;
class TeamTab;
class UsageTab;

// Beside the resource table: everything about the selected resource in tabs (overview, usage, team,
// offering, plugin details, sub-resource offerings, GLAuth, and the journal's history of it). A tab loads when it is
// first shown for a resource and keeps its content until refresh(); loading, empty and error states stay in the pane.
class ResourceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceDetailsPane(ProviderResourcesApi *api, QWidget *parent = nullptr);

    // The table's current row (or a default Resource for none: "Select a resource").
    void setResource(const Resource &row);
    QString resourceUuid() const
    {
        return m_row.uuid;
    }
    // The History tab reads this journal, for this server and user.
    void setJournal(Journal *journal, const QString &server, const QString &user);
    // Forgets every tab's content and reloads the visible one.
    void refresh();
    // Forgets the tabs that failed (the server was unreachable) and reloads the visible one: called when
    // the connection is back.
    void retryFailed();

    QTabWidget *tabs() const
    {
        return m_tabs;
    }
    OverviewTab *overviewTab() const
    {
        return m_overview;
    }
    UsageTab *usageTab() const
    {
        return m_usage;
    }
    TeamTab *teamTab() const
    {
        return m_team;
    }
    OfferingTab *offeringTab() const
    {
        return m_offering;
    }
    PluginDetailsTab *pluginDetailsTab() const
    {
        return m_pluginDetails;
    }
    SubresourcesTab *subresourcesTab() const
    {
        return m_subresources;
    }
    GlauthTab *glauthTab() const
    {
        return m_glauth;
    }
    HistoryTab *historyTab() const
    {
        return m_history;
    }

private:
    void onCurrentTabChanged(int index);
    void updateHeader();

    Resource m_row;
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_refreshButton;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    UsageTab *m_usage;
    TeamTab *m_team;
    OfferingTab *m_offering;
    PluginDetailsTab *m_pluginDetails;
    SubresourcesTab *m_subresources;
    GlauthTab *m_glauth;
    HistoryTab *m_history;
    QList<DetailsTab *> m_all;
};

} // namespace wpc
