// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/DetailsTab.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wpc {

DetailsTab::DetailsTab(ProviderResourcesApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_stack(new QStackedWidget(this))
    , m_statusPage(new QWidget(this))
    , m_statusLabel(new QLabel(m_statusPage))
    , m_retryButton(new QPushButton(tr("Retry"), m_statusPage))
{
    m_statusLabel->setObjectName(QStringLiteral("tabStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(QStringLiteral("tabRetryButton"));
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &DetailsTab::reload);

    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_statusLabel);
    statusLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    statusLayout->addStretch(2);
    m_stack->addWidget(m_statusPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void DetailsTab::setContent(QWidget *content)
{
    m_stack->addWidget(content);
}

void DetailsTab::setResourceUuid(const QString &uuid)
{
    if (uuid == m_uuid) {
        return;
    }
    m_uuid = uuid;
    invalidate();
    setStatus(Status::Idle, QString(), false);
}

void DetailsTab::invalidate()
{
    m_loadedUuid.clear();
    ++m_generation; // replies still on their way belong to the old content
}

void DetailsTab::ensureLoaded()
{
    if (m_uuid.isEmpty() || m_loadedUuid == m_uuid) {
        return;
    }
    reload();
}

void DetailsTab::reload()
{
    if (m_uuid.isEmpty()) {
        return;
    }
    if (!m_built) {
        m_built = true;
        buildContent();
    }
    ++m_generation;
    m_loadedUuid = m_uuid;
    setStatus(Status::Loading, tr("Loading…"), false);
    request(m_uuid, m_generation);
}

bool DetailsTab::accept(quint64 generation, const ApiError &error)
{
    if (!isCurrent(generation)) {
        return false;
    }
    if (error.isError()) {
        showError(error);
        return false;
    }
    return true;
}

void DetailsTab::showContent()
{
    m_stack->setCurrentIndex(1);
    m_status = Status::Content;
    Q_EMIT statusChanged(m_status);
}

void DetailsTab::showEmpty(const QString &text)
{
    setStatus(Status::Empty, text, false);
}

void DetailsTab::showError(const ApiError &error)
{
    QString text = error.message;
    if (!error.detail.isEmpty() && !text.contains(error.detail)) {
        text = tr("%1\n%2").arg(text, error.detail);
    }
    setStatus(Status::Error, text, true);
}

void DetailsTab::setStatus(Status status, const QString &text, bool retry)
{
    m_status = status;
    m_statusLabel->setText(text);
    m_retryButton->setVisible(retry);
    m_stack->setCurrentWidget(m_statusPage);
    Q_EMIT statusChanged(status);
}

} // namespace wpc
