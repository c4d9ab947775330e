// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filters/FilterCatalog.h"

#include <QCoreApplication>

namespace wpc {

namespace {
QString translated(const char *text)
{
    return text ? QCoreApplication::translate("wpc::FilterSpec", text) : QString();
}

bool isSetValue(const QString &value)
{
    return !value.isEmpty();
}
bool isSetValue(const QDateTime &value)
{
    return value.isValid();
}
template <typename T> bool isSetValue(const std::optional<T> &value)
{
    return value.has_value();
}
} // namespace

QString FilterSpec::labelText() const
{
    return translated(label);
}

QString FilterSpec::toolTipText() const
{
    return translated(toolTip);
}

QString FilterSpec::yesText() const
{
    return translated(yes);
}

QString FilterSpec::noText() const
{
    return translated(no);
}

bool FilterSpec::isSet(const ResourceQuery &query) const
{
    return std::visit([&query](auto member) { return isSetValue(query.*member); }, field);
}

void FilterSpec::clear(ResourceQuery *query) const
{
    std::visit([query](auto member) { query->*member = std::decay_t<decltype(query->*member)>(); }, field);
}

void FilterSpec::copy(const ResourceQuery &from, ResourceQuery *to) const
{
    std::visit([&from, to](auto member) { to->*member = from.*member; }, field);
}

const QList<FilterSpec> &moreFilters()
{
    using E = FilterSpec::Editor;
    using Q = ResourceQuery;
    static const QList<FilterSpec> specs = {
        // The resource itself.
        { "name", E::Text, &Q::name, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Name contains"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources whose name contains this text, in any case") },
        { "nameExact", E::Text, &Q::nameExact, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Exact name"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources named exactly this, case included") },
        { "backendId", E::Text, &Q::backendId, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Backend ID"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources with exactly this backend ID") },
        { "runtimeState", E::Text, &Q::runtimeState, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Runtime state"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec",
                "The backend's own state, exactly as the plugin reports it (ACTIVE, SHUTOFF, online…)") },
        { "project", E::Project, &Q::projectUuid, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Project"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources of one project") },
        { "projectName", E::Text, &Q::projectName, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Project name"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources of projects named exactly this") },
        { "createdAfter", E::Time, &Q::createdAfter, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Created after"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources created at or after this time (your time zone)") },
        { "modifiedAfter", E::Time, &Q::modifiedAfter, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Modified after"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources changed at or after this time (your time zone)") },
        { "hasEndDate", E::Flag, &Q::hasTerminateDate, 0, QT_TRANSLATE_NOOP("wpc::FilterSpec", "End date"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether a termination date is set"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Has an end date"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "No end date") },
        // Its offering.
        { "provider", E::Provider, &Q::providerUuid, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Provider"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources of offerings of one service provider") },
        { "category", E::Category, &Q::categoryUuid, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Category"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources of offerings in one marketplace category") },
        { "offeringType", E::OfferingType, &Q::offeringType, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Offering type"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "The offering's plugin type, such as Marketplace.Slurm") },
        { "plan", E::Plan, &Q::planUuid, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Plan"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources on one plan of the offering chosen above the table") },
        { "parentOffering", E::Offering, &Q::parentOfferingUuid, 1,
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Parent offering"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Resources of offerings that belong to this offering") },
        { "billable", E::Flag, &Q::offeringBillable, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Billing"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether the offering is billed"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Billable offering"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Offering not billed") },
        { "shared", E::Flag, &Q::offeringShared, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Sharing"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether the offering is shared with all customers"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Shared offering"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Private offering") },
        { "componentCount", E::Count, &Q::componentCount, 1, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Components"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Offerings with exactly this many components") },
        { "limitComponentCount", E::Count, &Q::limitComponentCount, 1,
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Limit components"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Offerings with exactly this many limit-based components") },
        // Flags.
        { "paused", E::Flag, &Q::paused, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Paused"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether the resource is paused"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Paused"), QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not paused") },
        { "downscaled", E::Flag, &Q::downscaled, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Downscaled"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether the resource is downscaled"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Downscaled"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not downscaled") },
        { "restricted", E::Flag, &Q::restrictMemberAccess, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Member access"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether project members' access is restricted"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Restricted"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not restricted") },
        { "usageBased", E::Flag, &Q::usageBased, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Usage-based"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether the offering has a usage-based component"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Usage-based"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not usage-based") },
        { "limitBased", E::Flag, &Q::limitBased, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Limit-based"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Whether the offering has a limit-based component"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Limit-based"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not limit-based") },
        { "onlyUsageBased", E::Flag, &Q::onlyUsageBased, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Only usage"),
            QT_TRANSLATE_NOOP(
                "wpc::FilterSpec", "Whether the offering has usage-based components and no limit-based ones"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Only usage-based"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not only usage-based") },
        { "onlyLimitBased", E::Flag, &Q::onlyLimitBased, 2, QT_TRANSLATE_NOOP("wpc::FilterSpec", "Only limits"),
            QT_TRANSLATE_NOOP(
                "wpc::FilterSpec", "Whether the offering has limit-based components and no usage-based ones"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Only limit-based"),
            QT_TRANSLATE_NOOP("wpc::FilterSpec", "Not only limit-based") },
    };
    return specs;
}

int activeMoreFilters(const ResourceQuery &query)
{
    const QList<FilterSpec> &specs = moreFilters();
    return int(
        std::count_if(specs.cbegin(), specs.cend(), [&query](const FilterSpec &spec) { return spec.isSet(query); }));
}

} // namespace wpc
