// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace Ui {
class BackendMetadataDialog;
}

namespace wpc {

// Set backend metadata: a key/value table and a raw-JSON tab over the same object. The server replaces
// the whole object, so the dialog reads the current one first and sends everything back. The JSON tab is
// parsed as you type and nothing is sent until it is a valid object with unique keys. In bulk it merges
// (each target's own metadata is read, the keys given here are set in it, its other keys stay) or replaces
// (every target gets exactly this object).
class BackendMetadataDialog : public ActionDialog
{
    Q_OBJECT

public:
    BackendMetadataDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    // Bulk: the same metadata replaces each target's; it starts empty rather than as one target's.
    BackendMetadataDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent = nullptr);
    ~BackendMetadataDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

    BulkRun::Builder bulkBuilder() const override;
    std::function<QString(const QString &uuid)> bulkChange() const override;
    BulkSkipRule bulkSkipRule() const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    std::optional<QJsonObject> fromTable(QString *problem) const;
    std::optional<QJsonObject> fromJson(QString *problem) const;
    std::optional<QJsonObject> current(QString *problem) const;
    void fillTable(const QJsonObject &object);
    void fillJson(const QJsonObject &object);
    void onTabChanged(int index);
    void onJsonEdited();
    bool merging() const; // bulk, in merge mode
    void updateIntro();

    std::unique_ptr<Ui::BackendMetadataDialog> m_ui;
    QJsonObject m_original;
    bool m_loaded = false;
    int m_tab = 0;
    // Bulk merge: each target's current metadata, read as the dialog opens.
    QHash<QString, QJsonObject> m_targetMetadata;
    QString m_readState; // why merging cannot start yet ("Reading… 3 of 40"), or why it cannot at all
};

} // namespace wpc
