// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/SetLimitsDialog.h"

#include "ui_SetLimitsDialog.h"

#include "models/actions/TargetReader.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/TypedNumbers.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wpc {

namespace {
enum ColumnIndex { ComponentColumn, UnitColumn, UsageColumn, CurrentColumn, NewColumn, ChangeColumn };

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    return cell;
}

constexpr int kMaxTableHeight = 360;

int clampToInt(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}
} // namespace

SetLimitsDialog::SetLimitsDialog(ProviderResourcesApi *api, const Resource &resource, QWidget *parent)
    : SetLimitsDialog(api, Targets::one(resource), parent)
{
}

SetLimitsDialog::SetLimitsDialog(ProviderResourcesApi *api, const Targets &targets, QWidget *parent)
    : ActionDialog(api, targets, parent)
    , m_ui(std::make_unique<Ui::SetLimitsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set limits of %1").arg(quotedName()));
    const Resource &resource = targets.rows.constFirst();
    m_ui->introLabel->setText(isBulk()
            ? tr("Limits of the %Ln selected resource(s). Only the limit-based components that all their "
                 "offerings have are listed, each within the tightest bounds of those offerings. Tick the ones to "
                 "change; the others stay as each resource has them.",
                nullptr, targetCount())
            : tr("Limits of %1 (offering “%2”). Only limit-based components are listed; the values are whole "
                 "numbers within each component's bounds.")
                  .arg(quotedName(), resource.offeringName.isEmpty() ? resource.offeringUuid : resource.offeringName));
    m_ui->noLimitsLabel->hide();
    QHeaderView *header = m_ui->limitsTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ComponentColumn, QHeaderView::Stretch);
    registerFieldError(QStringLiteral("limits"), m_ui->limitsError);
    StatusColors::applyText(m_ui->usageWarningLabel, StatusColors::Role::Warning);
    m_ui->usageWarningLabel->hide();
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set limits"));
    if (isBulk()) {
        m_ui->limitsTable->horizontalHeaderItem(UsageColumn)->setText(tr("Offerings"));
        loadTargets(targets.rows);
        return;
    }

    loadOfferingAndResource(tr("Loading the offering's components and the current limits…"),
        [this](const Offering &offering, const Resource &full) {
            m_offering = offering;
            m_full = full;
            onLoaded();
        });
}

SetLimitsDialog::~SetLimitsDialog() = default;

void SetLimitsDialog::onLoaded()
{
    if (!m_offering || !m_full || m_loaded) {
        return;
    }
    const QJsonObject usages = m_full->raw.value(QLatin1StringView("current_usages")).toObject();
    const QLocale locale;
    for (const Offering::Component &component : std::as_const(m_offering->components)) {
        if (component.billingType == QLatin1StringView("limit")) {
            std::optional<qint64> current;
            if (m_full->limits.contains(component.type)) {
                current = std::llround(m_full->limits.value(component.type));
            }
            const QJsonValue usage = usages.value(component.type);
            addRow(component, current, current ? locale.toString(*current) : tr("not set"),
                usage.isDouble() ? std::optional<double>(usage.toDouble()) : std::nullopt);
        }
    }
    showRows();
}

void SetLimitsDialog::showRows()
{
    m_ui->limitsTable->setVisible(!m_rows.isEmpty());
    m_ui->noLimitsLabel->setVisible(m_rows.isEmpty());
    if (isBulk() && m_rows.isEmpty()) {
        m_ui->noLimitsLabel->setText(
            tr("The offerings of the selected resources have no limit-based component in common."));
    }
    m_loaded = true;
    endLoading();
    updatePreview();
    fitTable(); // with the Change column filled in
    if (!m_rows.isEmpty()) {
        m_rows.first().spin->setFocus();
    }
    // A ticked or unticked component (bulk) changes what is sent.
    connect(m_ui->limitsTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *cell) {
        if (cell->column() == ComponentColumn) {
            updatePreview();
        }
    });
}

