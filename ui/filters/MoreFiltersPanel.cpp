// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filters/MoreFiltersPanel.h"

#include "ui/filters/FilterCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wpc {

namespace {
using Editor = FilterSpec::Editor;

constexpr int kNoCount = -1; // the spin box's "Any"
constexpr int kMaxCount = 99;
constexpr int kTimeDefaultDaysBack = 7;

bool isPicker(Editor editor)
{
    return editor == Editor::Project || editor == Editor::Provider || editor == Editor::Offering
        || editor == Editor::Category || editor == Editor::Plan;
}

QString recentKeyOf(Editor editor)
{
    switch (editor) {
    case Editor::Project:
        return QStringLiteral("recentProjects");
    case Editor::Provider:
        return QStringLiteral("recentProviders");
    case Editor::Offering:
        return QStringLiteral("recentParentOfferings");
    case Editor::Category:
        return QStringLiteral("recentCategories");
    default:
        return {}; // plans: a recent plan of another offering would match nothing
    }
}

QString flagData(const std::optional<bool> &flag)
{
    return flag ? (*flag ? QStringLiteral("true") : QStringLiteral("false")) : QString();
}

QDateTime defaultTime()
{
    return QDateTime(QDate::currentDate().addDays(-kTimeDefaultDaysBack), QTime(0, 0));
}
} // namespace

MoreFiltersPanel::MoreFiltersPanel(QWidget *parent)
    : QFrame(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("moreFiltersPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *content = new QWidget;
    // In the scroll area before its rows: setWidget() and setWidgetResizable() size the widget to its size
    // hint, and the hint of 25 editors (polished, measured) is not needed before the panel is first shown.
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(6, 6, 6, 6);
    columns->setSpacing(18);
    const QStringList headings = { tr("Resource"), tr("Offering"), tr("Flags") };
    QList<QFormLayout *> forms;
    for (const QString &heading : headings) {
        auto *column = new QVBoxLayout;
        auto *form = new QFormLayout;
        form->setVerticalSpacing(4);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *title = new QLabel(heading);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        form->addRow(title);
        column->addLayout(form);
        column->addStretch(1); // rows keep together at the top
        columns->addLayout(column, 1);
        forms << form;
    }
    for (const FilterSpec &spec : moreFilters()) {
        QWidget *label = nullptr;
        QWidget *editor = makeEditor(spec, &label);
        editor->setObjectName(QLatin1StringView(spec.id) + QStringLiteral("Filter"));
        editor->setToolTip(spec.toolTipText());
        if (!label) {
            auto *text = new QLabel(spec.labelText() + QLatin1Char(':'));
            text->setBuddy(editor);
            label = text;
        }
        forms.at(spec.column)->addRow(label, editor);
        m_editors << editor;
        m_labels << label;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

QWidget *MoreFiltersPanel::makeEditor(const FilterSpec &spec, QWidget **label)
{
    const auto now = [this] {
        if (!m_applying) {
            Q_EMIT edited(false);
        }
    };
    const auto soon = [this] {
        if (!m_applying) {
            Q_EMIT edited(true);
        }
    };
    switch (spec.editor) {
    case Editor::Flag: {
        auto *combo = new QComboBox;
        combo->addItem(tr("Any"), QString());
        combo->addItem(spec.yesText(), QStringLiteral("true"));
        combo->addItem(spec.noText(), QStringLiteral("false"));
        connect(combo, &QComboBox::currentIndexChanged, this, now);
        return combo;
    }
    case Editor::Text: {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(tr("Any"));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, soon);
        connect(edit, &QLineEdit::returnPressed, this, now);
        return edit;
    }
    case Editor::Time: {
        auto *check = new QCheckBox(spec.labelText() + QLatin1Char(':'));
        check->setObjectName(QLatin1StringView(spec.id) + QStringLiteral("Check"));
        auto *edit = new QDateTimeEdit(defaultTime());
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, now);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [check, soon] {
            if (check->isChecked()) {
                soon();
            }
        });
        *label = check;
        return edit;
    }
    case Editor::Count: {
        auto *spin = new QSpinBox;
        spin->setRange(kNoCount, kMaxCount);
        spin->setSpecialValueText(tr("Any"));
        spin->setValue(kNoCount);
        connect(spin, &QSpinBox::valueChanged, this, soon);
        return spin;
    }
    case Editor::OfferingType: {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(tr("Any"));
        combo->lineEdit()->setClearButtonEnabled(true);
        connect(combo, &QComboBox::editTextChanged, this, soon);
        connect(combo, &QComboBox::activated, this, now);
        return combo;
    }
    default: {
        Q_ASSERT(isPicker(spec.editor));
        auto *picker = new SearchableComboBox(tr("Any"), recentKeyOf(spec.editor));
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(10);
        connect(picker, &QComboBox::currentIndexChanged, this, now);
        return picker;
    }
    }
}

