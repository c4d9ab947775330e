// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ResourceViews.h"

#include "models/actions/ActionCatalog.h"
#include "models/api/ProviderResourcesApi.h"
#include "ui/actions/JsonViewerDialog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wpc::ResourceViews {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::ResourceViews", text);
}

QJsonValue dateTime(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray toJson(const QList<SubresourceOffering> &list)
{
    QJsonArray array;
    for (const SubresourceOffering &o : list) {
        array.append(QJsonObject { { QStringLiteral("uuid"), o.uuid }, { QStringLiteral("type"), o.type } });
    }
    return array;
}

QJsonArray toJson(const QList<PlanPeriod> &list)
{
    QJsonArray array;
    for (const PlanPeriod &p : list) {
        QJsonArray components;
        for (const PlanPeriod::ComponentUsage &c : p.components) {
            components.append(QJsonObject { { QStringLiteral("type"), c.type }, { QStringLiteral("name"), c.name },
                { QStringLiteral("measured_unit"), c.measuredUnit }, { QStringLiteral("usage"), c.usage },
                { QStringLiteral("date"), dateTime(c.date) }, { QStringLiteral("description"), c.description } });
        }
        array.append(
            QJsonObject { { QStringLiteral("plan_name"), p.planName }, { QStringLiteral("start"), dateTime(p.start) },
                { QStringLiteral("end"), dateTime(p.end) }, { QStringLiteral("components"), components },
                { QStringLiteral("uuid"), p.uuid }, { QStringLiteral("plan_uuid"), p.planUuid } });
    }
    return array;
}

QJsonArray toJson(const QList<TeamMember> &list)
{
    QJsonArray array;
    for (const TeamMember &m : list) {
        array.append(QJsonObject { { QStringLiteral("username"), m.username },
            { QStringLiteral("full_name"), m.fullName }, { QStringLiteral("email"), m.email },
            { QStringLiteral("role"), m.role }, { QStringLiteral("expiration_time"), dateTime(m.expirationTime) },
            { QStringLiteral("offering_user_username"), m.offeringUserUsername },
            { QStringLiteral("offering_user_state"), m.offeringUserState }, { QStringLiteral("uuid"), m.uuid } });
    }
    return array;
}

template <typename T, typename Show> auto showing(JsonViewerDialog *viewer, Show show)
{
    return [viewer, show](const Result<T> &result) {
        if (!result.ok()) {
            viewer->setError(result.error);
            return;
        }
        show(result.value);
    };
}
} // namespace

JsonViewerDialog *open(Operation operation, ProviderResourcesApi *api, const Resource &row, QWidget *parent)
{
    const QString name = row.name.isEmpty() ? row.uuid : row.name;
    auto *viewer = new JsonViewerDialog(tr("%1 of “%2”").arg(ActionCatalog::label(operation, &row), name), parent);
    viewer->setObjectName(QStringLiteral("viewer_") + QString(Endpoints::info(operation).name));
    viewer->show();
    switch (operation) {
    case Operation::Details:
        api->details(row.uuid, viewer, showing<std::optional<QJsonObject>>(viewer, [viewer](const auto &value) {
            if (value) {
                viewer->setJson(*value, tr("The plugin object has no fields."));
            } else {
                viewer->setMessage(tr("This resource has no plugin object behind it (or the plugin "
                                      "does not describe it)."));
            }
        }));
        break;
    case Operation::Offering:
        api->offering(row.uuid, viewer, showing<Offering>(viewer, [viewer](const Offering &value) {
            viewer->setJson(value.raw, tr("The offering has no fields."));
        }));
        break;
    case Operation::OfferingForSubresources:
        api->offeringForSubresources(
            row.uuid, viewer, showing<QList<SubresourceOffering>>(viewer, [viewer](const auto &value) {
                viewer->setJson(toJson(value), tr("No offerings are available for sub-resources."));
            }));
        break;
    case Operation::PlanPeriods:
        api->planPeriods(row.uuid, viewer, showing<QList<PlanPeriod>>(viewer, [viewer](const auto &value) {
            viewer->setJson(toJson(value), tr("The resource has no plan periods."));
        }));
        break;
    case Operation::Team:
        api->team(row.uuid, viewer, showing<QList<TeamMember>>(viewer, [viewer](const auto &value) {
            viewer->setJson(toJson(value), tr("The resource's project has no members."));
        }));
        break;
    case Operation::GlauthUsersConfig:
        api->glauthUsersConfig(row.uuid, viewer, showing<QString>(viewer, [viewer](const QString &value) {
            viewer->setText(value, tr("The GLauth configuration is empty."));
        }));
        break;
    case Operation::List:
    case Operation::Retrieve:
    case Operation::Pull:
    case Operation::Unlink:
    case Operation::UpdateOptions:
    case Operation::UpdateOptionsDirect:
    case Operation::Update:
    case Operation::PartialUpdate:
    case Operation::MoveResource:
    case Operation::RefreshLastSync:
    case Operation::SetAsErred:
    case Operation::SetAsOk:
    case Operation::SetBackendId:
    case Operation::SetBackendMetadata:
    case Operation::SetDownscaled:
    case Operation::SetEndDateByProvider:
    case Operation::SetEndDateByStaff:
    case Operation::SetLimits:
    case Operation::SetPaused:
    case Operation::SetRestrictMemberAccess:
    case Operation::SetSlug:
    case Operation::SubmitReport:
    case Operation::Terminate:
    case Operation::Count:
        viewer->setMessage(tr("This operation has no view."));
        break;
    }
    return viewer;
}

} // namespace wpc::ResourceViews
