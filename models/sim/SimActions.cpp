// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimBackend.h"
#include "models/sim/SimFormat.h"
#include "models/sim/SimValidation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace wpc::sim {

namespace {

// Reads an optional string field with CharField rules; sets *error on failure.
std::optional<QString> stringField(
    const QJsonObject &body, const QString &key, int maxLength, bool allowBlank, QJsonObject *errors)
{
    const QJsonValue value = body.value(key);
    if (value.isNull()) {
        errors->insert(key, QJsonArray { msg::notNull() });
        return std::nullopt;
    }
    auto text = drfString(value);
    if (!text) {
        errors->insert(key, QJsonArray { msg::notString() });
        return std::nullopt;
    }
    if (!allowBlank && text->trimmed().isEmpty()) {
        errors->insert(key, QJsonArray { msg::blank() });
        return std::nullopt;
    }
    if (text->size() > maxLength) {
        errors->insert(key, QJsonArray { msg::maxLength(maxLength) });
        return std::nullopt;
    }
    return text;
}

// A date-or-null field; the outer optional is empty on error, the inner QDate is invalid for null.
std::optional<QDate> dateField(const QJsonValue &value, const QString &key, QJsonObject *errors)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        return QDate();
    }
    const auto date = value.isString() ? parseIsoDate(value.toString()) : std::nullopt;
    if (!date) {
        errors->insert(key, QJsonArray { msg::dateFormat() });
    }
    return date;
}

HttpReply statusReply(const QString &status)
{
    return HttpReply::json(200, QJsonObject { { QStringLiteral("status"), status } });
}

} // namespace

HttpReply SimBackend::updateResource(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const bool partial = call.request.method == "PATCH";
    QJsonObject errors;
    std::optional<QString> name, description;
    std::optional<QDate> endDate;
    if (body->contains(QStringLiteral("name"))) {
        name = stringField(*body, QStringLiteral("name"), 150, false, &errors);
    } else if (!partial) {
        errors.insert(QStringLiteral("name"), QJsonArray { msg::required() });
    }
    if (body->contains(QStringLiteral("description"))) {
        description = stringField(*body, QStringLiteral("description"), 4096, true, &errors);
    }
    if (body->contains(QStringLiteral("end_date"))) {
        endDate = dateField(body->value(QStringLiteral("end_date")), QStringLiteral("end_date"), &errors);
        if (endDate && endDate->isValid() && *endDate < dateOf(call.ctx.now)) {
            errors.insert(QStringLiteral("end_date"),
                QJsonArray { QStringLiteral("End date cannot be earlier than the current date.") });
        }
    }
    if (!errors.isEmpty()) {
        return HttpReply::json(400, errors);
    }
    Resource &r = m_world.resources[size_t(index)];
    if (name) {
        r.name = *name;
    }
    if (description) {
        r.description = *description;
    }
    if (endDate) {
        r.endDate = *endDate;
        r.endDateRequestedBy = endDate->isValid() ? call.user : -1;
    }
    r.modified = call.ctx.now;
    return HttpReply::json(200,
        QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("description"), r.description },
            { QStringLiteral("end_date"), isoDateOrNull(r.endDate) } });
}

HttpReply SimBackend::setFlag(const Call &call, int index, const QString &field)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    if (!body->contains(field)) {
        return HttpReply::fieldError(field, msg::required());
    }
    const auto value = drfBoolean(body->value(field));
    if (!value) {
        return HttpReply::fieldError(field, msg::notBoolean());
    }
    Resource &r = m_world.resources[size_t(index)];
    bool &flag = field == u"paused" ? r.paused : (field == u"downscaled" ? r.downscaled : r.restrictMemberAccess);
    if (flag == *value) {
        return statusReply(QStringLiteral("Resource %1 flag is not changed.").arg(field));
    }
    flag = *value;
    r.modified = call.ctx.now;
    return statusReply(QStringLiteral("Resource %1 flag has been changed.").arg(field));
}

