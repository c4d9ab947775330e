// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ResourceAction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wpc {

namespace {
ResourceAction make(Operation operation, const QString &uuid, std::optional<QJsonObject> body = std::nullopt)
{
    ResourceAction action;
    action.operation = operation;
    action.resourceUuid = uuid;
    if (body) {
        action.body = QJsonDocument(*body);
    }
    return action;
}

QJsonValue dateValue(const std::optional<QDate> &date)
{
    if (!date || !date->isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    return date->toString(Qt::ISODate);
}

// The key each body must carry for the server to accept it; empty when the action sends no body or an
// optional one. Flags in particular: the server indexes validated_data["paused"] and fails without it.
QLatin1StringView requiredKey(Operation operation)
{
    switch (operation) {
    case Operation::Update:
        return QLatin1StringView("name");
    case Operation::UpdateOptions:
    case Operation::UpdateOptionsDirect:
        return QLatin1StringView("options");
    case Operation::MoveResource:
        return QLatin1StringView("project");
    case Operation::SetBackendId:
        return QLatin1StringView("backend_id");
    case Operation::SetBackendMetadata:
        return QLatin1StringView("backend_metadata");
    case Operation::SetDownscaled:
        return QLatin1StringView("downscaled");
    case Operation::SetEndDateByProvider:
    case Operation::SetEndDateByStaff:
        return QLatin1StringView("end_date");
    case Operation::SetLimits:
        return QLatin1StringView("limits");
    case Operation::SetPaused:
        return QLatin1StringView("paused");
    case Operation::SetRestrictMemberAccess:
        return QLatin1StringView("restrict_member_access");
    case Operation::SetSlug:
        return QLatin1StringView("slug");
    case Operation::SubmitReport:
        return QLatin1StringView("report");
    case Operation::List:
    case Operation::Retrieve:
    case Operation::Pull:
    case Operation::Unlink:
    case Operation::PartialUpdate:
    case Operation::Details:
    case Operation::GlauthUsersConfig:
    case Operation::OfferingForSubresources:
    case Operation::Offering:
    case Operation::PlanPeriods:
    case Operation::Team:
    case Operation::RefreshLastSync:
    case Operation::SetAsErred:
    case Operation::SetAsOk:
    case Operation::Terminate:
    case Operation::Count:
        break;
    }
    return {};
}

bool sendsNoBody(Operation operation)
{
    return operation == Operation::Pull || operation == Operation::Unlink || operation == Operation::RefreshLastSync
        || operation == Operation::SetAsOk;
}

QString flagText(bool on, const char *onText, const char *offText, const QString &uuid)
{
    return QCoreApplication::translate("wpc::ResourceAction", on ? onText : offText).arg(uuid);
}
} // namespace

bool ResourceAction::isValid() const
{
    const EndpointInfo &row = Endpoints::info(operation);
    if (row.operation == Operation::Count || !row.mutates || resourceUuid.isEmpty()) {
        return false;
    }
    if (sendsNoBody(operation)) {
        return !body.has_value();
    }
    if (!body || !body->isObject()) {
        // set_as_erred and terminate take an optional body, but it is always an object when sent.
        return !body && (operation == Operation::SetAsErred || operation == Operation::Terminate);
    }
    const QJsonObject object = body->object();
    if (operation == Operation::PartialUpdate) {
        return !object.isEmpty();
    }
    const QLatin1StringView key = requiredKey(operation);
    return key.isEmpty() || object.contains(key);
}

ApiRequest ResourceAction::toRequest() const
{
    ApiRequest request;
    request.method = Endpoints::info(operation).method;
    request.path = Endpoints::pathFor(operation, resourceUuid);
    request.body = body;
    return request;
}

QString ResourceAction::describe() const
{
    const QString &id = resourceUuid;
    const QJsonObject object = body ? body->object() : QJsonObject();
    switch (operation) {
    case Operation::Update:
    case Operation::PartialUpdate:
        return QCoreApplication::translate("wpc::ResourceAction", "Edit resource %1").arg(id);
    case Operation::Pull:
        return QCoreApplication::translate("wpc::ResourceAction", "Pull resource %1 from its backend").arg(id);
    case Operation::Unlink:
        return QCoreApplication::translate("wpc::ResourceAction", "Unlink resource %1").arg(id);
    case Operation::UpdateOptions:
        return QCoreApplication::translate("wpc::ResourceAction", "Update options of resource %1").arg(id);
    case Operation::UpdateOptionsDirect:
        return QCoreApplication::translate("wpc::ResourceAction", "Update options of resource %1 directly").arg(id);
    case Operation::MoveResource:
        return QCoreApplication::translate("wpc::ResourceAction", "Move resource %1 to another project").arg(id);
    case Operation::RefreshLastSync:
        return QCoreApplication::translate("wpc::ResourceAction", "Refresh the last sync time of resource %1").arg(id);
    case Operation::SetAsErred:
        return QCoreApplication::translate("wpc::ResourceAction", "Mark resource %1 as erred").arg(id);
    case Operation::SetAsOk:
        return QCoreApplication::translate("wpc::ResourceAction", "Mark resource %1 as OK").arg(id);
    case Operation::SetBackendId:
        return QCoreApplication::translate("wpc::ResourceAction", "Set the backend ID of resource %1 to \"%2\"")
            .arg(id, object.value(QLatin1StringView("backend_id")).toString());
    case Operation::SetBackendMetadata:
        return QCoreApplication::translate("wpc::ResourceAction", "Set the backend metadata of resource %1").arg(id);
    case Operation::SetDownscaled:
        return flagText(object.value(QLatin1StringView("downscaled")).toBool(),
            QT_TRANSLATE_NOOP("wpc::ResourceAction", "Downscale resource %1"),
            QT_TRANSLATE_NOOP("wpc::ResourceAction", "Stop downscaling resource %1"), id);
    case Operation::SetPaused:
        return flagText(object.value(QLatin1StringView("paused")).toBool(),
            QT_TRANSLATE_NOOP("wpc::ResourceAction", "Pause resource %1"),
            QT_TRANSLATE_NOOP("wpc::ResourceAction", "Resume resource %1"), id);
    case Operation::SetRestrictMemberAccess:
        return flagText(object.value(QLatin1StringView("restrict_member_access")).toBool(),
            QT_TRANSLATE_NOOP("wpc::ResourceAction", "Restrict member access to resource %1"),
            QT_TRANSLATE_NOOP("wpc::ResourceAction", "Allow member access to resource %1"), id);
    case Operation::SetEndDateByProvider:
    case Operation::SetEndDateByStaff: {
        const QJsonValue date = object.value(QLatin1StringView("end_date"));
        if (date.isString()) {
            return QCoreApplication::translate("wpc::ResourceAction", "Set the end date of resource %1 to %2")
                .arg(id, date.toString());
        }
        return QCoreApplication::translate("wpc::ResourceAction", "Clear the end date of resource %1").arg(id);
    }
    case Operation::SetLimits:
        return QCoreApplication::translate("wpc::ResourceAction", "Set the limits of resource %1").arg(id);
    case Operation::SetSlug:
        return QCoreApplication::translate("wpc::ResourceAction", "Set the slug of resource %1 to \"%2\"")
            .arg(id, object.value(QLatin1StringView("slug")).toString());
    case Operation::SubmitReport:
        return QCoreApplication::translate("wpc::ResourceAction", "Submit a report for resource %1").arg(id);
    case Operation::Terminate:
        return QCoreApplication::translate("wpc::ResourceAction", "Terminate resource %1").arg(id);
    case Operation::List:
    case Operation::Retrieve:
    case Operation::Details:
    case Operation::GlauthUsersConfig:
    case Operation::OfferingForSubresources:
    case Operation::Offering:
    case Operation::PlanPeriods:
    case Operation::Team:
    case Operation::Count:
        break;
    }
    return QCoreApplication::translate("wpc::ResourceAction", "Unknown action on resource %1").arg(id);
}

QJsonObject ResourceAction::toJson() const
{
    QJsonObject json {
        { QStringLiteral("operation"), QString(Endpoints::info(operation).name) },
        { QStringLiteral("resource_uuid"), resourceUuid },
    };
    if (body) {
        json.insert(QStringLiteral("body"), body->isArray() ? QJsonValue(body->array()) : QJsonValue(body->object()));
    }
    return json;
}

std::optional<ResourceAction> ResourceAction::fromJson(const QJsonObject &json)
{
    const QJsonValue operation = json.value(QLatin1StringView("operation"));
    const QJsonValue uuid = json.value(QLatin1StringView("resource_uuid"));
    const QJsonValue body = json.value(QLatin1StringView("body"));
    if (!operation.isString() || !uuid.isString()) {
        return std::nullopt;
    }
    ResourceAction action;
    action.operation = Endpoints::fromName(operation.toString());
    action.resourceUuid = uuid.toString();
    if (body.isObject()) {
        action.body = QJsonDocument(body.toObject());
    } else if (body.isArray()) {
        action.body = QJsonDocument(body.toArray());
    } else if (!body.isUndefined() && !body.isNull()) {
        return std::nullopt;
    }
    if (!action.isValid()) {
        return std::nullopt;
    }
    return action;
}

ResourceAction ResourceAction::update(
    const QString &uuid, const QString &name, const QString &description, const std::optional<QDate> &endDate)
{
    return make(Operation::Update, uuid,
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
            { QStringLiteral("end_date"), dateValue(endDate) } });
}

