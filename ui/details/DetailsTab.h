// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiError.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace wpc {

class ProviderResourcesApi;

// One tab of the details pane: a content page plus a status page that shows loading, empty and error
// states with Retry, inside the pane. Subclasses implement request() and call showContent(), showEmpty()
// or showError(); replies for a resource the tab no longer shows are recognised with isCurrent(). The
// content page is made (buildContent()) just before the tab's first request: the console's window is built
// and painted without the content of tabs nobody has opened yet.
class DetailsTab : public QWidget
{
    Q_OBJECT

public:
    enum class Status { Idle, Loading, Content, Empty, Error };

    explicit DetailsTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

    // Which resource the tab is about; content of another one is dropped.
    void setResourceUuid(const QString &uuid);
    QString resourceUuid() const
    {
        return m_uuid;
    }
    // Loads unless the content for the current resource is already there (or on its way).
    void ensureLoaded();
    void reload();
    void invalidate(); // the next ensureLoaded() fetches again
    Status status() const
    {
        return m_status;
    }

Q_SIGNALS:
    void statusChanged(wpc::DetailsTab::Status status);

protected:
    // Makes the content widgets and hands them to setContent(); called once, before the first request().
    virtual void buildContent() = 0;
    bool isBuilt() const
    {
        return m_built;
    }
    // Sends the tab's requests for uuid; `generation` goes back into isCurrent().
    virtual void request(const QString &uuid, quint64 generation) = 0;
    void setContent(QWidget *content);
    bool isCurrent(quint64 generation) const
    {
        return generation == m_generation;
    }
    // The first step of every reply: false for a reply about an earlier resource (ignored), false with the
    // error shown in the tab for a failure, true when the value is the tab's to show.
    bool accept(quint64 generation, const ApiError &error);
    void showContent();
    void showEmpty(const QString &text);
    void showError(const ApiError &error);
    ProviderResourcesApi *api() const
    {
        return m_api;
    }

private:
    void setStatus(Status status, const QString &text, bool retry);

    ProviderResourcesApi *m_api;
    QStackedWidget *m_stack;
    QWidget *m_statusPage;
    QLabel *m_statusLabel;
    QPushButton *m_retryButton;
    QString m_uuid;
    QString m_loadedUuid;
    quint64 m_generation = 0;
    Status m_status = Status::Idle;
    bool m_built = false;
};

} // namespace wpc
