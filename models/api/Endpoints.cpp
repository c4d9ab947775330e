// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/api/Endpoints.h"

#include "models/actions/OperationTable.h"

#include <QUrl>

namespace wpc::Endpoints {

const EndpointInfo &info(Operation operation)
{
    static constexpr EndpointInfo kInvalid { Operation::Count, ApiRequest::Method::Get, QLatin1StringView(""), false,
        false, QLatin1StringView("") };
    const int index = static_cast<int>(operation);
    if (index < 0 || index >= static_cast<int>(Operation::Count)) {
        return kInvalid;
    }
    return OperationTable::facts(operation).endpoint;
}

Operation fromActionName(QLatin1StringView action)
{
    if (action.isEmpty()) {
        return Operation::Count;
    }
    for (const OperationFacts &row : OperationTable::all()) {
        if (row.endpoint.action == action) {
            return row.endpoint.operation;
        }
    }
    return Operation::Count;
}

Operation fromName(QStringView name)
{
    for (const OperationFacts &row : OperationTable::all()) {
        if (name == row.endpoint.name) {
            return row.endpoint.operation;
        }
    }
    return Operation::Count;
}

QString pathFor(Operation operation, const QString &resourceUuid)
{
    const EndpointInfo &row = info(operation);
    if (operation == Operation::List || row.operation == Operation::Count) {
        return kResources;
    }
    // Uuids are hex, which percent-encoding leaves alone; anything else cannot climb out of the path.
    QString path = kResources + QString::fromLatin1(QUrl::toPercentEncoding(resourceUuid)) + QLatin1Char('/');
    if (!row.action.isEmpty()) {
        path += row.action + QLatin1Char('/');
    }
    return path;
}

QString projectUrlPath(const QString &projectUuid)
{
    return kProjects + QString::fromLatin1(QUrl::toPercentEncoding(projectUuid)) + QLatin1Char('/');
}

} // namespace wpc::Endpoints
