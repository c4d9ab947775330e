// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/OptionSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wpc;

// An offering's resource_options as the Update options form reads them (OptionSchema::fields).
class TestOptionSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderThenTheRest();
    void valuesBoundsAndChoices();
    void tooManyOptionsAreRefused();
    void tooManyChoicesAreRefused();
};

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QStringList keysOf(const QList<OptionField> &fields)
{
    QStringList keys;
    for (const OptionField &field : fields) {
        keys.append(field.key);
    }
    return keys;
}
} // namespace

void TestOptionSchema::orderThenTheRest()
{
    // "order" names keys twice and keys that are not options; options it leaves out come after, by key.
    const QJsonObject options = json(R"({"options": {"c": {}, "a": {}, "b": {}, "d": {}},
        "order": ["d", "x", "b", "d", 7]})");
    QString problem;
    const auto fields = OptionSchema::fields(options, {}, &problem);
    QVERIFY2(fields, qPrintable(problem));
    QCOMPARE(keysOf(*fields),
        QStringList({ QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c") }));
}

void TestOptionSchema::valuesBoundsAndChoices()
{
    const QJsonObject options = json(R"({"options": {
        "cores": {"type": "integer", "label": "Cores", "min": 1, "max": 64, "default": 4, "required": true},
        "tier": {"type": "select_string", "choices": ["gold", "silver", "gold"], "default": "silver"},
        "note": {"type": "text", "help_text": "Shown to the team"}}})");
    QString problem;
    const auto fields = OptionSchema::fields(options, json(R"({"cores": 8, "tier": null})"), &problem);
    QVERIFY2(fields, qPrintable(problem));
    QCOMPARE(fields->size(), 3);
    const OptionField &cores = fields->at(0);
    QCOMPARE(cores.label, QStringLiteral("Cores"));
    QCOMPARE(cores.value, QJsonValue(8)); // the resource's value, not the default
    QCOMPARE(cores.minimum, 1);
    QCOMPARE(cores.maximum, 64);
    QVERIFY(cores.required);
    const OptionField &note = fields->at(1);
    QCOMPARE(note.label, QStringLiteral("note")); // no label: the key
    QCOMPARE(note.help, QStringLiteral("Shown to the team"));
    const OptionField &tier = fields->at(2);
    QCOMPARE(tier.value, QJsonValue(QStringLiteral("silver"))); // null: the default
    QCOMPARE(tier.choices, QStringList({ QStringLiteral("gold"), QStringLiteral("silver") }));
}

void TestOptionSchema::tooManyOptionsAreRefused()
{
    QJsonObject definitions;
    for (int i = 0; i <= OptionSchema::kMaxOptions; ++i) {
        definitions.insert(
            QStringLiteral("option%1").arg(i), QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } });
    }
    QString problem;
    QVERIFY(!OptionSchema::fields(QJsonObject { { QStringLiteral("options"), definitions } }, {}, &problem));
    QCOMPARE(problem, QStringLiteral("The offering defines 501 options; at most 500 are shown."));
}

void TestOptionSchema::tooManyChoicesAreRefused()
{
    QJsonArray choices;
    for (int i = 0; i <= OptionSchema::kMaxChoices; ++i) {
        choices.append(QString::number(i));
    }
    const QJsonObject definitions { { QStringLiteral("zone"),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("select_string") },
            { QStringLiteral("label"), QStringLiteral("Zone") }, { QStringLiteral("choices"), choices } } } };
    QString problem;
    QVERIFY(!OptionSchema::fields(QJsonObject { { QStringLiteral("options"), definitions } }, {}, &problem));
    QCOMPARE(problem, QStringLiteral("The option “Zone” offers 2001 choices; at most 2000 are shown."));
}

QTEST_GUILESS_MAIN(TestOptionSchema)
#include "tst_optionschema.moc"