HttpReply SimBackend::setPaused(const Call &call, int index)
{
    return setFlag(call, index, QStringLiteral("paused"));
}

HttpReply SimBackend::setDownscaled(const Call &call, int index)
{
    return setFlag(call, index, QStringLiteral("downscaled"));
}

HttpReply SimBackend::setRestrictMemberAccess(const Call &call, int index)
{
    return setFlag(call, index, QStringLiteral("restrict_member_access"));
}

HttpReply SimBackend::setSlug(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("slug");
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    QJsonObject errors;
    const auto slug = stringField(*body, key, 50, false, &errors);
    if (!slug) {
        return HttpReply::json(400, errors);
    }
    static const QRegularExpression pattern(QStringLiteral("^[-a-zA-Z0-9_]+$"));
    if (!pattern.match(*slug).hasMatch()) {
        return HttpReply::fieldError(
            key, QStringLiteral("Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."));
    }
    Resource &r = m_world.resources[size_t(index)];
    if (r.slug == *slug) {
        return statusReply(QStringLiteral("Resource slug is not changed."));
    }
    r.slug = *slug;
    r.modified = call.ctx.now;
    return statusReply(QStringLiteral("Resource slug has been changed."));
}

HttpReply SimBackend::setBackendId(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("backend_id");
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    QJsonObject errors;
    const auto id = stringField(*body, key, 255, true, &errors);
    if (!id) {
        return HttpReply::json(400, errors);
    }
    Resource &r = m_world.resources[size_t(index)];
    if (r.backendId == *id) {
        return statusReply(QStringLiteral("Resource backend_id is not changed."));
    }
    r.backendId = *id;
    r.modified = call.ctx.now;
    return statusReply(QStringLiteral("Resource backend_id has been changed."));
}

HttpReply SimBackend::setBackendMetadata(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("backend_metadata");
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    const QJsonValue value = body->value(key);
    if (!value.isObject()) {
        return HttpReply::fieldError(key, value.isNull() ? msg::notNull() : msg::notDict(value));
    }
    extras(index).backendMetadata = value.toObject();
    m_world.resources[size_t(index)].modified = call.ctx.now;
    return statusReply(QStringLiteral("The backend metadata is updated"));
}

HttpReply SimBackend::setEndDate(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    QJsonObject errors;
    const auto date = dateField(body->value(QStringLiteral("end_date")), QStringLiteral("end_date"), &errors);
    if (!date) {
        return HttpReply::json(400, errors);
    }
    if (date->isValid() && *date < dateOf(call.ctx.now).addDays(7)) {
        return HttpReply::fieldError(
            QStringLiteral("end_date"), QStringLiteral("Please set at least 7 days in advance."));
    }
    Resource &r = m_world.resources[size_t(index)];
    r.endDate = *date;
    r.endDateRequestedBy = date->isValid() ? call.user : -1;
    r.modified = call.ctx.now;
    return HttpReply::empty(200);
}

HttpReply SimBackend::setLimits(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("limits");
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    const QJsonValue value = body->value(key);
    if (!value.isObject()) {
        return HttpReply::fieldError(key, value.isNull() ? msg::notNull() : msg::notDict(value));
    }
    const QJsonObject requested = value.toObject();
    QJsonObject limits;
    QJsonObject itemErrors;
    for (auto it = requested.begin(); it != requested.end(); ++it) {
        const auto n = drfInteger(it.value());
        if (!n) {
            itemErrors.insert(it.key(), QJsonArray { msg::notInteger() });
        } else if (*n < 0) {
            itemErrors.insert(it.key(), QJsonArray { msg::minValue(0) });
        } else {
            limits.insert(it.key(), *n);
        }
    }
    if (!itemErrors.isEmpty()) {
        return HttpReply::json(400, QJsonObject { { key, itemErrors } });
    }
    extras(index).limits = limits;
    m_world.resources[size_t(index)].modified = call.ctx.now;
    return statusReply(QStringLiteral("The resource limits are updated"));
}

