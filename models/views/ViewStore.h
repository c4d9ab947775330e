// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/views/SavedView.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wpc {

// The saved views of one profile: the built-in starters first, then the user's own in the order saved.
// They live in QSettings under the profile's settings group ("<group>/views", JSON); each save re-reads
// the file first, so two windows saving views keep both.
class ViewStore
{
    Q_DECLARE_TR_FUNCTIONS(ViewStore)

public:
    explicit ViewStore(QString settingsGroup);

    // "Erred", "In transition" (Creating, Updating, Terminating), "Paused", "Downscaled", "All including
    // terminated": each on the server's own filters.
    static QList<SavedView> builtIns();

    QList<SavedView> views() const; // builtIns() then the user's
    std::optional<SavedView> find(const QString &id) const;
    std::optional<SavedView> findByName(const QString &name) const; // case-insensitive
    // Why a view may not have this name ("" when it may): empty, or taken by another view.
    QString problemWithName(const QString &name, const QString &exceptId = {}) const;

    // Adds a new view (a fresh id) or replaces the one with the same id; returns it as stored.
    SavedView save(SavedView view);
    void remove(const QString &id);
    // Remembers the count seen when the view was opened (built-ins too): a later count differs → marked.
    void markSeen(const QString &id, qint64 count);

private:
    QList<SavedView> ownViews() const;
    void writeOwnViews(const QList<SavedView> &views);
    QHash<QString, qint64> seenCounts() const;

    QString m_group;
};

} // namespace wpc
