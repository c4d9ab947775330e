// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EmptyStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wpc {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_viewport(view->viewport())
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, &EmptyStateOverlay::buttonClicked);
    m_viewport->installEventFilter(this);
    hide();
}

void EmptyStateOverlay::showMessage(const QString &text, const QString &buttonText)
{
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    setGeometry(m_viewport->rect());
    show();
    raise();
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        setGeometry(m_viewport->rect());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wpc
