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
// and `#/components/schemas/…` references resolve inside the document handed to valijson.
class OpenApiValidator
{
public:
    OpenApiValidator();
    ~OpenApiValidator();

    bool load(const QString &fileName, QString *error);

    // The translated schema of one response: e.g. ("/api/marketplace-provider-resources/{uuid}/", "get", 200).
    // Empty when the operation declares no body for that status.
    QJsonObject responseSchema(const QString &path, const QString &method, int status) const;
    QJsonObject componentSchema(const QString &name) const;

    // Problems found ("<json pointer>: <message>"); empty when `instance` is valid.
    QStringList validate(const QJsonObject &schema, const QJsonValue &instance) const;

    // OpenAPI 3.0 → JSON Schema draft 7, exposed for the test of the translation itself.
    static QJsonValue translate(const QJsonValue &openApiSchema);

private:
    QJsonObject m_document;
    QJsonObject m_components; // translated
};

} // namespace wpc::test
