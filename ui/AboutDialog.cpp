// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "wpc/Version.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>

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
    m_ui->licenseLabel->setText(
        tr("Free software under the <a href=\"%1\">GNU General Public License</a>, version 3 or later. "
           "It comes with no warranty.")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    m_ui->licenseLabel->setWordWrap(true);

    // Both texts are embedded from the files the packages install (LICENSE, THIRD-PARTY-NOTICES).
    const auto show = [](const QString &resource, QPlainTextEdit *edit) {
        QFile file(resource);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            edit->setPlainText(QString::fromUtf8(file.readAll()));
        }
    };
    show(QStringLiteral(":/license/LICENSE"), m_ui->licenseTextEdit);
    show(QStringLiteral(":/license/THIRD-PARTY-NOTICES"), m_ui->noticesTextEdit);
    m_ui->licenseTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->noticesTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

AboutDialog::~AboutDialog() = default;

} // namespace wpc
