#pragma once

#include "domain/paper.h"
#include "extract/textscan.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace lectern {

// Finds the reported numbers of an abstract: "3.5x", "3.5×", "3.5 times", "by up to 65%", "by a factor of 3",
// "from X to Y" (two facts), ranges ("1.3-2.4x", "2.97~25.22x"), lists ("25.2, 31.3 and 41 mAP", "5.8x/3.7x"),
// "10^4", "10^{19}", "1.5k", "5,000x", number words ("half", "doubles", "an order of magnitude", "less than a day",
// "one bit"), units ("0.1 GPU-days", "13W", "2.7B parameters", "150 GMACs", "12.73T FLOPs", "1148 tokens/s"). The
// kind comes from the unit or from the words around the number ("accuracy (32.03%)", "FLOPs savings: 3.7x",
// "2.4x smaller"); a list takes the metric named right after it ("1.6x, 3.0x and 162x speedup"), pairs with the
// names before it when it ends in "respectively", or takes the metric after "in terms of"; a number still without
// a metric takes that of the previous number with the same unit in its sentence. The direction comes from
// reduction/increase words. Skips years, counts of datasets or tasks, citations, section and version numbers,
// model names ("Mistral-7B", "ResNet-50", "GPT-4"), model-size ranges of a setup ("models ranging from 410M to 7B
// parameters", "0.5B-72B parameters") and "5-fold cross-validation": a plain number without a unit is kept only
// where a metric name makes it one ("41 mAP", "accuracy of 76.3", "costs from 0.398 to 0.228", a list or range
// whose other end has a unit) or when it is a large power of ten. Built once; extract() is const and thread-safe.
class MetricExtractor
{
public:
    MetricExtractor();

    QList<MetricFact> extract(QStringView abstract) const;
    // As above, with the abstract already tokenized (the Extractor shares one tokenization).
    QList<MetricFact> extract(QStringView abstract, const textscan::Tokens &tokens) const;

    enum class Kind {
        None = -1,
        Speedup,
        Latency,
        Throughput,
        Memory,
        ModelSize,
        Params,
        Flops,
        Energy,
        Accuracy,
        TrainingCost,
        Bitwidth,
        Other,
    };
    static QString kindName(Kind kind);

    // What a unit says about a number.
    enum class UnitClass {
        None,
        Percent,
        Points,
        Times,
        ShortTime, // ms, s, minutes: latency unless training is meant
        LongTime,  // hours, days, weeks: training cost
        GpuTime,
        Memory,
        Flops,
        Params,
        Energy,
        Throughput,
        Quality, // mAP, BLEU, F1, …
        Bits,
        Magnitude, // thousand, million, billion, K, M, B
    };
    struct UnitInfo {
        QString unit;
        UnitClass unitClass = UnitClass::None;
        double multiplier = 1;
    };

private:
    struct Item;
    bool parseNumber(QStringView text, const textscan::Tokens &tokens, int i, Item *item) const;
    bool parseNumberWords(const textscan::Tokens &tokens, int i, Item *item) const;
    int readUnit(QStringView text, const textscan::Tokens &tokens, int j, Item *item) const;
    Kind kindAround(const textscan::Tokens &tokens, const Item &item, const std::vector<int> &keywordFirst,
                    const std::vector<int> &keywordLast, bool *fromRight) const;
    static void resolveLists(const textscan::Tokens &tokens,
                             const std::vector<textscan::PhraseMatcher::Match> &keywords, std::vector<Item> &items);
    static void resolveFromSentence(const textscan::Tokens &tokens, const std::vector<int> &keywordFirst,
                                    std::vector<Item> &items);

    textscan::PhraseMatcher m_units; // payload: index into m_unitInfo
    std::vector<UnitInfo> m_unitInfo;
    textscan::PhraseMatcher m_keywords; // payload: Kind
};

} // namespace lectern
