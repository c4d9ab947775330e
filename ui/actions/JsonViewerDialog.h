// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonValue>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class JsonViewerDialog;
}

namespace wpc {

struct ApiError;

// The shared read-only window for the GET sub-resources (details, offering, plan periods, team,
// offerings for sub-resources, GLauth users config): a tree of the JSON, or plain text, with loading and
// error states shown in the window itself. "Copy" puts the JSON or text on the clipboard.
class JsonViewerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JsonViewerDialog(const QString &title, QWidget *parent = nullptr);
    ~JsonViewerDialog() override;

    void setLoading();
    void setJson(const QJsonValue &value, const QString &emptyText);
    void setText(const QString &text, const QString &emptyText);
    void setMessage(const QString &text); // "This resource has no plugin object."
    void setError(const ApiError &error);
    QString copyText() const
    {
        return m_copyText;
    }

private:
    void addChildren(QTreeWidgetItem *parent, const QJsonValue &value);
    void showStatus(const QString &text, bool isError);

    std::unique_ptr<Ui::JsonViewerDialog> m_ui;
    QString m_copyText;
};

} // namespace wpc
