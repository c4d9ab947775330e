// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ResourceTableView.h"

#include <QEvent>

namespace wpc {

ResourceTableView::ResourceTableView(QWidget *parent)
    : QTableView(parent)
{
}

void ResourceTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
    m_modelConnections.clear();
    markOther();
    QTableView::setModel(model);
    if (!model) {
        return;
    }
    // Connected after the view's own handlers: the layout these schedule runs later and sees them.
    const auto other = [this] { markOther(); };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::layoutChanged, this, other),
        connect(model, &QAbstractItemModel::rowsMoved, this, other),
        connect(model, &QAbstractItemModel::columnsInserted, this, other),
        connect(model, &QAbstractItemModel::columnsRemoved, this, other),
        connect(model, &QAbstractItemModel::columnsMoved, this, other),
    };
}

void ResourceTableView::reset()
{
    markOther();
    QTableView::reset();
}

void ResourceTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTableView::rowsInserted(parent, start, end);
    if (m_pending == Pending::Other) {
        return;
    }
    // Below the viewport: after the last row it shows (rowAt() is -1 while the rows end above its bottom edge,
    // and then the new rows may be on screen).
    const int lastShown = rowAt(viewport()->height() - 1);
    const bool appendedBelow
        = !parent.isValid() && lastShown >= 0 && start > lastShown && model() && end == model()->rowCount() - 1;
    m_pending = appendedBelow ? Pending::AppendedBelow : Pending::Other;
}

void ResourceTableView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    markOther();
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

void ResourceTableView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        markOther(); // rows of another height or place
        break;
    default:
        break;
    }
    QTableView::changeEvent(event);
}

void ResourceTableView::doItemsLayout()
{
    if (std::exchange(m_pending, Pending::Nothing) == Pending::AppendedBelow) {
        // What QAbstractItemView::doItemsLayout() does but the viewport's repaint: the rows on screen are
        // the same rows in the same places.
        updateGeometries();
        return;
    }
    QTableView::doItemsLayout();
}

} // namespace wpc
