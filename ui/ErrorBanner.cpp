// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorBanner.h"

#include "models/api/ApiError.h"
#include "ui/widgets/StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace wpc {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColors();
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetryButton"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("errorBannerCloseButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide this message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    showMessage(error.message, true);
}

void ErrorBanner::showMessage(const QString &message, bool canRetry, const QString &button)
{
    m_text->setText(message);
    m_retry->setText(button.isEmpty() ? tr("Retry") : button);
    m_retry->setVisible(canRetry);
    show();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColors) {
        applyColors();
    }
}

// The error tint of the palette in use, light or dark; never fixed colours.
void ErrorBanner::applyColors()
{
    m_applyingColors = true;
    const QPalette &palette = parentWidget() ? parentWidget()->palette() : QFrame::palette();
    const QColor background = StatusColors::tint(StatusColors::Role::Error, palette);
    const QColor text = StatusColors::textOnTint(StatusColors::Role::Error, palette);
    setStyleSheet(
        QStringLiteral("#errorBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "#errorBanner QLabel { color: %3; }")
            .arg(background.name(), text.lighter(StatusColors::isDark(palette) ? 80 : 250).name(), text.name()));
    m_applyingColors = false;
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

} // namespace wpc
