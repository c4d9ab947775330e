// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace wpc {

struct OptionField; // models/domain/OptionSchema.h

// A form built from an offering's `resource_options`, as OptionSchema::fields() reads them: one editor per
// option, chosen by the definition's type (boolean, integer, money, select_string,
// select_string_multi, text, string…), filled with the resource's current options. It reports only the
// values the user changed, because the server merges them into the existing options.
class OptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsForm(QWidget *parent = nullptr);
    ~OptionsForm() override;

    void setFields(const QList<OptionField> &fields); // OptionSchema::fields()
    bool isEmpty() const
    {
        return m_keys.isEmpty();
    }
    QStringList keys() const
    {
        return m_keys;
    }
    QJsonObject changedValues() const;
    QString problem() const; // empty when every required option has a value
    QLabel *errorLabel(const QString &key) const
    {
        return m_errors.value(key);
    }

Q_SIGNALS:
    void changed();

private:
    QWidget *createEditor(const OptionField &field);
    QJsonValue valueOf(QWidget *editor) const;

    QFormLayout *m_layout;
    QStringList m_keys;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QJsonValue> m_initial;
    QHash<QString, QString> m_labels;
    QHash<QString, bool> m_required;
};

} // namespace wpc
