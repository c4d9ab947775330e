// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Session.h"

#include "models/ResourceTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ProviderResourcesApi.h"
#include "models/profiles/ProfileStore.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace wpc {

namespace {
ApiClient::Options clientOptions(const Profile &profile)
{
    ApiClient::Options options;
    options.tokenKind = profile.tokenKind;
    options.plainHttpConsent = profile.plainHttpConsent;
    options.tls.caBundlePath = profile.caBundlePath;
    options.tls.pinnedSha256 = profile.pinnedSha256;
    return options;
}

QString serverLabel(const QUrl &root)
{
    QString label = root.port() > 0 ? QStringLiteral("%1:%2").arg(root.host()).arg(root.port()) : root.host();
    if (root.path().size() > 1) {
        label += root.path().chopped(1); // "host/waldur"
    }
    return label;
}
} // namespace

QString plainHttpRefusal(const Profile &profile)
{
    return QCoreApplication::translate("wpc::Application",
        "%1 is plain http: the token would travel unencrypted. Use https://, or save a profile for it with "
        "File ▸ Connect to…, allow plain http there and start with --profile.")
        .arg(profile.serverRoot.toString());
}

Session::Session(const Profile &profile, const QByteArray &token, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get(), profile.serverRoot, token, clientOptions(profile)))
    , m_api(std::make_unique<ProviderResourcesApi>(m_client.get()))
{
    m_client->preconnect(); // ready by the time the window is built and asks for the first page
}

Session::~Session()
{
    // The window and its pending calls go before the client and network manager they use.
    m_window.reset();
    m_api.reset();
    m_client.reset();
    m_network.reset();
}

void Session::check(std::function<void(const Result<CurrentUser> &)> done)
{
    m_api->currentUser(this, [this, done = std::move(done)](const Result<CurrentUser> &result) {
        if (result.ok()) {
            m_user = result.value;
        }
        done(result);
    });
}

void Session::open(const QString &journalPath, bool demo)
{
    MainWindow::Options options;
    options.demo = demo;
    options.serverUrl = m_profile.serverRoot.toString();
    options.serverLabel = serverLabel(m_profile.serverRoot);
    options.profileName = m_profile.name;
    options.settingsGroup = ProfileStore::settingsGroupOf(m_profile.id);
    options.journalPath = journalPath;
    m_client->setSignInPolicy(ApiClient::SignIn::Pausing);
    // The first page is asked for before the window is built, and arrives while it is.
    m_window = std::make_unique<MainWindow>(m_api.get(), options, MainWindow::startModel(m_api.get(), options));
}

} // namespace wpc
