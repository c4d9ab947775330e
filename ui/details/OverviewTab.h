// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/details/DetailsTab.h"

#include <QJsonObject>

class QFormLayout;
class QScrollArea;
class QVBoxLayout;

namespace wpc {

// Every field of the full resource, grouped for a human: identity (with copy buttons), offering and
// plan, customer and project, state with error and a collapsible traceback, dates, flags, limits against
// current usage, endpoints, options, backend metadata and the report.
class OverviewTab : public DetailsTab
{
    Q_OBJECT

public:
    explicit OverviewTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

    QJsonObject shownResource() const
    {
        return m_json;
    }

protected:
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;

private:
    void render(const QJsonObject &json);
    QFormLayout *addSection(QVBoxLayout *layout, const QString &title, const QString &name);
    void addIdentity(QVBoxLayout *layout, const QJsonObject &json);
    void addState(QVBoxLayout *layout, const QJsonObject &json);
    void addLimits(QVBoxLayout *layout, const QJsonObject &json);
    void addEndpoints(QVBoxLayout *layout, const QJsonObject &json);
    void addObject(QVBoxLayout *layout, const QString &title, const QString &name, const QJsonValue &value);
    void addReport(QVBoxLayout *layout, const QJsonObject &json);
    void resolveRequesters(QWidget *page, const QJsonObject &json);

    QScrollArea *m_scroll = nullptr;
    QJsonObject m_json;
};

} // namespace wpc
