// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace wpc::test {

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonValue json() const; // undefined when the body is not JSON
    QJsonObject object() const
    {
        return json().toObject();
    }
    QJsonArray array() const
    {
        return json().toArray();
    }
};

// Raw HTTP against the simulator, deliberately not the project's API client: these tests check the
// server side on its own. Waits with QSignalSpy::wait on QNetworkReply::finished.
class SimTestClient
{
public:
    SimTestClient(const QUrl &base, const QByteArray &token);

    // `token`: nullopt = the client's token, empty = no Authorization header at all.
    HttpResult send(const QByteArray &method,
        const QString &pathAndQuery,
        const QByteArray &body = {},
        const std::optional<QByteArray> &token = std::nullopt,
        int transferTimeoutMs = 0,
        const QByteArray &accept = "application/json");
    HttpResult getText(const QString &pathAndQuery)
    {
        return send("GET", pathAndQuery, {}, std::nullopt, 0, "text/plain");
    }
    HttpResult get(const QString &pathAndQuery, const std::optional<QByteArray> &token = std::nullopt)
    {
        return send("GET", pathAndQuery, {}, token);
    }
    HttpResult post(const QString &path,
        const QJsonValue &body = QJsonObject(),
        const std::optional<QByteArray> &token = std::nullopt);
    HttpResult put(const QString &path, const QJsonObject &body);
    HttpResult patch(const QString &path, const QJsonObject &body);

    static QString resourcePath(const QString &uuid, const QString &action = QString());
    // The "uuid" of every object of a list reply, in order.
    static QStringList uuidsOf(const QJsonArray &rows);

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};

} // namespace wpc::test
