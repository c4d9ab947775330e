// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace wpc {

class ApiClient;
class ConnectDialog;
class DemoServer;
class MainWindow;
class ProviderResourcesApi;

// The composition root: reads the command line, builds the network manager, client, API and main
// window (and the demo simulator), and owns them for the life of the process.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Returns an exit code when the process should end now, or -1 to enter the event loop.
    int start(const LaunchOptions &options);

private:
    void connectTo(const QUrl &root, const QByteArray &token, bool demo);
    void showConnectDialog(const QString &url);
    void tryConnection(const QUrl &root, const QByteArray &token);
    void armScreenshot();
    void saveScreenshot(int exitCode);

    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_demoJournal; // the demo's journal: it goes with the demo server
    ConnectDialog *m_connectDialog = nullptr;
    QMetaObject::Connection m_rejectConnection;
    QString m_screenshotPath;
    bool m_screenshotTaken = false;
};

} // namespace wpc
