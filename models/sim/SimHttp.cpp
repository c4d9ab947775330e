// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sim/SimHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wpc::sim {

namespace {

QString pyUnquotePlus(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

// Python's quote_plus(): only letters, digits and "_.-~" stay as they are; space becomes '+'.
QString pyQuotePlus(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
            || c == '-' || c == '~') {
            out.append(ch);
        } else if (c == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 15]);
        }
    }
    return QString::fromLatin1(out);
}

} // namespace

QueryParams QueryParams::parse(const QByteArray &rawQuery)
{
    QueryParams params;
    for (const QByteArray &segment : rawQuery.split('&')) {
        if (segment.isEmpty()) {
            continue;
        }
        const qsizetype eq = segment.indexOf('=');
        const QByteArray key = eq < 0 ? segment : segment.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : segment.mid(eq + 1);
        params.m_items.append({ pyUnquotePlus(key), pyUnquotePlus(value) });
    }
    return params;
}

bool QueryParams::has(QAnyStringView key) const
{
    return std::any_of(
        m_items.cbegin(), m_items.cend(), [key](const auto &item) { return QAnyStringView::equal(item.first, key); });
}

QString QueryParams::value(QAnyStringView key) const
{
    const auto last = std::find_if(
        m_items.crbegin(), m_items.crend(), [key](const auto &item) { return QAnyStringView::equal(item.first, key); });
    return last == m_items.crend() ? QString() : last->second;
}

QStringList QueryParams::values(QAnyStringView key) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (QAnyStringView::equal(item.first, key)) {
            out.append(item.second);
        }
    }
    return out;
}

QString QueryParams::encodedWithPage(const QString &page) const
{
    // parse_qs groups values per key in first-seen order; urlencode(sorted(...)) then orders the keys.
    QStringList keys;
    for (const auto &item : m_items) {
        if (!keys.contains(item.first) && item.first != u"page") {
            keys.append(item.first);
        }
    }
    if (!page.isEmpty()) {
        keys.append(QStringLiteral("page"));
    }
    std::sort(keys.begin(), keys.end());
    QStringList parts;
    for (const QString &key : keys) {
        const QStringList vals = key == u"page" ? QStringList { page } : values(key);
        for (const QString &v : vals) {
            parts.append(pyQuotePlus(key) + QLatin1Char('=') + pyQuotePlus(v));
        }
    }
    return parts.join(QLatin1Char('&'));
}

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    const auto last = std::find_if(
        headers.crbegin(), headers.crend(), [lowerName](const auto &header) { return header.first == lowerName; });
    return last == headers.crend() ? QByteArray() : last->second;
}

HttpReply HttpReply::json(int status, const QJsonValue &value)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

HttpReply HttpReply::text(int status, const QByteArray &text)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = text;
    return reply;
}

HttpReply HttpReply::detail(int status, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("detail"), message } });
}

HttpReply HttpReply::fieldError(const QString &field, const QString &message)
{
    return json(400, QJsonObject { { field, QJsonArray { message } } });
}

HttpReply HttpReply::listError(const QString &message)
{
    return json(400, QJsonArray { message });
}

} // namespace wpc::sim
