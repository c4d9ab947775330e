// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/BackendMetadataDialog.h"

#include "ui_BackendMetadataDialog.h"

#include "models/actions/TargetReader.h"
#include "models/domain/MetadataText.h"
#include "ui/widgets/StatusColors.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace wpc {

namespace {
constexpr int kTableTab = 0;
constexpr int kJsonTab = 1;
constexpr int kMinKeyColumnWidth = 160;
} // namespace

BackendMetadataDialog::BackendMetadataDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : BackendMetadataDialog(api, Targets::one(resource), parent)
{
}

BackendMetadataDialog::BackendMetadataDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent)
    : ActionDialog(api, targets, parent)
    , m_ui(std::make_unique<Ui::BackendMetadataDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set backend metadata of %1").arg(quotedName()));
    updateIntro();
    m_ui->metadataJsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->valueHint->setForegroundRole(QPalette::PlaceholderText);
    registerFieldError(QStringLiteral("backend_metadata"), m_ui->metadataError);
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Replace metadata"));
    m_ui->metadataJsonError->setTextFormat(Qt::PlainText);
    StatusColors::applyText(m_ui->metadataJsonError, StatusColors::Role::Error);
    m_ui->metadataJsonError->hide();

    connect(m_ui->metadataTable, &QTableWidget::itemChanged, this, &BackendMetadataDialog::updateOkButton);
    connect(m_ui->metadataJsonEdit, &QPlainTextEdit::textChanged, this, &BackendMetadataDialog::onJsonEdited);
    connect(m_ui->modeTabs, &QTabWidget::currentChanged, this, &BackendMetadataDialog::onTabChanged);
    connect(m_ui->addMetadataRowButton, &QPushButton::clicked, this, [this] {
        // The new row has cells to type into, and its key cell is being edited: what is typed next lands
        // in it rather than nowhere.
        QTableWidget *table = m_ui->metadataTable;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem());
        table->setItem(row, 1, new QTableWidgetItem());
        table->setCurrentCell(row, 0);
        table->setFocus(Qt::OtherFocusReason);
        table->editItem(table->item(row, 0));
        updateOkButton();
    });
    connect(m_ui->removeMetadataRowButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->metadataTable->currentRow();
        if (row >= 0) {
            m_ui->metadataTable->removeRow(row);
            updateOkButton();
        }
    });

    if (isBulk()) {
        // It starts empty rather than as one target's; merging needs every target's own metadata first.
        m_loaded = true;
        fillJson(m_original);
        m_ui->bulkModeBox->show();
        connect(m_ui->mergeRadio, &QRadioButton::toggled, this, [this] {
            updateIntro();
            updateOkButton();
        });
        QStringList uuids;
        for (const Resource &target : targets.rows) {
            uuids.append(target.uuid);
        }
        auto *reader
            = new TargetReader(api, uuids, { QStringLiteral("uuid"), QStringLiteral("backend_metadata") }, this);
        m_readState = tr("Reading the current metadata of the resources…");
        connect(reader, &TargetReader::progressed, this, [this](int read, int total) {
            m_readState = tr("Reading the current metadata of the resources: %1 of %2…")
                              .arg(QLocale().toString(read), QLocale().toString(total));
            updateOkButton();
        });
        connect(reader, &TargetReader::failed, this, [this](const ApiError &error) {
            m_readState = tr("The current metadata could not be read (%1), so it cannot be merged. Replace "
                             "it, or close and try again.")
                              .arg(error.message);
            updateOkButton();
        });
        connect(reader, &TargetReader::finished, this, [this, reader] {
            const QHash<QString, Resource> &read = reader->resources();
            for (auto target = read.cbegin(); target != read.cend(); ++target) {
                m_targetMetadata.insert(
                    target.key(), target->raw.value(QLatin1StringView("backend_metadata")).toObject());
            }
            m_readState.clear();
            updateOkButton();
        });
        reader->start();
        return;
    }
    beginLoading(tr("Loading the current metadata…"));
    api->retrieve(targets.rows.constFirst().uuid, {}, this, [this](const Result<Resource> &result) {
        if (!result.ok()) {
            failLoading(result.error);
            return;
        }
        m_original = result.value.raw.value(QLatin1StringView("backend_metadata")).toObject();
        fillTable(m_original);
        fillJson(m_original);
        m_loaded = true;
        endLoading();
    });
}

BackendMetadataDialog::~BackendMetadataDialog()
{
    // A cell editor still open commits when the table goes, after this destructor: nothing may reach us then.
    m_ui->metadataTable->disconnect(this);
}

void BackendMetadataDialog::fillTable(const QJsonObject &object)
{
    const QSignalBlocker blocker(m_ui->metadataTable);
    QTableWidget *table = m_ui->metadataTable;
    table->setRowCount(0);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(MetadataText::cellText(it.value())));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, std::max(table->columnWidth(0), kMinKeyColumnWidth));
}

void BackendMetadataDialog::fillJson(const QJsonObject &object)
{
    const QSignalBlocker blocker(m_ui->metadataJsonEdit);
    m_ui->metadataJsonEdit->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    m_ui->metadataJsonError->hide();
}

