// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiRequest.h"
#include "models/api/Endpoints.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wpc {

// One change to one resource, as a plain value: built by the typed factories below, it can be queued,
// written to a journal (toJson/fromJson), shown to the user (describe) and sent again on purpose.
struct ResourceAction
{
    Operation operation = Operation::Count;
    QString resourceUuid;
    std::optional<QJsonDocument> body; // the exact JSON body the server expects, or none

    bool isValid() const;
    ApiRequest toRequest() const;
    QString describe() const; // "Set paused on <uuid>", translated
    QJsonObject toJson() const;
    static std::optional<ResourceAction> fromJson(const QJsonObject &json);

    struct ReportSection
    {
        QString header;
        QString body;
    };

    // Any operation with the body given as it is: what a new operation's dialog uses. Whether the server
    // would take it is isValid()'s question, answered from the operation table.
    static ResourceAction of(Operation operation, const QString &uuid, std::optional<QJsonObject> body = std::nullopt);
    // A toggle (ToggledFlag): {"<its body key>": on}.
    static ResourceAction flag(Operation operation, const QString &uuid, bool on);

    // PUT sends all three fields; PATCH only those given.
    static ResourceAction update(
        const QString &uuid, const QString &name, const QString &description, const std::optional<QDate> &endDate);
    static ResourceAction partialUpdate(const QString &uuid, const QJsonObject &changedFields);
    static ResourceAction pull(const QString &uuid);
    static ResourceAction unlink(const QString &uuid);
    static ResourceAction updateOptions(const QString &uuid, const QJsonObject &options);
    static ResourceAction updateOptionsDirect(const QString &uuid, const QJsonObject &options);
    // projectUrl is the absolute URL of /api/projects/<uuid>/ on the same server, as Waldur demands.
    static ResourceAction moveResource(const QString &uuid, const QUrl &projectUrl);
    static ResourceAction refreshLastSync(const QString &uuid);
    static ResourceAction setAsErred(const QString &uuid, const QString &errorMessage, const QString &errorTraceback);
    static ResourceAction setAsOk(const QString &uuid);
    static ResourceAction setBackendId(const QString &uuid, const QString &backendId);
    static ResourceAction setBackendMetadata(const QString &uuid, const QJsonObject &metadata);
    static ResourceAction setDownscaled(const QString &uuid, bool downscaled);
    // An invalid (null) date clears the end date.
    static ResourceAction setEndDateByProvider(const QString &uuid, const QDate &endDate);
    static ResourceAction setEndDateByStaff(const QString &uuid, const QDate &endDate);
    static ResourceAction setLimits(const QString &uuid, const QMap<QString, qint64> &limits);
    static ResourceAction setPaused(const QString &uuid, bool paused);
    static ResourceAction setRestrictMemberAccess(const QString &uuid, bool restrict);
    static ResourceAction setSlug(const QString &uuid, const QString &slug);
    static ResourceAction submitReport(const QString &uuid, const QList<ReportSection> &sections);
    static ResourceAction terminate(const QString &uuid, const QJsonObject &attributes = {});
};

} // namespace wpc
