// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimBackend.h"
#include "models/sim/SimFormat.h"
#include "models/sim/SimValidation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace wpc::sim {

namespace {

HttpReply validStates(const char *states)
{
    return HttpReply::detail(409, QStringLiteral("Valid states for operation: %1.").arg(QLatin1StringView(states)));
}

bool isOptionsOrder(const Order &order)
{
    return order.type == OrderType::Update && order.attributes.contains(QStringLiteral("new_options"));
}

// Checks one option value against its definition (validate_options builds a serializer field per option).
std::optional<QString> optionError(const QJsonObject &def, const QJsonValue &value, QJsonValue *clean)
{
    const QString type = def.value(QStringLiteral("type")).toString();
    if (type == u"boolean") {
        const auto b = drfBoolean(value);
        if (!b) {
            return msg::notBoolean();
        }
        *clean = *b;
    } else if (type == u"integer") {
        const auto n = drfInteger(value);
        if (!n) {
            return msg::notInteger();
        }
        if (def.contains(QStringLiteral("min")) && *n < def.value(QStringLiteral("min")).toInteger()) {
            return msg::minValue(def.value(QStringLiteral("min")).toInteger());
        }
        if (def.contains(QStringLiteral("max")) && *n > def.value(QStringLiteral("max")).toInteger()) {
            return msg::maxValue(def.value(QStringLiteral("max")).toInteger());
        }
        *clean = *n;
    } else if (type == u"select_string") {
        const auto text = drfString(value);
        if (!text || !def.value(QStringLiteral("choices")).toArray().contains(QJsonValue(*text))) {
            return QStringLiteral("\"%1\" is not a valid choice.").arg(text.value_or(jsonTypeName(value)));
        }
        *clean = *text;
    } else if (type == u"string" || type == u"text") {
        const auto text = drfString(value);
        if (!text) {
            return msg::notString();
        }
        *clean = *text;
    } else {
        *clean = value;
    }
    return std::nullopt;
}

} // namespace

int SimBackend::createOrder(int index, OrderType type, int user, const QJsonObject &attributes)
{
    Resource &r = m_world.resources[size_t(index)];
    Order order;
    order.uuid = Random(mix64(r.uuid.lo ^ quint64(m_world.orders.size()) ^ quint64(now()))).uuid();
    order.type = type;
    order.state = OrderState::Executing;
    order.resource = index;
    order.createdBy = user;
    order.created = now();
    order.modified = order.created;
    order.realCreatedMs = QDateTime::currentMSecsSinceEpoch();
    order.attributes = attributes;
    const int orderIndex = int(m_world.orders.size());
    m_world.orders.push_back(order);
    r.pendingOrder = orderIndex;
    r.modified = order.created;
    return orderIndex;
}

void SimBackend::finishOrder(int orderIndex)
{
    // Runs outside any request (advanceClock, processDueOrders) and changes states and backend ids.
    m_listCache.clear();
    Order &order = m_world.orders[size_t(orderIndex)];
    order.state = OrderState::Done;
    order.completed = now();
    order.modified = order.completed;
    Resource &r = m_world.resources[size_t(order.resource)];
    if (r.pendingOrder == orderIndex) {
        r.pendingOrder = -1;
    }
    if (r.deleted) {
        return;
    }
    switch (order.type) {
    case OrderType::Create:
        if (r.state == ResourceState::Creating) {
            r.state = ResourceState::OK;
        }
        if (r.backendId.isEmpty() && m_world.offerings.at(r.offering).type != u"Support.OfferingTemplate") {
            r.backendId = QStringLiteral("backend-") + r.uuid.hex().left(12);
        }
        break;
    case OrderType::Update:
        if (isOptionsOrder(order)) {
            extras(order.resource).options = order.attributes.value(QStringLiteral("new_options")).toObject();
        }
        if (r.state == ResourceState::Updating) {
            r.state = ResourceState::OK;
        }
        break;
    case OrderType::Terminate:
        r.state = ResourceState::Terminated;
        break;
    }
    r.modified = order.completed;
    r.lastSync = order.completed;
}

HttpReply SimBackend::pull(const Call &call, int index)
{
    Resource &r = m_world.resources[size_t(index)];
    if (r.state != ResourceState::OK && r.state != ResourceState::Erred) {
        return validStates("OK, Erred");
    }
    if (r.backendId.isEmpty()) {
        return HttpReply::listError(QStringLiteral("Resource does not have backend ID."));
    }
    if (m_world.offerings.at(r.offering).type == u"Support.OfferingTemplate") {
        return HttpReply::detail(409, QStringLiteral("Pull operation is not implemented."));
    }
    r.lastSync = call.ctx.now;
    return HttpReply::detail(202, QStringLiteral("Pull operation was successfully scheduled."));
}

HttpReply SimBackend::unlink(const Call &, int index)
{
    Resource &r = m_world.resources[size_t(index)];
    r.deleted = true;
    m_world.resourceIndex.remove(r.uuid);
    if (r.pendingOrder >= 0) {
        m_world.orders[size_t(r.pendingOrder)].state = OrderState::Done;
        r.pendingOrder = -1;
    }
    return HttpReply::empty(204);
}

