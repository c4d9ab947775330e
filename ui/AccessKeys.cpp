// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccessKeys.h"

#include <QAction>
#include <QMenu>
#include <QSet>

namespace wpc::AccessKeys {

namespace {

// The letter after a single '&' (a "&&" is a literal ampersand), or a null QChar.
QChar keyOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

qsizetype choose(const QString &text, const QSet<QChar> &taken)
{
    // Word starts first, then any letter or digit.
    for (const bool wordStartsOnly : { true, false }) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
            if (c.isLetterOrNumber() && (!wordStartsOnly || wordStart) && !taken.contains(c.toLower())) {
                return i;
            }
        }
    }
    return -1;
}

} // namespace

void assign(QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    QSet<QChar> taken;
    for (const QAction *action : actions) {
        if (const QChar key = keyOf(action->text()); !key.isNull()) {
            taken.insert(key);
        }
    }
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty() || !keyOf(action->text()).isNull()) {
            continue;
        }
        QString text = action->text();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        qsizetype at = choose(text, taken);
        if (at < 0) {
            // Every letter is taken: share one; pressing it again moves to the next item with it.
            at = choose(text, {});
        }
        if (at >= 0) {
            taken.insert(text.at(at).toLower());
            text.insert(at, QLatin1Char('&'));
            action->setText(text);
        }
        if (QMenu *sub = action->menu()) {
            assign(sub);
        }
    }
}

void keepAssigned(QMenu *menu)
{
    assign(menu);
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu] { assign(menu); });
}

} // namespace wpc::AccessKeys
