// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sim/SimHttp.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace wpc::sim {

// Request-body parsing and field checks with DRF's wording, so clients see the messages a real server sends.

// The JSON object of a request body (empty body = {}), or nullopt with DRF's 400 reply in *error.
std::optional<QJsonObject> parseBody(const HttpRequest &request, HttpReply *error);

// DRF BooleanField: JSON booleans, 0/1 and the strings "true", "False", "yes", "off", …
std::optional<bool> drfBoolean(const QJsonValue &value);
// DRF IntegerField: integral numbers and strings of digits.
std::optional<qint64> drfInteger(const QJsonValue &value);
// DRF CharField: strings, and numbers as their text; nullopt for booleans, objects, arrays and null.
std::optional<QString> drfString(const QJsonValue &value);

QString jsonTypeName(const QJsonValue &value); // Python's type name: "str", "list", "dict", "int", …

namespace msg {
QString required();
QString notNull();
QString blank();
QString maxLength(int n);
QString notString();
QString notBoolean();
QString notInteger();
QString minValue(qint64 n);
QString maxValue(qint64 n);
QString dateFormat();
QString notDict(const QJsonValue &value);
QString notList(const QJsonValue &value);
} // namespace msg

} // namespace wpc::sim
