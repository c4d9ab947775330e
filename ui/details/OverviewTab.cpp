// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/OverviewTab.h"

#include "models/api/ProviderResourcesApi.h"
#include "ui/details/DetailsFormat.h"
#include "ui/widgets/JsonTree.h"
#include "ui/widgets/StatusColors.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QSet>
#include <QToolButton>

namespace wpc {

namespace {

// A value becomes selectable when the pointer first comes over it. Selectable from the start, each of the
// page's forty labels would lay its text out as a rich-text document, which makes showing a resource take
// twice as long; every selection and context menu starts with the pointer entering the label anyway.
class SelectableOnHover : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Enter) {
            if (auto *label = qobject_cast<QLabel *>(watched)) {
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
                label->removeEventFilter(this);
                deleteLater();
            }
        }
        return false;
    }
};

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->installEventFilter(new SelectableOnHover(label));
    label->setWordWrap(true);
    // A word longer than the pane is wide (a hash, a URL) is cut at the pane's edge instead of widening
    // the page past it, which would push the Copy buttons out of sight; the tooltip has it in full.
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 8);
    label->setToolTip(label->text());
    return label;
}

QString str(const QJsonObject &json, const char *key)
{
    return DetailsFormat::text(json.value(QLatin1StringView(key)));
}

// "name (detail)", or just the name, or nothing when the name is missing: a plan the resource does not
// have reads "—", not " ()".
QString nameWithDetail(const QString &name, const QString &detail)
{
    if (name.isEmpty() || detail.isEmpty()) {
        return name;
    }
    return OverviewTab::tr("%1 (%2)").arg(name, detail);
}

QLabel *namedValueLabel(const QString &text, const QString &name, QWidget *parent)
{
    QLabel *label = valueLabel(text, parent);
    label->setObjectName(name);
    return label;
}

} // namespace

OverviewTab::OverviewTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("overviewTab"));
}

void OverviewTab::buildContent()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("overviewScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setContent(m_scroll);
}

void OverviewTab::request(const QString &uuid, quint64 generation)
{
    api()->retrieve(uuid, {}, this, [this, generation](const Result<Resource> &result) {
        if (!accept(generation, result.error)) {
            return;
        }
        render(result.value.raw);
        showContent();
    });
}

QFormLayout *OverviewTab::addSection(QVBoxLayout *layout, const QString &title, const QString &name)
{
    auto *box = new QGroupBox(title, layout->parentWidget());
    box->setObjectName(name);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addWidget(box);
    return form;
}