void MoreFiltersPanel::setSources(const FilterSources &sources, std::function<QString()> plannedOffering)
{
    const QList<FilterSpec> &specs = moreFilters();
    for (int i = 0; i < specs.size(); ++i) {
        const Editor kind = specs.at(i).editor;
        if (kind == Editor::OfferingType) {
            auto *combo = static_cast<QComboBox *>(m_editors.at(i));
            if (sources.offeringTypes) {
                sources.offeringTypes(combo, [this, combo](const QStringList &types) {
                    m_applying = true;
                    const QString current = combo->currentText();
                    combo->clear();
                    combo->addItems(types);
                    combo->setEditText(current);
                    m_applying = false;
                });
            }
            continue;
        }
        if (!isPicker(kind)) {
            continue;
        }
        auto *picker = static_cast<SearchableComboBox *>(m_editors.at(i));
        if (!recentKeyOf(kind).isEmpty()) {
            picker->setRecentKey(sources.settingsGroup + QLatin1Char('/') + recentKeyOf(kind));
        }
        switch (kind) {
        case Editor::Project:
            picker->setSearch(sources.projects);
            picker->setNameLookup(sources.projectName);
            break;
        case Editor::Provider:
            picker->setSearch(sources.customers);
            picker->setNameLookup(sources.customerName);
            break;
        case Editor::Offering:
            picker->setSearch(sources.offerings);
            picker->setNameLookup(sources.offeringName);
            break;
        case Editor::Category:
            picker->setSearch(sources.categories);
            picker->setNameLookup(sources.categoryName);
            break;
        default: // plans: of the offering chosen above the table
            picker->setSearch([plans = sources.plans, plannedOffering](
                                  const QString &text, int page, QObject *context, SearchableComboBox::Reply reply) {
                const QString offering = plannedOffering();
                if (offering.isEmpty() || !plans) {
                    reply({}, false,
                        QCoreApplication::translate("wpc::MoreFiltersPanel",
                            "Choose an offering above the table first: plans belong to one offering."));
                    return;
                }
                plans(offering, text, page, context, std::move(reply));
            });
            picker->setNameLookup([lookup = sources.planName, plannedOffering](const QString &uuid, QObject *context,
                                      std::function<void(const QString &)> done) {
                const QString offering = plannedOffering();
                if (offering.isEmpty() || !lookup) {
                    done({});
                    return;
                }
                lookup(offering, uuid, context, std::move(done));
            });
            break;
        }
    }
}

int MoreFiltersPanel::indexOf(const FilterSpec &spec) const
{
    const QList<FilterSpec> &specs = moreFilters();
    for (int i = 0; i < specs.size(); ++i) {
        if (specs.at(i).id == spec.id) {
            return i;
        }
    }
    return -1;
}

QWidget *MoreFiltersPanel::editor(const FilterSpec &spec) const
{
    return m_editors.value(indexOf(spec));
}

