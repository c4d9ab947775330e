// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profiles/Profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace wpc {

// The profiles, kept in the application's QSettings under "profiles/<id>/" (never a token). Every call
// reads the file afresh and writes one profile's keys only, so two consoles editing different profiles at
// once both keep their changes (QSettings merges key by key under a file lock); the same profile edited in
// both ends with the last save. The built-in Demo profile is not stored; its settings are.
class ProfileStore
{
public:
    // settingsFile empty: the application's own settings (QSettings()); tests give a file.
    explicit ProfileStore(QString settingsFile = {});

    static Profile demoProfile();
    static constexpr const char *kDemoId = "demo";

    // Demo first, then the most recently used, then by name.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive
    // For --url: the saved profile with that address (its name, certificate choices and settings), or a
    // profile for this run only, named after the host.
    Profile forAddress(const QUrl &serverRoot) const;
    // A new profile's id ("{uuid}" without braces) and a name not taken yet, "Name", "Name (2)"…
    Profile newProfile(const QString &name = {}) const;
    Profile duplicate(const Profile &profile) const;
    // Why the profile cannot be saved as it is (an empty or taken name, no address), or empty. The second
    // form checks against profiles read before, for a form that asks at every keystroke.
    QString problemWith(const Profile &profile) const;
    static QString problemWith(const Profile &profile, const QList<Profile> &existing);

    void save(const Profile &profile);
    void remove(const QString &id);
    void markUsed(const QString &id);

    // The settings group of a profile's window, filters and columns.
    static QString settingsGroupOf(const QString &id);

private:
    QString uniqueName(const QString &base) const;

    QString m_file;
};

} // namespace wpc
