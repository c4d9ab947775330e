// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/GlauthTab.h"

#include "models/api/ProviderResourcesApi.h"
#include "ui/details/DetailsFormat.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wpc {

GlauthTab::GlauthTab(ProviderResourcesApi *api, QWidget *parent)
    : DetailsTab(api, parent)
{
    setObjectName(QStringLiteral("glauthTab"));
}

void GlauthTab::buildContent()
{
    m_text = new QPlainTextEdit(this);
    m_copyButton = new QPushButton(tr("Copy"), this);
    m_saveButton = new QPushButton(tr("Save…"), this);
    m_message = new QLabel(this);
    m_text->setObjectName(QStringLiteral("glauthText"));
    m_text->setReadOnly(true);
    m_text->setFont(DetailsFormat::monospace());
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyButton->setObjectName(QStringLiteral("copyGlauthButton"));
    m_saveButton->setObjectName(QStringLiteral("saveGlauthButton"));
    m_message->setObjectName(QStringLiteral("glauthMessageLabel"));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(text());
        m_message->setText(tr("Copied to the clipboard."));
    });
    connect(m_saveButton, &QPushButton::clicked, this, &GlauthTab::onSaveClicked);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setContent(content);
}

QString GlauthTab::text() const
{
    return m_text ? m_text->toPlainText() : QString();
}

bool GlauthTab::save(const QString &path, QString *error) const
{
    QFile file(path);
    const QByteArray bytes = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void GlauthTab::request(const QString &uuid, quint64 generation)
{
    m_message->clear();
    api()->glauthUsersConfig(uuid, this, [this, generation](const Result<QString> &result) {
        if (!accept(generation, result.error)) {
            return;
        }
        if (result.value.trimmed().isEmpty()) {
            showEmpty(tr("The GLAuth configuration is empty: nobody in the project has an offering username."));
            return;
        }
        m_text->setPlainText(result.value);
        showContent();
    });
}

void GlauthTab::onSaveClicked()
{
    auto *dialog = new QFileDialog(this, tr("Save GLAuth configuration"));
    dialog->setObjectName(QStringLiteral("saveGlauthDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("toml"));
    dialog->selectFile(QStringLiteral("glauth-users.toml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_message->setText(
            save(path, &error) ? tr("Saved to %1.").arg(path) : tr("Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

} // namespace wpc
