// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wpc {

namespace {

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void addMenu(QTreeWidget *tree, const QMenu *menu, const QString &path)
{
    QTreeWidgetItem *group = nullptr;
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, action->menu(), path + QStringLiteral(" ▸ ") + plain(action->text()));
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty()) {
            continue;
        }
        if (!group) {
            group = new QTreeWidgetItem(tree, { path });
            group->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(
            group, { plain(action->text()), action->shortcut().toString(QKeySequence::NativeText) });
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(
    const QMenuBar *menus, const QList<std::pair<QString, QString>> &extra, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({ tr("Command"), tr("Keys") });
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QAction *top : menus->actions()) {
        if (top->menu()) {
            addMenu(tree, top->menu(), plain(top->text()));
        }
    }
    if (!extra.isEmpty()) {
        auto *group = new QTreeWidgetItem(tree, { tr("In the table and fields") });
        group->setFirstColumnSpanned(true);
        for (const auto &[what, keys] : extra) {
            new QTreeWidgetItem(group, { what, keys });
        }
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace wpc