void MoreFiltersPanel::setQuery(const ResourceQuery &query)
{
    m_applying = true;
    const QList<FilterSpec> &specs = moreFilters();
    for (int i = 0; i < specs.size(); ++i) {
        const FilterSpec &spec = specs.at(i);
        QWidget *editor = m_editors.at(i);
        std::visit(
            [&](auto member) {
                const auto &value = query.*member;
                using Value = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<Value, std::optional<bool>>) {
                    auto *combo = static_cast<QComboBox *>(editor);
                    combo->setCurrentIndex(std::max(0, combo->findData(flagData(value))));
                } else if constexpr (std::is_same_v<Value, std::optional<int>>) {
                    static_cast<QSpinBox *>(editor)->setValue(value ? std::clamp(*value, 0, kMaxCount) : kNoCount);
                } else if constexpr (std::is_same_v<Value, QDateTime>) {
                    static_cast<QCheckBox *>(m_labels.at(i))->setChecked(value.isValid());
                    static_cast<QDateTimeEdit *>(editor)->setDateTime(
                        value.isValid() ? value.toLocalTime() : defaultTime());
                } else if (spec.editor == Editor::Text) {
                    static_cast<QLineEdit *>(editor)->setText(value);
                } else if (spec.editor == Editor::OfferingType) {
                    static_cast<QComboBox *>(editor)->setEditText(value);
                } else {
                    static_cast<SearchableComboBox *>(editor)->keep(value);
                }
            },
            spec.field);
    }
    m_applying = false;
}

void MoreFiltersPanel::applyTo(ResourceQuery *query) const
{
    const QList<FilterSpec> &specs = moreFilters();
    for (int i = 0; i < specs.size(); ++i) {
        const FilterSpec &spec = specs.at(i);
        const QWidget *editor = m_editors.at(i);
        std::visit(
            [&](auto member) {
                auto &value = query->*member;
                using Value = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<Value, std::optional<bool>>) {
                    const QString chosen = static_cast<const QComboBox *>(editor)->currentData().toString();
                    value = chosen.isEmpty() ? std::nullopt : std::optional<bool>(chosen == QLatin1StringView("true"));
                } else if constexpr (std::is_same_v<Value, std::optional<int>>) {
                    const int count = static_cast<const QSpinBox *>(editor)->value();
                    value = count == kNoCount ? std::nullopt : std::optional<int>(count);
                } else if constexpr (std::is_same_v<Value, QDateTime>) {
                    const bool on = static_cast<const QCheckBox *>(m_labels.at(i))->isChecked();
                    value = on ? static_cast<const QDateTimeEdit *>(editor)->dateTime() : QDateTime();
                } else if (spec.editor == Editor::Text) {
                    value = static_cast<const QLineEdit *>(editor)->text().trimmed();
                } else if (spec.editor == Editor::OfferingType) {
                    value = static_cast<const QComboBox *>(editor)->currentText().trimmed();
                } else {
                    value = static_cast<const SearchableComboBox *>(editor)->currentUuid();
                }
            },
            spec.field);
    }
}

QString MoreFiltersPanel::valueText(const FilterSpec &spec) const
{
    const QWidget *editor = this->editor(spec);
    switch (spec.editor) {
    case Editor::Text:
        return static_cast<const QLineEdit *>(editor)->text().trimmed();
    case Editor::Time:
        return QLocale().toString(static_cast<const QDateTimeEdit *>(editor)->dateTime(), QLocale::ShortFormat);
    case Editor::Count:
        return QString::number(static_cast<const QSpinBox *>(editor)->value());
    default:
        return static_cast<const QComboBox *>(editor)->currentText().trimmed();
    }
}

void MoreFiltersPanel::clearFilter(const FilterSpec &spec)
{
    ResourceQuery query;
    applyTo(&query);
    spec.clear(&query);
    setQuery(query);
    Q_EMIT edited(false);
}

void MoreFiltersPanel::focusFirst()
{
    m_editors.first()->setFocus(Qt::OtherFocusReason);
}

void MoreFiltersPanel::focusFilter(const FilterSpec &spec)
{
    const int index = indexOf(spec);
    if (index < 0) {
        return;
    }
    QWidget *target
        = spec.editor == Editor::Time && !m_editors.at(index)->isEnabled() ? m_labels.at(index) : m_editors.at(index);
    m_scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace wpc
