// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace wpc {

class ProviderResourcesApi;
struct ApiError;
struct Resource;

// A read-only window with the whole resource as the server returns it (a full retrieve, every field).
// It loads asynchronously and shows loading and error states in itself, with Retry.
class ResourceDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    ResourceDetailsDialog(ProviderResourcesApi *api, const Resource &row, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void resourceLoaded(const wpc::Resource &resource);
    void resourceGone(const QString &uuid);

private:
    void showError(const ApiError &error);

    ProviderResourcesApi *m_api;
    QString m_uuid;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_retry;
    QTreeWidget *m_tree;
};

} // namespace wpc
