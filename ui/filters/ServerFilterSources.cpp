// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filters/ServerFilterSources.h"

#include "models/api/ProviderResourcesApi.h"

#include <QMap>
#include <QPointer>

namespace wpc {

namespace {
using Item = SearchableComboBox::Item;
using Reply = SearchableComboBox::Reply;
using ListCall
    = void (ProviderResourcesApi::*)(const QString &, QObject *, ProviderResourcesApi::Callback<QList<NamedRef>>, int);
using NameCall = void (ProviderResourcesApi::*)(const QString &, QObject *, ProviderResourcesApi::Callback<NamedRef>);

// Pages of offering facets walked at most: 3,000 offerings.
constexpr int kMaxFacetPages = 10;

// Names containing the text, a page at a time.
FilterSources::Search nameSearch(ProviderResourcesApi *api, ListCall call)
{
    return [api, call](const QString &text, int page, QObject *context, Reply reply) {
        (api->*call)(
            text, context,
            [reply](const Result<QList<NamedRef>> &result) {
                QList<Item> items;
                for (const NamedRef &ref : result.value) {
                    items.append({ ref.uuid, ref.name, ref.extra });
                }
                // A full page may have another after it.
                reply(items, result.ok() && result.value.size() >= ProviderResourcesApi::kHelperPageSize,
                    result.ok() ? QString() : result.error.message);
            },
            page);
    };
}

FilterSources::NameLookup nameLookup(ProviderResourcesApi *api, NameCall call)
{
    return [api, call](const QString &uuid, QObject *context, std::function<void(const QString &)> done) {
        (api->*call)(uuid, context,
            [done](const Result<NamedRef> &result) { done(result.ok() ? result.value.name : QString()); });
    };
}

bool matches(const QString &name, const QString &text)
{
    return text.trimmed().isEmpty() || name.contains(text.trimmed(), Qt::CaseInsensitive);
}

// The provider's offerings' types and categories, loaded once for everyone who asks; a failure is told to
// those waiting, and the next question tries again.
class FacetCache : public QObject
{
public:
    using Done = std::function<void(const QList<OfferingFacet> &facets, const QString &error)>;

    FacetCache(ProviderResourcesApi *api, QObject *parent)
        : QObject(parent)
        , m_api(api)
    {
    }

    void get(QObject *context, Done done)
    {
        if (m_loaded) {
            done(m_facets, {});
            return;
        }
        m_waiting.append({ QPointer<QObject>(context), std::move(done) });
        if (m_waiting.size() == 1) {
            m_facets.clear();
            load(1);
        }
    }

private:
    void load(int page)
    {
        m_api->offeringFacets(page, this, [this, page](const Result<QList<OfferingFacet>> &result) {
            m_facets += result.value;
            if (result.ok() && result.value.size() >= ProviderResourcesApi::kFacetPageSize && page < kMaxFacetPages) {
                load(page + 1);
                return;
            }
            m_loaded = result.ok();
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &[context, done] : waiting) {
                if (context) {
                    done(m_facets, result.ok() ? QString() : result.error.message);
                }
            }
        });
    }

    ProviderResourcesApi *m_api;
    QList<OfferingFacet> m_facets;
    QList<std::pair<QPointer<QObject>, Done>> m_waiting;
    bool m_loaded = false;
};

QMap<QString, QString> categoriesOf(const QList<OfferingFacet> &facets) // title → uuid, sorted by title
{
    QMap<QString, QString> byTitle;
    for (const OfferingFacet &facet : facets) {
        if (!facet.categoryUuid.isEmpty()) {
            byTitle.insert(
                facet.categoryTitle.isEmpty() ? facet.categoryUuid : facet.categoryTitle, facet.categoryUuid);
        }
    }
    return byTitle;
}
} // namespace

FilterSources serverFilterSources(ProviderResourcesApi *api, const QString &settingsGroup, QObject *owner)
{
    auto *facets = new FacetCache(api, owner);
    FilterSources sources;
    sources.settingsGroup = settingsGroup;
    sources.offerings = nameSearch(api, &ProviderResourcesApi::offerings);
    sources.customers = nameSearch(api, &ProviderResourcesApi::customers);
    sources.offeringName = nameLookup(api, &ProviderResourcesApi::providerOffering);
    sources.customerName = nameLookup(api, &ProviderResourcesApi::customer);
    sources.projects = [api](const QString &text, int page, QObject *context, Reply reply) {
        api->projects(text, page, context, [reply](const Result<QList<Project>> &result) {
            QList<Item> items;
            for (const Project &project : result.value) {
                items.append({ project.uuid, project.name, project.customerName });
            }
            reply(items, result.ok() && result.value.size() >= ProviderResourcesApi::kHelperPageSize,
                result.ok() ? QString() : result.error.message);
        });
    };
    sources.projectName = [api](const QString &uuid, QObject *context, std::function<void(const QString &)> done) {
        api->project(uuid, context,
            [done](const Result<Project> &result) { done(result.ok() ? result.value.name : QString()); });
    };
    sources.categories = [facets](const QString &text, int, QObject *context, Reply reply) {
        facets->get(context, [text, reply](const QList<OfferingFacet> &all, const QString &error) {
            QList<Item> items;
            const QMap<QString, QString> byTitle = categoriesOf(all);
            for (auto it = byTitle.cbegin(); it != byTitle.cend(); ++it) {
                if (matches(it.key(), text)) {
                    items.append({ it.value(), it.key(), {} });
                }
            }
            reply(items, false, error);
        });
    };
    sources.categoryName = [facets](const QString &uuid, QObject *context, std::function<void(const QString &)> done) {
        facets->get(context,
            [uuid, done](const QList<OfferingFacet> &all, const QString &) { done(categoriesOf(all).key(uuid)); });
    };
    sources.offeringTypes = [facets](QObject *context, std::function<void(const QStringList &)> done) {
        facets->get(context, [done](const QList<OfferingFacet> &all, const QString &) {
            QStringList types;
            for (const OfferingFacet &facet : all) {
                types << facet.type;
            }
            types.removeAll(QString());
            types.removeDuplicates();
            types.sort(Qt::CaseInsensitive);
            done(types);
        });
    };
    sources.plans = [api](const QString &offering, const QString &text, int, QObject *context, Reply reply) {
        api->offeringPlans(offering, context, [text, reply](const Result<Offering> &result) {
            QList<Item> items;
            for (const Offering::Plan &plan : result.value.plans) {
                if (matches(plan.name, text)) {
                    items.append({ plan.uuid, plan.name, plan.unit });
                }
            }
            reply(items, false, result.ok() ? QString() : result.error.message);
        });
    };
    sources.planName = [api](const QString &offering, const QString &uuid, QObject *context,
                           std::function<void(const QString &)> done) {
        api->offeringPlans(offering, context, [uuid, done](const Result<Offering> &result) {
            for (const Offering::Plan &plan : result.value.plans) {
                if (plan.uuid == uuid) {
                    done(plan.name);
                    return;
                }
            }
            done({});
        });
    };
    return sources;
}

} // namespace wpc
