// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Entities.h"

#include "models/domain/JsonReader.h"

#include <QCoreApplication>

namespace wpc {

namespace {
template <typename T> std::optional<T> finish(const JsonReader &reader, T value, QString *error)
{
    if (reader.hasError()) {
        if (error) {
            *error = reader.error();
        }
        return std::nullopt;
    }
    return value;
}
} // namespace

std::optional<PlanPeriod> PlanPeriod::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    PlanPeriod period;
    period.uuid = reader.string(QLatin1StringView("uuid"));
    period.planName = reader.string(QLatin1StringView("plan_name"));
    period.planUuid = reader.string(QLatin1StringView("plan_uuid"));
    period.start = reader.dateTime(QLatin1StringView("start"));
    period.end = reader.dateTime(QLatin1StringView("end"));
    const QJsonArray components = reader.array(QLatin1StringView("components"));
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString path = QStringLiteral("components[%1]").arg(i);
        if (!components.at(i).isObject()) {
            reader.fail(QCoreApplication::translate("wpc::JsonReader", "field \"%1\" should be an object").arg(path));
            continue;
        }
        JsonReader c = reader.child(components.at(i).toObject(), path);
        ComponentUsage usage;
        usage.type = c.string(QLatin1StringView("type"));
        usage.name = c.string(QLatin1StringView("name"));
        usage.measuredUnit = c.string(QLatin1StringView("measured_unit"));
        usage.description = c.string(QLatin1StringView("description"));
        usage.usage = c.decimal(QLatin1StringView("usage")).value_or(0.0);
        usage.date = c.dateTime(QLatin1StringView("date"));
        period.components.append(usage);
    }
    return finish(reader, std::move(period), error);
}

QString TeamMember::roleName(const QString &role)
{
    struct Name
    {
        const char *wire;
        const char *words;
    };
    // Current role names, and the short ones older servers send.
    static const Name names[] = {
        { "PROJECT.ADMIN", QT_TRANSLATE_NOOP("wpc::TeamMember", "Project administrator") },
        { "PROJECT.MANAGER", QT_TRANSLATE_NOOP("wpc::TeamMember", "Project manager") },
        { "PROJECT.MEMBER", QT_TRANSLATE_NOOP("wpc::TeamMember", "Project member") },
        { "CUSTOMER.OWNER", QT_TRANSLATE_NOOP("wpc::TeamMember", "Organization owner") },
        { "CUSTOMER.MANAGER", QT_TRANSLATE_NOOP("wpc::TeamMember", "Organization manager") },
        { "CUSTOMER.SUPPORT", QT_TRANSLATE_NOOP("wpc::TeamMember", "Organization support") },
        { "admin", QT_TRANSLATE_NOOP("wpc::TeamMember", "Project administrator") },
        { "manager", QT_TRANSLATE_NOOP("wpc::TeamMember", "Project manager") },
        { "member", QT_TRANSLATE_NOOP("wpc::TeamMember", "Project member") },
    };
    for (const Name &name : names) {
        if (role == QLatin1StringView(name.wire)) {
            return QCoreApplication::translate("wpc::TeamMember", name.words);
        }
    }
    // "OFFERING.MANAGER" → "Offering manager": readable, if not translated.
    QString words = role.toLower();
    words.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

QString uuidFromUrl(const QString &url)
{
    const QStringList parts = QUrl(url).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.constLast();
}

std::optional<TeamMember> TeamMember::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    TeamMember member;
    member.uuid = reader.string(QLatin1StringView("uuid"));
    member.username = reader.string(QLatin1StringView("username"));
    member.fullName = reader.string(QLatin1StringView("full_name"));
    member.email = reader.string(QLatin1StringView("email"));
    member.role = reader.string(QLatin1StringView("role"));
    member.expirationTime = reader.dateTime(QLatin1StringView("expiration_time"));
    member.offeringUserUsername = reader.string(QLatin1StringView("offering_user_username"));
    member.offeringUserState = reader.string(QLatin1StringView("offering_user_state"));
    return finish(reader, std::move(member), error);
}

std::optional<SubresourceOffering> SubresourceOffering::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    SubresourceOffering offering;
    offering.uuid = reader.string(QLatin1StringView("uuid"));
    offering.type = reader.string(QLatin1StringView("type"));
    return finish(reader, std::move(offering), error);
}

std::optional<CurrentUser> CurrentUser::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    CurrentUser user;
    user.uuid = reader.string(QLatin1StringView("uuid"));
    user.username = reader.string(QLatin1StringView("username"));
    user.fullName = reader.string(QLatin1StringView("full_name"));
    user.isStaff = reader.boolean(QLatin1StringView("is_staff"));
    user.isSupport = reader.boolean(QLatin1StringView("is_support"));
    return finish(reader, std::move(user), error);
}

std::optional<Project> Project::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    Project project;
    project.uuid = reader.string(QLatin1StringView("uuid"));
    project.url = reader.string(QLatin1StringView("url"));
    project.name = reader.string(QLatin1StringView("name"));
    project.customerUuid = reader.string(QLatin1StringView("customer_uuid"));
    project.customerName = reader.string(QLatin1StringView("customer_name"));
    project.endDate = reader.date(QLatin1StringView("end_date"));
    return finish(reader, std::move(project), error);
}

std::optional<NamedRef> NamedRef::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    NamedRef ref;
    ref.uuid = reader.string(QLatin1StringView("uuid"));
    ref.name = reader.string(QLatin1StringView("name"));
    // Offerings carry a type, customers an abbreviation; whichever the object has describes it.
    ref.extra = reader.string(QLatin1StringView("type"));
    if (ref.extra.isEmpty()) {
        ref.extra = reader.string(QLatin1StringView("abbreviation"));
    }
    return finish(reader, std::move(ref), error);
}

std::optional<OfferingFacet> OfferingFacet::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    OfferingFacet facet;
    facet.uuid = reader.string(QLatin1StringView("uuid"));
    facet.type = reader.string(QLatin1StringView("type"));
    facet.categoryUuid = reader.string(QLatin1StringView("category_uuid"));
    facet.categoryTitle = reader.string(QLatin1StringView("category_title"));
    return finish(reader, std::move(facet), error);
}

} // namespace wpc
