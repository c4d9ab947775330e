// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace wpc {

// Type-checked reading of one JSON object for the fromJson functions. Absent keys and nulls read as "no
// value" (the default), because Waldur leaves fields out of sparse replies and sends null for unset ones.
// A value of the wrong type is a broken contract: it reads as the default and records the first such
// problem, so a parser can finish its object and then turn error() into a protocol error.
class JsonReader
{
public:
    // path prefixes the field names in error texts ("components[2].type").
    explicit JsonReader(const QJsonObject &object, QString path = {});

    const QJsonObject &object() const
    {
        return m_object;
    }
    bool has(QLatin1StringView key) const; // present and not null

    QString string(QLatin1StringView key);
    bool boolean(QLatin1StringView key, bool fallback = false);
    std::optional<double> number(QLatin1StringView key);
    std::optional<qint64> integer(QLatin1StringView key); // a JSON number without a fraction
    // Waldur renders Decimal fields as strings ("120.50"); a plain number is accepted too.
    std::optional<double> decimal(QLatin1StringView key);
    QDate date(QLatin1StringView key); // "YYYY-MM-DD"
    QDateTime dateTime(QLatin1StringView key); // ISO 8601, converted to UTC
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    // A number map such as limits: {"cpu": 100}. Null values are skipped.
    QMap<QString, double> numberMap(QLatin1StringView key);

    // A nested reader for an element of an array or a nested object, sharing this reader's error.
    JsonReader child(const QJsonObject &object, const QString &pathSuffix) const;
    // Records a problem found by the caller (an array element that is not an object, say).
    void fail(const QString &what);

    bool hasError() const
    {
        return !m_error->isEmpty();
    }
    QString error() const
    {
        return *m_error;
    }

    // Parsing helpers that do not need a reader, shared with other parsers and tests.
    static QDateTime parseDateTime(QStringView text); // invalid QDateTime when not ISO 8601
    static QDate parseDate(QStringView text);

private:
    JsonReader(const QJsonObject &object, QString path, std::shared_ptr<QString> error);
    QString fieldName(QLatin1StringView key) const;
    void wrongType(QLatin1StringView key, const QJsonValue &value, const char *expected);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace wpc
