// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ResourceAction.h"

#include "models/actions/OperationTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wpc {

namespace {
QJsonValue dateValue(const std::optional<QDate> &date)
{
    if (!date || !date->isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    return date->toString(Qt::ISODate);
}

} // namespace

bool ResourceAction::isValid() const
{
    const EndpointInfo &row = Endpoints::info(operation);
    if (row.operation == Operation::Count || !row.mutates || resourceUuid.isEmpty()) {
        return false;
    }
    if (!body) {
        return row.body == RequestBody::None || row.body == RequestBody::Optional;
    }
    if (!body->isObject()) {
        return false;
    }
    switch (row.body) {
    case RequestBody::None:
        return false;
    case RequestBody::Optional:
        return true;
    case RequestBody::Keyed:
        return body->object().contains(row.bodyKey);
    case RequestBody::NonEmpty:
        return !body->object().isEmpty();
    }
    return false;
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
    const OperationFacts *facts = operation == Operation::Count ? nullptr : &OperationTable::facts(operation);
    if (!facts || !facts->summary) {
        return QCoreApplication::translate("wpc::ResourceAction", "Unknown action on resource %1").arg(resourceUuid);
    }
    const QJsonValue value
        = body && !facts->endpoint.bodyKey.isEmpty() ? body->object().value(facts->endpoint.bodyKey) : QJsonValue();
    const bool cleared = facts->summaryCleared && (value.isNull() || (value.isBool() && !value.toBool()));
    const QString text = OperationTable::text(cleared ? facts->summaryCleared : facts->summary);
    return text.contains(QLatin1StringView("%2")) ? text.arg(resourceUuid, value.toString()) : text.arg(resourceUuid);
}

ResourceAction ResourceAction::of(Operation operation, const QString &uuid, std::optional<QJsonObject> body)
{
    ResourceAction action;
    action.operation = operation;
    action.resourceUuid = uuid;
    if (body) {
        action.body = QJsonDocument(*body);
    }
    return action;
}

ResourceAction ResourceAction::flag(Operation operation, const QString &uuid, bool on)
{
    const QLatin1StringView key = Endpoints::info(operation).bodyKey;
    return of(operation, uuid, QJsonObject { { QString(key), on } });
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
    return of(Operation::Update, uuid,
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
            { QStringLiteral("end_date"), dateValue(endDate) } });
}

ResourceAction ResourceAction::partialUpdate(const QString &uuid, const QJsonObject &changedFields)
{
    return of(Operation::PartialUpdate, uuid, changedFields);
}

ResourceAction ResourceAction::pull(const QString &uuid)
{
    return of(Operation::Pull, uuid);
}

ResourceAction ResourceAction::unlink(const QString &uuid)
{
    return of(Operation::Unlink, uuid);
}

ResourceAction ResourceAction::updateOptions(const QString &uuid, const QJsonObject &options)
{
    return of(Operation::UpdateOptions, uuid, QJsonObject { { QStringLiteral("options"), options } });
}

ResourceAction ResourceAction::updateOptionsDirect(const QString &uuid, const QJsonObject &options)
{
    return of(Operation::UpdateOptionsDirect, uuid, QJsonObject { { QStringLiteral("options"), options } });
}

ResourceAction ResourceAction::moveResource(const QString &uuid, const QUrl &projectUrl)
{
    const QJsonObject project { { QStringLiteral("url"), projectUrl.toString(QUrl::FullyEncoded) } };
    return of(Operation::MoveResource, uuid, QJsonObject { { QStringLiteral("project"), project } });
}

ResourceAction ResourceAction::refreshLastSync(const QString &uuid)
{
    return of(Operation::RefreshLastSync, uuid);
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
    return of(Operation::SetAsErred, uuid, body);
}

ResourceAction ResourceAction::setAsOk(const QString &uuid)
{
    return of(Operation::SetAsOk, uuid);
}

ResourceAction ResourceAction::setBackendId(const QString &uuid, const QString &backendId)
{
    return of(Operation::SetBackendId, uuid, QJsonObject { { QStringLiteral("backend_id"), backendId } });
}

ResourceAction ResourceAction::setBackendMetadata(const QString &uuid, const QJsonObject &metadata)
{
    return of(Operation::SetBackendMetadata, uuid, QJsonObject { { QStringLiteral("backend_metadata"), metadata } });
}

ResourceAction ResourceAction::setDownscaled(const QString &uuid, bool downscaled)
{
    return flag(Operation::SetDownscaled, uuid, downscaled);
}

ResourceAction ResourceAction::setEndDateByProvider(const QString &uuid, const QDate &endDate)
{
    return of(
        Operation::SetEndDateByProvider, uuid, QJsonObject { { QStringLiteral("end_date"), dateValue(endDate) } });
}

ResourceAction ResourceAction::setEndDateByStaff(const QString &uuid, const QDate &endDate)
{
    return of(Operation::SetEndDateByStaff, uuid, QJsonObject { { QStringLiteral("end_date"), dateValue(endDate) } });
}

ResourceAction ResourceAction::setLimits(const QString &uuid, const QMap<QString, qint64> &limits)
{
    QJsonObject values;
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it) {
        values.insert(it.key(), it.value());
    }
    return of(Operation::SetLimits, uuid, QJsonObject { { QStringLiteral("limits"), values } });
}

ResourceAction ResourceAction::setPaused(const QString &uuid, bool paused)
{
    return flag(Operation::SetPaused, uuid, paused);
}

ResourceAction ResourceAction::setRestrictMemberAccess(const QString &uuid, bool restrict)
{
    return flag(Operation::SetRestrictMemberAccess, uuid, restrict);
}

ResourceAction ResourceAction::setSlug(const QString &uuid, const QString &slug)
{
    return of(Operation::SetSlug, uuid, QJsonObject { { QStringLiteral("slug"), slug } });
}

ResourceAction ResourceAction::submitReport(const QString &uuid, const QList<ReportSection> &sections)
{
    QJsonArray report;
    for (const ReportSection &section : sections) {
        report.append(
            QJsonObject { { QStringLiteral("header"), section.header }, { QStringLiteral("body"), section.body } });
    }
    return of(Operation::SubmitReport, uuid, QJsonObject { { QStringLiteral("report"), report } });
}

ResourceAction ResourceAction::terminate(const QString &uuid, const QJsonObject &attributes)
{
    return of(Operation::Terminate, uuid, QJsonObject { { QStringLiteral("attributes"), attributes } });
}

} // namespace wpc