void SetLimitsDialog::addRow(const Offering::Component &component,
    std::optional<qint64> current,
    const QString &currentText,
    std::optional<double> usage)
{
    const QLocale locale;
    QTableWidget *table = m_ui->limitsTable;
    const int r = table->rowCount();
    table->insertRow(r);
    Row row;
    row.component = component;
    row.current = current;
    row.usage = usage;
    const QString name = component.name.isEmpty() ? component.type : component.name;
    table->setItem(r, ComponentColumn, item(name));
    table->setItem(r, UnitColumn, item(component.measuredUnit));
    table->setItem(r, UsageColumn,
        item(usage ? locale.toString(*usage, 'g', 12) : (isBulk() ? QString::number(m_offerings.size()) : tr("—")),
            Qt::AlignRight | Qt::AlignVCenter));
    table->setItem(r, CurrentColumn, item(currentText, Qt::AlignRight | Qt::AlignVCenter));

    row.spin = new QSpinBox(table);
    row.spin->setObjectName(QStringLiteral("limitSpin_") + component.type);
    // The box takes any whole number: the component's bounds are checked with a message, never by
    // clamping what was typed (TypedNumbers).
    row.spin->setRange(std::min(0, clampToInt(component.minValue.value_or(0))), INT_MAX);
    TypedNumbers::guard(row.spin);
    row.spin->setSuffix(component.measuredUnit.isEmpty() ? QString() : QLatin1Char(' ') + component.measuredUnit);
    row.spin->setGroupSeparatorShown(true);
    row.spin->setAccelerated(true);
    row.spin->setValue(row.current ? clampToInt(*row.current) : clampToInt(component.minValue.value_or(0)));
    row.spin->setToolTip(tr("Between %1 and %2")
                             .arg(locale.toString(component.minValue.value_or(0)),
                                 component.maxValue ? locale.toString(*component.maxValue) : tr("no maximum")));
    table->setCellWidget(r, NewColumn, row.spin);
    table->setItem(r, ChangeColumn, item(QString()));
    if (isBulk()) {
        // Nothing changes until the user ticks the component.
        row.tick = table->item(r, ComponentColumn);
        row.tick->setFlags(row.tick->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        row.tick->setCheckState(Qt::Unchecked);
        row.tick->setToolTip(tr("Tick to change this limit on every selected resource."));
        row.spin->setEnabled(false);
    }
    connect(row.spin, &QSpinBox::valueChanged, this, &SetLimitsDialog::updatePreview);
    connect(row.spin->findChild<QLineEdit *>(), &QLineEdit::textEdited, this, &SetLimitsDialog::updatePreview);
    m_rows.append(row);
}

void SetLimitsDialog::fitTable()
{
    // A handful of components: show them all without an empty area below, every column as wide as its
    // text (a component's name is never cut to "CPU alloca…"), and let the dialog take that size, within
    // the screen.
    QTableWidget *table = m_ui->limitsTable;
    QHeaderView *header = table->horizontalHeader();
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    const QAbstractItemView *view = table; // sizeHintForColumn() is public there
    header->resizeSections(QHeaderView::ResizeToContents); // once, to measure; the modes stay
    for (int c = 0; c < table->columnCount(); ++c) {
        width += c == ComponentColumn ? std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c))
                                      : header->sectionSize(c);
    }
    if (const QScreen *display = screen()) {
        width = std::min(width, display->availableGeometry().width() * 9 / 10);
    }
    table->setMinimumWidth(width);
    table->resizeRowsToContents();
    int height = header->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r) {
        height += table->rowHeight(r);
    }
    table->setFixedHeight(std::min(height, kMaxTableHeight));
    resize(sizeHint().expandedTo(QSize(this->width(), 0)).width(), sizeHint().height());
}

bool SetLimitsDialog::Row::changes() const
{
    return tick ? tick->checkState() == Qt::Checked : !current || *current != spin->value();
}

QStringList SetLimitsDialog::changes() const
{
    const QLocale locale;
    QStringList lines;
    for (const Row &row : m_rows) {
        if (row.tick && row.changes()) {
            lines.append(tr("%1 → %2").arg(row.component.type, locale.toString(row.spin->value())));
        } else if (row.changes()) {
            lines.append(tr("%1 %2 → %3")
                             .arg(row.component.type, row.current ? locale.toString(*row.current) : tr("not set"),
                                 locale.toString(row.spin->value())));
        }
    }
    return lines;
}

