// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalValues.h"

#include "models/domain/Resource.h"

#include <QJsonArray>

#include <optional>

namespace wpc::JournalValues {

namespace {
// The row's value for one body key, and the row field it comes from; none when a row does not keep it.
std::optional<std::pair<QJsonValue, QLatin1StringView>> rowValue(const Resource &row, QStringView key)
{
    using L = QLatin1StringView;
    if (key == u"name") {
        return std::pair { QJsonValue(row.name), L("name") };
    }
    if (key == u"description") {
        return std::pair { QJsonValue(row.description), L("description") };
    }
    if (key == u"end_date") {
        const QJsonValue date = row.endDate.isValid() ? QJsonValue(row.endDate.toString(Qt::ISODate)) : QJsonValue();
        return std::pair { date, L("end_date") };
    }
    if (key == u"backend_id") {
        return std::pair { QJsonValue(row.backendId), L("backend_id") };
    }
    if (key == u"slug") {
        return std::pair { QJsonValue(row.slug), L("slug") };
    }
    if (key == u"paused") {
        return std::pair { QJsonValue(row.paused), L("paused") };
    }
    if (key == u"downscaled") {
        return std::pair { QJsonValue(row.downscaled), L("downscaled") };
    }
    if (key == u"restrict_member_access") {
        return std::pair { QJsonValue(row.restrictMemberAccess), L("restrict_member_access") };
    }
    if (key == u"limits") {
        QJsonObject limits;
        for (auto it = row.limits.cbegin(); it != row.limits.cend(); ++it) {
            limits.insert(it.key(), it.value());
        }
        return std::pair { QJsonValue(limits), L("limits") };
    }
    // A move's project is read from the server: a row does not keep its URL, which the move back needs.
    return std::nullopt;
}
} // namespace

QJsonObject before(const QJsonObject &body, const Resource &row, const QStringList &rowFields)
{
    QJsonObject values;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const auto value = rowValue(row, it.key());
        if (value && (rowFields.isEmpty() || rowFields.contains(value->second))) {
            values.insert(it.key(), value->first);
        }
    }
    return values;
}

QStringList fieldsToRead(const QJsonObject &body, const QJsonObject &before)
{
    QStringList fields;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (before.contains(it.key())) {
            continue;
        }
        fields.append(it.key());
        if (it.key() == u"project") {
            fields << QStringLiteral("project_uuid") << QStringLiteral("project_name");
        }
    }
    return fields;
}

QJsonObject beforeFromServer(const QJsonObject &body, const QJsonObject &raw)
{
    QJsonObject values;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!raw.contains(it.key())) {
            continue;
        }
        if (it.key() == u"project") {
            values.insert(it.key(),
                QJsonObject { { QStringLiteral("url"), raw.value(QStringLiteral("project")) },
                    { QStringLiteral("uuid"), raw.value(QStringLiteral("project_uuid")) },
                    { QStringLiteral("name"), raw.value(QStringLiteral("project_name")) } });
        } else {
            values.insert(it.key(), raw.value(it.key()));
        }
    }
    return values;
}

namespace {
// Equal as JSON, numbers by value (10 and 10.0 are one limit).
bool sameValue(const QJsonValue &sent, const QJsonValue &now)
{
    if (sent.isDouble() && now.isDouble()) {
        return sent.toDouble() == now.toDouble();
    }
    if (sent.isObject() && now.isObject()) {
        const QJsonObject a = sent.toObject();
        const QJsonObject b = now.toObject();
        if (a.size() != b.size()) {
            return false;
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!b.contains(it.key()) || !sameValue(it.value(), b.value(it.key()))) {
                return false;
            }
        }
        return true;
    }
    if (sent.isArray() && now.isArray()) {
        const QJsonArray a = sent.toArray();
        const QJsonArray b = now.toArray();
        if (a.size() != b.size()) {
            return false;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameValue(a.at(i), b.at(i))) {
                return false;
            }
        }
        return true;
    }
    return sent == now;
}
} // namespace

Shown shows(const QJsonObject &body, const QJsonObject &now)
{
    int compared = 0;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        if (!now.contains(key)) {
            continue;
        }
        ++compared;
        QJsonValue sent = it.value();
        if (key == u"project" && sent.isObject()) {
            sent = sent.toObject().value(QStringLiteral("url")); // the resource names its project by URL
        }
        if (key == u"limits" && sent.isObject()) {
            // Limits the server leaves out of its answer stay as they were; each one sent must hold.
            const QJsonObject limits = now.value(key).toObject();
            const QJsonObject wanted = sent.toObject();
            for (auto limit = wanted.constBegin(); limit != wanted.constEnd(); ++limit) {
                if (!sameValue(limit.value(), limits.value(limit.key()))) {
                    return Shown::No;
                }
            }
            continue;
        }
        if (!sameValue(sent, now.value(key))) {
            return Shown::No;
        }
    }
    return compared ? Shown::Yes : Shown::CannotTell;
}

} // namespace wpc::JournalValues
