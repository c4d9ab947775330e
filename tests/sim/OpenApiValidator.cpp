// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sim/OpenApiValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

// valijson reports unusable schemas through throwRuntimeError(); with exceptions we can report them as
// test failures instead of aborting the whole test binary.
#define VALIJSON_USE_EXCEPTIONS 1
#include <stdexcept>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace wpc::test {

OpenApiValidator::OpenApiValidator() = default;
OpenApiValidator::~OpenApiValidator() = default;

namespace {

QJsonObject readObject(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileName + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = fileName + QStringLiteral(": ") + parseError.errorString();
        return {};
    }
    return doc.object();
}

} // namespace

QString OpenApiValidator::uuidPattern()
{
    return QStringLiteral("^[0-9a-f]{32}$");
}

QString OpenApiValidator::uriPattern()
{
    return QStringLiteral("^https?://[^\\s/?#]+[^\\s]*$");
}

bool OpenApiValidator::load(const QString &fileName, QString *error, const QString &errataFileName)
{
    m_document = readObject(fileName, error);
    if (m_document.isEmpty() || (!errataFileName.isEmpty() && !applyErrata(errataFileName, error))) {
        return false;
    }
    m_components = QJsonObject { { QStringLiteral("schemas"),
        translate(m_document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")))
            .toObject() } };
    return !m_components.value(QStringLiteral("schemas")).toObject().isEmpty();
}

// Each correction names a schema and a property that must exist: a typo in the overlay fails the load
// instead of relaxing nothing.
bool OpenApiValidator::applyErrata(const QString &fileName, QString *error)
{
    const QJsonObject errata = readObject(fileName, error);
    if (errata.isEmpty()) {
        return false;
    }
    QJsonObject components = m_document.value(QStringLiteral("components")).toObject();
    QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
    const auto correct = [&](const QString &kind, const std::function<QJsonObject(QJsonObject)> &change) {
        const QJsonObject bySchema = errata.value(kind).toObject();
        for (auto it = bySchema.begin(); it != bySchema.end(); ++it) {
            QJsonObject schema = schemas.value(it.key()).toObject();
            QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue name : it.value().toArray()) {
                if (!properties.contains(name.toString())) {
                    *error = QStringLiteral("errata: %1.%2 is not in the schema").arg(it.key(), name.toString());
                    return false;
                }
                properties.insert(name.toString(), change(properties.value(name.toString()).toObject()));
            }
            schema.insert(QStringLiteral("properties"), properties);
            schemas.insert(it.key(), schema);
        }
        return true;
    };
    const bool ok = correct(QStringLiteral("nullable"), [](QJsonObject property) {
        property.insert(QStringLiteral("nullable"), true);
        return property;
    }) && correct(QStringLiteral("blankUri"), [](QJsonObject property) {
        property.remove(QStringLiteral("format"));
        property.insert(QStringLiteral("pattern"), QString(QStringLiteral("^$|") + uriPattern()));
        return property;
    });
    components.insert(QStringLiteral("schemas"), schemas);
    m_document.insert(QStringLiteral("components"), components);
    return ok;
}

QJsonValue OpenApiValidator::translate(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : value.toArray()) {
            out.append(translate(item));
        }
        return out;
    }
    if (!value.isObject()) {
        return value;
    }
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        // Annotations only; `nullable` is handled below. Property maps are copied key by key, so a property
        // that happens to be named like a keyword is left alone.
        static const QStringList dropped { QStringLiteral("nullable"), QStringLiteral("readOnly"),
            QStringLiteral("writeOnly"), QStringLiteral("example"), QStringLiteral("discriminator"),
            QStringLiteral("xml"), QStringLiteral("externalDocs"), QStringLiteral("deprecated") };
        if (it.key() == u"properties") {
            QJsonObject props;
            const QJsonObject inProps = it.value().toObject();
            for (auto p = inProps.begin(); p != inProps.end(); ++p) {
                props.insert(p.key(), translate(p.value()));
            }
            out.insert(it.key(), props);
        } else if (!dropped.contains(it.key())) {
            out.insert(it.key(), translate(it.value()));
        }
    }
    // valijson checks only date and date-time; the identifiers get their patterns here.
    const QString format = in.value(QStringLiteral("format")).toString();
    if (format == u"uuid" && !out.contains(QStringLiteral("pattern"))) {
        out.insert(QStringLiteral("pattern"), uuidPattern());
    } else if (format == u"uri" && !out.contains(QStringLiteral("pattern"))) {
        out.insert(QStringLiteral("pattern"), uriPattern());
    }
    if (!in.value(QStringLiteral("nullable")).toBool()) {
        return out;
    }
    const bool constrained = out.contains(QStringLiteral("type")) || out.contains(QStringLiteral("enum"))
        || out.contains(QStringLiteral("allOf")) || out.contains(QStringLiteral("oneOf"))
        || out.contains(QStringLiteral("anyOf")) || out.contains(QStringLiteral("$ref"));
    if (!constrained) {
        return out; // already accepts null
    }
    // Wrapping (rather than adding "null" to `type`) also keeps `format` and `enum` away from null values:
    // valijson checks formats on non-strings too.
    return QJsonObject { { QStringLiteral("anyOf"),
        QJsonArray { out, QJsonObject { { QStringLiteral("type"), QStringLiteral("null") } } } } };
}

QJsonObject OpenApiValidator::responseSchema(const QString &path, const QString &method, int status) const
{
    const QJsonObject response = m_document.value(QStringLiteral("paths"))
                                     .toObject()
                                     .value(path)
                                     .toObject()
                                     .value(method)
                                     .toObject()
                                     .value(QStringLiteral("responses"))
                                     .toObject()
                                     .value(QString::number(status))
                                     .toObject();
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    if (content.isEmpty()) {
        return {};
    }
    const QJsonValue schema = content.begin().value().toObject().value(QStringLiteral("schema"));
    QJsonObject out = translate(schema).toObject();
    out.insert(QStringLiteral("components"), m_components);
    return out;
}

QJsonObject OpenApiValidator::componentSchema(const QString &name) const
{
    return QJsonObject { { QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + name) },
        { QStringLiteral("components"), m_components } };
}

QStringList OpenApiValidator::validate(const QJsonObject &schemaJson, const QJsonValue &instance) const
{
    QStringList problems;
    try {
        valijson::Schema schema;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root(schemaJson);
        valijson::adapters::QtJsonAdapter schemaAdapter(root);
        parser.populateSchema(schemaAdapter, schema);

        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::ValidationResults results;
        valijson::adapters::QtJsonAdapter target(instance);
        if (!validator.validate(schema, target, &results)) {
            valijson::ValidationResults::Error error;
            while (results.popError(error)) {
                QString where;
                for (const std::string &part : error.context) {
                    where += QString::fromStdString(part);
                }
                problems.append(where + QStringLiteral(": ") + QString::fromStdString(error.description));
            }
            if (problems.isEmpty()) {
                problems.append(QStringLiteral("invalid"));
            }
        }
    } catch (const std::exception &e) {
        problems.append(QStringLiteral("schema error: ") + QString::fromUtf8(e.what()));
    }
    return problems;
}

} // namespace wpc::test
