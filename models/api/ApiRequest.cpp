// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/ApiRequest.h"

namespace wpc {

QByteArray ApiRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    }
    return {};
}

namespace {
// One link-value: "<url>" followed by ";"-separated parameters. rel may hold several space-separated
// relation types (RFC 8288 §3.3), quoted or not.
void applyLinkValue(QByteArrayView value, PageInfo *info)
{
    const qsizetype open = value.indexOf('<');
    const qsizetype close = value.indexOf('>');
    if (open < 0 || close < open) {
        return;
    }
    const QUrl url(QString::fromUtf8(value.sliced(open + 1, close - open - 1).trimmed()), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        return;
    }
    const QByteArrayView params = value.sliced(close + 1);
    for (QByteArrayView param : QByteArray(params.toByteArray()).split(';')) {
        const qsizetype eq = param.indexOf('=');
        if (eq < 0 || param.first(eq).trimmed().compare("rel", Qt::CaseInsensitive) != 0) {
            continue;
        }
        QByteArray rels = param.sliced(eq + 1).trimmed().toByteArray();
        if (rels.size() >= 2 && rels.startsWith('"') && rels.endsWith('"')) {
            rels = rels.mid(1, rels.size() - 2);
        }
        for (const QByteArray &rel : rels.simplified().toLower().split(' ')) {
            if (rel == "first") {
                info->first = url;
            } else if (rel == "prev" || rel == "previous") {
                info->prev = url;
            } else if (rel == "next") {
                info->next = url;
            } else if (rel == "last") {
                info->last = url;
            }
        }
    }
}
} // namespace

PageInfo PageInfo::fromHeaders(const QByteArray &linkHeader, const QByteArray &resultCountHeader)
{
    PageInfo info;
    bool ok = false;
    const qint64 count = resultCountHeader.trimmed().toLongLong(&ok);
    if (ok && count >= 0 && count <= kMaxResultCount) {
        info.totalCount = count;
    }

    // Split at commas outside <...> and quotes: the URLs themselves may hold commas
    // (offering_uuid=a,b), and so may quoted parameter values.
    qsizetype start = 0;
    bool inUrl = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i <= linkHeader.size(); ++i) {
        const char c = i < linkHeader.size() ? linkHeader.at(i) : ',';
        if (c == '<' && !inQuotes) {
            inUrl = true;
        } else if (c == '>' && !inQuotes) {
            inUrl = false;
        } else if (c == '"' && !inUrl) {
            inQuotes = !inQuotes;
        } else if (c == ',' && !inUrl && !inQuotes) {
            applyLinkValue(QByteArrayView(linkHeader).sliced(start, i - start), &info);
            start = i + 1;
        }
    }
    return info;
}

} // namespace wpc