ResourceAction ResourceAction::partialUpdate(const QString &uuid, const QJsonObject &changedFields)
{
    return make(Operation::PartialUpdate, uuid, changedFields);
}

ResourceAction ResourceAction::pull(const QString &uuid)
{
    return make(Operation::Pull, uuid);
}

ResourceAction ResourceAction::unlink(const QString &uuid)
{
    return make(Operation::Unlink, uuid);
}

ResourceAction ResourceAction::updateOptions(const QString &uuid, const QJsonObject &options)
{
    return make(Operation::UpdateOptions, uuid, QJsonObject { { QStringLiteral("options"), options } });
}

ResourceAction ResourceAction::updateOptionsDirect(const QString &uuid, const QJsonObject &options)
{
    return make(Operation::UpdateOptionsDirect, uuid, QJsonObject { { QStringLiteral("options"), options } });
}

ResourceAction ResourceAction::moveResource(const QString &uuid, const QUrl &projectUrl)
{
    const QJsonObject project { { QStringLiteral("url"), projectUrl.toString(QUrl::FullyEncoded) } };
    return make(Operation::MoveResource, uuid, QJsonObject { { QStringLiteral("project"), project } });
}

ResourceAction ResourceAction::refreshLastSync(const QString &uuid)
{
    return make(Operation::RefreshLastSync, uuid);
}

