// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ResourceDetailsDialog.h"

#include "models/api/ProviderResourcesApi.h"
#include "ui/widgets/JsonTree.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wpc {

ResourceDetailsDialog::ResourceDetailsDialog(ProviderResourcesApi *api, const Resource &row, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_uuid(row.uuid)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("resourceDetailsDialog"));
    setWindowTitle(tr("Resource %1").arg(row.name));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(720, 640);

    m_title->setObjectName(QStringLiteral("detailsTitleLabel"));
    m_title->setText(QStringLiteral("<b>%1</b> — %2").arg(row.name.toHtmlEscaped(), row.uuid));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statusPage = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPage);
    m_status->setObjectName(QStringLiteral("detailsStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_retry->setObjectName(QStringLiteral("detailsRetryButton"));
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    statusLayout->addStretch(1);

    m_tree->setObjectName(QStringLiteral("detailsTree"));
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_stack->addWidget(statusPage);
    m_stack->addWidget(m_tree);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &ResourceDetailsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    reload();
}

void ResourceDetailsDialog::reload()
{
    m_status->setText(tr("Loading the resource…"));
    m_retry->hide();
    m_stack->setCurrentIndex(0);
    m_api->retrieve(m_uuid, {}, this, [this](const Result<Resource> &result) {
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        JsonTree::fill(m_tree, result.value.raw);
        m_stack->setCurrentWidget(m_tree);
        Q_EMIT resourceLoaded(result.value);
    });
}

void ResourceDetailsDialog::showError(const ApiError &error)
{
    m_status->setText(error.message);
    m_retry->setVisible(error.kind != ApiError::Kind::NotFound);
    m_stack->setCurrentIndex(0);
    if (error.kind == ApiError::Kind::NotFound) {
        Q_EMIT resourceGone(m_uuid);
    }
}

} // namespace wpc
