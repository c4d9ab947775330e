// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sim/SimTestClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace wpc::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QJsonValue HttpResult::json() const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

SimTestClient::SimTestClient(const QUrl &base, const QByteArray &token)
    : m_base(base)
    , m_token(token)
{
}

QStringList SimTestClient::uuidsOf(const QJsonArray &rows)
{
    QStringList out;
    for (const QJsonValue row : rows) {
        out.append(row.toObject().value(QStringLiteral("uuid")).toString());
    }
    return out;
}

QString SimTestClient::resourcePath(const QString &uuid, const QString &action)
{
    QString path = QStringLiteral("/api/marketplace-provider-resources/") + uuid + QLatin1Char('/');
    if (!action.isEmpty()) {
        path += action + QLatin1Char('/');
    }
    return path;
}

HttpResult SimTestClient::send(const QByteArray &method,
    const QString &pathAndQuery,
    const QByteArray &body,
    const std::optional<QByteArray> &token,
    int transferTimeoutMs,
    const QByteArray &accept)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", accept);
    const QByteArray key = token.value_or(m_token);
    if (!key.isEmpty()) {
        request.setRawHeader("Authorization", "Token " + key);
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (transferTimeoutMs > 0) {
        request.setTransferTimeout(transferTimeoutMs);
    }
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_nam.get(request);
    } else if (method == "HEAD") {
        reply = m_nam.head(request);
    } else {
        reply = m_nam.sendCustomRequest(request, method, body);
    }
    HttpResult result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = reply->isFinished() || finished.wait(30000);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult SimTestClient::post(const QString &path, const QJsonValue &body, const std::optional<QByteArray> &token)
{
    const QByteArray payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send("POST", path, payload, token);
}

HttpResult SimTestClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SimTestClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace wpc::test
