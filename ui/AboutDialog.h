// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace wpc {

// Help ▸ About: the product, its version, the Qt it runs on, the license and the server the window
// talks to — what a bug report needs. The text is selectable so it can be copied into one. Widgets
// carry object names (versionLabel, qtVersionLabel, licenseLabel, licenseTextEdit, serverUrlLabel)
// for tests. The full license text comes from the embedded ":/license/LICENSE.txt" when present.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &serverUrl, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace wpc
