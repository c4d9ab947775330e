// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ResourceViews.h"

#include "models/actions/ActionCatalog.h"
#include "models/api/ProviderResourcesApi.h"
#include "ui/actions/JsonViewerDialog.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace wpc::ResourceViews {

namespace {
#define VIEW_TEXT(text) QT_TRANSLATE_NOOP("wpc::ResourceViews", text)

// What a viewer says when the server's answer is empty, or (ReplyKind::JsonOrAbsent) absent. A view
// without an entry here says it in general words.
struct EmptyTexts
{
    Operation operation;
    const char *empty;
    const char *absent;
};

constexpr std::array kEmptyTexts {
    EmptyTexts { Operation::Details, VIEW_TEXT("The plugin object has no fields."),
        VIEW_TEXT("This resource has no plugin object behind it (or the plugin does not describe it).") },
    EmptyTexts { Operation::Offering, VIEW_TEXT("The offering has no fields."), nullptr },
    EmptyTexts {
        Operation::OfferingForSubresources, VIEW_TEXT("No offerings are available for sub-resources."), nullptr },
    EmptyTexts { Operation::PlanPeriods, VIEW_TEXT("The resource has no plan periods."), nullptr },
    EmptyTexts { Operation::Team, VIEW_TEXT("The resource's project has no members."), nullptr },
    EmptyTexts { Operation::GlauthUsersConfig, VIEW_TEXT("The GLauth configuration is empty."), nullptr },
};

#undef VIEW_TEXT

QString tr(const char *text)
{
    return QCoreApplication::translate("wpc::ResourceViews", text);
}

QString textFor(Operation operation, const char *EmptyTexts::*which, const char *fallback)
{
    const auto found = std::find_if(kEmptyTexts.begin(), kEmptyTexts.end(),
        [operation](const EmptyTexts &texts) { return texts.operation == operation; });
    return tr(found != kEmptyTexts.end() && (*found).*which ? (*found).*which : fallback);
}
} // namespace

JsonViewerDialog *open(Operation operation, ProviderResourcesApi *api, const Resource &row, QWidget *parent)
{
    const QString name = row.name.isEmpty() ? row.uuid : row.name;
    auto *viewer = new JsonViewerDialog(tr("%1 of “%2”").arg(ActionCatalog::label(operation, &row), name), parent);
    viewer->setObjectName(QStringLiteral("viewer_") + QString(Endpoints::info(operation).name));
    viewer->show();
    if (OperationTable::facts(operation).kind != ActionKind::View) {
        viewer->setMessage(tr("This operation has no view."));
        return viewer;
    }
    const QString empty = textFor(
        operation, &EmptyTexts::empty, QT_TRANSLATE_NOOP("wpc::ResourceViews", "The server's answer is empty."));
    const QString absent = textFor(operation, &EmptyTexts::absent,
        QT_TRANSLATE_NOOP("wpc::ResourceViews", "The server has nothing of this kind for this resource."));
    const bool text = Endpoints::info(operation).reply == ReplyKind::Text;
    api->view(operation, row.uuid, viewer, [viewer, empty, absent, text](const Result<ViewReply> &result) {
        if (!result.ok()) {
            viewer->setError(result.error);
        } else if (result.value.absent) {
            viewer->setMessage(absent);
        } else if (text) {
            viewer->setText(result.value.text, empty);
        } else {
            viewer->setJson(result.value.json, empty);
        }
    });
    return viewer;
}

} // namespace wpc::ResourceViews
