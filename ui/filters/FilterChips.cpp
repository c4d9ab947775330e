// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filters/FilterChips.h"

#include "ui/filters/FlowLayout.h"

#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QStyle>
#include <QToolButton>

namespace wpc {

namespace {
constexpr int kChipTextChars = 32; // longer values are elided; the tooltip has them whole
}

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_flow(new FlowLayout(this))
    , m_clearAll(nullptr)
{
    setObjectName(QStringLiteral("filterChips"));
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_flow->setSpacing(4);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearChipsButton"));
    clear->setText(tr("Clear these filters"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &FilterChips::clearAllRequested);
    m_clearAll = clear;
    m_flow->addWidget(clear);
    hide();
}

void FilterChips::setChips(const QList<Chip> &chips)
{
    // A chip that stays is updated in place: the chip whose × asked for this is still in its click handler,
    // and one that goes is deleted later for the same reason.
    QHash<QString, QWidget *> kept;
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        kept.insert(chip->property("filterId").toString(), chip);
    }
    m_flow->removeWidget(m_clearAll);
    m_chips.clear();
    const int maxText = fontMetrics().horizontalAdvance(QLatin1Char('x')) * kChipTextChars;
    for (const Chip &chip : chips) {
        QWidget *frame = kept.take(chip.id);
        if (!frame) {
            frame = makeChip(chip.id);
        }
        auto *text = frame->findChild<QToolButton *>(QStringLiteral("chipText"));
        text->setText(fontMetrics().elidedText(chip.text, Qt::ElideMiddle, maxText));
        text->setToolTip(chip.toolTip);
        frame->findChild<QToolButton *>(QStringLiteral("chipRemove"))
            ->setAccessibleName(tr("Remove filter: %1").arg(chip.text));
        m_flow->addWidget(frame);
        frame->show();
        m_chips << frame;
    }
    for (QWidget *gone : std::as_const(kept)) {
        gone->setObjectName(QString());
        gone->hide();
        gone->deleteLater();
    }
    m_flow->addWidget(m_clearAll);
    m_clearAll->setVisible(chips.size() > 1);
    setVisible(!chips.isEmpty());
    updateGeometry();
}

QWidget *FilterChips::makeChip(const QString &id)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(id + QStringLiteral("Chip"));
    frame->setProperty("filterId", id);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(4, 0, 0, 0);
    row->setSpacing(0);
    auto *text = new QToolButton(frame);
    text->setObjectName(QStringLiteral("chipText"));
    text->setAutoRaise(true);
    auto *remove = new QToolButton(frame);
    remove->setObjectName(QStringLiteral("chipRemove"));
    remove->setAutoRaise(true);
    remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    remove->setToolTip(tr("Remove this filter"));
    row->addWidget(text);
    row->addWidget(remove);
    connect(text, &QToolButton::clicked, this, [this, id] { Q_EMIT activated(id); });
    connect(remove, &QToolButton::clicked, this, [this, id] { Q_EMIT removeRequested(id); });
    return frame;
}

} // namespace wpc