void OverviewTab::render(const QJsonObject &json)
{
    m_json = json;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    // What staff look at first: who it is, what state it is in and how much of its limits it uses.
    addIdentity(layout, json);
    addState(layout, json);
    addLimits(layout, json);

    QFormLayout *offering = addSection(layout, tr("Offering and plan"), QStringLiteral("offeringSection"));
    // Relations Waldur leaves out or sends as null when they are empty all read "—".
    offering->addRow(
        tr("Offering:"), valueLabel(nameWithDetail(str(json, "offering_name"), str(json, "offering_type")), page));
    offering->addRow(tr("Parent offering:"),
        namedValueLabel(str(json, "parent_offering_name"), QStringLiteral("parentOfferingLabel"), page));
    offering->addRow(tr("Offering state:"), valueLabel(str(json, "offering_state"), page));
    offering->addRow(tr("Provider:"), valueLabel(str(json, "provider_name"), page));
    offering->addRow(tr("Category:"), valueLabel(str(json, "category_title"), page));
    offering->addRow(tr("Plan:"),
        namedValueLabel(
            nameWithDetail(str(json, "plan_name"), str(json, "plan_unit")), QStringLiteral("planLabel"), page));

    QFormLayout *project = addSection(layout, tr("Customer and project"), QStringLiteral("projectSection"));
    project->addRow(tr("Customer:"), valueLabel(str(json, "customer_name"), page));
    project->addRow(tr("Project:"), valueLabel(str(json, "project_name"), page));
    auto *projectEnd = valueLabel(str(json, "project_end_date"), page);
    projectEnd->setObjectName(QStringLiteral("projectEndDateLabel"));
    project->addRow(tr("Project end date:"), projectEnd);
    project->addRow(tr("Project end requested by:"),
        namedValueLabel(str(json, "project_end_date_requested_by"), QStringLiteral("projectEndRequesterLabel"), page));

    QFormLayout *dates = addSection(layout, tr("Dates"), QStringLiteral("datesSection"));
    dates->addRow(tr("Created:"), valueLabel(DetailsFormat::dateTime(json.value(QLatin1StringView("created"))), page));
    dates->addRow(
        tr("Modified:"), valueLabel(DetailsFormat::dateTime(json.value(QLatin1StringView("modified"))), page));
    auto *endLabel = valueLabel(str(json, "end_date"), page);
    endLabel->setObjectName(QStringLiteral("endDateLabel"));
    dates->addRow(tr("End date:"), endLabel);
    dates->addRow(tr("End date requested by:"),
        namedValueLabel(str(json, "end_date_requested_by"), QStringLiteral("endDateRequesterLabel"), page));
    dates->addRow(
        tr("Last sync:"), valueLabel(DetailsFormat::dateTime(json.value(QLatin1StringView("last_sync"))), page));
    dates->addRow(tr("Renewal:"), valueLabel(str(json, "renewal_date"), page));

    QFormLayout *flags = addSection(layout, tr("Flags"), QStringLiteral("flagsSection"));
    const QList<QPair<const char *, QString>> flagNames
        = { { "paused", tr("Paused:") }, { "downscaled", tr("Downscaled:") },
              { "restrict_member_access", tr("Restrict member access:") }, { "is_usage_based", tr("Usage based:") },
              { "is_limit_based", tr("Limit based:") }, { "can_terminate", tr("Can terminate:") } };
    for (const auto &flag : flagNames) {
        flags->addRow(flag.second, valueLabel(str(json, flag.first), page));
    }

    addEndpoints(layout, json);
    addObject(layout, tr("Options"), QStringLiteral("optionsSection"), json.value(QLatin1StringView("options")));
    addObject(layout, tr("Backend metadata"), QStringLiteral("backendMetadataSection"),
        json.value(QLatin1StringView("backend_metadata")));
    addReport(layout, json);
    layout->addStretch(1);

    delete m_scroll->takeWidget();
    m_scroll->setWidget(page);
    resolveRequesters(page, json);
}

// Waldur names who requested an end date by a user URL. People read a name: the resource's team usually
// has that person, and otherwise the user itself may be visible; failing both, a short uuid.
void OverviewTab::resolveRequesters(QWidget *page, const QJsonObject &json)
{
    QHash<QString, QPointer<QLabel>> pending; // user uuid → label
    const auto collect = [&](const char *field, const QString &labelName) {
        const QString uuid = uuidFromUrl(json.value(QLatin1StringView(field)).toString());
        auto *label = page->findChild<QLabel *>(labelName);
        if (!uuid.isEmpty() && label) {
            label->setText(tr("user %1…").arg(uuid.left(8)));
            label->setToolTip(json.value(QLatin1StringView(field)).toString());
            pending.insert(uuid + QLatin1Char('/') + labelName, label);
        }
    };
    collect("end_date_requested_by", QStringLiteral("endDateRequesterLabel"));
    collect("project_end_date_requested_by", QStringLiteral("projectEndRequesterLabel"));
    if (pending.isEmpty()) {
        return;
    }
    const QString resource = json.value(QLatin1StringView("uuid")).toString();
    api()->team(resource, page, [this, page, pending](const Result<QList<TeamMember>> &team) {
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            const QString uuid = it.key().section(QLatin1Char('/'), 0, 0);
            const TeamMember *found = nullptr;
            for (const TeamMember &member : team.value) {
                if (team.ok() && member.uuid == uuid) {
                    found = &member;
                }
            }
            if (found && it.value()) {
                it.value()->setText(
                    found->email.isEmpty() ? found->fullName : tr("%1 (%2)").arg(found->fullName, found->email));
                continue;
            }
            api()->user(uuid, page, [label = it.value()](const Result<CurrentUser> &user) {
                if (user.ok() && label) {
                    label->setText(user.value.fullName.isEmpty()
                            ? user.value.username
                            : tr("%1 (%2)").arg(user.value.fullName, user.value.username));
                }
            });
        }
    });
}

