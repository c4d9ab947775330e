// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QHash>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QValueAxis;

namespace wpc {

class ProviderResourcesApi;
class ViewCounter;
struct NamedRef;

// View ▸ Overview: how many resources each offering has in each state, as stacked bars, from the server's
// counts (one HEAD request per offering and state, two at a time). A click on a segment opens that
// offering and state in the table. The chart takes its colours from the palette, light or dark, and the
// states' colours from the roles the badges use.
class OverviewWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxOfferings = 20; // the first the server lists (by name)

    OverviewWindow(ProviderResourcesApi *api, QWidget *parent = nullptr);

    void reload();
    // For tests: the count shown for an offering and state (-1 while unknown).
    qint64 countOf(const QString &offeringUuid, ResourceState state) const;
    QChart *chart() const
    {
        return m_chart;
    }
    static QList<ResourceState> states(); // every state but Terminated, in the bars' order

Q_SIGNALS:
    void openRequested(const QString &offeringUuid, wpc::ResourceState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build(const QList<NamedRef> &offerings);
    void onCounted(const QString &id, qint64 count);
    void applyPalette();

    ProviderResourcesApi *m_api;
    ViewCounter *m_counter;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_status;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_offeringAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QList<NamedRef> m_offerings;
    QHash<QString, qint64> m_counts; // "<offering uuid>/<state>" → count
    int m_pending = 0;
};

} // namespace wpc
