// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/SetLimitsDialog.h"

#include "ui_SetLimitsDialog.h"

#include "ui/widgets/StatusColors.h"
#include "ui/widgets/TypedNumbers.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
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
    : ActionDialog(api, resource, parent)
    , m_ui(std::make_unique<Ui::SetLimitsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set limits of %1").arg(quotedName()));
    m_ui->introLabel->setText(
        tr("Limits of %1 (offering “%2”). Only limit-based components are listed; the values "
           "are whole numbers within each component's bounds.")
            .arg(quotedName(), resource.offeringName.isEmpty() ? resource.offeringUuid : resource.offeringName));
    m_ui->noLimitsLabel->hide();
    QHeaderView *header = m_ui->limitsTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ComponentColumn, QHeaderView::Stretch);
    registerFieldError(QStringLiteral("limits"), m_ui->limitsError);
    StatusColors::applyText(m_ui->usageWarningLabel, StatusColors::Role::Warning);
    m_ui->usageWarningLabel->hide();
    initButtons(m_ui->buttonBox, m_ui->messageLabel, tr("Set limits"));

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
    for (const Offering::Component &component : std::as_const(m_offering->components)) {
        if (component.billingType == QLatin1StringView("limit")) {
            addRow(component, usages);
        }
    }
    m_ui->limitsTable->setVisible(!m_rows.isEmpty());
    m_ui->noLimitsLabel->setVisible(m_rows.isEmpty());
    m_loaded = true;
    endLoading();
    updatePreview();
    fitTable(); // with the Change column filled in
    if (!m_rows.isEmpty()) {
        m_rows.first().spin->setFocus();
    }
}

void SetLimitsDialog::addRow(const Offering::Component &component, const QJsonObject &usages)
{
    const QLocale locale;
    QTableWidget *table = m_ui->limitsTable;
    const int r = table->rowCount();
    table->insertRow(r);
    Row row;
    row.component = component;
    if (m_full->limits.contains(component.type)) {
        row.current = std::llround(m_full->limits.value(component.type));
    }
    const QString name = component.name.isEmpty() ? component.type : component.name;
    table->setItem(r, ComponentColumn, item(name));
    table->setItem(r, UnitColumn, item(component.measuredUnit));
    const QJsonValue usage = usages.value(component.type);
    if (usage.isDouble()) {
        row.usage = usage.toDouble();
    }
    table->setItem(r, UsageColumn,
        item(usage.isDouble() ? locale.toString(usage.toDouble(), 'g', 12) : tr("—"),
            Qt::AlignRight | Qt::AlignVCenter));
    table->setItem(r, CurrentColumn,
        item(row.current ? locale.toString(*row.current) : tr("not set"), Qt::AlignRight | Qt::AlignVCenter));

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

QStringList SetLimitsDialog::changes() const
{
    const QLocale locale;
    QStringList lines;
    for (const Row &row : m_rows) {
        if (!row.current || *row.current != row.spin->value()) {
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
        const bool changed = !row.current || *row.current != row.spin->value();
        QTableWidgetItem *cell = m_ui->limitsTable->item(r, ChangeColumn);
        cell->setText(changed ? tr("%1 → %2").arg(row.current ? locale.toString(*row.current) : tr("not set"),
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
}

QString SetLimitsDialog::validationProblem() const
{
    if (!m_loaded) {
        return tr("The components are not loaded yet.");
    }
    if (m_rows.isEmpty()) {
        return tr("The offering has no limit-based components.");
    }
    const QLocale locale;
    for (const Row &row : m_rows) {
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
        return tr("No limit has been changed.");
    }
    return {};
}

ResourceAction SetLimitsDialog::buildAction() const
{
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

QString SetLimitsDialog::successMessage(const ActionOutcome &) const
{
    return tr("Updated the limits of %1: %2.").arg(quotedName(), changes().join(QStringLiteral("; ")));
}

} // namespace wpc
