// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/TypedNumbers.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QSpinBox>

namespace wpc::TypedNumbers {

namespace {

class EnterGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress) {
            return false;
        }
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto *spin = qobject_cast<QAbstractSpinBox *>(watched);
        // Swallowed: the unfinished text stays on screen, and the dialog says why OK is disabled.
        return spin && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !spin->hasAcceptableInput();
    }
};

} // namespace

void guard(QAbstractSpinBox *spin)
{
    spin->installEventFilter(new EnterGuard(spin));
}

QString problem(const QAbstractSpinBox *spin, const QString &what)
{
    if (spin->hasAcceptableInput()) {
        return {};
    }
    // The number as typed, without the box's prefix and unit.
    QString typed = spin->text();
    if (const auto *whole = qobject_cast<const QSpinBox *>(spin)) {
        typed = whole->cleanText();
    } else if (const auto *decimal = qobject_cast<const QDoubleSpinBox *>(spin)) {
        typed = decimal->cleanText();
    }
    if (typed.trimmed().isEmpty()) {
        return QCoreApplication::translate("wpc::TypedNumbers", "%1 is empty: type a number.").arg(what);
    }
    return QCoreApplication::translate("wpc::TypedNumbers", "%1: “%2” is not a number.").arg(what, typed.trimmed());
}

} // namespace wpc::TypedNumbers