void SetLimitsDialog::updatePreview()
{
    const QLocale locale;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        const bool changed = row.changes();
        if (row.tick) {
            row.spin->setEnabled(changed);
        }
        QTableWidgetItem *cell = m_ui->limitsTable->item(r, ChangeColumn);
        cell->setText(changed ? tr("%1 → %2").arg(row.current ? locale.toString(*row.current)
                                                              : m_ui->limitsTable->item(r, CurrentColumn)->text(),
                          locale.toString(row.spin->value()))
                              : tr("unchanged"));
        QFont font = cell->font();
        font.setBold(changed);
        cell->setFont(font);
        // A limit below what is already used is allowed, and said: the resource is over its limit at once.
        const bool belowUsage = row.usage && row.spin->value() < *row.usage;
        cell->setForeground(belowUsage ? StatusColors::text(StatusColors::Role::Warning, palette()) : palette().text());
        cell->setToolTip(
            belowUsage ? tr("Below the current usage of %1.").arg(locale.toString(*row.usage, 'g', 12)) : QString());
    }
    const QStringList lines = changes();
    QStringList over;
    for (const Row &row : m_rows) {
        if (row.usage && row.spin->value() < *row.usage) {
            over.append(
                tr("%1 is already using %2, more than the new limit of %3")
                    .arg(row.component.type, locale.toString(*row.usage, 'g', 12), locale.toString(row.spin->value())));
        }
    }
    QString preview = lines.isEmpty() ? QString() : tr("Will change: %1.").arg(lines.join(QStringLiteral("; ")));
    m_ui->usageWarningLabel->setText(over.isEmpty()
            ? QString()
            : tr("Warning: %1. The resource will be over its limit.").arg(over.join(QStringLiteral("; "))));
    m_ui->usageWarningLabel->setVisible(!over.isEmpty());
    m_ui->previewLabel->setText(preview);
    updateOkButton();
    if (m_loaded) {
        fitTable(); // a longer change ("varies → 150") widens its column: the names keep their room
    }
}

QString SetLimitsDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The components are not loaded yet.");
    }
    if (m_rows.isEmpty()) {
        return isBulk() ? tr("The selected resources' offerings have no limit-based component in common.")
                        : tr("The offering has no limit-based components.");
    }
    const QLocale locale;
    for (const Row &row : m_rows) {
        if (row.tick && !row.changes()) {
            continue; // not changed: each resource keeps its own
        }
        if (QString typed = TypedNumbers::problem(row.spin, row.component.type); !typed.isEmpty()) {
            return typed;
        }
        const qint64 value = row.spin->value();
        if (row.component.minValue && value < *row.component.minValue) {
            return tr("%1: %2 is below the offering's minimum of %3.")
                .arg(row.component.type, locale.toString(value), locale.toString(*row.component.minValue));
        }
        if (row.component.maxValue && value > *row.component.maxValue) {
            return tr("%1: %2 is above the offering's maximum of %3.")
                .arg(row.component.type, locale.toString(value), locale.toString(*row.component.maxValue));
        }
    }
    if (changes().isEmpty()) {
        return isBulk() ? tr("Tick the limits to change.") : tr("No limit has been changed.");
    }
    return {};
}

ResourceAction SetLimitsDialog::buildAction() const
{
    if (isBulk()) {
        return bulkBuilder()(resource().uuid);
    }
    // The server replaces the whole object: keep what is there and overwrite the edited components.
    QMap<QString, qint64> limits;
    for (auto it = m_full->limits.constBegin(); it != m_full->limits.constEnd(); ++it) {
        limits.insert(it.key(), std::llround(it.value()));
    }
    for (const Row &row : m_rows) {
        limits.insert(row.component.type, row.spin->value());
    }
    return ResourceAction::setLimits(resource().uuid, limits);
}

void SetLimitsDialog::loadTargets(const QList<Resource> &targets)
{
    m_targetCount = int(targets.size());
    beginLoading(tr("Reading the offerings and the current limits of %Ln resource(s)…", nullptr, m_targetCount));
    // One offering read per distinct offering (through one of its resources), then each target's limits.
    QHash<QString, QString> representative; // offering uuid → a resource of it
    for (const Resource &target : targets) {
        representative.insert(target.offeringUuid, target.uuid);
        m_toRead.append(target.uuid);
    }
    auto pendingOfferings = std::make_shared<int>(int(representative.size()));
    for (auto it = representative.cbegin(); it != representative.cend(); ++it) {
        api()->offering(
            it.value(), this, [this, offeringUuid = it.key(), pendingOfferings](const Result<Offering> &result) {
                if (!result.ok()) {
                    failLoading(result.error);
                    return;
                }
                m_offerings.insert(offeringUuid, result.value);
                if (--*pendingOfferings == 0) {
                    readTargetLimits();
                }
            });
    }
}

