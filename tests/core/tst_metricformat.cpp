// How a reported number reads in the table's Headline column and the abstract viewer.
#include "domain/metricformat.h"

#include <QTest>

using namespace lectern;

class TestMetricFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("expected");
        QTest::newRow("speedup") << "speedup" << 3.5 << "x"
                                 << "increase" << u"3.5× speedup"_qs;
        QTest::newRow("reduction") << "latency" << 65.0 << "%"
                                   << "reduction" << u"−65% latency"_qs;
        QTest::newRow("increase") << "throughput" << 20.0 << "tokens/s"
                                  << "increase" << u"+20 tokens/s throughput"_qs;
        QTest::newRow("absolute") << "params" << 2.7 << "B"
                                  << "absolute" << u"2.7 B parameters"_qs;
        QTest::newRow("bit width") << "bitwidth" << 4.0 << "bits"
                                   << "absolute" << u"4-bit"_qs;
        QTest::newRow("one bit") << "bitwidth" << 1.0 << "bit"
                                 << "reduction" << u"1-bit"_qs;
    }

    void formats()
    {
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, direction);
        QFETCH(QString, expected);
        QCOMPARE(formatMetric(MetricFact{kind, value, unit, direction, {}, 0, 0}), expected);
    }

    void everyKindHasALabelAndARank()
    {
        const QStringList kinds = metricKinds();
        QCOMPARE(kinds.size(), 12);
        for (int i = 1; i < kinds.size(); ++i)
            QVERIFY(metricKindRank(kinds[i - 1]) < metricKindRank(kinds[i]));
        for (const QString &kind : kinds)
            QVERIFY(!metricKindLabel(kind).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricFormat)
#include "tst_metricformat.moc"
