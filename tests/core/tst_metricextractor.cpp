#include "domain/textspan.h"
#include "extract/extractjson.h"
#include "extract/extractor.h"
#include "extract/metricextractor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace lectern;
using namespace Qt::StringLiterals;

namespace {

// "kind value unit" for each fact, e.g. "speedup 3.5 x".
QStringList describe(const QList<MetricFact> &facts)
{
    QStringList out;
    for (const MetricFact &f : facts)
        out << f.kind + QLatin1Char(' ') + QString::number(f.value, 'g', 12) + QLatin1Char(' ') + f.unit;
    return out;
}

} // namespace

class TestMetricExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructs_data();
    void constructs();
    void skipped_data();
    void skipped();
    void direction_data();
    void direction();
    void spansAreCodePoints();
    void jsonOutput();
    void jsonRejectsBadRecords();

private:
    MetricExtractor m_extractor;
};

void TestMetricExtractor::constructs_data()
{
    QTest::addColumn<QString>("abstract");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const char16_t *abstract, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf16(abstract) << expected;
    };
    row("x attached", u"Our method is 3.5x faster than the baseline.", {u"speedup 3.5 x"_s});
    row("times sign", u"It achieves a 3.5\u00d7 speedup on GPUs.", {u"speedup 3.5 x"_s});
    row("times word", u"Inference becomes 3.5 times faster.", {u"speedup 3.5 x"_s});
    row("times joined", u"It generates up to 5times more frames.", {u"other 5 x"_s});
    row("by up to percent", u"It reduces latency by up to 65%.", {u"latency 65 %"_s});
    row("escaped percent", u"We obtain a 60\\% reduction of computational cost.", {u"training-cost 60 %"_s});
    row("latex percent", u"It achieves $+1.2\\%$ accuracy.", {u"accuracy 1.2 %"_s});
    row("from to", u"Memory drops from 65 GB to 2 GB.", {u"memory 65 GB"_s, u"memory 2 GB"_s});
    row("range dash", u"We observe a 1.3-2.4x speedup.", {u"speedup 1.3 x"_s, u"speedup 2.4 x"_s});
    row("range tilde", u"It improves throughput by 2.97~25.22x.", {u"throughput 2.97 x"_s, u"throughput 25.22 x"_s});
    row("range percent", u"It improves accuracy by 3-5%.", {u"accuracy 3 %"_s, u"accuracy 5 %"_s});
    row("range times word", u"It is 1.3-2.4 times faster.", {u"speedup 1.3 x"_s, u"speedup 2.4 x"_s});
    row("power of ten", u"Conventional NAS needs 10^4 GPU hours.", {u"training-cost 10000 GPU-hours"_s});
    row("power of ten braces", u"The model was trained with 10^{19} FLOPs.", {u"flops 1e+19 FLOPs"_s});
    row("k suffix", u"It requires only 1.5k GPU hours of training.", {u"training-cost 1500 GPU-hours"_s});
    row("half", u"Our scheme halves the memory footprint.", {u"memory 50 %"_s});
    row("doubles", u"The cache doubles the throughput.", {u"throughput 2 x"_s});
    row("order of magnitude", u"It needs an order of magnitude less memory.", {u"memory 10 x"_s});
    row("less than a day", u"Training takes less than a day on one machine.", {u"training-cost 1 days"_s});
    row("in a single day", u"It reaches 53.2% AP in a single day of training.",
        {u"accuracy 53.2 %"_s, u"training-cost 1 days"_s});
    row("gpu days", u"The search costs only 0.1 GPU-days.", {u"training-cost 0.1 GPU-days"_s});
    row("watts", u"The accelerator draws 13W at peak.", {u"energy 13 W"_s});
    row("billions of parameters", u"We train a model with 2.7B parameters.", {u"params 2.7 B"_s});
    row("parameter words", u"It has 72 billion total parameters, 16 billion of which are active.",
        {u"params 72 B"_s, u"params 16 B"_s});
    row("thousands of parameters", u"Our model has only 272K parameters (17.92% of SRResNet).",
        {u"params 272 K"_s, u"params 17.92 %"_s});
    row("gmacs", u"The network requires 150 GMACs per image.", {u"flops 150 GMACs"_s});
    row("tflops", u"The forward pass costs 12.73T FLOPs.", {u"flops 12.73 TFLOPs"_s});
    row("flop g", u"It reaches 38.2% mAP with just 4.5 FLOP(G).", {u"accuracy 38.2 %"_s, u"flops 4.5 GFLOPs"_s});
    row("error rate", u"We reach a top-1 error rate of 24.2% on ImageNet.", {u"accuracy 24.2 %"_s});
    row("plus map", u"It gains +14.0 mAP over the baseline.", {u"accuracy 14 mAP"_s});
    row("versus", u"FP8 wins in workload coverage (92.64% vs. 65.87%).", {u"other 92.64 %"_s, u"other 65.87 %"_s});
    row("list with trailing unit", u"It obtains 25.2, 31.3 and 41 mAP.",
        {u"accuracy 25.2 mAP"_s, u"accuracy 31.3 mAP"_s, u"accuracy 41 mAP"_s});
    row("parenthesized from to", u"It surpasses ResNet by 5.5 mAP (from 40.4 to 45.9) on COCO.",
        {u"accuracy 5.5 mAP"_s, u"accuracy 40.4 mAP"_s, u"accuracy 45.9 mAP"_s});
    row("tokens per second", u"Decoding reaches 1148 tokens/s per card.", {u"throughput 1148 tokens/s"_s});
    row("milliseconds", u"Latency falls to 12 ms on a phone.", {u"latency 12 ms"_s});
    row("metric name then plain number", u"We reach a BLEU score of 28.4 on WMT.", {u"accuracy 28.4 "_s});
    row("energy percent", u"MF reduces energy consumption by up to 41% and shortens training time by up to 34%.",
        {u"energy 41 %"_s, u"training-cost 34 %"_s});
    row("parenthetical count", u"42% (34 out of 80) of the self-attention layers can be removed.",
        {u"model-size 42 %"_s});
    row("lost latex sim", u"MoEs match dense models using sim4 times less compute.", {u"training-cost 4 x"_s});
    row("approximately", u"It retains ~99% of the performance.", {u"accuracy 99 %"_s});
    row("fold", u"A 10-fold reduction in model size.", {u"model-size 10 x"_s});
    row("respectively", u"Peak memory and decoding time drop by 30% and 45%, respectively.",
        {u"memory 30 %"_s, u"latency 45 %"_s});
    row("respectively after other metrics",
        u"It keeps 71.2% accuracy, while energy and FLOPs fall by 3x and 2x, "
        u"respectively.",
        {u"accuracy 71.2 %"_s, u"energy 3 x"_s, u"flops 2 x"_s});
    row("list named after it", u"Accuracy stays flat while we get 1.2x, 2.5x and 4x speedup on three GPUs.",
        {u"speedup 1.2 x"_s, u"speedup 2.5 x"_s, u"speedup 4 x"_s});
    row("pair named after it", u"It gains 0.4% in accuracy and 12.5% and 20.1% higher throughput on two chips.",
        {u"accuracy 0.4 %"_s, u"throughput 12.5 %"_s, u"throughput 20.1 %"_s});
    row("metric before parenthesis", u"The large variant reaches higher accuracy (71.5%) at a cost.",
        {u"accuracy 71.5 %"_s});
    row("metric before colon", u"FLOPs reduction: 2.2x on text and 3.1x on images.",
        {u"flops 2.2 x"_s, u"flops 3.1 x"_s});
    row("in terms of", u"We win by 0.8% on Set5 and 0.3% on Urban100 in terms of PSNR.",
        {u"accuracy 0.8 %"_s, u"accuracy 0.3 %"_s});
    row("same unit earlier in sentence", u"It gets 45.1% mIoU on one split, 48.0% on another.",
        {u"accuracy 45.1 %"_s, u"accuracy 48 %"_s});
    row("size adjective", u"Our detector is 3x smaller and 2x faster than the baseline.",
        {u"model-size 3 x"_s, u"speedup 2 x"_s});
    row("size adjective with named subject", u"Its search cost is 30x smaller than before.", {u"training-cost 30 x"_s});
    row("slashed results", u"It runs 2.1x/1.7x faster on GPU/CPU.", {u"speedup 2.1 x"_s, u"speedup 1.7 x"_s});
    row("thousands with unit", u"The search is up to 2,500x faster.", {u"speedup 2500 x"_s});
    row("compound word", u"It gives a 2.2x end-to-end speedup for all layers.", {u"speedup 2.2 x"_s});
    row("number word bits", u"Weights use two bits on average.", {u"bitwidth 2 bits"_s});
    row("factor of", u"It cuts activation memory by a factor of 3.", {u"memory 3 x"_s});
    row("cost from to", u"Serving costs fall from 1.20 to 0.75 per query.", {u"other 1.2 "_s, u"other 0.75 "_s});
    row("power of ten count", u"The space holds over 10^{12} candidate designs.", {u"other 1e+12 "_s});
    row("cider", u"The captioner scores 121.3 CIDEr on COCO.", {u"accuracy 121.3 CIDEr"_s});
    row("memory access", u"It lowers DRAM access by 4.2x.", {u"memory 4.2 x"_s});
    row("forward passes", u"The sampler saves 80% of forward passes.", {u"other 80 %"_s});
}