void OverviewTab::addIdentity(QVBoxLayout *layout, const QJsonObject &json)
{
    QFormLayout *form = addSection(layout, tr("Identity"), QStringLiteral("identitySection"));
    QWidget *page = layout->parentWidget();
    auto copyRow = [&](const QString &label, const QString &value, const QString &name) {
        auto *row = new QWidget(page);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        // A read-only line: long URLs scroll inside it instead of widening the pane.
        auto *text = new QLineEdit(value, row);
        text->setObjectName(name + QStringLiteral("Field"));
        text->setReadOnly(true);
        text->setFrame(false);
        text->setCursorPosition(0);
        text->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        auto *copy = new QToolButton(row);
        copy->setObjectName(QStringLiteral("copy") + name.at(0).toUpper() + name.mid(1) + QStringLiteral("Button"));
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
        copy->setEnabled(!value.isEmpty());
        connect(copy, &QToolButton::clicked, this, [value] { QGuiApplication::clipboard()->setText(value); });
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(copy);
        form->addRow(tr("%1:").arg(label), row);
    };
    form->addRow(tr("Slug:"), valueLabel(str(json, "slug"), page));
    copyRow(tr("UUID"), str(json, "uuid"), QStringLiteral("uuid"));
    copyRow(tr("Backend ID"), json.value(QLatin1StringView("backend_id")).toString(), QStringLiteral("backendId"));
    form->addRow(tr("Effective ID:"), valueLabel(str(json, "effective_id"), page));
    copyRow(tr("URL"), json.value(QLatin1StringView("url")).toString(), QStringLiteral("url"));
    form->addRow(tr("Parent resource:"),
        namedValueLabel(nameWithDetail(str(json, "parent_name"), str(json, "parent_uuid")),
            QStringLiteral("parentResourceLabel"), page));
    form->addRow(tr("Plugin object:"),
        namedValueLabel(
            nameWithDetail(str(json, "resource_type"), str(json, "scope")), QStringLiteral("scopeLabel"), page));
    form->addRow(tr("Service settings:"),
        namedValueLabel(str(json, "service_settings_uuid"), QStringLiteral("serviceSettingsLabel"), page));
    form->addRow(tr("Description:"), valueLabel(str(json, "description"), page));
}

void OverviewTab::addState(QVBoxLayout *layout, const QJsonObject &json)
{
    QFormLayout *form = addSection(layout, tr("State"), QStringLiteral("stateSection"));
    QWidget *page = layout->parentWidget();
    auto *state = valueLabel(str(json, "state"), page);
    state->setObjectName(QStringLiteral("stateLabel"));
    form->addRow(tr("State:"), state);
    const QJsonObject order = json.value(QLatin1StringView("order_in_progress")).toObject();
    if (!order.isEmpty()) {
        auto *orderLabel = valueLabel(tr("%1 order, %2").arg(str(order, "type"), str(order, "state")), page);
        orderLabel->setObjectName(QStringLiteral("orderInProgressLabel"));
        form->addRow(tr("Order in progress:"), orderLabel);
    }
    const QString error = json.value(QLatin1StringView("error_message")).toString();
    if (!error.isEmpty()) {
        auto *errorLabel = valueLabel(error, page);
        errorLabel->setObjectName(QStringLiteral("errorMessageLabel"));
        form->addRow(tr("Error:"), errorLabel);
    }
    const QString traceback = json.value(QLatin1StringView("error_traceback")).toString();
    if (!traceback.isEmpty()) {
        auto *toggle = new QToolButton(page);
        toggle->setObjectName(QStringLiteral("tracebackToggle"));
        toggle->setText(tr("Traceback"));
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        auto *text = new QPlainTextEdit(traceback, page);
        text->setObjectName(QStringLiteral("tracebackText"));
        text->setReadOnly(true);
        text->setFont(DetailsFormat::monospace());
        text->setMaximumHeight(160);
        text->hide();
        connect(toggle, &QToolButton::toggled, text, [toggle, text](bool on) {
            text->setVisible(on);
            toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        });
        form->addRow(toggle);
        form->addRow(text);
    }
}

