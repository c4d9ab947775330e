// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace wpc {

namespace {
const QString kGroup = QStringLiteral("profiles");

std::unique_ptr<QSettings> open(const QString &file)
{
    auto settings
        = file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
    settings->sync(); // what another console saved since
    return settings;
}

QString tokenKindName(TokenKind kind)
{
    return kind == TokenKind::Bearer ? QStringLiteral("bearer") : QStringLiteral("token");
}

Profile read(QSettings &settings, const QString &id)
{
    settings.beginGroup(kGroup + QLatin1Char('/') + id);
    Profile profile;
    profile.id = id;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.serverRoot = QUrl(settings.value(QStringLiteral("url")).toString());
    profile.tokenKind = settings.value(QStringLiteral("tokenKind")).toString() == QLatin1StringView("bearer")
        ? TokenKind::Bearer
        : TokenKind::Token;
    profile.secret = Profile::secretFromName(settings.value(QStringLiteral("secret")).toString());
    profile.caBundlePath = settings.value(QStringLiteral("caBundle")).toString();
    profile.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toByteArray();
    profile.plainHttpConsent = settings.value(QStringLiteral("plainHttpConsent")).toBool();
    profile.lastUsed = settings.value(QStringLiteral("lastUsed")).toDateTime();
    settings.endGroup();
    return profile;
}
} // namespace

ProfileStore::ProfileStore(QString settingsFile)
    : m_file(std::move(settingsFile))
{
}

Profile ProfileStore::demoProfile()
{
    Profile demo;
    demo.id = QString::fromLatin1(kDemoId);
    demo.name = QCoreApplication::translate("wpc::ProfileStore", "Demo");
    demo.secret = Profile::Secret::Session;
    demo.demo = true;
    return demo;
}

QList<Profile> ProfileStore::profiles() const
{
    auto settings = open(m_file);
    settings->beginGroup(kGroup);
    const QStringList ids = settings->childGroups();
    settings->endGroup();
    QList<Profile> stored;
    for (const QString &id : ids) {
        Profile profile = read(*settings, id);
        if (!profile.name.isEmpty() && profile.serverRoot.isValid()) {
            stored.append(profile);
        }
    }
    std::sort(stored.begin(), stored.end(), [](const Profile &a, const Profile &b) {
        if (a.lastUsed != b.lastUsed) {
            return a.lastUsed > b.lastUsed;
        }
        return a.name.localeAwareCompare(b.name) < 0;
    });
    stored.prepend(demoProfile());
    return stored;
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    if (id == QLatin1StringView(kDemoId)) {
        return demoProfile();
    }
    const QList<Profile> all = profiles();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&id](const Profile &p) { return p.id == id; });
    return found == all.cend() ? std::nullopt : std::optional<Profile>(*found);
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QList<Profile> all = profiles();
    const auto found = std::find_if(all.cbegin(), all.cend(),
        [&name](const Profile &p) { return p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
    return found == all.cend() ? std::nullopt : std::optional<Profile>(*found);
}

QString ProfileStore::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; findByName(name); ++n) {
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    return name;
}

Profile ProfileStore::forAddress(const QUrl &serverRoot) const
{
    Profile profile;
    for (const Profile &saved : profiles()) {
        if (saved.serverRoot == serverRoot) {
            profile = saved;
        }
    }
    if (!profile.isValid()) {
        profile.id = QStringLiteral("url-") + serverRoot.host();
        profile.name = serverRoot.host();
        profile.serverRoot = serverRoot;
        profile.secret = Profile::Secret::Session;
    }
    return profile;
}

Profile ProfileStore::newProfile(const QString &name) const
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = uniqueName(name.isEmpty() ? QCoreApplication::translate("wpc::ProfileStore", "New server") : name);
    return profile;
}

Profile ProfileStore::duplicate(const Profile &profile) const
{
    Profile copy = profile;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = uniqueName(QCoreApplication::translate("wpc::ProfileStore", "%1 (copy)").arg(profile.name));
    copy.lastUsed = {};
    copy.demo = false;
    return copy;
}

QString ProfileStore::problemWith(const Profile &profile) const
{
    return problemWith(profile, profiles());
}

QString ProfileStore::problemWith(const Profile &profile, const QList<Profile> &existing)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        return QCoreApplication::translate("wpc::ProfileStore", "Give the profile a name.");
    }
    const bool taken = std::any_of(existing.cbegin(), existing.cend(), [&](const Profile &other) {
        return other.id != profile.id && other.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (taken) {
        return QCoreApplication::translate("wpc::ProfileStore", "Another profile is already called \"%1\".").arg(name);
    }
    if (!profile.serverRoot.isValid() || profile.serverRoot.host().isEmpty()) {
        return QCoreApplication::translate("wpc::ProfileStore", "Enter the address of the Waldur server.");
    }
    return {};
}

void ProfileStore::save(const Profile &profile)
{
    if (profile.demo || !profile.isValid()) {
        return;
    }
    auto settings = open(m_file);
    settings->beginGroup(kGroup + QLatin1Char('/') + profile.id);
    settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    settings->setValue(QStringLiteral("url"), profile.serverRoot.toString());
    settings->setValue(QStringLiteral("tokenKind"), tokenKindName(profile.tokenKind));
    settings->setValue(QStringLiteral("secret"), Profile::secretName(profile.secret));
    settings->setValue(QStringLiteral("caBundle"), profile.caBundlePath);
    settings->setValue(QStringLiteral("pinnedSha256"), profile.pinnedSha256);
    settings->setValue(QStringLiteral("plainHttpConsent"), profile.plainHttpConsent);
    if (profile.lastUsed.isValid()) {
        settings->setValue(QStringLiteral("lastUsed"), profile.lastUsed);
    }
    settings->endGroup();
    settings->sync();
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id == QLatin1StringView(kDemoId)) {
        return;
    }
    auto settings = open(m_file);
    settings->remove(kGroup + QLatin1Char('/') + id);
    settings->remove(settingsGroupOf(id));
    settings->sync();
}

void ProfileStore::markUsed(const QString &id)
{
    auto settings = open(m_file);
    if (id != QLatin1StringView(kDemoId)) {
        settings->setValue(
            kGroup + QLatin1Char('/') + id + QStringLiteral("/lastUsed"), QDateTime::currentDateTimeUtc());
    }
    settings->setValue(QStringLiteral("lastProfile"), id);
    settings->sync();
}

QString ProfileStore::settingsGroupOf(const QString &id)
{
    return QStringLiteral("profileSettings/") + id;
}

} // namespace wpc