void TestMetricExtractor::constructs()
{
    QFETCH(QString, abstract);
    QFETCH(QStringList, expected);
    const QList<MetricFact> facts = m_extractor.extract(abstract);
    QCOMPARE(describe(facts), expected);
    for (const MetricFact &f : facts) {
        const qsizetype from = utf16Offset(abstract, f.start);
        const qsizetype to = utf16Offset(abstract, f.end);
        QCOMPARE(abstract.mid(from, to - from), f.text);
    }
}

void TestMetricExtractor::skipped_data()
{
    QTest::addColumn<QString>("abstract");
    QTest::newRow("years, names, citations, sections, versions")
        << u"In 2023, ResNet-50, Mistral-7B and GPT-4 were evaluated on 12 datasets [3] (Section 4, v2.1.0)."_s;
    QTest::newRow("data sizes") << u"We train on 1.6 billion words and 40k videos from 91 objects."_s;
    QTest::newRow("ratios and slashed lists") << u"We use 2:8 sparsity and test on Kinetics 400/600/700."_s;
    QTest::newRow("bit-width adjective") << u"Our 4-bit quantization keeps 3-layer heads."_s;
    QTest::newRow("math") << u"It enjoys an O(H^{2.5} T) regret for k > 10 and delta^{-1}."_s;
    QTest::newRow("dimensions and ordinals") << u"We use 3D convolutions, 2D maps and the 3rd stage of YOLOv9."_s;
    QTest::newRow("model sizes of baselines") << u"It outperforms comparable 32B and 72B dense models."_s;
    QTest::newRow("urls") << u"Code: https://github.com/x/y-2024/tree/v1.5 and www.example.org/90."_s;
    QTest::newRow("parameter range of a setup") << u"Models with parameters ranging from 0.1B to 13B are used."_s;
    QTest::newRow("half precision") << u"We run in half-precision and double-check results."_s;
    QTest::newRow("cross-validation folds") << u"We report results under 5-fold cross-validation."_s;
    QTest::newRow("parameter range with a dash") << u"We study models of 1B-30B parameters."_s;
    QTest::newRow("a bit") << u"The decoder is a bit slower and uses one-bit flags."_s;
    QTest::newRow("small powers of ten") << u"We set the learning rate to 10^{-4} and use 10^2 warmup steps."_s;
}

