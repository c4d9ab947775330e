// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/views/ViewStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

namespace wpc {

namespace {
const QString kViewsKey = QStringLiteral("views");
const QString kSeenKey = QStringLiteral("viewCounts");

SavedView builtIn(const char *id, const QString &name, const QList<ResourceState> &states)
{
    SavedView view;
    view.id = QStringLiteral("builtin:") + QLatin1StringView(id);
    view.name = name;
    view.query = ResourceQuery::defaults();
    view.query.states = states;
    view.builtIn = true;
    return view;
}

QList<ResourceState> live()
{
    return ResourceQuery::defaults().states;
}

QJsonObject toJson(const SavedView &view)
{
    ResourceQuery query = view.query;
    query.fields.clear();
    QJsonArray columns;
    for (Column column : view.columns) {
        columns.append(ResourceColumns::key(column));
    }
    return { { QStringLiteral("id"), view.id }, { QStringLiteral("name"), view.name },
        { QStringLiteral("query"), query.toUrlQuery().toString(QUrl::FullyEncoded) },
        { QStringLiteral("columns"), columns } };
}

std::optional<SavedView> fromJson(const QJsonObject &json)
{
    SavedView view;
    view.id = json.value(QLatin1StringView("id")).toString();
    view.name = json.value(QLatin1StringView("name")).toString();
    if (view.id.isEmpty() || view.name.trimmed().isEmpty() || view.id.startsWith(QLatin1StringView("builtin:"))) {
        return std::nullopt;
    }
    view.query = ResourceQuery::fromUrlQuery(QUrlQuery(json.value(QLatin1StringView("query")).toString()));
    view.query.fields.clear();
    for (const QJsonValue &key : json.value(QLatin1StringView("columns")).toArray()) {
        if (const Column column = ResourceColumns::fromKey(key.toString()); column != Column::Count) {
            view.columns << column;
        }
    }
    return view;
}
} // namespace

ViewStore::ViewStore(QString settingsGroup)
    : m_group(std::move(settingsGroup))
{
}

QList<SavedView> ViewStore::builtIns()
{
    QList<SavedView> views;
    views << builtIn("erred", tr("Erred"), { ResourceState::Erred });
    views << builtIn("transition", tr("In transition"),
        { ResourceState::Creating, ResourceState::Updating, ResourceState::Terminating });
    SavedView paused = builtIn("paused", tr("Paused"), live());
    paused.query.paused = true;
    views << paused;
    SavedView downscaled = builtIn("downscaled", tr("Downscaled"), live());
    downscaled.query.downscaled = true;
    views << downscaled;
    SavedView all = builtIn("all", tr("All including terminated"), {});
    views << all;
    return views;
}

QList<SavedView> ViewStore::views() const
{
    QList<SavedView> views = builtIns() + ownViews();
    const QHash<QString, qint64> seen = seenCounts();
    for (SavedView &view : views) {
        view.seenCount = seen.value(view.id, -1);
    }
    return views;
}

std::optional<SavedView> ViewStore::find(const QString &id) const
{
    for (const SavedView &view : views()) {
        if (view.id == id) {
            return view;
        }
    }
    return std::nullopt;
}

std::optional<SavedView> ViewStore::findByName(const QString &name) const
{
    for (const SavedView &view : views()) {
        if (view.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return view;
        }
    }
    return std::nullopt;
}

QString ViewStore::problemWithName(const QString &name, const QString &exceptId) const
{
    if (name.trimmed().isEmpty()) {
        return tr("Give the view a name.");
    }
    const std::optional<SavedView> other = findByName(name);
    if (other && other->id != exceptId) {
        return tr("There is a view called “%1” already.").arg(other->name);
    }
    return {};
}

SavedView ViewStore::save(SavedView view)
{
    view.name = view.name.trimmed();
    view.query.fields.clear();
    if (view.id.isEmpty() || view.builtIn) {
        view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        view.builtIn = false;
    }
    QList<SavedView> own = ownViews();
    const auto same = std::find_if(own.begin(), own.end(), [&view](const SavedView &v) { return v.id == view.id; });
    if (same != own.end()) {
        *same = view;
    } else {
        own << view;
    }
    writeOwnViews(own);
    return view;
}

void ViewStore::remove(const QString &id)
{
    QList<SavedView> own = ownViews();
    own.removeIf([&id](const SavedView &view) { return view.id == id; });
    writeOwnViews(own);
    QSettings settings;
    settings.beginGroup(m_group);
    QVariantMap seen = settings.value(kSeenKey).toMap();
    seen.remove(id);
    settings.setValue(kSeenKey, seen);
}

void ViewStore::markSeen(const QString &id, qint64 count)
{
    QSettings settings;
    settings.beginGroup(m_group);
    QVariantMap seen = settings.value(kSeenKey).toMap();
    seen.insert(id, count);
    settings.setValue(kSeenKey, seen);
}

QList<SavedView> ViewStore::ownViews() const
{
    QSettings settings;
    settings.sync(); // another window may have saved one meanwhile
    settings.beginGroup(m_group);
    const QJsonArray array = QJsonDocument::fromJson(settings.value(kViewsKey).toByteArray()).array();
    QList<SavedView> views;
    for (const QJsonValue &value : array) {
        if (std::optional<SavedView> view = fromJson(value.toObject())) {
            views << *view;
        }
    }
    return views;
}

void ViewStore::writeOwnViews(const QList<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &view : views) {
        array.append(toJson(view));
    }
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(kViewsKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QHash<QString, qint64> ViewStore::seenCounts() const
{
    QSettings settings;
    settings.beginGroup(m_group);
    QHash<QString, qint64> counts;
    const QVariantMap seen = settings.value(kSeenKey).toMap();
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        counts.insert(it.key(), it.value().toLongLong());
    }
    return counts;
}

} // namespace wpc
