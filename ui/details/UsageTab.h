// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Entities.h"
#include "ui/details/DetailsTab.h"
#include "ui/details/UsageCsv.h"

#include <QMap>

class QGridLayout;
class QPushButton;
class QTableWidget;
class QWidget;

namespace wpc {

// plan_periods as one bar chart per component (usage per period, against the resource's limit where it
// has one) and a table of the same numbers that can be exported as CSV.
class UsageTab : public DetailsTab
{
    Q_OBJECT

public:
    explicit UsageTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

    QList<PlanPeriod> periods() const
    {
        return m_periods;
    }
    QMap<QString, double> limits() const
    {
        return m_limits;
    }
    QString csv() const;
    // Writes the table as CSV; false with *error on failure. The button goes through a file dialog.
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void arrangeCharts();
    void fitTable();
    void onExportClicked();

    QWidget *m_charts = nullptr;
    QGridLayout *m_chartsLayout = nullptr;
    QList<QWidget *> m_chartBoxes; // each a chart's title above its chart
    int m_columns = 0;
    QTableWidget *m_table = nullptr;
    QPushButton *m_exportButton = nullptr;
    QList<PlanPeriod> m_periods;
    QMap<QString, double> m_limits;
    int m_pending = 0;
    ApiError m_pendingError;
};

} // namespace wpc
