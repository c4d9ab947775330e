// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wpc {

// Small value types for the other replies of the provider-resources family and its helpers.

struct PlanPeriod
{
    struct ComponentUsage
    {
        QString type;
        QString name;
        QString measuredUnit;
        QString description;
        double usage = 0;
        QDateTime date;
    };
    QString uuid;
    QString planName;
    QString planUuid;
    QDateTime start;
    QDateTime end;
    QList<ComponentUsage> components;

    static std::optional<PlanPeriod> fromJson(const QJsonObject &json, QString *error);
};

struct TeamMember
{
    QString uuid;
    QString username;
    QString fullName;
    QString email;
    QString role;
    QDateTime expirationTime;
    QString offeringUserUsername;
    QString offeringUserState;

    static std::optional<TeamMember> fromJson(const QJsonObject &json, QString *error);
    // The role in words ("Project member" for PROJECT.MEMBER), translated; unknown roles made readable.
    static QString roleName(const QString &role);
};

// The uuid at the end of a Waldur object URL (".../api/users/<uuid>/"), or empty.
QString uuidFromUrl(const QString &url);

struct SubresourceOffering
{
    QString uuid;
    QString type;

    static std::optional<SubresourceOffering> fromJson(const QJsonObject &json, QString *error);
};

struct CurrentUser
{
    QString uuid;
    QString username;
    QString fullName;
    bool isStaff = false;
    bool isSupport = false;

    static std::optional<CurrentUser> fromJson(const QJsonObject &json, QString *error);
};

struct Project
{
    QString uuid;
    QString url;
    QString name;
    QString customerUuid;
    QString customerName;
    QDate endDate;

    static std::optional<Project> fromJson(const QJsonObject &json, QString *error);
};

// A uuid and a name: customers and offerings for the filter pickers.
struct NamedRef
{
    QString uuid;
    QString name;
    QString extra; // offering type, customer abbreviation…

    static std::optional<NamedRef> fromJson(const QJsonObject &json, QString *error);
};

// An offering's type and category, for the "More filters" panel's category and type choices.
struct OfferingFacet
{
    QString uuid;
    QString type;
    QString categoryUuid;
    QString categoryTitle;

    static std::optional<OfferingFacet> fromJson(const QJsonObject &json, QString *error);
};

} // namespace wpc