void TestMetricExtractor::skipped()
{
    QFETCH(QString, abstract);
    QCOMPARE(describe(m_extractor.extract(abstract)), QStringList());
}

void TestMetricExtractor::direction_data()
{
    QTest::addColumn<QString>("abstract");
    QTest::addColumn<QString>("direction");
    QTest::newRow("reduction") << u"It reduces memory by 61%."_s << u"reduction"_s;
    QTest::newRow("less") << u"It uses 10x less memory."_s << u"reduction"_s;
    QTest::newRow("increase") << u"It improves accuracy by 2.1%."_s << u"increase"_s;
    QTest::newRow("plus sign") << u"It gains +14.0 mAP."_s << u"increase"_s;
    QTest::newRow("speedup") << u"A 3.5x speedup."_s << u"increase"_s;
    QTest::newRow("absolute") << u"The model has 2.7B parameters."_s << u"absolute"_s;
}

void TestMetricExtractor::direction()
{
    QFETCH(QString, abstract);
    QFETCH(QString, direction);
    const QList<MetricFact> facts = m_extractor.extract(abstract);
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().direction, direction);
}

void TestMetricExtractor::spansAreCodePoints()
{
    // U+1F680 is two UTF-16 units but one code point.
    const QString abstract = u"\U0001F680 Our model is 3.5x faster and uses 65% less memory."_s;
    const QList<MetricFact> facts = m_extractor.extract(abstract);
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.at(0).text, u"3.5x"_s);
    QCOMPARE(facts.at(0).start, 15);
    QCOMPARE(facts.at(0).end, 19);
    QCOMPARE(facts.at(1).text, u"65%"_s);
    QCOMPARE(facts.at(1).start, codePointOffset(abstract, abstract.indexOf(u"65%")));
}