void SetLimitsDialog::readTargetLimits()
{
    auto *reader = new TargetReader(api(), m_toRead, { QStringLiteral("uuid"), QStringLiteral("limits") }, this);
    connect(reader, &TargetReader::progressed, this, [this](int read, int total) {
        beginLoading(
            tr("Reading the current limits: %1 of %2…").arg(QLocale().toString(read), QLocale().toString(total)));
    });
    connect(reader, &TargetReader::failed, this, &SetLimitsDialog::failLoading);
    connect(reader, &TargetReader::finished, this, [this, reader] {
        const QHash<QString, Resource> &read = reader->resources();
        for (auto target = read.cbegin(); target != read.cend(); ++target) {
            Limits limits;
            for (auto it = target->limits.cbegin(); it != target->limits.cend(); ++it) {
                limits.insert(it.key(), std::llround(it.value()));
            }
            m_targetLimits.insert(target.key(), limits);
        }
        onTargetsLoaded();
    });
    reader->start();
}

void SetLimitsDialog::onTargetsLoaded()
{
    // The components every offering has, each with the tightest bounds.
    QList<Offering::Component> shared;
    bool first = true;
    for (const Offering &offering : std::as_const(m_offerings)) {
        QList<Offering::Component> limitBased;
        for (const Offering::Component &component : offering.components) {
            if (component.billingType == QLatin1StringView("limit")) {
                limitBased.append(component);
            }
        }
        if (first) {
            shared = limitBased;
            first = false;
            continue;
        }
        QList<Offering::Component> kept;
        for (Offering::Component component : std::as_const(shared)) {
            const auto other = std::find_if(limitBased.cbegin(), limitBased.cend(),
                [&component](const Offering::Component &c) { return c.type == component.type; });
            if (other == limitBased.cend()) {
                continue;
            }
            if (other->minValue) {
                component.minValue = std::max(component.minValue.value_or(*other->minValue), *other->minValue);
            }
            if (other->maxValue) {
                component.maxValue = std::min(component.maxValue.value_or(*other->maxValue), *other->maxValue);
            }
            kept.append(component);
        }
        shared = kept;
    }
    const QLocale locale;
    for (const Offering::Component &component : std::as_const(shared)) {
        // The current limit is shown when every target has the same one.
        QSet<qint64> values;
        bool unset = false;
        for (const Limits &limits : std::as_const(m_targetLimits)) {
            if (limits.contains(component.type)) {
                values.insert(limits.value(component.type));
            } else {
                unset = true;
            }
        }
        std::optional<qint64> current;
        QString text = tr("varies");
        if (values.size() == 1 && !unset) {
            current = *values.cbegin();
            text = locale.toString(*current);
        } else if (values.isEmpty()) {
            text = tr("not set");
        }
        addRow(component, current, text, std::nullopt);
    }
    showRows();
}

SetLimitsDialog::Limits SetLimitsDialog::editedLimits() const
{
    Limits edited;
    for (const Row &row : m_rows) {
        if (row.tick && row.changes()) {
            edited.insert(row.component.type, row.spin->value());
        }
    }
    return edited;
}

QString SetLimitsDialog::describeChange(const Limits &before, const Limits &edited)
{
    const QLocale locale;
    QStringList parts;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value()) {
            parts.append(
                tr("%1 %2 → %3")
                    .arg(it.key(), before.contains(it.key()) ? locale.toString(before.value(it.key())) : tr("not set"),
                        locale.toString(it.value())));
        }
    }
    return parts.join(QStringLiteral("; "));
}

BulkRun::Builder SetLimitsDialog::bulkBuilder() const
{
    // The server replaces the whole object: each resource's own limits, with the ticked ones overwritten.
    return [all = m_targetLimits, edited = editedLimits()](const QString &uuid) {
        Limits limits = all.value(uuid);
        for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
            limits.insert(it.key(), it.value());
        }
        return ResourceAction::setLimits(uuid, limits);
    };
}

std::function<QString(const QString &uuid)> SetLimitsDialog::bulkChange() const
{
    return [all = m_targetLimits, edited = editedLimits()](
               const QString &uuid) { return describeChange(all.value(uuid), edited); };
}

BulkSkipRule SetLimitsDialog::bulkSkipRule() const
{
    return
        [all = m_targetLimits, edited = editedLimits(), reason = tr("Already has these limits.")](
            const Resource &row) { return describeChange(all.value(row.uuid), edited).isEmpty() ? reason : QString(); };
}

QString SetLimitsDialog::successMessage(const ActionOutcome &) const
{
    return tr("Updated the limits of %1: %2.").arg(quotedName(), changes().join(QStringLiteral("; ")));
}

} // namespace wpc
