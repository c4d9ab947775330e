// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/SearchableComboBox.h"

#include <QStringList>

#include <functional>

namespace wpc {

// Where the filter pickers find their choices (the server, through the main window) and where they keep
// the recent ones. Plans belong to one offering: their search and lookup take its uuid first.
struct FilterSources
{
    using Search = SearchableComboBox::Search;
    using NameLookup = SearchableComboBox::NameLookup;
    using PlanSearch = std::function<void(
        const QString &offering, const QString &text, int page, QObject *context, SearchableComboBox::Reply)>;
    using PlanLookup = std::function<void(
        const QString &offering, const QString &uuid, QObject *context, std::function<void(const QString &)>)>;
    using Types = std::function<void(QObject *context, std::function<void(const QStringList &types)>)>;

    Search offerings, customers, projects, categories;
    NameLookup offeringName, customerName, projectName, categoryName;
    PlanSearch plans;
    PlanLookup planName;
    Types offeringTypes;
    QString settingsGroup; // recent choices are kept per connection, under it
};

} // namespace wpc
