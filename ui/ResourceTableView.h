// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace wpc {

// The resource table's view. Rows arrive at the end of the model in batches while a list loads (thousands
// of them with Load all), and QTableView answers every insert with a layout that repaints its whole
// viewport. When every row inserted since the last layout lies below the last row on screen, nothing on
// screen changed but the scroll bar: the layout then updates the geometries (the scroll bar's range) and
// repaints nothing. Any other change (a reset, removed or moved rows, new columns, a font) lays out and
// repaints as QTableView does.
class ResourceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ResourceTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void reset() override;
    void doItemsLayout() override;

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void changeEvent(QEvent *event) override;

private:
    // What happened since the last layout: nothing, only rows appended below the viewport, or anything else.
    enum class Pending { Nothing, AppendedBelow, Other };
    void markOther()
    {
        m_pending = Pending::Other;
    }

    Pending m_pending = Pending::Nothing;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace wpc
