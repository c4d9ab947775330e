// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace wpc {

class StringPool;

enum class ResourceState : quint8 { Unknown, Creating, OK, Erred, Updating, Terminating, Terminated };

namespace ResourceStates {
// Waldur's wire strings: "Creating", "OK", "Erred", "Updating", "Terminating", "Terminated".
QString toWire(ResourceState state);
ResourceState fromWire(QStringView text);
QString displayName(ResourceState state); // translated
bool isTransitional(ResourceState state); // Creating, Updating, Terminating
} // namespace ResourceStates

// One marketplace resource as the provider sees it. Parsed from the list (often sparse) or from a full
// retrieve; a field the server did not send keeps its default. `raw` holds the object as the server sent
// it when the caller asked to keep it (single reads, whole or sparse), never for table rows.
struct Resource
{
    QString uuid;
    QString url;
    QString name;
    QString slug;
    QString description;
    ResourceState state = ResourceState::Unknown;
    QString offeringUuid;
    QString offeringName;
    QString offeringType;
    QString customerUuid;
    QString customerName;
    QString projectUuid;
    QString projectName;
    QString categoryTitle;
    QString planName;
    QString backendId;
    QString errorMessage;
    QDateTime created;
    QDateTime modified;
    QDateTime lastSync;
    QDate endDate;
    QDate projectEndDate;
    QMap<QString, double> limits;
    bool paused = false;
    bool downscaled = false;
    bool restrictMemberAccess = false;
    bool hasOrderInProgress = false;
    QJsonObject raw;

    // Parses one resource object. Wrong types for known fields give nullopt and *error (a protocol error).
    static std::optional<Resource> fromJson(const QJsonObject &json, bool keepRaw, QString *error);
    // Swaps the names and uuids that many rows repeat (offering, customer, project, category, plan) for
    // the pool's shared copies.
    void shareStrings(StringPool &pool);
};

} // namespace wpc
