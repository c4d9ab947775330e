// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/ExportValues.h"

#include "models/domain/Resource.h"

#include <QCoreApplication>
#include <QDateTime>

namespace wpc::ExportValues {

namespace {
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant value(const Resource &r, Column column)
{
    switch (column) {
    case Column::Name:
        return textOrNull(r.name);
    case Column::State:
        return r.state == ResourceState::Unknown ? QVariant() : QVariant(ResourceStates::displayName(r.state));
    case Column::Offering:
        return textOrNull(r.offeringName);
    case Column::Customer:
        return textOrNull(r.customerName);
    case Column::Project:
        return textOrNull(r.projectName);
    case Column::Category:
        return textOrNull(r.categoryTitle);
    case Column::Created:
        return r.created.isValid() ? QVariant(r.created.toUTC()) : QVariant();
    case Column::EndDate:
        return r.endDate.isValid() ? QVariant(r.endDate) : QVariant();
    case Column::BackendId:
        return textOrNull(r.backendId);
    case Column::LastSync:
        return r.lastSync.isValid() ? QVariant(r.lastSync.toUTC()) : QVariant();
    case Column::Flags:
        return textOrNull(ResourceColumns::flagNames(r).join(QStringLiteral(", ")));
    case Column::Count:
        break;
    }
    return {};
}
} // namespace

QStringList header(const QList<Column> &columns)
{
    QStringList titles;
    titles.reserve(columns.size() + 1);
    for (Column column : columns) {
        titles << ResourceColumns::title(column);
    }
    titles << QCoreApplication::translate("wpc::ExportValues", "UUID");
    return titles;
}

QVariantList row(const Resource &resource, const QList<Column> &columns)
{
    QVariantList values;
    values.reserve(columns.size() + 1);
    for (Column column : columns) {
        values << value(resource, column);
    }
    values << textOrNull(resource.uuid);
    return values;
}

QString text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

} // namespace wpc::ExportValues
