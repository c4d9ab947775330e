// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Entities.h"
#include "models/profiles/Profile.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wpc {

class ApiClient;
class MainWindow;
class ProviderResourcesApi;
template <typename T> struct Result;

// Why a launch with --url or --profile does not send the token to that profile's plain-http address.
QString plainHttpRefusal(const Profile &profile);

// One connection to one server under one profile: its network manager, client, API and, once signed in,
// its window (which owns the table model, the journal and the window state). The composition root builds
// a Session per connection and replaces it as a unit; destroying it aborts its requests, so none of its
// callbacks runs afterwards.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(const Profile &profile, const QByteArray &token, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const
    {
        return m_profile;
    }
    ApiClient *client() const
    {
        return m_client.get();
    }
    ProviderResourcesApi *api() const
    {
        return m_api.get();
    }
    MainWindow *window() const
    {
        return m_window.get();
    }
    const CurrentUser &user() const
    {
        return m_user;
    }

    // Asks the server who the token belongs to; done runs unless the session is gone first.
    void check(std::function<void(const Result<CurrentUser> &)> done);
    // Builds the window for the user check() found (its first page asked for before it is built), and from now
    // on a 401 pauses the session (ApiClient::signInRequired) instead of failing its calls.
    void open(const QString &journalPath, bool demo);

private:
    Profile m_profile;
    CurrentUser m_user;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProviderResourcesApi> m_api;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace wpc
