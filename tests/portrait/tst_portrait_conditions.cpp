// POR-2: the condition tree of the portrait — JSON shape of POST /portrait both ways, field
// errors with paths, evaluation of AND/OR groups, the readable sentence.
#include "PortraitConditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

using Kind = PortraitConditions::Kind;
using Op = PortraitConditions::Op;

namespace {

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

PortraitConditions example()
{
    return PortraitConditions::group(
        Op::Or, {PortraitConditions::group(Op::And, {PortraitConditions::among(Kind::Gender, {u"f"_s}),
                                                     PortraitConditions::among(Kind::AgeBand, {u"25-34"_s})}),
                 PortraitConditions::among(Kind::Region, {u"Moscow"_s})});
}

} // namespace

class PortraitConditionsTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void parsesTheServersExample();
    void reportsFieldErrors_data();
    void reportsFieldErrors();
    void evaluatesGroups();
    void readsAsASentence();
};

void PortraitConditionsTest::jsonRoundTrip()
{
    const PortraitConditions tree =
        PortraitConditions::group(Op::And, {example(), PortraitConditions::avgCheck(100'000, std::nullopt),
                                            PortraitConditions::among(Kind::Category, {u"C1"_s, u"C2"_s}),
                                            PortraitConditions::group(Op::Or)});
    FieldErrors errors;
    const PortraitConditions back = PortraitConditions::fromJson(tree.toJson(), errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(back, tree);
    QCOMPARE(tree.toJson().value(u"items"_s).toArray().at(1).toObject(),
             (QJsonObject{{u"field"_s, u"avg_check"_s}, {u"min_kopecks"_s, 100'000}}));
    QVERIFY(PortraitConditions::fromJson(QJsonValue::Null, errors).isEmpty());
    QVERIFY(errors.isEmpty());
}

void PortraitConditionsTest::parsesTheServersExample()
{
    // The example documented in server/http/PortraitFilter.h.
    FieldErrors errors;
    const PortraitConditions parsed = PortraitConditions::fromJson(
        json(R"({"op":"or","items":[{"op":"and","items":[{"field":"gender","in":["f"]},
              {"field":"age_band","in":["25-34"]}]},{"field":"region","in":["Moscow"]}]})"),
        errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(parsed, example());
}

void PortraitConditionsTest::reportsFieldErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("POR-2 unknown operator")
        << QByteArray(R"({"op":"xor","items":[]})") << u"conditions.op"_s << u"invalid_value"_s;
    QTest::newRow("POR-2 items not an array")
        << QByteArray(R"({"op":"and","items":{}})") << u"conditions.items"_s << u"wrong_type"_s;
    QTest::newRow("POR-2 unknown field")
        << QByteArray(R"({"op":"and","items":[{"field":"income","in":["x"]}]})")
        << u"conditions.items[0].field"_s << u"invalid_value"_s;
    QTest::newRow("POR-2 empty in") << QByteArray(R"({"field":"region","in":[]})") << u"conditions.in"_s
                                    << u"required"_s;
    QTest::newRow("POR-2 value not a string")
        << QByteArray(R"({"field":"region","in":["Moscow",3]})") << u"conditions.in[1]"_s << u"wrong_type"_s;
    QTest::newRow("POR-2 negative bound") << QByteArray(R"({"field":"avg_check","min_kopecks":-1})")
                                          << u"conditions.min_kopecks"_s << u"wrong_type"_s;
    QTest::newRow("POR-2 fractional bound") << QByteArray(R"({"field":"avg_check","max_kopecks":10.5})")
                                            << u"conditions.max_kopecks"_s << u"wrong_type"_s;
    QTest::newRow("POR-2 unknown member") << QByteArray(R"({"field":"gender","in":["f"],"not":true})")
                                          << u"conditions.not"_s << u"unknown_field"_s;
    QTest::newRow("POR-2 not an object")
        << QByteArray(R"({"op":"or","items":[1]})") << u"conditions.items[0]"_s << u"wrong_type"_s;
}

void PortraitConditionsTest::reportsFieldErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    const PortraitConditions parsed =
        PortraitConditions::fromJson(QJsonDocument::fromJson(body).object(), errors);
    QVERIFY2(hasFieldError(errors, field, code),
             qPrintable(errors.isEmpty() ? u"no errors"_s : errors.first().field));
    QVERIFY(parsed.isEmpty());
}

void PortraitConditionsTest::evaluatesGroups()
{
    const PortraitConditions tree = example();
    const auto buyer = [](const char* gender, const char* age, const char* region) {
        return PortraitConditions::Buyer{
            QString::fromLatin1(gender), QString::fromLatin1(age), QString::fromLatin1(region), 0, {}};
    };
    QVERIFY(tree.matches(buyer("f", "25-34", "Tatarstan")));
    QVERIFY(tree.matches(buyer("m", "55+", "Moscow")));
    QVERIFY(!tree.matches(buyer("f", "35-44", "Tatarstan")));
    QVERIFY(!tree.matches(buyer("m", "25-34", "Moscow Oblast")));

    PortraitConditions::Buyer rich{u"m"_s, u"18-24"_s, u"Omsk"_s, 1'000'000, {u"C1"_s, u"C7"_s}};
    QVERIFY(PortraitConditions::avgCheck(1'000'000, 1'000'000).matches(rich));
    QVERIFY(!PortraitConditions::avgCheck(std::nullopt, 999'999).matches(rich));
    QVERIFY(PortraitConditions::among(Kind::Category, {u"C7"_s}).matches(rich));
    QVERIFY(!PortraitConditions::among(Kind::Category, {u"C2"_s}).matches(rich));
    // An empty group narrows nothing, whatever its operator.
    QVERIFY(PortraitConditions::group(Op::Or).matches(rich));
    QVERIFY(PortraitConditions::group(Op::Or, {PortraitConditions::group(Op::And),
                                               PortraitConditions::among(Kind::Gender, {u"f"_s})})
                .matches(rich));
    QVERIFY(!PortraitConditions::group(Op::And, {PortraitConditions::group(Op::Or),
                                                 PortraitConditions::among(Kind::Gender, {u"f"_s})})
                 .matches(rich));
}

void PortraitConditionsTest::readsAsASentence()
{
    const QLocale c(QLocale::C);
    QCOMPARE(example().sentence(c), u"(women AND aged 25\u201334) OR from Moscow"_s);
    QCOMPARE(PortraitConditions().sentence(c), u"all buyers"_s);
    QCOMPARE(PortraitConditions::group(Op::And, {PortraitConditions::group(Op::Or)}).sentence(c),
             u"all buyers"_s);
    const auto names = [](Kind kind, const QString& value) {
        return kind == Kind::Category ? u"Books"_s : value;
    };
    const PortraitConditions tree = PortraitConditions::group(
        Op::And,
        {PortraitConditions::among(Kind::Category, {u"C1"_s}),
         PortraitConditions::group(Op::Or, {PortraitConditions::avgCheck(100'000, 500'000),
                                            PortraitConditions::among(Kind::Gender, {u"m"_s, u""_s})})});
    QCOMPARE(
        tree.sentence(c, names),
        u"interested in Books AND (average check from 1000\u00a0\u20bd to 5000\u00a0\u20bd OR men or gender not specified)"_s);
    QCOMPARE(PortraitConditions::avgCheck(std::nullopt, 150).leafText(c),
             u"average check up to 1.50\u00a0\u20bd"_s);
    QCOMPARE(PortraitConditions::avgCheck(100, std::nullopt).leafText(c),
             u"average check from 1\u00a0\u20bd"_s);
}

QTEST_GUILESS_MAIN(PortraitConditionsTest)
#include "tst_portrait_conditions.moc"