std::optional<QJsonObject> BackendMetadataDialog::fromTable(QString *problem) const
{
    QJsonObject object;
    const QTableWidget *table = m_ui->metadataTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        const QString value = table->item(row, 1) ? table->item(row, 1)->text() : QString();
        if (key.isEmpty()) {
            if (!value.trimmed().isEmpty()) {
                *problem = tr("Row %1 has a value but no key.").arg(row + 1);
                return std::nullopt;
            }
            continue; // an empty row is ignored
        }
        if (object.contains(key)) {
            *problem = tr("The key “%1” appears more than once.").arg(key);
            return std::nullopt;
        }
        object.insert(key, MetadataText::cellValue(value));
    }
    return object;
}

std::optional<QJsonObject> BackendMetadataDialog::fromJson(QString *problem) const
{
    return MetadataText::parseObject(m_ui->metadataJsonEdit->toPlainText(), problem);
}

std::optional<QJsonObject> BackendMetadataDialog::current(QString *problem) const
{
    return m_ui->modeTabs->currentIndex() == kJsonTab ? fromJson(problem) : fromTable(problem);
}

void BackendMetadataDialog::onTabChanged(int index)
{
    QString problem;
    if (index == kJsonTab && m_tab == kTableTab) {
        if (const std::optional<QJsonObject> object = fromTable(&problem)) {
            fillJson(*object);
        }
    } else if (index == kTableTab && m_tab == kJsonTab) {
        const std::optional<QJsonObject> object = fromJson(&problem);
        if (!object) {
            // Invalid JSON cannot become rows; stay on the JSON tab, where the problem is shown.
            const QSignalBlocker blocker(m_ui->modeTabs);
            m_ui->modeTabs->setCurrentIndex(kJsonTab);
            onJsonEdited();
            return;
        }
        fillTable(*object);
    }
    m_tab = index;
    updateOkButton();
}

void BackendMetadataDialog::onJsonEdited()
{
    QString problem;
    fromJson(&problem);
    m_ui->metadataJsonError->setText(problem);
    m_ui->metadataJsonError->setVisible(!problem.isEmpty());
    updateOkButton();
}

QString BackendMetadataDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The current metadata is not loaded yet.");
    }
    QString problem;
    const std::optional<QJsonObject> object = current(&problem);
    if (!object) {
        return problem;
    }
    if (!isBulk() && *object == m_original) {
        return tr("Nothing has been changed.");
    }
    if (merging() && !m_readState.isEmpty()) {
        return m_readState;
    }
    if (merging() && object->isEmpty()) {
        return tr("Add the keys to set in each resource's metadata.");
    }
    return {};
}

ResourceAction BackendMetadataDialog::buildAction() const
{
    if (merging()) {
        return bulkBuilder()(resource().uuid);
    }
    QString problem;
    return ResourceAction::setBackendMetadata(resource().uuid, current(&problem).value_or(QJsonObject()));
}

bool BackendMetadataDialog::merging() const
{
    return isBulk() && m_ui->mergeRadio->isChecked();
}

void BackendMetadataDialog::updateIntro()
{
    if (!isBulk()) {
        m_ui->introLabel->setText(tr("The backend metadata of %1 is replaced as a whole by what you send: keys you "
                                     "remove here are removed on the server.")
                                      .arg(quotedName()));
    } else if (merging()) {
        m_ui->introLabel->setText(tr("The keys below are set in the backend metadata of each of the %Ln selected "
                                     "resource(s); their other keys stay as they are.",
            nullptr, targetCount()));
    } else {
        m_ui->introLabel->setText(tr("The backend metadata of each of the %Ln selected resource(s) is replaced as a "
                                     "whole by what you send: keys missing here are removed on the server.",
            nullptr, targetCount()));
    }
}

namespace {
// The target's metadata with the given keys set.
QJsonObject merged(QJsonObject metadata, const QJsonObject &given)
{
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        metadata.insert(it.key(), it.value());
    }
    return metadata;
}
} // namespace

BulkRun::Builder BackendMetadataDialog::bulkBuilder() const
{
    if (!merging()) {
        return {}; // the same object for every target
    }
    QString problem;
    return [all = m_targetMetadata, given = current(&problem).value_or(QJsonObject())](const QString &uuid) {
        return ResourceAction::setBackendMetadata(uuid, merged(all.value(uuid), given));
    };
}

std::function<QString(const QString &uuid)> BackendMetadataDialog::bulkChange() const
{
    if (!merging()) {
        return {};
    }
    QString problem;
    return [all = m_targetMetadata, given = current(&problem).value_or(QJsonObject())](const QString &uuid) {
        const QJsonObject before = all.value(uuid);
        QStringList parts;
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (before.value(it.key()) != it.value()) {
                const QString old
                    = before.contains(it.key()) ? MetadataText::cellText(before.value(it.key())) : tr("(none)");
                parts.append(tr("%1: %2 → %3").arg(it.key(), old, MetadataText::cellText(it.value())));
            }
        }
        return parts.join(QStringLiteral("; "));
    };
}

BulkSkipRule BackendMetadataDialog::bulkSkipRule() const
{
    if (!merging()) {
        return {};
    }
    QString problem;
    return [all = m_targetMetadata, given = current(&problem).value_or(QJsonObject()),
               reason = tr("Already has these keys and values.")](const Resource &row) {
        const QJsonObject before = all.value(row.uuid);
        return merged(before, given) == before ? reason : QString();
    };
}

QString BackendMetadataDialog::successMessage(const ActionOutcome &) const
{
    return tr("Replaced the backend metadata of %1.").arg(quotedName());
}

} // namespace wpc
