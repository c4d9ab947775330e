// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/JsonViewerDialog.h"

#include "ui_JsonViewerDialog.h"

#include "models/api/ApiError.h"
#include "ui/widgets/StatusColors.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>

namespace wpc {

namespace {
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonViewerDialog::tr("—");
    case QJsonValue::Bool:
        return value.toBool() ? JsonViewerDialog::tr("true") : JsonViewerDialog::tr("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return JsonViewerDialog::tr("%n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return JsonViewerDialog::tr("%n field(s)", nullptr, int(value.toObject().size()));
    default:
        return {};
    }
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty());
}
} // namespace

JsonViewerDialog::JsonViewerDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JsonViewerDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_ui->textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->jsonTree->setColumnWidth(0, 220);
    QPushButton *copy = m_ui->buttonBox->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_copyText); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setLoading();
}

JsonViewerDialog::~JsonViewerDialog() = default;

void JsonViewerDialog::showStatus(const QString &text, bool isError)
{
    m_ui->statusLabel->setText(text);
    if (isError) {
        StatusColors::applyText(m_ui->statusLabel, StatusColors::Role::Error);
    } else {
        StatusColors::clearText(m_ui->statusLabel);
    }
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void JsonViewerDialog::setLoading()
{
    showStatus(tr("Loading…"), false);
    m_ui->jsonTree->hide();
    m_ui->textView->hide();
}

void JsonViewerDialog::addChildren(QTreeWidgetItem *parent, const QJsonValue &value)
{
    auto add = [this, parent](const QString &key, const QJsonValue &child) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_ui->jsonTree);
        item->setText(0, key);
        item->setText(1, scalarText(child));
        item->setToolTip(1, child.isString() ? child.toString() : QString());
        if (child.isObject() || child.isArray()) {
            addChildren(item, child);
        }
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            add(it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            add(tr("[%1]").arg(i), array.at(i));
        }
    } else {
        add(tr("value"), value);
    }
}

void JsonViewerDialog::setJson(const QJsonValue &value, const QString &emptyText)
{
    m_ui->jsonTree->clear();
    m_copyText = value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson())
        : value.isArray()         ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson())
                                  : scalarText(value);
    if (isEmptyValue(value)) {
        showStatus(emptyText, false);
        m_ui->jsonTree->hide();
        return;
    }
    addChildren(nullptr, value);
    // Top-level items of a list are opened one level, so the first screen shows something useful.
    if (value.isArray() || m_ui->jsonTree->topLevelItemCount() < 8) {
        m_ui->jsonTree->expandToDepth(0);
    }
    m_ui->jsonTree->resizeColumnToContents(0);
    showStatus(QString(), false);
    m_ui->textView->hide();
    m_ui->jsonTree->show();
}

void JsonViewerDialog::setText(const QString &text, const QString &emptyText)
{
    m_copyText = text;
    m_ui->jsonTree->hide();
    if (text.trimmed().isEmpty()) {
        showStatus(emptyText, false);
        m_ui->textView->hide();
        return;
    }
    showStatus(QString(), false);
    m_ui->textView->setPlainText(text);
    m_ui->textView->show();
}

void JsonViewerDialog::setMessage(const QString &text)
{
    m_copyText.clear();
    m_ui->jsonTree->hide();
    m_ui->textView->hide();
    showStatus(text, false);
}

void JsonViewerDialog::setError(const ApiError &error)
{
    m_copyText.clear();
    m_ui->jsonTree->hide();
    m_ui->textView->hide();
    showStatus(error.message, true);
}

} // namespace wpc
