// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Offering.h"
#include "ui/actions/ActionDialog.h"

#include <memory>

namespace Ui {
class UpdateOptionsDialog;
}

namespace wpc {

class OptionsForm;

// Update options (through an order, state OK only) and Update options directly (recorded at once, any
// state): one dialog with two modes that say plainly which one is open. The form comes from the
// offering's resource_options; only changed values are sent, since the server merges them.
class UpdateOptionsDialog : public ActionDialog
{
    Q_OBJECT

public:
    enum class Mode { Order, Direct };

    UpdateOptionsDialog(Mode mode, ProviderResourcesApi *api, const Resource &resource, QWidget *parent = nullptr);
    ~UpdateOptionsDialog() override;

    Mode mode() const
    {
        return m_mode;
    }
    OptionsForm *form() const
    {
        return m_form;
    }
    QString successMessage(const ActionOutcome &outcome) const override;

protected:
    QString validationProblem() const override;
    ResourceAction buildAction() const override;

private:
    void onLoaded();

    std::unique_ptr<Ui::UpdateOptionsDialog> m_ui;
    Mode m_mode;
    OptionsForm *m_form;
    std::optional<Offering> m_offering;
    std::optional<Resource> m_full;
    bool m_loaded = false;
};

} // namespace wpc
