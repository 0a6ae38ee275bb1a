// SEG-6: the key segment, each branch, with the thresholds as parameters.
#include "KeySegment.h"

#include <QtCore/QLocale>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

Q_DECLARE_METATYPE(std::optional<sellercrm::Segment>)

class TestKeySegment final : public QObject
{
    Q_OBJECT

private slots:
    void seg6_branches_data();
    void seg6_branches();
    void seg6_thresholdsAreParameters();
    void seg6_explanationIsTheSameForEverySegment();
};

void TestKeySegment::seg6_branches_data()
{
    QTest::addColumn<qint64>("regular");
    QTest::addColumn<qint64>("newcomers");
    QTest::addColumn<qint64>("potential");
    QTest::addColumn<std::optional<Segment>>("expected");
    QTest::newRow("SEG-6 regular >= REGULAR_MIN: Regular")
        << qint64(10) << qint64(500) << qint64(900) << std::optional(Segment::Regular);
    QTest::newRow("SEG-6 regular 9, new >= NEW_MIN: New")
        << qint64(9) << qint64(10) << qint64(900) << std::optional(Segment::New);
    QTest::newRow("SEG-6 regular 9, new 9, potential > 0: Potential")
        << qint64(9) << qint64(9) << qint64(1) << std::optional(Segment::Potential);
    QTest::newRow("SEG-6 no potential, some regular: Regular")
        << qint64(1) << qint64(9) << qint64(0) << std::optional(Segment::Regular);
    QTest::newRow("SEG-6 only new below the minimum: New")
        << qint64(0) << qint64(3) << qint64(0) << std::optional(Segment::New);
    QTest::newRow("SEG-6 nobody: none (empty state)")
        << qint64(0) << qint64(0) << qint64(0) << std::optional<Segment>();
}

void TestKeySegment::seg6_branches()
{
    QFETCH(qint64, regular);
    QFETCH(qint64, newcomers);
    QFETCH(qint64, potential);
    QFETCH(std::optional<Segment>, expected);
    const SegmentCounts counts{regular, newcomers, potential};
    QCOMPARE(chooseKeySegment(counts, KeySegmentRule()), expected);
    QCOMPARE(counts.of(Segment::Regular), regular);
    QCOMPARE(counts.of(Segment::New), newcomers);
    QCOMPARE(counts.of(Segment::Potential), potential);
}

void TestKeySegment::seg6_thresholdsAreParameters()
{
    const SegmentCounts counts{5, 5, 100};
    QCOMPARE(chooseKeySegment(counts, KeySegmentRule{10, 10}), std::optional(Segment::Potential));
    QCOMPARE(chooseKeySegment(counts, KeySegmentRule{5, 10}), std::optional(Segment::Regular));
    QCOMPARE(chooseKeySegment(counts, KeySegmentRule{6, 5}), std::optional(Segment::New));
}

void TestKeySegment::seg6_explanationIsTheSameForEverySegment()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString text = keySegmentExplanation(KeySegmentRule{10, 25}, english);
    QVERIFY2(text.contains(u"at least 10"_s) && text.contains(u"at least 25"_s), qPrintable(text));
    QCOMPARE(keySegmentExplanation(KeySegmentRule{10, 25}, english), text);
}

QTEST_GUILESS_MAIN(TestKeySegment)
#include "tst_keysegment.moc"