void OverviewTab::addLimits(QVBoxLayout *layout, const QJsonObject &json)
{
    const QJsonObject limits = json.value(QLatin1StringView("limits")).toObject();
    const QJsonObject usages = json.value(QLatin1StringView("current_usages")).toObject();
    QStringList keys = limits.keys();
    for (const QString &key : usages.keys()) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    QFormLayout *form = addSection(layout, tr("Limits and current usage"), QStringLiteral("limitsSection"));
    QWidget *page = layout->parentWidget();
    if (keys.isEmpty()) {
        form->addRow(valueLabel(tr("No limits or usage reported."), page));
        return;
    }
    for (const QString &key : std::as_const(keys)) {
        const double usage = DetailsFormat::number(usages.value(key));
        if (!limits.contains(key)) {
            form->addRow(tr("%1:").arg(key), valueLabel(tr("%1 used, no limit").arg(usage), page));
            continue;
        }
        const double limit = DetailsFormat::number(limits.value(key));
        auto *bar = new QProgressBar(page);
        bar->setObjectName(QStringLiteral("limitBar_") + key);
        bar->setRange(0, 1000);
        bar->setValue(limit > 0 ? int(std::min(1.0, usage / limit) * 1000) : 0);
        const bool over = usage > limit;
        const QLocale locale;
        bar->setFormat(over ? tr("%1 / %2 — over the limit").arg(locale.toString(usage), locale.toString(limit))
                            : tr("%1 / %2").arg(locale.toString(usage), locale.toString(limit)));
        bar->setProperty("usage", usage);
        bar->setProperty("limit", limit);
        bar->setProperty("overLimit", over);
        if (over) {
            // A full bar in the palette's error colour, light or dark: over the limit is not "full".
            StatusColors::applyFill(bar, StatusColors::Role::Error);
            bar->setToolTip(tr("Usage is above the limit: %1 more than allowed.").arg(locale.toString(usage - limit)));
        }
        form->addRow(tr("%1:").arg(key), bar);
    }
}

void OverviewTab::addEndpoints(QVBoxLayout *layout, const QJsonObject &json)
{
    const QJsonArray endpoints = json.value(QLatin1StringView("endpoints")).toArray();
    QFormLayout *form = addSection(layout, tr("Endpoints"), QStringLiteral("endpointsSection"));
    QWidget *page = layout->parentWidget();
    if (endpoints.isEmpty()) {
        form->addRow(valueLabel(tr("No endpoints."), page));
        return;
    }
    for (const QJsonValue value : endpoints) {
        const QJsonObject endpoint = value.toObject();
        const QString url = endpoint.value(QLatin1StringView("url")).toString();
        auto *link = new QLabel(page);
        link->setObjectName(QStringLiteral("endpointLink"));
        link->setTextFormat(Qt::RichText);
        link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
        link->setOpenExternalLinks(true);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        form->addRow(tr("%1:").arg(str(endpoint, "name")), link);
    }
}

void OverviewTab::addObject(QVBoxLayout *layout, const QString &title, const QString &name, const QJsonValue &value)
{
    QFormLayout *form = addSection(layout, title, name);
    QWidget *page = layout->parentWidget();
    const QJsonObject object = value.toObject();
    if (object.isEmpty()) {
        form->addRow(valueLabel(tr("None."), page));
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        form->addRow(tr("%1:").arg(it.key()), valueLabel(JsonTree::displayText(it.value()), page));
    }
}

void OverviewTab::addReport(QVBoxLayout *layout, const QJsonObject &json)
{
    const QJsonArray report = json.value(QLatin1StringView("report")).toArray();
    QFormLayout *form = addSection(layout, tr("Report"), QStringLiteral("reportSection"));
    QWidget *page = layout->parentWidget();
    if (report.isEmpty()) {
        form->addRow(valueLabel(tr("No report submitted."), page));
        return;
    }
    for (const QJsonValue value : report) {
        const QJsonObject section = value.toObject();
        auto *header = new QLabel(tr("<b>%1</b>").arg(str(section, "header").toHtmlEscaped()), page);
        header->setObjectName(QStringLiteral("reportHeader"));
        form->addRow(header);
        auto *body = valueLabel(str(section, "body"), page);
        body->setObjectName(QStringLiteral("reportBody"));
        form->addRow(body);
    }
}

} // namespace wpc
