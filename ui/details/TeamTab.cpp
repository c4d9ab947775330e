// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/TeamTab.h"

#include "models/api/ProviderResourcesApi.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace wpc {

TeamTab::TeamTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("teamTab"));
}

void TeamTab::buildContent()
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("Full name"), tr("Email"), tr("Role"), tr("Offering username"),
        tr("Offering user state"), tr("Expires") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    setContent(m_table);
}

void TeamTab::request(const QString &uuid, quint64 generation)
{
    api()->team(uuid, this, [this, generation](const Result<QList<TeamMember>> &result) {
        if (!accept(generation, result.error)) {
            return;
        }
        if (result.value.isEmpty()) {
            showEmpty(tr("Nobody in this resource's project."));
            return;
        }
        m_table->setSortingEnabled(false); // rows would move while being filled
        m_table->clearContents();
        m_table->setRowCount(int(result.value.size()));
        for (int row = 0; row < result.value.size(); ++row) {
            const TeamMember &member = result.value.at(row);
            const QString expiry = member.expirationTime.isValid()
                ? QLocale().toString(member.expirationTime.toLocalTime(), QLocale::ShortFormat)
                : QString();
            const QStringList cells { member.username, member.fullName, member.email, TeamMember::roleName(member.role),
                member.offeringUserUsername, member.offeringUserState, expiry };
            for (int column = 0; column < ColumnCount; ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == Expiry && member.expirationTime.isValid()) {
                    item->setData(Qt::UserRole, member.expirationTime);
                }
                m_table->setItem(row, column, item);
            }
            m_table->item(row, User)->setData(Qt::UserRole + 1, member.uuid);
        }
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(User, Qt::AscendingOrder);
        m_table->resizeColumnsToContents();
        // Long emails are elided rather than pushing the offering user columns out of a narrow pane.
        for (int column = 0; column < ColumnCount; ++column) {
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 170));
        }
        showContent();
    });
}

} // namespace wpc
