// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimWorld.h"

#include <algorithm>

namespace wpc::sim {

QString Uuid::hex() const
{
    static const char digits[] = "0123456789abcdef";
    QString out(32, Qt::Uninitialized);
    QChar *p = out.data();
    for (int i = 15; i >= 0; --i) {
        *p++ = QLatin1Char(digits[(hi >> (i * 4)) & 15]);
    }
    for (int i = 15; i >= 0; --i) {
        *p++ = QLatin1Char(digits[(lo >> (i * 4)) & 15]);
    }
    return out;
}

std::optional<Uuid> Uuid::parse(QStringView text)
{
    if (text.size() == 36) {
        for (const int pos : { 8, 13, 18, 23 }) {
            if (text.at(pos) != u'-') {
                return std::nullopt;
            }
        }
    } else if (text.size() != 32) {
        return std::nullopt;
    }
    Uuid u;
    int n = 0;
    for (const QChar ch : text) {
        if (ch == u'-') {
            continue;
        }
        int v;
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9') {
            v = c - u'0';
        } else if (c >= u'a' && c <= u'f') {
            v = c - u'a' + 10;
        } else if (c >= u'A' && c <= u'F') {
            v = c - u'A' + 10;
        } else {
            return std::nullopt;
        }
        if (n < 16) {
            u.hi = (u.hi << 4) | quint64(v);
        } else {
            u.lo = (u.lo << 4) | quint64(v);
        }
        ++n;
    }
    if (n != 32) {
        return std::nullopt;
    }
    return u;
}

QString stateName(ResourceState state)
{
    switch (state) {
    case ResourceState::Creating:
        return QStringLiteral("Creating");
    case ResourceState::OK:
        return QStringLiteral("OK");
    case ResourceState::Erred:
        return QStringLiteral("Erred");
    case ResourceState::Updating:
        return QStringLiteral("Updating");
    case ResourceState::Terminating:
        return QStringLiteral("Terminating");
    case ResourceState::Terminated:
        return QStringLiteral("Terminated");
    }
    return {};
}

std::optional<ResourceState> stateFromName(QStringView name)
{
    for (int s = int(ResourceState::Creating); s <= int(ResourceState::Terminated); ++s) {
        if (stateName(ResourceState(s)) == name) {
            return ResourceState(s);
        }
    }
    return std::nullopt;
}

QString billingTypeName(BillingType type)
{
    switch (type) {
    case BillingType::Fixed:
        return QStringLiteral("fixed");
    case BillingType::Usage:
        return QStringLiteral("usage");
    case BillingType::Limit:
        return QStringLiteral("limit");
    case BillingType::One:
        return QStringLiteral("one");
    }
    return {};
}

QString projectRoleName(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Admin:
        return QStringLiteral("PROJECT.ADMIN");
    case ProjectRole::Manager:
        return QStringLiteral("PROJECT.MANAGER");
    case ProjectRole::Member:
        return QStringLiteral("PROJECT.MEMBER");
    }
    return {};
}

bool Offering::createOrdersOnOptionChange() const
{
    return pluginOptions.value(QLatin1StringView("create_orders_on_resource_option_change")).toBool();
}

bool Offering::providerCanCreateOfferingUser() const
{
    return pluginOptions.value(QLatin1StringView("service_provider_can_create_offering_user")).toBool();
}

bool Offering::hasUsage() const
{
    return std::any_of(
        components.cbegin(), components.cend(), [](const Component &c) { return c.billing == BillingType::Usage; });
}

bool Offering::hasLimits() const
{
    return std::any_of(
        components.cbegin(), components.cend(), [](const Component &c) { return c.billing == BillingType::Limit; });
}

} // namespace wpc::sim
