// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TableClipboard.h"

#include "models/domain/Resource.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace wpc::TableClipboard {

namespace {
QString cell(const QVariant &value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}
} // namespace

QString selectedRowsAsText(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns; // logical indexes, in the order on screen
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && view->currentIndex().isValid()) {
        rows.append(view->currentIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList titles;
    for (const int column : std::as_const(columns)) {
        titles.append(cell(model->headerData(column, Qt::Horizontal)));
    }
    lines.append(titles.join(QLatin1Char('\t')));
    for (const int row : std::as_const(rows)) {
        QStringList values;
        for (const int column : std::as_const(columns)) {
            values.append(cell(model->index(row, column).data()));
        }
        lines.append(values.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QUrl homePortLink(const QUrl &server, const Resource &resource)
{
    QUrl link;
    link.setScheme(server.scheme());
    link.setHost(server.host());
    link.setPort(server.port());
    link.setPath(QStringLiteral("/resource-details/") + resource.uuid);
    return link;
}

} // namespace wpc::TableClipboard
