// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace wpc::sim {

// Query parameters with Django's semantics: decoded like Python's parse_qs (keep blank values), `value()`
// returns the last occurrence like QueryDict.get, `values()` all of them like getlist.
class QueryParams
{
public:
    static QueryParams parse(const QByteArray &rawQuery);

    bool has(QAnyStringView key) const;
    QString value(QAnyStringView key) const;
    QStringList values(QAnyStringView key) const;
    bool isEmpty() const
    {
        return m_items.isEmpty();
    }
    const QList<std::pair<QString, QString>> &items() const
    {
        return m_items;
    }
    // DRF's replace_query_param/remove_query_param: keys sorted, values URL-encoded like urlencode().
    // An empty `page` removes the parameter.
    QString encodedWithPage(const QString &page) const;

private:
    QList<std::pair<QString, QString>> m_items;
};

struct HttpRequest
{
    QByteArray method; // upper case
    QString path; // decoded path, e.g. "/api/marketplace-provider-resources/"
    QByteArray target; // path and query exactly as sent
    QByteArray rawQuery; // as sent, without '?'
    QueryParams query;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, in the order sent

    // The last value of a header, by its lower-case name; empty when absent.
    QByteArray header(QByteArrayView lowerName) const;
    // The Host header, used to build absolute URLs that point back here.
    QString host() const
    {
        return QString::fromLatin1(header("host"));
    }
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(std::pair<QByteArray, QByteArray>(name, value));
    }

    static HttpReply json(int status, const QJsonValue &value);
    static HttpReply empty(int status);
    static HttpReply text(int status, const QByteArray &text);
    // DRF's three error shapes.
    static HttpReply detail(int status, const QString &message);
    static HttpReply fieldError(const QString &field, const QString &message);
    static HttpReply listError(const QString &message);
};

} // namespace wpc::sim
