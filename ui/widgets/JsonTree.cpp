// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/JsonTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTreeWidget>

namespace wpc::JsonTree {

namespace {
void addChildren(QTreeWidgetItem *parent, const QJsonValue &value);

QTreeWidgetItem *makeItem(const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem({ key, displayText(value) });
    item->setToolTip(1, value.isString() ? value.toString() : QString());
    addChildren(item, value);
    return item;
}

void addChildren(QTreeWidgetItem *parent, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            parent->addChild(makeItem(it.key(), it.value()));
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            parent->addChild(makeItem(QString::number(i), array.at(i)));
        }
    }
}
} // namespace

QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("JsonTree", "yes")
                              : QCoreApplication::translate("JsonTree", "no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonTree", "%n item(s)", "", static_cast<int>(value.toArray().size()));
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonTree", "%n field(s)", "", static_cast<int>(value.toObject().size()));
    }
    return {};
}

void fill(QTreeWidget *tree, const QJsonValue &value)
{
    tree->clear();
    auto *root = new QTreeWidgetItem;
    addChildren(root, value);
    tree->addTopLevelItems(root->takeChildren());
    delete root;
    tree->resizeColumnToContents(0);
}

} // namespace wpc::JsonTree
