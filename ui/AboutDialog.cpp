// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "wpc/Version.h"

#include <QApplication>
#include <QFile>

namespace wpc {

AboutDialog::AboutDialog(const QString &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        m_ui->iconLabel->setPixmap(icon.pixmap(64, 64));
    } else {
        m_ui->iconLabel->hide();
    }
    m_ui->productLabel->setText(QString::fromLatin1(kProductName));
    m_ui->versionLabel->setText(tr("Version %1").arg(QString::fromLatin1(kVersion)));
    m_ui->qtVersionLabel->setText(
        tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->serverUrlLabel->setText(serverUrl.isEmpty() ? tr("Not connected") : tr("Server: %1").arg(serverUrl));
    m_ui->licenseLabel->setText(tr("Released under the <a href=\"%1\">MIT License</a>.")
                                    .arg(QStringLiteral("https://opensource.org/license/mit")));

    QFile license(QStringLiteral(":/license/LICENSE.txt"));
    if (license.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_ui->licenseTextEdit->setPlainText(QString::fromUtf8(license.readAll()));
    } else {
        m_ui->licenseTextEdit->hide();
    }
}

AboutDialog::~AboutDialog() = default;

} // namespace wpc
