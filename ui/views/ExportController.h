// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceColumns.h"
#include "models/ResourceQuery.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QProgressBar;
class QPushButton;
class QWidget;

namespace wpc {

class ApiClient;
class ResourceExport;

// File ▸ Export view…: asks where (a non-modal file dialog: .csv, .json or .xlsx), then writes every
// resource the view matches, not only the loaded rows, with the view's columns in their order. Progress
// and Cancel sit in the status bar; the window stays usable meanwhile. One export at a time.
class ExportController : public QObject
{
    Q_OBJECT

public:
    struct View
    {
        ResourceQuery query;
        QList<Column> columns; // in the order shown
        QString name; // suggests the file name
    };
    ExportController(ApiClient *client, QMainWindow *window, std::function<View()> currentView);
    ~ExportController() override;

    QAction *action() const
    {
        return m_action;
    }
    bool isRunning() const;
    // Starts an export of the current view to path (what the file dialog does once a file is chosen).
    void exportTo(const QString &path);

Q_SIGNALS:
    void message(const QString &text, bool isError); // for the window's status bar or banner

private:
    void chooseFile();
    void onProgress(qint64 written, qint64 total);
    void onFinished(bool ok, const QString &message);

    ApiClient *m_client;
    QMainWindow *m_window;
    std::function<View()> m_currentView;
    QAction *m_action;
    QWidget *m_status; // label, bar and Cancel: shown while an export runs
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    std::unique_ptr<ResourceExport> m_export;
    QString m_lastFolder;
};

} // namespace wpc
