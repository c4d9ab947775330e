// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimHttp.h"
#include "models/sim/SimWorld.h"

#include <QJsonObject>
#include <QJsonValue>

namespace wpc::sim {

// What a reply depends on besides the data: absolute URLs are built from the request's Host, some fields
// depend on the caller, and "now" is simulated time.
struct RenderContext
{
    const World &world;
    QString base; // "http://127.0.0.1:8765"
    int user = World::kStaff;
    qint64 now = 0;

    QString url(QStringView collection, const Uuid &uuid) const
    {
        return base + QStringLiteral("/api/") + collection + QLatin1Char('/') + uuid.hex() + QLatin1Char('/');
    }
    QString media(const QString &path) const
    {
        return base + QStringLiteral("/media/") + path;
    }
};

// The `field` query parameter of the resource serializer, resolved to indices into the field table.
struct FieldSet
{
    QList<int> fields;

    static FieldSet all();
    // Unknown names are ignored; if none is valid, all fields. With any `field` given, order_in_progress
    // and creation_order are only rendered when asked for by name, like ResourceSerializer does.
    static FieldSet fromQuery(const QueryParams &query);
};

QJsonObject renderResource(const RenderContext &ctx, int index, const FieldSet &fields);

// Values shared by the resource renderer and the actions.
QJsonValue resourceOptions(const World &world, int index); // object, or null for offerings without options
QJsonObject resourceLimits(const World &world, int index);
QJsonObject backendMetadata(const World &world, int index);
QString runtimeState(const World &world, int index); // backend_metadata.runtime_state, for the filter
QString scopeUrl(const RenderContext &ctx, const Resource &r); // empty when the resource has no plugin scope
// Hyperlinks and images shared by resources and orders: null when there is nothing to point at.
QJsonValue planUrl(const RenderContext &ctx, const Offering &offering, const Plan *plan);
QJsonValue offeringImage(const RenderContext &ctx, const Offering &offering);
QJsonValue offeringThumbnail(const RenderContext &ctx, const Offering &offering);
Uuid scopeUuid(const Resource &r);
bool hasScope(const World &world, const Resource &r);

QJsonObject renderOrder(const RenderContext &ctx, const Order &order);
// The resource's Create order: the stored one, or a completed one derived from the resource.
Order creationOrderOf(const World &world, int index);

QJsonObject renderUser(const RenderContext &ctx, int user);
QJsonObject renderProject(const RenderContext &ctx, int project);
QJsonObject renderCustomer(const RenderContext &ctx, int customer);
QJsonObject renderProviderOffering(const RenderContext &ctx, int offering);
QJsonObject renderPublicOffering(const RenderContext &ctx, int offering);
QJsonObject renderOfferingComponent(const Component &component);

} // namespace wpc::sim