void TestMetricExtractor::jsonOutput()
{
    const Extractor extractor;
    const QJsonArray input{
        QJsonObject{{u"id"_s, u"a"_s},
                    {u"title"_s, QJsonValue()},
                    {u"abstract"_s, u"\u00e9\U0001F680 We propose structured pruning, 3.5x faster."_s}}};
    QString error;
    const QJsonArray out = extractJson(input, extractor, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out.size(), 1);
    const QJsonObject record = out.at(0).toObject();
    QCOMPARE(record.value(u"id"_s).toString(), u"a"_s);
    QCOMPARE(record.value(u"techniques"_s).toArray(), QJsonArray{u"pruning"_s});
    const QJsonObject metric = record.value(u"metrics"_s).toArray().at(0).toObject();
    QCOMPARE(metric.value(u"kind"_s).toString(), u"speedup"_s);
    QCOMPARE(metric.value(u"value"_s).toDouble(), 3.5);
    QCOMPARE(metric.value(u"unit"_s).toString(), u"x"_s);
    QCOMPARE(metric.value(u"direction"_s).toString(), u"increase"_s);
    QCOMPARE(metric.value(u"text"_s).toString(), u"3.5x"_s);
    QCOMPARE(metric.value(u"start"_s).toInteger(), 34);
    QCOMPARE(metric.value(u"end"_s).toInteger(), 38);
}

void TestMetricExtractor::jsonRejectsBadRecords()
{
    const Extractor extractor;
    QString error;
    const QJsonArray input{QJsonObject{{u"id"_s, u"ok"_s}, {u"abstract"_s, u"text"_s}},
                           QJsonObject{{u"id"_s, u"bad"_s}, {u"abstract"_s, 12}}};
    QVERIFY(extractJson(input, extractor, &error).isEmpty());
    QVERIFY2(error.startsWith(u"record 1:"_s), qPrintable(error));
    QVERIFY2(error.contains(u"abstract"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMetricExtractor)
#include "tst_metricextractor.moc"
