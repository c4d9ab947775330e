// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"

#include "app/DemoServer.h"
#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/journal/Journal.h"
#include "models/sim/Simulator.h"
#include "ui/ConnectDialog.h"
#include "ui/MainWindow.h"
#include "wpc/Version.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace wpc {

namespace {
constexpr int kScreenshotTimeoutMs = 60000;

void printError(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", kExecutableName, qPrintable(message));
}
} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
{
}

Application::~Application()
{
    // The window and its pending calls go before the client and network manager they use.
    m_window.reset();
    m_api.reset();
    m_client.reset();
    m_network.reset();
}

int Application::start(const LaunchOptions &options)
{
    m_screenshotPath = options.screenshotPath;
    switch (options.mode) {
    case LaunchOptions::Mode::Demo: {
        m_demo = std::make_unique<DemoServer>(options.demoResources);
        QString why;
        if (!m_demo->start(&why)) {
            printError(tr("The demo simulator could not start: %1").arg(why));
            return 1;
        }
        connectTo(m_demo->url(), sim::Simulator::staffToken(), true);
        return -1;
    }
    case LaunchOptions::Mode::Url:
        connectTo(options.serverRoot, options.token, false);
        return -1;
    case LaunchOptions::Mode::ConnectDialog:
        showConnectDialog({});
        return -1;
    }
    return -1;
}

void Application::showConnectDialog(const QString &url)
{
    m_connectDialog = new ConnectDialog;
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog->setServerUrl(url);
    connect(m_connectDialog, &ConnectDialog::connectRequested, this, &Application::tryConnection);
    m_rejectConnection = connect(m_connectDialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
    m_connectDialog->open();
}

void Application::tryConnection(const QUrl &root, const QByteArray &token)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(), root, token);
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());
    // Check the address and token before leaving the dialog, so a typo is fixed where it was typed.
    m_api->currentUser(m_connectDialog, [this, root, token](const Result<CurrentUser> &result) {
        if (!result.ok()) {
            m_connectDialog->showError(result.error);
            return;
        }
        ConnectDialog *dialog = std::exchange(m_connectDialog, nullptr);
        disconnect(m_rejectConnection);
        dialog->close();
        connectTo(root, token, false);
    });
}

void Application::connectTo(const QUrl &root, const QByteArray &token, bool demo)
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    m_client = std::make_unique<ApiClient>(m_network.get(), root, token);
    m_client->preconnect(); // ready by the time the window is built and asks for the first page
    m_api = std::make_unique<ProviderResourcesApi>(m_client.get());
    MainWindow::Options options;
    options.demo = demo;
    options.serverUrl = root.toString();
    options.serverLabel = root.port() > 0 ? QStringLiteral("%1:%2").arg(root.host()).arg(root.port()) : root.host();
    if (demo) {
        m_demoJournal = std::make_unique<QTemporaryDir>();
        options.journalPath = m_demoJournal->filePath(QStringLiteral("journal.sqlite"));
    } else {
        options.journalPath = Journal::defaultPath();
    }
    m_window = std::make_unique<MainWindow>(m_api.get(), options);
    if (!m_screenshotPath.isEmpty()) {
        armScreenshot();
    }
    // The first page is on its way while the window lays out and paints for the first time.
    m_window->start();
    m_window->show();
}

void Application::armScreenshot()
{
    ResourceTableModel *model = m_window->model();
    // Let the first rows lay out and paint before grabbing.
    connect(model, &ResourceTableModel::firstPageLoaded, this,
        [this] { QTimer::singleShot(300, this, [this] { saveScreenshot(0); }); });
    connect(model, &ResourceTableModel::errorOccurred, this,
        [this] { QTimer::singleShot(300, this, [this] { saveScreenshot(1); }); });
    QTimer::singleShot(kScreenshotTimeoutMs, this, [this] {
        printError(tr("Nothing was loaded within %1 seconds.").arg(kScreenshotTimeoutMs / 1000));
        saveScreenshot(1);
    });
}

void Application::saveScreenshot(int exitCode)
{
    if (m_screenshotTaken) {
        return;
    }
    m_screenshotTaken = true;
    if (!m_window->grab().save(m_screenshotPath, "PNG")) {
        printError(tr("Could not write the screenshot to \"%1\".").arg(m_screenshotPath));
        exitCode = 1;
    }
    QCoreApplication::exit(exitCode);
}

} // namespace wpc