HttpReply SimBackend::terminate(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    Resource &r = m_world.resources[size_t(index)];
    const Order *pending = r.pendingOrder >= 0 ? &m_world.orders[size_t(r.pendingOrder)] : nullptr;
    // Waldur moves the resource to Terminating only when a worker picks the order up, so a second
    // terminate right after the first still passes the state check and meets the pending order.
    const bool stateOk = r.state == ResourceState::OK || r.state == ResourceState::Erred;
    if (!stateOk && !(pending && pending->type == OrderType::Terminate)) {
        return validStates("OK, Erred");
    }
    if (pending) {
        return HttpReply::listError(QStringLiteral("Pending order for resource already exists."));
    }
    QJsonObject attributes;
    if (body->value(QStringLiteral("attributes")).isObject()) {
        attributes = body->value(QStringLiteral("attributes")).toObject();
    }
    const int order = createOrder(index, OrderType::Terminate, call.user, attributes);
    r.state = ResourceState::Terminating;
    return HttpReply::json(
        200, QJsonObject { { QStringLiteral("order_uuid"), m_world.orders[size_t(order)].uuid.hex() } });
}

HttpReply SimBackend::updateOptions(const Call &call, int index)
{
    return applyOptions(call, index, false);
}

HttpReply SimBackend::updateOptionsDirect(const Call &call, int index)
{
    return applyOptions(call, index, true);
}

HttpReply SimBackend::applyOptions(const Call &call, int index, bool direct)
{
    Resource &r = m_world.resources[size_t(index)];
    const Offering &o = m_world.offerings.at(r.offering);
    if (r.pendingOrder >= 0 && isOptionsOrder(m_world.orders[size_t(r.pendingOrder)])) {
        return HttpReply::detail(409, QStringLiteral("There's a pending order for changing resource options."));
    }
    if (!direct && r.state != ResourceState::OK) {
        return validStates("OK");
    }
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("options");
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    const QJsonValue value = body->value(key);
    if (!value.isObject()) {
        return HttpReply::fieldError(key, value.isNull() ? msg::notNull() : msg::notDict(value));
    }
    const QJsonObject defs = o.resourceOptions.value(QStringLiteral("options")).toObject();
    if (defs.isEmpty()) {
        return HttpReply::fieldError(key, QStringLiteral("Metadata for resource options is not defined."));
    }
    const QJsonObject requested = value.toObject();
    QJsonObject merged = resourceOptions(m_world, index).toObject();
    const QJsonObject old = merged;
    QJsonObject errors;
    for (auto it = requested.begin(); it != requested.end(); ++it) {
        if (!defs.contains(it.key())) {
            continue; // fields the option serializer does not know are dropped, as DRF does
        }
        QJsonValue clean;
        if (const auto message = optionError(defs.value(it.key()).toObject(), it.value(), &clean)) {
            errors.insert(it.key(), QJsonArray { *message });
        } else {
            merged.insert(it.key(), clean);
        }
    }
    if (!errors.isEmpty()) {
        return HttpReply::json(400, QJsonObject { { key, errors } });
    }
    if (direct) {
        extras(index).options = merged;
        r.modified = call.ctx.now;
        return HttpReply::json(200,
            QJsonObject {
                { QStringLiteral("status"), QStringLiteral("Resource options have been updated directly.") } });
    }
    if (o.createOrdersOnOptionChange()) {
        const int order = createOrder(index, OrderType::Update, call.user,
            QJsonObject { { QStringLiteral("old_options"), old }, { QStringLiteral("new_options"), merged } });
        r.state = ResourceState::Updating;
        return HttpReply::json(
            200, QJsonObject { { QStringLiteral("order_uuid"), m_world.orders[size_t(order)].uuid.hex() } });
    }
    extras(index).options = merged;
    r.modified = call.ctx.now;
    return HttpReply::json(
        200, QJsonObject { { QStringLiteral("status"), QStringLiteral("Resource options are submitted") } });
}

HttpReply SimBackend::moveResource(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("project");
    const auto projectError = [&](const QString &message) {
        return HttpReply::json(
            400, QJsonObject { { key, QJsonObject { { QStringLiteral("url"), QJsonArray { message } } } } });
    };
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    const QJsonValue project = body->value(key);
    if (project.isNull()) {
        return HttpReply::fieldError(key, msg::notNull());
    }
    if (!project.isObject()) {
        return HttpReply::json(400,
            QJsonObject { { key,
                QJsonObject { { QStringLiteral("non_field_errors"),
                    QJsonArray { QStringLiteral("Invalid data. Expected a dictionary, "
                                                "but got %1.")
                                     .arg(jsonTypeName(project)) } } } } });
    }
    const QJsonValue url = project.toObject().value(QStringLiteral("url"));
    if (url.isUndefined()) {
        return projectError(msg::required());
    }
    if (!url.isString()) {
        return projectError(QStringLiteral("Incorrect type. Expected URL string, received %1.").arg(jsonTypeName(url)));
    }
    // HyperlinkedRelatedField resolves the path only; the host is not compared.
    QString path = url.toString();
    if (path.startsWith(u"http://") || path.startsWith(u"https://")) {
        path = QUrl(path).path();
    }
    static const QRegularExpression route(QStringLiteral("^/api/projects/([0-9a-fA-F-]+)/$"));
    const QRegularExpressionMatch m = route.match(path);
    const auto uuid = m.hasMatch() ? Uuid::parse(m.captured(1)) : std::nullopt;
    if (!uuid) {
        return projectError(QStringLiteral("Invalid hyperlink - No URL match."));
    }
    const int target = m_world.projectIndex.value(*uuid, -1);
    if (target < 0) {
        return projectError(QStringLiteral("Invalid hyperlink - Object does not exist."));
    }
    Resource &r = m_world.resources[size_t(index)];
    r.project = target;
    r.modified = call.ctx.now;
    RenderContext ctx = call.ctx;
    return HttpReply::json(200, renderResource(ctx, index, FieldSet::all()));
}

} // namespace wpc::sim
