// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/SubmitReportDialog.h"

#include "ui_SubmitReportDialog.h"

#include <QJsonArray>

namespace wpc {

SubmitReportDialog::SubmitReportDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::SubmitReportDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Submit a report for %1").arg(quotedName()));
    m_ui->introLabel->setText(
        tr("The report replaces the one %1 has. Each section needs a header and a body.").arg(quotedName()));
    registerFieldError(QStringLiteral("report"), m_ui->reportError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Submit report"));

    connect(m_ui->addSectionButton, &QPushButton::clicked, this, &SubmitReportDialog::addSection);
    connect(m_ui->removeSectionButton, &QPushButton::clicked, this, &SubmitReportDialog::removeSection);
    connect(m_ui->reportSectionsList, &QListWidget::currentRowChanged, this, &SubmitReportDialog::showSection);
    connect(m_ui->sectionHeaderEdit, &QLineEdit::textChanged, this, &SubmitReportDialog::onSectionEdited);
    connect(m_ui->sectionBodyEdit, &QPlainTextEdit::textChanged, this, &SubmitReportDialog::onSectionEdited);

    beginLoading(tr("Loading the current report…"));
    api->retrieve(resource.uuid, {}, this, [this](const Result<Resource> &result) {
        if (!result.ok()) {
            failLoading(result.error);
            return;
        }
        QList<ResourceAction::ReportSection> sections;
        for (const QJsonValue value : result.value.raw.value(QLatin1StringView("report")).toArray()) {
            const QJsonObject section = value.toObject();
            sections.append(ResourceAction::ReportSection { section.value(QLatin1StringView("header")).toString(),
                section.value(QLatin1StringView("body")).toString() });
        }
        if (sections.isEmpty()) {
            sections.append(ResourceAction::ReportSection {});
        }
        m_loaded = true;
        setSections(sections);
        endLoading();
    });
}

SubmitReportDialog::~SubmitReportDialog() = default;

QString SubmitReportDialog::itemText(int index) const
{
    const QString header = m_sections.at(index).header.trimmed();
    return header.isEmpty() ? tr("%1. (no header yet)").arg(index + 1) : tr("%1. %2").arg(index + 1).arg(header);
}

void SubmitReportDialog::setSections(const QList<ResourceAction::ReportSection> &sections)
{
    m_sections = sections;
    m_ui->reportSectionsList->clear();
    for (int i = 0; i < m_sections.size(); ++i) {
        m_ui->reportSectionsList->addItem(itemText(i));
    }
    m_ui->reportSectionsList->setCurrentRow(0);
    updateOkButton();
}

void SubmitReportDialog::addSection()
{
    m_sections.append(ResourceAction::ReportSection {});
    m_ui->reportSectionsList->addItem(itemText(int(m_sections.size()) - 1));
    m_ui->reportSectionsList->setCurrentRow(int(m_sections.size()) - 1);
    m_ui->sectionHeaderEdit->setFocus();
    updateOkButton();
}

void SubmitReportDialog::removeSection()
{
    const int row = m_ui->reportSectionsList->currentRow();
    if (row < 0 || m_sections.size() <= 1) {
        return; // a report keeps at least one section
    }
    m_sections.removeAt(row);
    delete m_ui->reportSectionsList->takeItem(row);
    for (int i = 0; i < m_sections.size(); ++i) {
        m_ui->reportSectionsList->item(i)->setText(itemText(i));
    }
    showSection(m_ui->reportSectionsList->currentRow());
    updateOkButton();
}

void SubmitReportDialog::showSection(int index)
{
    const bool valid = index >= 0 && index < m_sections.size();
    m_showing = true;
    m_ui->sectionHeaderEdit->setText(valid ? m_sections.at(index).header : QString());
    m_ui->sectionBodyEdit->setPlainText(valid ? m_sections.at(index).body : QString());
    m_showing = false;
    m_ui->sectionHeaderEdit->setEnabled(valid);
    m_ui->sectionBodyEdit->setEnabled(valid);
    m_ui->removeSectionButton->setEnabled(valid && m_sections.size() > 1);
}

void SubmitReportDialog::onSectionEdited()
{
    const int row = m_ui->reportSectionsList->currentRow();
    if (m_showing || row < 0 || row >= m_sections.size()) {
        return;
    }
    m_sections[row].header = m_ui->sectionHeaderEdit->text();
    m_sections[row].body = m_ui->sectionBodyEdit->toPlainText();
    m_ui->reportSectionsList->item(row)->setText(itemText(row));
    updateOkButton();
}

QString SubmitReportDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The current report is not loaded yet.");
    }
    if (m_sections.isEmpty()) {
        return tr("A report needs at least one section.");
    }
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).header.trimmed().isEmpty()) {
            return tr("Section %1 needs a header.").arg(i + 1);
        }
        if (m_sections.at(i).body.trimmed().isEmpty()) {
            return tr("Section %1 needs a body.").arg(i + 1);
        }
    }
    return {};
}

ResourceAction SubmitReportDialog::buildAction() const
{
    return ResourceAction::submitReport(resource().uuid, m_sections);
}

QString SubmitReportDialog::successMessage(const ActionOutcome &) const
{
    return tr("Submitted a report of %n section(s) for %1.", nullptr, int(m_sections.size())).arg(quotedName());
}

} // namespace wpc
