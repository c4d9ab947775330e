// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Entities.h"
#include "ui/actions/ActionDialog.h"

#include <QTimer>

#include <memory>

namespace Ui {
class MoveResourceDialog;
}

namespace wpc {

// Move to another project (staff): a searchable project picker over /api/projects/ (typing is debounced,
// late answers of an older search are dropped, more pages on request), then a confirmation naming the
// resource, its current project and customer, and the target. Waldur wants the project's URL, not its
// uuid, so that is what is sent.
class MoveResourceDialog : public ActionDialog
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 300;

    MoveResourceDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    // Bulk: one target project for all; the targets already in it are skipped in the preview.
    MoveResourceDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent = nullptr);
    ~MoveResourceDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;
    BulkSkipRule bulkSkipRule() const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;
    std::optional<ConfirmationHelper::Question> confirmation() const override;

private:
    void search(int page);
    void onProjects(quint64 generation, int page, const Result<QList<Project>> &result);
    void onCurrentRowChanged();
    std::optional<Project> projectInList() const; // the current list item's project, if selectable
    QUrl projectUrl(const Project &project) const;

    std::unique_ptr<Ui::MoveResourceDialog> m_ui;
    QTimer m_debounce;
    quint64 m_generation = 0;
    int m_page = 1;
    QList<Project> m_projects;
    std::optional<Project> m_target; // the chosen project, kept across searches
};

} // namespace wpc