HttpReply SimBackend::submitReport(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    const QString key = QStringLiteral("report");
    if (!body->contains(key)) {
        return HttpReply::fieldError(key, msg::required());
    }
    const QJsonValue value = body->value(key);
    if (!value.isArray()) {
        return HttpReply::fieldError(key, value.isNull() ? msg::notNull() : msg::notList(value));
    }
    const QJsonArray sections = value.toArray();
    if (sections.isEmpty()) {
        return HttpReply::fieldError(key, QStringLiteral("Report object should contain at least one section."));
    }
    QJsonArray sectionErrors;
    QJsonArray report;
    bool failed = false;
    for (const QJsonValue section : sections) {
        QJsonObject errors;
        if (!section.isObject()) {
            errors.insert(QStringLiteral("non_field_errors"),
                QJsonArray {
                    QStringLiteral("Invalid data. Expected a dictionary, but got %1.").arg(jsonTypeName(section)) });
        } else {
            for (const QString &field : { QStringLiteral("header"), QStringLiteral("body") }) {
                if (!section.toObject().contains(field)) {
                    errors.insert(field, QJsonArray { msg::required() });
                } else {
                    stringField(section.toObject(), field, 1 << 20, false, &errors);
                }
            }
        }
        failed = failed || !errors.isEmpty();
        sectionErrors.append(errors);
        if (errors.isEmpty()) {
            const QJsonObject s = section.toObject();
            report.append(QJsonObject { { QStringLiteral("header"), s.value(QStringLiteral("header")).toString() },
                { QStringLiteral("body"), s.value(QStringLiteral("body")).toString() } });
        }
    }
    if (failed) {
        return HttpReply::json(400, QJsonObject { { key, sectionErrors } });
    }
    extras(index).report = report;
    m_world.resources[size_t(index)].modified = call.ctx.now;
    return statusReply(QStringLiteral("Report is submitted"));
}

HttpReply SimBackend::setAsErred(const Call &call, int index)
{
    HttpReply error;
    const auto body = parseBody(call.request, &error);
    if (!body) {
        return error;
    }
    QJsonObject errors;
    std::optional<QString> message, traceback;
    if (body->contains(QStringLiteral("error_message"))) {
        message = stringField(*body, QStringLiteral("error_message"), 1 << 20, true, &errors);
    }
    if (body->contains(QStringLiteral("error_traceback"))) {
        traceback = stringField(*body, QStringLiteral("error_traceback"), 1 << 20, true, &errors);
    }
    if (!errors.isEmpty()) {
        return HttpReply::json(400, errors);
    }
    Resource &r = m_world.resources[size_t(index)];
    r.state = ResourceState::Erred;
    if (message && !message->isEmpty()) {
        r.errorMessage = *message;
    }
    if (traceback && !traceback->isEmpty()) {
        r.errorTraceback = *traceback;
    }
    r.modified = call.ctx.now;
    return HttpReply::empty(200);
}

HttpReply SimBackend::setAsOk(const Call &call, int index)
{
    Resource &r = m_world.resources[size_t(index)];
    if (r.state == ResourceState::OK) {
        return HttpReply::empty(200);
    }
    if (r.state == ResourceState::Terminated) {
        // Waldur's FSM refuses this transition and the view does not catch it (a 500); a clear 409 instead.
        return HttpReply::detail(
            409, QStringLiteral("Valid states for operation: Creating, Erred, Updating, Terminating."));
    }
    r.state = ResourceState::OK;
    r.errorMessage.clear();
    r.errorTraceback.clear();
    r.modified = call.ctx.now;
    return HttpReply::empty(200);
}

HttpReply SimBackend::refreshLastSync(const Call &call, int index)
{
    m_world.resources[size_t(index)].lastSync = call.ctx.now;
    return HttpReply::empty(200);
}

} // namespace wpc::sim
