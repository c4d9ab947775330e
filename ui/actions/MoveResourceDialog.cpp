// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/MoveResourceDialog.h"

#include "ui_MoveResourceDialog.h"

namespace wpc {

namespace {
constexpr int kPageSize = 50; // what ProviderResourcesApi::projects asks for; a full page may have a next one
constexpr int kProjectIndexRole = Qt::UserRole + 1;
} // namespace

MoveResourceDialog::MoveResourceDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : MoveResourceDialog(api, Targets::one(resource), parent)
{
}

MoveResourceDialog::MoveResourceDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent)
    : ActionDialog(api, targets, parent)
    , m_ui(std::make_unique<Ui::MoveResourceDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Move %1 to another project").arg(quotedName()));
    const Resource &resource = targets.rows.constFirst();
    m_ui->introLabel->setText(isBulk()
            ? tr("Choose the project to move the %Ln selected resource(s) to; their orders and pending invoice items "
                 "move with them.",
                nullptr, targetCount())
            : tr("%1 is in project “%2” of customer “%3”. Choose the project to move it to; its orders and pending "
                 "invoice items move with it.")
                  .arg(quotedName(), resource.projectName, resource.customerName));
    m_ui->moreProjectsButton->hide();
    registerFieldError(QStringLiteral("project"), m_ui->projectError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Move…"));

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { search(1); });
    connect(m_ui->projectSearchEdit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_ui->moreProjectsButton, &QPushButton::clicked, this, [this] { search(m_page + 1); });
    connect(m_ui->projectList, &QListWidget::currentRowChanged, this, &MoveResourceDialog::onCurrentRowChanged);
    m_ui->projectSearchEdit->setFocus();
    search(1);
}

MoveResourceDialog::~MoveResourceDialog() = default;

void MoveResourceDialog::search(int page)
{
    m_debounce.stop();
    if (page == 1) {
        ++m_generation; // answers of an older search are dropped
    }
    m_ui->listStatusLabel->setText(tr("Loading projects…"));
    m_ui->moreProjectsButton->setEnabled(false);
    const quint64 generation = m_generation;
    api()->projects(m_ui->projectSearchEdit->text(), page, this,
        [this, generation, page](const Result<QList<Project>> &result) { onProjects(generation, page, result); });
}

void MoveResourceDialog::onProjects(quint64 generation, int page, const Result<QList<Project>> &result)
{
    if (generation != m_generation) {
        return;
    }
    m_ui->moreProjectsButton->setEnabled(true);
    if (!result.ok()) {
        m_ui->listStatusLabel->setText(tr("Projects could not be loaded: %1").arg(result.error.message));
        return;
    }
    if (page == 1) {
        m_projects.clear();
        m_ui->projectList->clear();
    }
    m_page = page;
    for (const Project &project : result.value) {
        auto *entry = new QListWidgetItem(tr("%1 / %2").arg(project.customerName, project.name));
        entry->setData(kProjectIndexRole, m_projects.size());
        if (!isBulk() && project.uuid == resource().projectUuid) {
            entry->setText(tr("%1 / %2 (current project)").arg(project.customerName, project.name));
            entry->setFlags(entry->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
        m_ui->projectList->addItem(entry);
        m_projects.append(project);
        if (m_target && project.uuid == m_target->uuid) {
            m_ui->projectList->setCurrentItem(entry);
        }
    }
    m_ui->moreProjectsButton->setVisible(result.value.size() >= kPageSize);
    const QString filter = m_ui->projectSearchEdit->text().trimmed();
    if (m_projects.isEmpty()) {
        m_ui->listStatusLabel->setText(
            filter.isEmpty() ? tr("There are no projects.") : tr("No project's name contains “%1”.").arg(filter));
    } else {
        m_ui->listStatusLabel->setText(tr("%n project(s) shown.", nullptr, int(m_projects.size())));
    }
    updateOkButton();
}

void MoveResourceDialog::onCurrentRowChanged()
{
    // The choice outlives the list: a new search (or one answering late) does not take it away.
    if (const std::optional<Project> picked = projectInList()) {
        m_target = picked;
    }
    m_ui->targetLabel->setText(m_target
            ? tr("Move to project “%1” of customer “%2”.").arg(m_target->name, m_target->customerName)
            : QString());
    updateOkButton();
}

std::optional<Project> MoveResourceDialog::projectInList() const
{
    const QListWidgetItem *current = m_ui->projectList->currentItem();
    if (!current || !(current->flags() & Qt::ItemIsSelectable)) {
        return std::nullopt;
    }
    const int index = current->data(kProjectIndexRole).toInt();
    return index >= 0 && index < m_projects.size() ? std::optional<Project>(m_projects.at(index)) : std::nullopt;
}

QUrl MoveResourceDialog::projectUrl(const Project &project) const
{
    if (!project.url.isEmpty()) {
        return QUrl(project.url);
    }
    return api()->client()->urlFor(Endpoints::projectUrlPath(project.uuid));
}

QString MoveResourceDialog::validationProblem() const
{
    const std::optional<Project> &target = m_target;
    if (!target) {
        return tr("Choose the project to move the resource to.");
    }
    if (!isBulk() && target->uuid == resource().projectUuid) {
        return tr("The resource is already in this project.");
    }
    return {};
}

ResourceAction MoveResourceDialog::buildAction() const
{
    return ResourceAction::moveResource(resource().uuid, projectUrl(*m_target));
}

std::optional<ConfirmationHelper::Question> MoveResourceDialog::confirmation() const
{
    const Project target = *m_target;
    ConfirmationHelper::Question question;
    question.title = tr("Move resource");
    question.text
        = tr("Move %1 from project “%2” (%3) to project “%4” (%5)?")
              .arg(quotedName(), resource().projectName, resource().customerName, target.name, target.customerName);
    question.informativeText = tr("Its orders and pending invoice items move with it. Members of “%1” lose access "
                                  "to it through their project.")
                                   .arg(resource().projectName);
    question.acceptText = tr("Move");
    question.destructive = true;
    return question;
}

BulkSkipRule MoveResourceDialog::bulkSkipRule() const
{
    if (!m_target) {
        return {};
    }
    return [uuid = m_target->uuid, reason = tr("Already in project “%1”.").arg(m_target->name)](
               const Resource &row) { return row.projectUuid == uuid ? reason : QString(); };
}

QString MoveResourceDialog::successMessage(const ActionOutcome &outcome) const
{
    const QString project = outcome.resource ? outcome.resource->projectName : (m_target ? m_target->name : QString());
    return tr("Moved %1 to project “%2”.").arg(quotedName(), project);
}

} // namespace wpc
