// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/OptionsForm.h"

#include "models/domain/OptionSchema.h"
#include "ui/widgets/TypedNumbers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <climits>

namespace wpc {

namespace {
const char *const kTypeProperty = "wpcOptionType";
} // namespace

OptionsForm::OptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

OptionsForm::~OptionsForm() = default;

void OptionsForm::setFields(const QList<OptionField> &fields)
{
    for (const OptionField &field : fields) {
        QWidget *editor = createEditor(field);
        editor->setObjectName(QStringLiteral("option_") + field.key);
        editor->setToolTip(field.help);
        m_layout->addRow(field.required ? tr("%1 *:").arg(field.label) : tr("%1:").arg(field.label), editor);
        if (!field.help.isEmpty()) {
            auto *hint = new QLabel(field.help, this);
            hint->setTextFormat(Qt::PlainText);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            m_layout->addRow(QString(), hint);
        }
        auto *error = new QLabel(this);
        error->setObjectName(QStringLiteral("option_") + field.key + QStringLiteral("Error"));
        m_layout->addRow(QString(), error);
        m_keys.append(field.key);
        m_editors.insert(field.key, editor);
        m_errors.insert(field.key, error);
        m_labels.insert(field.key, field.label);
        m_required.insert(field.key, field.required);
        m_initial.insert(field.key, valueOf(editor));
    }
}

QWidget *OptionsForm::createEditor(const OptionField &field)
{
    const QString &type = field.type;
    const QJsonValue &value = field.value;
    QWidget *editor = nullptr;
    if (type == QLatin1StringView("boolean")) {
        auto *check = new QCheckBox(this);
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, &OptionsForm::changed);
        editor = check;
    } else if (type == QLatin1StringView("integer")) {
        auto *spin = new QSpinBox(this);
        // Any whole number can be typed; the option's bounds are checked with a message (problem()).
        spin->setRange(std::min(0, field.minimum), INT_MAX);
        spin->setProperty("wpcMinimum", field.minimum);
        spin->setProperty("wpcMaximum", field.maximum);
        spin->setValue(value.toInt(field.minimum));
        TypedNumbers::guard(spin);
        connect(spin, &QSpinBox::valueChanged, this, &OptionsForm::changed);
        connect(spin->findChild<QLineEdit *>(), &QLineEdit::textEdited, this, &OptionsForm::changed);
        editor = spin;
    } else if (type == QLatin1StringView("money")) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0, 1e12);
        spin->setDecimals(2);
        spin->setValue(value.isString() ? value.toString().toDouble() : value.toDouble());
        TypedNumbers::guard(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OptionsForm::changed);
        connect(spin->findChild<QLineEdit *>(), &QLineEdit::textEdited, this, &OptionsForm::changed);
        editor = spin;
    } else if (type == QLatin1StringView("select_string")) {
        auto *combo = new QComboBox(this);
        if (!field.required || !value.isString()) {
            combo->addItem(tr("(not set)"), QString());
        }
        for (const QString &choice : field.choices) {
            combo->addItem(choice, choice);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        connect(combo, &QComboBox::currentIndexChanged, this, &OptionsForm::changed);
        editor = combo;
    } else if (type == QLatin1StringView("select_string_multi")) {
        auto *list = new QListWidget(this);
        const QJsonArray chosen = value.toArray();
        for (const QString &choice : field.choices) {
            auto *entry = new QListWidgetItem(choice, list);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            entry->setCheckState(chosen.contains(QJsonValue(choice)) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * 5 + 6);
        connect(list, &QListWidget::itemChanged, this, &OptionsForm::changed);
        editor = list;
    } else if (type == QLatin1StringView("text") || type == QLatin1StringView("html_text")) {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setPlainText(value.toString());
        text->setMaximumHeight(text->fontMetrics().height() * 5);
        connect(text, &QPlainTextEdit::textChanged, this, &OptionsForm::changed);
        editor = text;
    } else {
        // string, date, time and plugin-specific selectors: free text, as the server validates it.
        auto *line = new QLineEdit(this);
        line->setText(value.isDouble() ? QString::number(value.toDouble()) : value.toString());
        connect(line, &QLineEdit::textChanged, this, &OptionsForm::changed);
        editor = line;
    }
    editor->setProperty(kTypeProperty, type);
    return editor;
}

QJsonValue OptionsForm::valueOf(QWidget *editor) const
{
    if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        return check->isChecked();
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        return spin->value();
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        return spin->value();
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString chosen = combo->currentData().toString();
        return chosen.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chosen);
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QJsonArray chosen;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                chosen.append(list->item(i)->text());
            }
        }
        return chosen;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        return text->toPlainText();
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        return line->text();
    }
    return {};
}

QJsonObject OptionsForm::changedValues() const
{
    QJsonObject values;
    for (const QString &key : m_keys) {
        const QJsonValue value = valueOf(m_editors.value(key));
        if (value != m_initial.value(key)) {
            values.insert(key, value);
        }
    }
    return values;
}

QString OptionsForm::problem() const
{
    for (const QString &key : m_keys) {
        const auto *spin = qobject_cast<const QAbstractSpinBox *>(m_editors.value(key));
        if (!spin) {
            continue;
        }
        if (QString typed = TypedNumbers::problem(spin, m_labels.value(key)); !typed.isEmpty()) {
            return typed;
        }
        if (const auto *whole = qobject_cast<const QSpinBox *>(spin)) {
            const int minimum = whole->property("wpcMinimum").toInt();
            const int maximum = whole->property("wpcMaximum").toInt();
            if (whole->value() < minimum || whole->value() > maximum) {
                return tr("“%1” must be between %2 and %3.")
                    .arg(m_labels.value(key), QLocale().toString(minimum), QLocale().toString(maximum));
            }
        }
    }
    for (const QString &key : m_keys) {
        if (!m_required.value(key)) {
            continue;
        }
        const QJsonValue value = valueOf(m_editors.value(key));
        if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())
            || (value.isArray() && value.toArray().isEmpty())) {
            return tr("“%1” is required.").arg(m_labels.value(key));
        }
    }
    return {};
}

} // namespace wpc
