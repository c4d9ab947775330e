// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

namespace wpc::test {

// Validates JSON against the response schemas of an OpenAPI 3.0 document with a real JSON Schema
// validator (valijson). OpenAPI's dialect is translated first: `nullable: true` becomes "or null",
// and `#/components/schemas/…` references resolve inside the document handed to valijson. Formats are
// checked as Waldur writes them (ERRATA §4): valijson itself knows only date and date-time, so `uuid`
// and `uri` become patterns.
class OpenApiValidator
{
public:
    OpenApiValidator();
    ~OpenApiValidator();

    // The document, with the corrections of an errata overlay (tests/data/openapi-errata.json) applied
    // when one is named.
    bool load(const QString &fileName, QString *error, const QString &errataFileName = {});

    // The translated schema of one response: e.g. ("/api/marketplace-provider-resources/{uuid}/", "get", 200).
    // Empty when the operation declares no body for that status.
    QJsonObject responseSchema(const QString &path, const QString &method, int status) const;
    QJsonObject componentSchema(const QString &name) const;

    // Problems found ("<json pointer>: <message>"); empty when `instance` is valid.
    QStringList validate(const QJsonObject &schema, const QJsonValue &instance) const;

    // OpenAPI 3.0 → JSON Schema draft 7, exposed for the test of the translation itself.
    static QJsonValue translate(const QJsonValue &openApiSchema);

    // The patterns that stand for the formats: 32 lower-case hex digits; an absolute http(s) URL.
    static QString uuidPattern();
    static QString uriPattern();

private:
    bool applyErrata(const QString &fileName, QString *error);

    QJsonObject m_document;
    QJsonObject m_components; // translated
};

} // namespace wpc::test
