// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/details/DetailsTab.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace wpc {

// The GLAuth users configuration of the resource's project as monospace text, to copy or save. When the
// offering does not allow it the server's 400 text is the tab's error.
class GlauthTab : public DetailsTab
{
    Q_OBJECT

public:
    explicit GlauthTab(ProviderResourcesApi *api, QWidget *parent = nullptr);

    QString text() const;
    bool save(const QString &path, QString *error) const;

protected:
    void buildContent() override;
    void request(const QString &uuid, quint64 generation) override;

private:
    void onSaveClicked();

    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace wpc