ResourceAction ResourceAction::setAsErred(
    const QString &uuid, const QString &errorMessage, const QString &errorTraceback)
{
    // The server keeps the old texts when these are empty, so empty ones are left out rather than sent.
    QJsonObject body;
    if (!errorMessage.isEmpty()) {
        body.insert(QStringLiteral("error_message"), errorMessage);
    }
    if (!errorTraceback.isEmpty()) {
        body.insert(QStringLiteral("error_traceback"), errorTraceback);
    }
    return make(Operation::SetAsErred, uuid, body);
}

ResourceAction ResourceAction::setAsOk(const QString &uuid)
{
    return make(Operation::SetAsOk, uuid);
}

ResourceAction ResourceAction::setBackendId(const QString &uuid, const QString &backendId)
{
    return make(Operation::SetBackendId, uuid, QJsonObject { { QStringLiteral("backend_id"), backendId } });
}

ResourceAction ResourceAction::setBackendMetadata(const QString &uuid, const QJsonObject &metadata)
{
    return make(Operation::SetBackendMetadata, uuid, QJsonObject { { QStringLiteral("backend_metadata"), metadata } });
}

ResourceAction ResourceAction::setDownscaled(const QString &uuid, bool downscaled)
{
    return make(Operation::SetDownscaled, uuid, QJsonObject { { QStringLiteral("downscaled"), downscaled } });
}

ResourceAction ResourceAction::setEndDateByProvider(const QString &uuid, const QDate &endDate)
{
    return make(
        Operation::SetEndDateByProvider, uuid, QJsonObject { { QStringLiteral("end_date"), dateValue(endDate) } });
}

ResourceAction ResourceAction::setEndDateByStaff(const QString &uuid, const QDate &endDate)
{
    return make(Operation::SetEndDateByStaff, uuid, QJsonObject { { QStringLiteral("end_date"), dateValue(endDate) } });
}

ResourceAction ResourceAction::setLimits(const QString &uuid, const QMap<QString, qint64> &limits)
{
    QJsonObject values;
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it) {
        values.insert(it.key(), it.value());
    }
    return make(Operation::SetLimits, uuid, QJsonObject { { QStringLiteral("limits"), values } });
}

ResourceAction ResourceAction::setPaused(const QString &uuid, bool paused)
{
    return make(Operation::SetPaused, uuid, QJsonObject { { QStringLiteral("paused"), paused } });
}

ResourceAction ResourceAction::setRestrictMemberAccess(const QString &uuid, bool restrict)
{
    return make(Operation::SetRestrictMemberAccess, uuid,
        QJsonObject { { QStringLiteral("restrict_member_access"), restrict } });
}

ResourceAction ResourceAction::setSlug(const QString &uuid, const QString &slug)
{
    return make(Operation::SetSlug, uuid, QJsonObject { { QStringLiteral("slug"), slug } });
}

ResourceAction ResourceAction::submitReport(const QString &uuid, const QList<ReportSection> &sections)
{
    QJsonArray report;
    for (const ReportSection &section : sections) {
        report.append(
            QJsonObject { { QStringLiteral("header"), section.header }, { QStringLiteral("body"), section.body } });
    }
    return make(Operation::SubmitReport, uuid, QJsonObject { { QStringLiteral("report"), report } });
}

ResourceAction ResourceAction::terminate(const QString &uuid, const QJsonObject &attributes)
{
    return make(Operation::Terminate, uuid, QJsonObject { { QStringLiteral("attributes"), attributes } });
}

} // namespace wpc
