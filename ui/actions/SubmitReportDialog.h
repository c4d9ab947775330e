// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class SubmitReportDialog;
}

namespace wpc {

// Submit report: an editor of sections, each a header and a body. The server wants at least one section
// and a non-blank header and body in each; it replaces the resource's report, so the current one is
// loaded as the starting point.
class SubmitReportDialog : public ActionDialog
{
    Q_OBJECT

public:
    SubmitReportDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~SubmitReportDialog() override;

    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    void setSections(const QList<ResourceAction::ReportSection> &sections);
    void addSection();
    void removeSection();
    void showSection(int index);
    void onSectionEdited();
    QString itemText(int index) const;

    std::unique_ptr<Ui::SubmitReportDialog> m_ui;
    QList<ResourceAction::ReportSection> m_sections;
    bool m_loaded = false;
    bool m_showing = false;
};

} // namespace wpc
