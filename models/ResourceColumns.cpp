// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResourceColumns.h"

#include "models/domain/Resource.h"

#include <QCoreApplication>

namespace wpc::ResourceColumns {

namespace {
struct ColumnInfo
{
    const char *key;
    const char *title;
    const char *ordering;
    QStringList fields;
};

const ColumnInfo &infoFor(Column column)
{
    static const ColumnInfo table[kCount] = {
        { "name", QT_TRANSLATE_NOOP("ResourceColumns", "Name"), "name", { QStringLiteral("name") } },
        { "state", QT_TRANSLATE_NOOP("ResourceColumns", "State"), "state",
            { QStringLiteral("state"), QStringLiteral("error_message"), QStringLiteral("paused"),
                QStringLiteral("downscaled"), QStringLiteral("restrict_member_access") } },
        { "offering", QT_TRANSLATE_NOOP("ResourceColumns", "Offering"), "",
            { QStringLiteral("offering_name"), QStringLiteral("offering_uuid"), QStringLiteral("offering_type") } },
        { "customer", QT_TRANSLATE_NOOP("ResourceColumns", "Customer"), "",
            { QStringLiteral("customer_name"), QStringLiteral("customer_uuid") } },
        { "project", QT_TRANSLATE_NOOP("ResourceColumns", "Project"), "project_name",
            { QStringLiteral("project_name"), QStringLiteral("project_uuid") } },
        { "category", QT_TRANSLATE_NOOP("ResourceColumns", "Category"), "", { QStringLiteral("category_title") } },
        { "created", QT_TRANSLATE_NOOP("ResourceColumns", "Created"), "created", { QStringLiteral("created") } },
        { "end_date", QT_TRANSLATE_NOOP("ResourceColumns", "End date"), "end_date", { QStringLiteral("end_date") } },
        { "backend_id", QT_TRANSLATE_NOOP("ResourceColumns", "Backend ID"), "", { QStringLiteral("backend_id") } },
        { "last_sync", QT_TRANSLATE_NOOP("ResourceColumns", "Last sync"), "", { QStringLiteral("last_sync") } },
        { "flags", QT_TRANSLATE_NOOP("ResourceColumns", "Flags"), "",
            { QStringLiteral("paused"), QStringLiteral("downscaled"), QStringLiteral("restrict_member_access") } },
    };
    return table[static_cast<int>(column)];
}
} // namespace

QString title(Column column)
{
    return QCoreApplication::translate("ResourceColumns", infoFor(column).title);
}

QString key(Column column)
{
    return QLatin1StringView(infoFor(column).key);
}

Column fromKey(const QString &text)
{
    for (Column column : all()) {
        if (key(column) == text) {
            return column;
        }
    }
    return Column::Count;
}

QString orderingKey(Column column)
{
    return QLatin1StringView(infoFor(column).ordering);
}

QStringList fieldsFor(Column column)
{
    return infoFor(column).fields;
}

QStringList baseFields()
{
    // project/customer/offering names feed confirmations and tooltips even when their columns are hidden.
    return { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("backend_id"),
        QStringLiteral("project_name"), QStringLiteral("project_uuid"), QStringLiteral("customer_name"),
        QStringLiteral("customer_uuid"), QStringLiteral("offering_uuid"), QStringLiteral("paused"),
        QStringLiteral("downscaled"), QStringLiteral("restrict_member_access") };
}

QStringList fieldsFor(const QList<Column> &visible)
{
    QStringList fields = baseFields();
    for (Column column : visible) {
        for (const QString &field : fieldsFor(column)) {
            if (!fields.contains(field)) {
                fields.append(field);
            }
        }
    }
    return fields;
}

QList<Column> all()
{
    QList<Column> columns;
    for (int i = 0; i < kCount; ++i) {
        columns.append(static_cast<Column>(i));
    }
    return columns;
}

QList<Column> defaultVisible()
{
    // The flags are drawn in the State cell; their own column is there for those who want words.
    QList<Column> columns = all();
    columns.removeAll(Column::Flags);
    return columns;
}

QStringList flagNames(const Resource &resource)
{
    QStringList flags;
    if (resource.paused) {
        flags << QCoreApplication::translate("ResourceColumns", "Paused");
    }
    if (resource.downscaled) {
        flags << QCoreApplication::translate("ResourceColumns", "Downscaled");
    }
    if (resource.restrictMemberAccess) {
        flags << QCoreApplication::translate("ResourceColumns", "Restricted");
    }
    return flags;
}

} // namespace wpc::ResourceColumns
