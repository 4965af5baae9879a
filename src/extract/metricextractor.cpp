#include "extract/metricextractor.h"

#include <cmath>

namespace lectern {

using namespace textscan;
using Kind = MetricExtractor::Kind;
using UnitClass = MetricExtractor::UnitClass;

struct MetricExtractor::Item {
    double value = 0;
    QString unit;
    UnitClass unitClass = UnitClass::None;
    double pendingMultiplier = 1; // "1.5k", "72 billion" before the unit is known
    QChar magnitudeLetter;        // "B" of "2.7B", kept as the unit of parameter counts
    int first = 0;                // tokens of the text, inclusive
    int last = 0;
    Kind kind = Kind::None;
    enum class KindFrom : std::uint8_t { None, Unit, Right, Left, Shared } kindFrom = KindFrom::None;
    bool signPlus = false;
    bool keep = true;
    bool largePower = false; // written as a power of ten of 1000 or more: "> 10^{19} sub-networks"
    int chain = -1;          // items joined by "," / "and" / "to" / "-" / "vs." share a chain id
};

namespace {

struct Phrase {
    const char16_t *text;
    int value;
};

// Phrases naming what a number measures.
const Phrase keywordPhrases[] = {
    {u"speedup", int(Kind::Speedup)},
    {u"speed-up", int(Kind::Speedup)},
    {u"faster", int(Kind::Speedup)},
    {u"speed", int(Kind::Speedup)},
    {u"inference speed", int(Kind::Speedup)},
    {u"accelerate", int(Kind::Speedup)},
    {u"accelerates", int(Kind::Speedup)},
    {u"accelerated", int(Kind::Speedup)},
    {u"acceleration", int(Kind::Speedup)},
    {u"latency", int(Kind::Latency)},
    {u"latencies", int(Kind::Latency)},
    {u"runtime", int(Kind::Latency)},
    {u"run time", int(Kind::Latency)},
    {u"inference time", int(Kind::Latency)},
    {u"response time", int(Kind::Latency)},
    {u"wall-clock time", int(Kind::Latency)},
    {u"execution time", int(Kind::Latency)},
    {u"decoding time", int(Kind::Latency)},
    {u"time to first token", int(Kind::Latency)},
    {u"delay", int(Kind::Latency)},
    {u"throughput", int(Kind::Throughput)},
    {u"tokens per second", int(Kind::Throughput)},
    {u"fps", int(Kind::Throughput)},
    {u"qps", int(Kind::Throughput)},
    {u"memory", int(Kind::Memory)},
    {u"vram", int(Kind::Memory)},
    {u"memory footprint", int(Kind::Memory)},
    {u"memory usage", int(Kind::Memory)},
    {u"memory consumption", int(Kind::Memory)},
    {u"memory access", int(Kind::Memory)},
    {u"dram", int(Kind::Memory)},
    {u"kv cache", int(Kind::Memory)},
    {u"model size", int(Kind::ModelSize)},
    {u"compression", int(Kind::ModelSize)},
    {u"compression ratio", int(Kind::ModelSize)},
    {u"compression rate", int(Kind::ModelSize)},
    {u"compress", int(Kind::ModelSize)},
    {u"compressed", int(Kind::ModelSize)},
    {u"compresses", int(Kind::ModelSize)},
    {u"storage", int(Kind::ModelSize)},
    {u"size", int(Kind::ModelSize)},
    {u"layers", int(Kind::ModelSize)},
    {u"sparsity", int(Kind::ModelSize)},
    {u"pruned", int(Kind::ModelSize)},
    {u"pruning ratio", int(Kind::ModelSize)},
    {u"parameters", int(Kind::Params)},
    {u"parameter", int(Kind::Params)},
    {u"params", int(Kind::Params)},
    {u"parameter count", int(Kind::Params)},
    {u"flops", int(Kind::Flops)},
    {u"flop", int(Kind::Flops)},
    {u"gflops", int(Kind::Flops)},
    {u"macs", int(Kind::Flops)},
    {u"gmacs", int(Kind::Flops)},
    {u"computational load", int(Kind::Flops)},
    {u"computational complexity", int(Kind::Flops)},
    {u"computation", int(Kind::Flops)},
    {u"computations", int(Kind::Flops)},
    {u"operations", int(Kind::Flops)},
    {u"multiply-accumulate", int(Kind::Flops)},
    {u"energy", int(Kind::Energy)},
    {u"power", int(Kind::Energy)},
    {u"energy efficiency", int(Kind::Energy)},
    {u"energy consumption", int(Kind::Energy)},
    {u"power consumption", int(Kind::Energy)},
    {u"accuracy", int(Kind::Accuracy)},
    {u"acc", int(Kind::Accuracy)},
    {u"error", int(Kind::Accuracy)},
    {u"error rate", int(Kind::Accuracy)},
    {u"map", int(Kind::Accuracy)},
    {u"ap", int(Kind::Accuracy)},
    {u"miou", int(Kind::Accuracy)},
    {u"iou", int(Kind::Accuracy)},
    {u"f1", int(Kind::Accuracy)},
    {u"f1 score", int(Kind::Accuracy)},
    {u"bleu", int(Kind::Accuracy)},
    {u"cider", int(Kind::Accuracy)},
    {u"meteor", int(Kind::Accuracy)},
    {u"rouge", int(Kind::Accuracy)},
    {u"perplexity", int(Kind::Accuracy)},
    {u"ppl", int(Kind::Accuracy)},
    {u"psnr", int(Kind::Accuracy)},
    {u"ssim", int(Kind::Accuracy)},
    {u"fid", int(Kind::Accuracy)},
    {u"win rate", int(Kind::Accuracy)},
    {u"precision", int(Kind::Accuracy)},
    {u"recall", int(Kind::Accuracy)},
    {u"performance", int(Kind::Accuracy)},
    {u"score", int(Kind::Accuracy)},
    {u"auc", int(Kind::Accuracy)},
    {u"exact match", int(Kind::Accuracy)},
    {u"success rate", int(Kind::Accuracy)},
    {u"pass@1", int(Kind::Accuracy)},
    {u"points", int(Kind::Accuracy)},
    {u"quality", int(Kind::Accuracy)},
    {u"wer", int(Kind::Accuracy)},
    {u"top-1", int(Kind::Accuracy)},
    {u"top-5", int(Kind::Accuracy)},
    {u"gpu hours", int(Kind::TrainingCost)},
    {u"gpu days", int(Kind::TrainingCost)},
    {u"training time", int(Kind::TrainingCost)},
    {u"training cost", int(Kind::TrainingCost)},
    {u"training costs", int(Kind::TrainingCost)},
    {u"training budget", int(Kind::TrainingCost)},
    {u"computational cost", int(Kind::TrainingCost)},
    {u"computation cost", int(Kind::TrainingCost)},
    {u"compute cost", int(Kind::TrainingCost)},
    {u"compute", int(Kind::TrainingCost)},
    {u"computation time", int(Kind::TrainingCost)},
    {u"search cost", int(Kind::TrainingCost)},
    {u"search time", int(Kind::TrainingCost)},
    {u"pre-training cost", int(Kind::TrainingCost)},
    {u"bitwidth", int(Kind::Bitwidth)},
    {u"bit-width", int(Kind::Bitwidth)},
    {u"bit width", int(Kind::Bitwidth)},
    {u"bits", int(Kind::Bitwidth)},
    {u"cost", int(Kind::Other)},
    {u"costs", int(Kind::Other)},
    {u"steps", int(Kind::Other)},
    {u"forward passes", int(Kind::Other)},
};

struct UnitPhrase {
    const char16_t *text;
    const char16_t *unit;
    UnitClass unitClass;
    double multiplier;
};

// Units written as separate words after a number ("3.5 times", "0.1 GPU-days", "1148 tokens/s").
const UnitPhrase unitPhrases[] = {
    {u"percent", u"%", UnitClass::Percent, 1},
    {u"per cent", u"%", UnitClass::Percent, 1},
    {u"pp", u"pp", UnitClass::Points, 1},
    {u"percentage points", u"pp", UnitClass::Points, 1},
    {u"percentage point", u"pp", UnitClass::Points, 1},
    {u"points", u"points", UnitClass::Quality, 1},
    {u"pts", u"points", UnitClass::Quality, 1},
    {u"times", u"x", UnitClass::Times, 1},
    {u"fold", u"x", UnitClass::Times, 1},
    {u"ms", u"ms", UnitClass::ShortTime, 1},
    {u"milliseconds", u"ms", UnitClass::ShortTime, 1},
    {u"millisecond", u"ms", UnitClass::ShortTime, 1},
    {u"s", u"s", UnitClass::ShortTime, 1},
    {u"sec", u"s", UnitClass::ShortTime, 1},
    {u"seconds", u"s", UnitClass::ShortTime, 1},
    {u"second", u"s", UnitClass::ShortTime, 1},
    {u"minutes", u"min", UnitClass::ShortTime, 1},
    {u"minute", u"min", UnitClass::ShortTime, 1},
    {u"min", u"min", UnitClass::ShortTime, 1},
    {u"hours", u"hours", UnitClass::LongTime, 1},
    {u"hour", u"hours", UnitClass::LongTime, 1},
    {u"hrs", u"hours", UnitClass::LongTime, 1},
    {u"days", u"days", UnitClass::LongTime, 1},
    {u"day", u"days", UnitClass::LongTime, 1},
    {u"weeks", u"weeks", UnitClass::LongTime, 1},
    {u"gpu hours", u"GPU-hours", UnitClass::GpuTime, 1},
    {u"gpu hour", u"GPU-hours", UnitClass::GpuTime, 1},
    {u"gpu hrs", u"GPU-hours", UnitClass::GpuTime, 1},
    {u"tpu hours", u"TPU-hours", UnitClass::GpuTime, 1},
    {u"gpu days", u"GPU-days", UnitClass::GpuTime, 1},
    {u"gpu day", u"GPU-days", UnitClass::GpuTime, 1},
    {u"tpu days", u"TPU-days", UnitClass::GpuTime, 1},
    {u"gb", u"GB", UnitClass::Memory, 1},
    {u"mb", u"MB", UnitClass::Memory, 1},
    {u"kb", u"KB", UnitClass::Memory, 1},
    {u"tb", u"TB", UnitClass::Memory, 1},
    {u"gib", u"GB", UnitClass::Memory, 1},
    {u"mib", u"MB", UnitClass::Memory, 1},
    {u"flops", u"FLOPs", UnitClass::Flops, 1},
    {u"gflops", u"GFLOPs", UnitClass::Flops, 1},
    {u"tflops", u"TFLOPs", UnitClass::Flops, 1},
    {u"mflops", u"MFLOPs", UnitClass::Flops, 1},
    {u"pflops", u"PFLOPs", UnitClass::Flops, 1},
    {u"flop ( g )", u"GFLOPs", UnitClass::Flops, 1},
    {u"flops ( g )", u"GFLOPs", UnitClass::Flops, 1},
    {u"g flops", u"GFLOPs", UnitClass::Flops, 1},
    {u"macs", u"MACs", UnitClass::Flops, 1},
    {u"gmacs", u"GMACs", UnitClass::Flops, 1},
    {u"mmacs", u"MMACs", UnitClass::Flops, 1},
    {u"parameters", u"", UnitClass::Params, 1},
    {u"params", u"", UnitClass::Params, 1},
    {u"* parameters", u"", UnitClass::Params, 1},
    {u"w", u"W", UnitClass::Energy, 1},
    {u"watts", u"W", UnitClass::Energy, 1},
    {u"mw", u"mW", UnitClass::Energy, 1},
    {u"kw", u"kW", UnitClass::Energy, 1},
    {u"j", u"J", UnitClass::Energy, 1},
    {u"mj", u"mJ", UnitClass::Energy, 1},
    {u"joules", u"J", UnitClass::Energy, 1},
    {u"kwh", u"kWh", UnitClass::Energy, 1},
    {u"tokens / s", u"tokens/s", UnitClass::Throughput, 1},
    {u"token / s", u"tokens/s", UnitClass::Throughput, 1},
    {u"tok / s", u"tokens/s", UnitClass::Throughput, 1},
    {u"tokens per second", u"tokens/s", UnitClass::Throughput, 1},
    {u"fps", u"FPS", UnitClass::Throughput, 1},
    {u"frames per second", u"FPS", UnitClass::Throughput, 1},
    {u"images / s", u"images/s", UnitClass::Throughput, 1},
    {u"img / s", u"images/s", UnitClass::Throughput, 1},
    {u"samples / s", u"samples/s", UnitClass::Throughput, 1},
    {u"qps", u"QPS", UnitClass::Throughput, 1},
    {u"map", u"mAP", UnitClass::Quality, 1},
    {u"ap", u"AP", UnitClass::Quality, 1},
    {u"miou", u"mIoU", UnitClass::Quality, 1},
    {u"bleu", u"BLEU", UnitClass::Quality, 1},
    {u"cider", u"CIDEr", UnitClass::Quality, 1},
    {u"meteor", u"METEOR", UnitClass::Quality, 1},
    {u"f1", u"F1", UnitClass::Quality, 1},
    {u"psnr", u"PSNR", UnitClass::Quality, 1},
    {u"db", u"dB", UnitClass::Quality, 1},
    {u"fid", u"FID", UnitClass::Quality, 1},
    {u"rouge", u"ROUGE", UnitClass::Quality, 1},
    {u"bits", u"bits", UnitClass::Bits, 1},
    {u"thousand", u"K", UnitClass::Magnitude, 1e3},
    {u"million", u"M", UnitClass::Magnitude, 1e6},
    {u"billion", u"B", UnitClass::Magnitude, 1e9},
    {u"trillion", u"T", UnitClass::Magnitude, 1e12},
};

// Words that may sit between a number and what it measures: "42% reduction in computational load".
const WordSet &fillers()
{
    static const WordSet set{"of",        "the",     "in",       "its",      "their",        "a",           "an",
                             "total",     "overall", "average",  "relative", "reduction",    "improvement", "increase",
                             "gain",      "gains",   "less",     "fewer",    "lower",        "higher",      "more",
                             "smaller",   "larger",  "better",   "decrease", "drop",         "saving",      "savings",
                             "terms",     "end",     "absolute", "boost",    "improvements", "reductions",  "model",
                             "inference", "gpu",     "peak",     "top"};
    return set;
}

// Words that end the phrase a number belongs to.
const WordSet &stopWords()
{
    static const WordSet set{"and",    "or", "but", "while", "with",   "than", "over",  "compared",
                             "versus", "vs", "on",  "at",    "for",    "when", "which", "that",
                             "using",  "by", "to",  "from",  "across", "under"};
    return set;
}

const WordSet &reductionWords()
{
    static const WordSet set{"reduce",   "reduces", "reduced",  "reducing",   "reduction",   "reductions", "fewer",
                             "less",     "lower",   "lowers",   "smaller",    "decrease",    "decreases",  "decreased",
                             "cut",      "cuts",    "save",     "saves",      "saving",      "savings",    "shorten",
                             "shortens", "removed", "compress", "compresses", "compression", "drop",       "drops",
                             "shrink",   "shrinks", "trim",     "lowering",   "cheaper"};
    return set;
}

const WordSet &increaseWords()
{
    static const WordSet set{"improve",      "improves",    "improved", "improvement", "improvements", "increase",
                             "increases",    "increased",   "faster",   "speedup",     "higher",       "gain",
                             "gains",        "boost",       "boosts",   "accelerate",  "accelerates",  "accelerated",
                             "outperform",   "outperforms", "surpass",  "surpasses",   "more",         "better",
                             "acceleration", "doubles",     "exceeds"};
    return set;
}

// Words before a number that make it a reference, not a result: "Section 3", "Table 2", "version 4".
const WordSet &referenceWords()
{
    static const WordSet set{"section",  "sec",     "table",     "figure",  "fig",   "eq",      "equation",
                             "appendix", "chapter", "algorithm", "theorem", "lemma", "version", "step",
                             "stage",    "phase",   "level",     "layer",   "round", "task",    "type",
                             "category", "class",   "rank",      "top",     "k"};
    return set;
}

struct WordNumber {
    const char *word;
    double value;
};
const WordNumber smallNumbers[] = {{"one", 1},     {"two", 2},     {"three", 3},     {"four", 4},    {"five", 5},
                                   {"six", 6},     {"seven", 7},   {"eight", 8},     {"nine", 9},    {"ten", 10},
                                   {"eleven", 11}, {"twelve", 12}, {"fifteen", 15},  {"twenty", 20}, {"thirty", 30},
                                   {"forty", 40},  {"fifty", 50},  {"hundred", 100}, {"a", 1},       {"an", 1}};

struct Stems {
    std::uint64_t half, halves, halve, halving, halved, twice, doubles, doubled, doubling, doubleWord, triple, triples,
        tripled, tripling, quadruple, times, fold, order, orders, of, magnitude, less, than, within, under, single, day,
        hour, week, minute, sim, approx, parameters, params, in, one, bit, a, an, factor;
    std::vector<std::pair<std::uint64_t, double>> small;
    std::vector<std::pair<std::uint64_t, double>> foldWords;
    StemTable smallIndex;  // stem → index into small
    StemTable numberWords; // every word parseNumberWords can start at
    Stems()
    {
        auto s = [](const char *w) { return stemHash(QString::fromLatin1(w)); };
        half = s("half"), halves = s("halves"), halve = s("halve"), halving = s("halving"), halved = s("halved");
        twice = s("twice"), doubles = s("doubles"), doubled = s("doubled"), doubling = s("doubling");
        doubleWord = s("double"), triple = s("triple"), triples = s("triples"), tripled = s("tripled");
        tripling = s("tripling"), quadruple = s("quadruple"), times = s("times"), fold = s("fold");
        order = s("order"), orders = s("orders"), of = s("of"), magnitude = s("magnitude"), less = s("less");
        than = s("than"), within = s("within"), under = s("under"), single = s("single"), day = s("day");
        hour = s("hour"), week = s("week"), minute = s("minute"), sim = s("sim"), approx = s("approx");
        parameters = s("parameters"), params = s("params"), in = s("in"), one = s("one"), bit = s("bits");
        a = s("a"), an = s("an"), factor = s("factor");
        for (const WordNumber &w : smallNumbers) {
            smallIndex.insert(s(w.word), int(small.size()));
            small.emplace_back(s(w.word), w.value);
            foldWords.emplace_back(s(QByteArray(QByteArray(w.word) + "fold").constData()), w.value);
        }
        for (std::uint64_t h : {half, halves, halve, halving, halved, twice, doubles, doubled, doubling, doubleWord,
                                triple, triples, tripled, tripling, quadruple})
            numberWords.insert(h, 1);
        for (const auto &[h, v] : small)
            numberWords.insert(h, 1);
        for (const auto &[h, v] : foldWords)
            numberWords.insert(h, 1);
    }
    double smallValue(std::uint64_t stem) const
    {
        const int index = smallIndex.find(stem);
        return index < 0 ? 0 : small[std::size_t(index)].second;
    }
};

const Stems &stems()
{
    static const Stems s;
    return s;
}

bool attached(const Tokens &tokens, int i)
{
    return i >= 0 && i < int(tokens.size()) && !tokens[std::size_t(i)].spaceBefore;
}

bool isTransparent(const Token &t)
{
    return t.isPunct(u'$') || t.isPunct(u'\\') || t.isPunct(u'{') || t.isPunct(u'}');
}

Kind kindOfClass(UnitClass c)
{
    switch (c) {
    case UnitClass::ShortTime:
        return Kind::Latency;
    case UnitClass::LongTime:
    case UnitClass::GpuTime:
        return Kind::TrainingCost;
    case UnitClass::Memory:
        return Kind::Memory;
    case UnitClass::Flops:
        return Kind::Flops;
    case UnitClass::Params:
        return Kind::Params;
    case UnitClass::Energy:
        return Kind::Energy;
    case UnitClass::Throughput:
        return Kind::Throughput;
    case UnitClass::Quality:
        return Kind::Accuracy;
    case UnitClass::Bits:
        return Kind::Bitwidth;
    default:
        return Kind::None;
    }
}

// Units written attached to the digits: "3.5x", "13W", "10ms", "4.5GFLOPs".
bool attachedUnit(QStringView suffix, QString *unit, UnitClass *unitClass)
{
    struct Attached {
        const char16_t *text;
        const char16_t *unit;
        UnitClass unitClass;
        bool caseSensitive;
    };
    static const Attached table[] = {
        {u"x", u"x", UnitClass::Times, false},           {u"times", u"x", UnitClass::Times, false},
        {u"ms", u"ms", UnitClass::ShortTime, true},      {u"s", u"s", UnitClass::ShortTime, true},
        {u"sec", u"s", UnitClass::ShortTime, false},     {u"min", u"min", UnitClass::ShortTime, false},
        {u"h", u"hours", UnitClass::LongTime, false},    {u"hrs", u"hours", UnitClass::LongTime, false},
        {u"GB", u"GB", UnitClass::Memory, false},        {u"MB", u"MB", UnitClass::Memory, false},
        {u"KB", u"KB", UnitClass::Memory, false},        {u"TB", u"TB", UnitClass::Memory, false},
        {u"GiB", u"GB", UnitClass::Memory, false},       {u"W", u"W", UnitClass::Energy, true},
        {u"mW", u"mW", UnitClass::Energy, true},         {u"kW", u"kW", UnitClass::Energy, true},
        {u"J", u"J", UnitClass::Energy, true},           {u"mJ", u"mJ", UnitClass::Energy, true},
        {u"kWh", u"kWh", UnitClass::Energy, false},      {u"FLOPs", u"FLOPs", UnitClass::Flops, false},
        {u"GFLOPs", u"GFLOPs", UnitClass::Flops, false}, {u"GFLOP", u"GFLOPs", UnitClass::Flops, false},
        {u"TFLOPs", u"TFLOPs", UnitClass::Flops, false}, {u"MFLOPs", u"MFLOPs", UnitClass::Flops, false},
        {u"MACs", u"MACs", UnitClass::Flops, false},     {u"GMACs", u"GMACs", UnitClass::Flops, false},
        {u"MMACs", u"MMACs", UnitClass::Flops, false},   {u"bits", u"bits", UnitClass::Bits, false},
        {u"bit", u"bits", UnitClass::Bits, false},       {u"fps", u"FPS", UnitClass::Throughput, false},
        {u"pp", u"pp", UnitClass::Points, false},        {u"dB", u"dB", UnitClass::Quality, false},
    };
    for (const Attached &a : table) {
        if (suffix.compare(QStringView(a.text), a.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0) {
            *unit = QString::fromUtf16(a.unit);
            *unitClass = a.unitClass;
            return true;
        }
    }
    return false;
}

double magnitudeOf(QChar c)
{
    switch (c.unicode()) {
    case u'k':
    case u'K':
        return 1e3;
    case u'M':
        return 1e6;
    case u'B':
    case u'b':
    case u'G':
        return 1e9;
    case u'T':
        return 1e12;
    default:
        return 0;
    }
}

} // namespace

MetricExtractor::MetricExtractor()
{
    for (const Phrase &p : keywordPhrases)
        m_keywords.add(QStringView(p.text), p.value);
    for (const UnitPhrase &u : unitPhrases) {
        m_units.add(QStringView(u.text), int(m_unitInfo.size()));
        m_unitInfo.push_back(UnitInfo{QString::fromUtf16(u.unit), u.unitClass, u.multiplier});
    }
    stems();
}

QString MetricExtractor::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Speedup:
        return QStringLiteral("speedup");
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Throughput:
        return QStringLiteral("throughput");
    case Kind::Memory:
        return QStringLiteral("memory");
    case Kind::ModelSize:
        return QStringLiteral("model-size");
    case Kind::Params:
        return QStringLiteral("params");
    case Kind::Flops:
        return QStringLiteral("flops");
    case Kind::Energy:
        return QStringLiteral("energy");
    case Kind::Accuracy:
        return QStringLiteral("accuracy");
    case Kind::TrainingCost:
        return QStringLiteral("training-cost");
    case Kind::Bitwidth:
        return QStringLiteral("bitwidth");
    case Kind::Other:
    case Kind::None:
        break;
    }
    return QStringLiteral("other");
}

// Reads the unit written after a number, starting at token j; returns the index after it (j when there is none).
int MetricExtractor::readUnit(QStringView text, const Tokens &tokens, int j, Item *item) const
{
    const int n = int(tokens.size());
    int k = j;
    while (k < n
           && ((isTransparent(tokens[std::size_t(k)]) && !tokens[std::size_t(k)].isPunct(u'{'))
               || (tokens[std::size_t(k)].isPunct(u'-') && attached(tokens, k))))
        ++k;
    if (k >= n)
        return j;
    const Token &t = tokens[std::size_t(k)];
    if (t.isPunct(u'%')) {
        item->unit = QStringLiteral("%");
        item->unitClass = UnitClass::Percent;
        return k + 1;
    }
    if (t.isPunct(u'\u00d7') || (t.type == TokenType::Word && t.length() == 1 && (t.ch == u'x' || t.ch == u'X'))) {
        // "3.5 ×" / "3.5 x", but not "N x M" dimensions
        if (k + 1 < n && tokens[std::size_t(k + 1)].type == TokenType::Number)
            return j;
        item->unit = QStringLiteral("x");
        item->unitClass = UnitClass::Times;
        return k + 1;
    }
    if (t.type == TokenType::Word && t.length() == 1 && item->pendingMultiplier == 1) {
        // A separate magnitude letter: "4.17 M parameters"
        const QChar c = text[t.start];
        if (c == u'K' || c == u'M' || c == u'B' || c == u'T') {
            item->pendingMultiplier = magnitudeOf(c);
            item->magnitudeLetter = c;
            item->last = k;
            const int after = readUnit(text, tokens, k + 1, item);
            if (after == k + 1)
                item->unitClass = UnitClass::Magnitude;
            return after;
        }
    }
    if (!t.isWord())
        return j;
    PhraseMatcher::Match m;
    if (!m_units.matchAt(tokens, k, &m))
        return j;
    const UnitInfo &info = m_unitInfo[std::size_t(m.payload)];
    if (info.unitClass == UnitClass::Magnitude) {
        if (item->pendingMultiplier != 1)
            return j;
        item->pendingMultiplier = info.multiplier;
        item->magnitudeLetter = info.unit.at(0);
        item->last = m.last;
        const int after = readUnit(text, tokens, m.last + 1, item);
        if (after == m.last + 1)
            item->unitClass = UnitClass::Magnitude;
        return after;
    }
    // A single letter ("s", "W", "J") only right after the number, and "W"/"J" only in upper case.
    if (t.length() == 1 && m.first == m.last) {
        const QChar c = text[t.start];
        if (!(c == u's' || c == u'W' || c == u'J'))
            return j;
        if (c == u's' && k + 1 < n && tokens[std::size_t(k + 1)].isPunct(u'\''))
            return j;
    }
    // "2-bit" is an adjective ("2-bit quantization"), not a reported bit width.
    if (info.unitClass == UnitClass::Bits && k > 0 && tokens[std::size_t(k - 1)].isPunct(u'-'))
        return j;
    item->unit = info.unit;
    item->unitClass = info.unitClass;
    return m.last + 1;
}

bool MetricExtractor::parseNumber(QStringView text, const Tokens &tokens, int i, Item *item) const
{
    const int n = int(tokens.size());
    const Token &t = tokens[std::size_t(i)];
    QStringView word = text.mid(t.start, t.length());
    if (t.type == TokenType::Word) {
        // "\sim4" after LaTeX lost its backslash; "approx3"
        qsizetype skip = 0;
        if (word.size() > 3 && word.startsWith(u"sim") && word[3].isDigit())
            skip = 3;
        else if (word.size() > 6 && word.startsWith(u"approx") && word[6].isDigit())
            skip = 6;
        if (skip == 0)
            return false;
        word = word.mid(skip);
    }

    // A number with its unit attached ("5.8x", "12%"), for lists such as "5.8x/3.7x" and "12%/15%".
    const auto withUnit = [&](int k) {
        const Token &u = tokens[std::size_t(k)];
        if (u.isPunct(u'%'))
            return true;
        return u.type == TokenType::Number
               && (!text[u.end - 1].isDigit()
                   || (k + 1 < n && attached(tokens, k + 1) && tokens[std::size_t(k + 1)].isPunct(u'%')));
    };
    // Attached to what precedes: a model or dataset name ("ResNet-50", "CIFAR-10", "GPT-4", "top-1"),
    // an exponent or subscript ("H^{2.5}", "ell_2"), a ratio or a slashed list ("2:8", "400/600").
    if (t.type == TokenType::Number && i > 0 && !t.spaceBefore) {
        const Token &p = tokens[std::size_t(i - 1)];
        if (p.isWord())
            return false;
        const bool rangeDash = p.isPunct(u'-') || p.isPunct(u'~') || p.isPunct(u'\u2013') || p.isPunct(u'\u2014');
        const bool unitList = p.isPunct(u'/') && i > 1 && attached(tokens, i - 1) && withUnit(i - 2) && withUnit(i);
        if (!p.isPunct(u'(') && !p.isPunct(u'[') && !p.isPunct(u'$') && !p.isPunct(u'+') && !p.isPunct(u'~')
            && !p.isPunct(u'\u2248') && !p.isPunct(u'<') && !p.isPunct(u'>') && !p.isPunct(u'\u00d7')
            && !p.isPunct(u'"') && !p.isPunct(u'\u201c') && !unitList) {
            if (!rangeDash)
                return false;
            if (i > 1 && attached(tokens, i - 1) && tokens[std::size_t(i - 2)].type == TokenType::Word)
                return false;
        }
        if (p.isPunct(u'{') || p.isPunct(u'^') || p.isPunct(u'_'))
            return false;
        if (i > 1 && attached(tokens, i - 1)
            && (tokens[std::size_t(i - 2)].isPunct(u'^') || tokens[std::size_t(i - 2)].isPunct(u'_')))
            return false;
    }
    // (but "5.8x/3.7x faster" lists two results)
    if (i + 2 < n && attached(tokens, i + 1) && attached(tokens, i + 2)
        && (tokens[std::size_t(i + 1)].isPunct(u'/') || tokens[std::size_t(i + 1)].isPunct(u':'))
        && tokens[std::size_t(i + 2)].type == TokenType::Number
        && !(tokens[std::size_t(i + 1)].isPunct(u'/') && withUnit(i) && withUnit(i + 2)))
        return false;
    if (i > 0 && referenceWords().contains(tokens[std::size_t(i - 1)]))
        return false;

    // Digits, an optional fraction, then an attached suffix.
    qsizetype k = 0;
    QString digits;
    int dots = 0;
    while (k < word.size() && (word[k].isDigit() || word[k] == u'.' || word[k] == u',')) {
        if (word[k] == u'.')
            ++dots;
        if (word[k] != u',')
            digits += word[k];
        ++k;
    }
    if (dots > 1 || digits.isEmpty())
        return false; // version numbers "2.1.0"
    bool ok = false;
    double value = digits.toDouble(&ok);
    if (!ok)
        return false;
    const QStringView suffix = word.mid(k);

    item->first = i;
    item->last = i;
    if (i > 0 && attached(tokens, i) && tokens[std::size_t(i - 1)].isPunct(u'+')) {
        item->signPlus = true;
        item->first = i - 1;
    }

    int next = i + 1;
    if (!suffix.isEmpty()) {
        QString unit;
        UnitClass unitClass = UnitClass::None;
        if (attachedUnit(suffix, &unit, &unitClass)) {
            item->unit = unit;
            item->unitClass = unitClass;
        } else if (magnitudeOf(suffix[0]) > 0) {
            item->pendingMultiplier = magnitudeOf(suffix[0]);
            item->magnitudeLetter = suffix[0].toUpper();
            const QStringView rest = suffix.mid(1);
            if (!rest.isEmpty()) {
                if (!attachedUnit(rest, &unit, &unitClass) || unitClass != UnitClass::Flops)
                    return false;
                item->unit = unit;
                item->unitClass = unitClass;
            }
        } else {
            return false; // "1D", "3rd", "300I"
        }
    } else if (value == 10 && next + 1 < n && attached(tokens, next) && tokens[std::size_t(next)].isPunct(u'^')) {
        // 10^4, 10^{19}, 10^{-3}
        int e = next + 1;
        const bool brace = tokens[std::size_t(e)].isPunct(u'{');
        if (brace)
            ++e;
        bool negative = false;
        if (e < n && (tokens[std::size_t(e)].isPunct(u'-') || tokens[std::size_t(e)].isPunct(u'\u2212'))) {
            negative = true;
            ++e;
        }
        if (e < n && tokens[std::size_t(e)].type == TokenType::Number) {
            bool expOk = false;
            const double exponent =
                text.mid(tokens[std::size_t(e)].start, tokens[std::size_t(e)].length()).toDouble(&expOk);
            if (expOk) {
                value = std::pow(10.0, negative ? -exponent : exponent);
                item->largePower = !negative && exponent >= 3;
                if (brace && e + 1 < n && tokens[std::size_t(e + 1)].isPunct(u'}'))
                    ++e;
                item->last = e;
                next = e + 1;
            }
        }
    }
    // "3-bit", "5-shot", "2-stage" describe a setting; "10-fold" is a multiple, but not in "5-fold validation".
    if (item->unitClass == UnitClass::None && next + 1 < n && attached(tokens, next)
        && tokens[std::size_t(next)].isPunct(u'-') && attached(tokens, next + 1)
        && tokens[std::size_t(next + 1)].type == TokenType::Word) {
        const std::uint64_t s = tokens[std::size_t(next + 1)].stem;
        if (s != stems().fold && s != stems().times)
            return false;
        static const WordSet validation{"cross", "validation", "cv"};
        if (s == stems().fold && next + 2 < n && validation.contains(tokens[std::size_t(next + 2)]))
            return false;
    }
    item->value = value;
    if (item->unitClass == UnitClass::None || (item->pendingMultiplier != 1 && item->unit.isEmpty())) {
        const int after = readUnit(text, tokens, next, item);
        if (after > next)
            item->last = after - 1;
    }
    // "by a factor of 2.5"
    if (item->unitClass == UnitClass::None && item->pendingMultiplier == 1 && item->first >= 2
        && tokens[std::size_t(item->first - 1)].isWord() && tokens[std::size_t(item->first - 1)].stem == stems().of
        && tokens[std::size_t(item->first - 2)].isWord()
        && tokens[std::size_t(item->first - 2)].stem == stems().factor) {
        item->unit = QStringLiteral("x");
        item->unitClass = UnitClass::Times;
    }

    // "72 billion total parameters", "16B activated parameters"
    if (item->pendingMultiplier != 1
        && (item->unitClass == UnitClass::None || item->unitClass == UnitClass::Magnitude)) {
        int words = 0;
        for (int j = item->last + 1; j < n && words < 3 && tokens[std::size_t(j)].isWord(); ++j, ++words) {
            const std::uint64_t s = tokens[std::size_t(j)].stem;
            if (s == stems().parameters || s == stems().params) {
                item->unitClass = UnitClass::Params;
                item->last = j;
                break;
            }
        }
    }

    // Resolve magnitudes: "2.7B parameters" keeps 2.7 with unit "B", "12.73T FLOPs" becomes 12.73 "TFLOPs",
    // "1.5k GPU hours" becomes 1500 "GPU-hours".
    if (item->pendingMultiplier != 1) {
        const QString letter = QString(item->magnitudeLetter);
        if (item->unitClass == UnitClass::Params) {
            item->unit = letter;
        } else if (item->unitClass == UnitClass::Flops) {
            if (!item->unit.startsWith(letter))
                item->unit = letter + item->unit;
        } else if (item->unitClass == UnitClass::Magnitude || item->unitClass == UnitClass::None) {
            item->unitClass = UnitClass::Magnitude;
            item->unit = letter;
        } else {
            item->value *= item->pendingMultiplier;
        }
    }
    return true;
}

// "half", "doubles", "twice", "three times", "tenfold", "an order of magnitude", "less than a day".
bool MetricExtractor::parseNumberWords(const Tokens &tokens, int i, Item *item) const
{
    const Stems &s = stems();
    const int n = int(tokens.size());
    const Token &t = tokens[std::size_t(i)];
    auto stemAt = [&](int k) -> std::uint64_t {
        return (k < n && tokens[std::size_t(k)].isWord()) ? tokens[std::size_t(k)].stem : 0;
    };
    const bool hyphenAfter = i + 1 < n && attached(tokens, i + 1) && tokens[std::size_t(i + 1)].isPunct(u'-');
    item->first = i;
    item->last = i;
    auto set = [&](double value, const char16_t *unit, UnitClass unitClass) {
        item->value = value;
        item->unit = QString::fromUtf16(unit);
        item->unitClass = unitClass;
        return true;
    };
    const std::uint64_t w = t.stem;
    if ((w == s.half || w == s.halves || w == s.halve || w == s.halving || w == s.halved) && !hyphenAfter)
        return set(50, u"%", UnitClass::Percent);
    if (w == s.twice || ((w == s.doubles || w == s.doubled || w == s.doubling || w == s.doubleWord) && !hyphenAfter))
        return set(2, u"x", UnitClass::Times);
    if ((w == s.triple || w == s.triples || w == s.tripled || w == s.tripling) && !hyphenAfter)
        return set(3, u"x", UnitClass::Times);
    if (w == s.quadruple && !hyphenAfter)
        return set(4, u"x", UnitClass::Times);
    for (const auto &[h, v] : s.foldWords) {
        if (h == w && v > 1)
            return set(v, u"x", UnitClass::Times);
    }
    const double small = s.smallValue(w);
    if (small > 0) {
        int k = i + 1;
        if (k < n && tokens[std::size_t(k)].isPunct(u'-'))
            ++k;
        const std::uint64_t next = stemAt(k);
        // "three times faster", "ten-fold"; "one/two times" only with a comparison after it
        if (small > 1 && (next == s.times || next == s.fold)) {
            item->last = k;
            return set(small, u"x", UnitClass::Times);
        }
        // "an average bitwidth below one bit", "two bits per weight" (but not "a bit" or the adjective "one-bit")
        if (next == s.bit && k == i + 1 && w != s.a && w != s.an) {
            item->last = k;
            return set(small, u"bits", UnitClass::Bits);
        }
        if ((next == s.order || next == s.orders) && stemAt(k + 1) == s.of && stemAt(k + 2) == s.magnitude) {
            item->last = k + 2;
            return set(std::pow(10.0, small), u"x", UnitClass::Times);
        }
        // "less than a day", "within one hour", "under a week"
        if (small == 1) {
            // "in a single day", "in one hour" (but not "in a day-long run")
            const bool inSingle = i >= 1 && stemAt(i - 1) == s.in && (stemAt(i + 1) == s.single || w == s.one);
            const bool within = i >= 1 && (stemAt(i - 1) == s.within || stemAt(i - 1) == s.under || inSingle);
            const bool lessThan = i >= 2 && stemAt(i - 1) == s.than && stemAt(i - 2) == s.less;
            if (within || lessThan) {
                int u = i + 1;
                if (stemAt(u) == s.single)
                    ++u;
                const std::uint64_t unit = stemAt(u);
                if (unit == s.day || unit == s.hour || unit == s.week) {
                    item->first = within ? i - 1 : i - 2;
                    item->last = u;
                    if (unit == s.day)
                        return set(1, u"days", UnitClass::LongTime);
                    if (unit == s.hour)
                        return set(1, u"hours", UnitClass::LongTime);
                    return set(1, u"weeks", UnitClass::LongTime);
                }
            }
        }
    }
    return false;
}

Kind MetricExtractor::kindAround(const Tokens &tokens, const Item &item, const std::vector<int> &keywordFirst,
                                 const std::vector<int> &keywordLast, bool *fromRight) const
{
    const int n = int(tokens.size());
    *fromRight = true;
    // Right: "65% lower latency", "42% reduction in computational load", "42% (34 out of 80) of the layers"
    static const WordSet sizeAdjectives{"smaller", "compact", "lighter"};
    bool sizeAdjective = false;
    int counted = 0;
    for (int j = item.last + 1; j < n; ++j) {
        const Token &t = tokens[std::size_t(j)];
        if (t.sentenceStart)
            break;
        if (keywordFirst[std::size_t(j)] >= 0)
            return Kind(keywordFirst[std::size_t(j)]);
        if (t.type == TokenType::Punct) {
            if (t.isPunct(u'(') && counted == 0) {
                int close = j + 1;
                while (close < n && close < j + 10 && !tokens[std::size_t(close)].isPunct(u')'))
                    ++close;
                if (close < n && tokens[std::size_t(close)].isPunct(u')')) {
                    j = close;
                    continue;
                }
            }
            if (isTransparent(t) || t.isPunct(u'-'))
                continue;
            break;
        }
        if (t.type != TokenType::Word)
            break;
        // "2.4x smaller and 1.5x faster", "200 times more compact than": a size adjective that ends the phrase
        // (but "11% smaller memory footprint" goes on to its noun) makes a model size unless a metric name is
        // the subject on the left ("the search cost is 420x smaller").
        if (sizeAdjectives.contains(t)) {
            sizeAdjective = j + 1 >= n || !tokens[std::size_t(j + 1)].isWord()
                            || stopWords().contains(tokens[std::size_t(j + 1)])
                            || tokens[std::size_t(j + 1)].sentenceStart;
            if (sizeAdjective)
                break;
        }
        // A stop word inside a hyphenated compound ("end-to-end speedup") does not end the phrase.
        const bool compound = attached(tokens, j) && tokens[std::size_t(j - 1)].isPunct(u'-') && j + 1 < n
                              && attached(tokens, j + 1) && tokens[std::size_t(j + 1)].isPunct(u'-');
        if (stopWords().contains(t) && !compound)
            break;
        if (!fillers().contains(t) && !compound && ++counted > 3)
            break;
    }
    *fromRight = false;
    // Left: "reduces energy consumption by up to 41%", "accuracy loss of 0.56%", "accuracy (32.03%)",
    // "FLOPs savings: 3.7x"
    int words = 0;
    bool comma = false;
    bool parenthetical = false; // "(around one order of magnitude smaller)" elaborates what precedes it
    for (int j = item.first - 1; j >= 0; --j) {
        const Token &t = tokens[std::size_t(j)];
        if (t.isPunct(u'(') || t.isPunct(u';') || t.isPunct(u':')) {
            if (j == item.first - 1 && !t.isPunct(u';'))
                continue;
            parenthetical = t.isPunct(u'(') && words <= 2;
            break;
        }
        if (keywordLast[std::size_t(j)] >= 0) {
            if (sizeAdjective && comma)
                break;
            return Kind(keywordLast[std::size_t(j)]);
        }
        if (t.sentenceStart)
            break;
        comma = comma || t.isPunct(u',');
        if (t.isWord() && ++words > 8)
            break;
    }
    if (sizeAdjective && !parenthetical) {
        *fromRight = true;
        return Kind::ModelSize;
    }
    return Kind::None;
}

namespace {

int sentenceStartOf(const Tokens &tokens, int token)
{
    while (token > 0 && !tokens[std::size_t(token)].sentenceStart)
        --token;
    return token;
}

} // namespace

// Lists of numbers: "70% and 50%, respectively" after "memory cost and training time" pairs them in order; a
// list followed by its metric name ("1.6x, 3.0x and 162x speedup", "40.4% and 45.2% higher throughput") names
// every member, even those that found another metric name to their left.
void MetricExtractor::resolveLists(const Tokens &tokens, const std::vector<PhraseMatcher::Match> &keywords,
                                   std::vector<Item> &items)
{
    static const std::uint64_t respectively = stemHash(u"respectively");
    const int n = int(tokens.size());
    for (std::size_t a = 0; a < items.size();) {
        std::size_t b = a + 1;
        while (b < items.size() && items[b].chain == items[a].chain)
            ++b;
        // items[a, b) form one chain
        std::vector<std::size_t> members;
        bool ratios = true; // members whose unit does not name the metric
        for (std::size_t k = a; k < b; ++k) {
            if (!items[k].keep)
                continue;
            members.push_back(k);
            const UnitClass c = items[k].unitClass;
            ratios = ratios && (c == UnitClass::Percent || c == UnitClass::Times || c == UnitClass::Points);
        }
        const std::size_t first = a;
        a = b;
        if (members.size() < 2 || !ratios)
            continue;
        const Item &lastMember = items[members.back()];

        // "…, respectively"
        bool respective = false;
        for (int j = lastMember.last + 1; j < n && j <= lastMember.last + 3; ++j) {
            const Token &t = tokens[std::size_t(j)];
            if (t.sentenceStart)
                break;
            if (t.isWord()) {
                respective = t.stem == respectively;
                break;
            }
        }
        if (respective) {
            // The metric names between the previous number (or the sentence start) and the list, adjacent names
            // ("memory cost") counting once.
            const int from = std::max(sentenceStartOf(tokens, items[members.front()].first),
                                      first > 0 ? items[first - 1].last + 1 : 0);
            const int to = items[members.front()].first;
            std::vector<Kind> groups;
            int previousEnd = -2;
            for (const PhraseMatcher::Match &m : keywords) {
                if (m.first < from || m.last >= to)
                    continue;
                const bool adjacent = m.first == previousEnd + 1
                                      || (m.first == previousEnd + 2 && tokens[std::size_t(m.first - 1)].isPunct(u'-'));
                if (adjacent && !groups.empty()) {
                    if (groups.back() == Kind::Other)
                        groups.back() = Kind(m.payload);
                } else {
                    groups.push_back(Kind(m.payload));
                }
                previousEnd = m.last;
            }
            if (groups.size() >= members.size()) {
                const std::size_t offset = groups.size() - members.size();
                for (std::size_t k = 0; k < members.size(); ++k) {
                    Item &item = items[members[k]];
                    item.kind = groups[offset + k];
                    if (item.unitClass == UnitClass::Times && item.kind == Kind::Latency)
                        item.kind = Kind::Speedup;
                    item.kindFrom = Item::KindFrom::Shared;
                }
                continue;
            }
        }
        // A metric name right after the list names all of it.
        if (lastMember.kindFrom != Item::KindFrom::Right)
            continue;
        for (std::size_t k : members) {
            Item &item = items[k];
            if (item.kindFrom == Item::KindFrom::Left || item.kindFrom == Item::KindFrom::None) {
                item.kind = lastMember.kind;
                item.kindFrom = Item::KindFrom::Shared;
            }
        }
    }
}

// Numbers still without a metric: "by up to 1.0% for A and 0.5% for B in terms of top-1 accuracy" takes the metric
// named after "in terms of"; "76.0% mIoU on A, 63.5% on B" takes the metric of the previous number of the sentence
// that has the same unit.
void MetricExtractor::resolveFromSentence(const Tokens &tokens, const std::vector<int> &keywordFirst,
                                          std::vector<Item> &items)
{
    static const std::uint64_t inStem = stemHash(u"in"), termsStem = stemHash(u"terms"), ofStem = stemHash(u"of");
    const int n = int(tokens.size());
    for (std::size_t a = 0; a < items.size(); ++a) {
        Item &item = items[a];
        if (!item.keep || item.kind != Kind::None)
            continue;
        for (int j = item.last + 1; j + 2 < n && !tokens[std::size_t(j)].sentenceStart; ++j) {
            if (tokens[std::size_t(j)].stem != inStem || tokens[std::size_t(j + 1)].stem != termsStem
                || tokens[std::size_t(j + 2)].stem != ofStem || !tokens[std::size_t(j)].isWord())
                continue;
            for (int k = j + 3; k < std::min(n, j + 6) && item.kind == Kind::None; ++k)
                item.kind = keywordFirst[std::size_t(k)] >= 0 ? Kind(keywordFirst[std::size_t(k)]) : Kind::None;
            break;
        }
        if (item.kind != Kind::None)
            continue;
        const int sentence = sentenceStartOf(tokens, item.first);
        for (std::size_t b = a; b-- > 0 && items[b].last >= sentence;) {
            const Item &other = items[b];
            if (other.keep && other.unitClass == item.unitClass && other.kind != Kind::None
                && other.kind != Kind::Other) {
                item.kind = other.kind;
                break;
            }
        }
    }
}

QList<MetricFact> MetricExtractor::extract(QStringView abstract) const
{
    Tokens tokens;
    tokenize(abstract, tokens);
    return extract(abstract, tokens);
}

QList<MetricFact> MetricExtractor::extract(QStringView text, const Tokens &tokens) const
{
    const int n = int(tokens.size());
    std::vector<Item> items;
    for (int i = 0; i < n;) {
        const Token &t = tokens[std::size_t(i)];
        Item item;
        bool found = false;
        if (t.type == TokenType::Number || (t.type == TokenType::Word && t.length() > 3 && t.ch == u's')
            || (t.type == TokenType::Word && t.length() > 6 && t.ch == u'a'))
            found = parseNumber(text, tokens, i, &item);
        if (!found && t.type == TokenType::Word && stems().numberWords.contains(t.stem))
            found = parseNumberWords(tokens, i, &item);
        if (found) {
            items.push_back(item);
            i = std::max(item.last, i) + 1;
        } else {
            ++i;
        }
    }
    if (items.empty())
        return {};

    // Chains: "25.2, 31.3 and 41 mAP", "from 40.4 to 45.9", "2.97~25.22x", "92.64% vs. 65.87%".
    static const WordSet connectors{"and", "or", "to", "vs", "versus"};
    int chainId = 0;
    for (std::size_t a = 0; a < items.size(); ++a) {
        if (items[a].chain < 0)
            items[a].chain = chainId++;
        if (a + 1 == items.size())
            break;
        bool linked = items[a + 1].first > items[a].last;
        int words = 0;
        for (int j = items[a].last + 1; linked && j < items[a + 1].first; ++j) {
            const Token &t = tokens[std::size_t(j)];
            if (t.sentenceStart)
                linked = false;
            else if (t.isWord())
                linked = connectors.contains(t) && ++words <= 1;
            else
                linked = t.isPunct(u',') || t.isPunct(u'-') || t.isPunct(u'~') || t.isPunct(u'\u2013')
                         || t.isPunct(u'.') || t.isPunct(u'/') || isTransparent(t);
        }
        if (tokens[std::size_t(items[a + 1].first)].sentenceStart)
            linked = false;
        if (linked)
            items[a + 1].chain = items[a].chain;
    }
    // Plain numbers in a chain take the unit of the next member that has one ("3-5%", "1.3-2.4 times").
    for (std::size_t a = items.size(); a-- > 0;) {
        Item &item = items[a];
        if (item.unitClass != UnitClass::None || a + 1 == items.size())
            continue;
        const Item &next = items[a + 1];
        if (next.chain == item.chain && next.unitClass != UnitClass::None && next.unitClass != UnitClass::Magnitude) {
            item.unit = next.unit;
            item.unitClass = next.unitClass;
        }
    }

    std::vector<int> keywordFirst(std::size_t(n), -1), keywordLast(std::size_t(n), -1);
    thread_local std::vector<PhraseMatcher::Match> keywordMatches;
    m_keywords.findAll(tokens, keywordMatches);
    for (const auto &m : keywordMatches) {
        keywordFirst[std::size_t(m.first)] = m.payload;
        keywordLast[std::size_t(m.last)] = m.payload;
    }
    auto sentenceOf = [&](int token) {
        while (token > 0 && !tokens[std::size_t(token)].sentenceStart)
            --token;
        return token;
    };
    // The metric an opening parenthesis follows: "5.5 mAP (from 40.4 to 45.9)", "272K parameters (17.92% of …)".
    auto parenthesisOwner = [&](std::size_t a) -> int {
        const int sentence = sentenceOf(items[a].first);
        int depth = 0;
        for (int j = items[a].first - 1; j >= sentence; --j) {
            const Token &t = tokens[std::size_t(j)];
            if (t.isPunct(u')'))
                ++depth;
            else if (t.isPunct(u'(') && depth-- == 0) {
                // The metric may be followed by its name: "7.7% mIoU (from 38.8% to 46.5%)".
                for (std::size_t b = a; b-- > 0;) {
                    if (items[b].keep && items[b].last < j && items[b].last >= j - 3) {
                        bool words = true;
                        for (int k = items[b].last + 1; k < j && words; ++k)
                            words = tokens[std::size_t(k)].type == TokenType::Word;
                        return words ? int(b) : -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    };

    for (std::size_t a = 0; a < items.size(); ++a) {
        Item &item = items[a];
        if (item.unitClass == UnitClass::Magnitude) {
            // "72 billion total parameters, 16 billion of which…": a bare magnitude is a parameter count only
            // after one in the same sentence; "1.6 billion words", "40k videos" are data sizes.
            item.keep = false;
            const int sentence = sentenceOf(item.first);
            for (std::size_t b = 0; b < a; ++b) {
                if (items[b].keep && items[b].kind == Kind::Params && items[b].first >= sentence)
                    item.keep = true;
            }
            if (item.keep)
                item.kind = Kind::Params;
            continue;
        }
        if (item.unitClass == UnitClass::Params && item.unit.isEmpty() && item.value < 1000) {
            item.keep = false; // "3 parameters" of a formula, not a model size
            continue;
        }
        if (item.unitClass == UnitClass::None) {
            // A plain number: kept after a metric name ("accuracy of 76.3", "speedup of 1.59") or inside the
            // parentheses after a metric ("5.5 mAP (from 40.4 to 45.9)").
            item.keep = false;
            // "34 out of 80" counts things
            static const std::uint64_t outStem = stemHash(u"out");
            static const std::uint64_t ofStem = stemHash(u"of");
            const auto isOutOf = [&](int j) {
                return j >= 0 && j + 1 < n && tokens[std::size_t(j)].isWord() && tokens[std::size_t(j)].stem == outStem
                       && tokens[std::size_t(j + 1)].isWord() && tokens[std::size_t(j + 1)].stem == ofStem;
            };
            if (isOutOf(item.last + 1) || isOutOf(item.first - 2))
                continue;
            if (item.largePower) {
                bool fromRight = false;
                item.keep = true;
                item.kind = kindAround(tokens, item, keywordFirst, keywordLast, &fromRight);
                continue;
            }
            const int owner = parenthesisOwner(a);
            if (owner >= 0) {
                item.keep = true;
                item.unit = items[std::size_t(owner)].unit;
                item.unitClass = items[std::size_t(owner)].unitClass;
                item.kind = items[std::size_t(owner)].kind;
                continue;
            }
            const int p = item.first - 1;
            static const WordSet linkers{"of", "is", "to", "at", "reaches", "achieves", "achieving", "by", "from"};
            // "costs from 0.398 to 0.228", "sampling steps from 50 to 4": other quantities only as a change
            static const WordSet changeLinkers{"from", "to"};
            if (p >= 1
                && (linkers.contains(tokens[std::size_t(p)]) || tokens[std::size_t(p)].isPunct(u'=')
                    || tokens[std::size_t(p)].isPunct(u':'))) {
                const bool change = changeLinkers.contains(tokens[std::size_t(p)]);
                // the second number of "fall from 1.20 to 0.75"
                if (change && a > 0 && items[a - 1].keep && items[a - 1].chain == item.chain
                    && items[a - 1].unitClass == UnitClass::None && items[a - 1].kind == Kind::Other) {
                    item.keep = true;
                    item.kind = Kind::Other;
                    continue;
                }
                for (int j = p - 1; j >= std::max(0, p - 3); --j) {
                    const int k = keywordLast[std::size_t(j)];
                    if (k == int(Kind::Accuracy) || k == int(Kind::Speedup) || k == int(Kind::Throughput)
                        || (change && k == int(Kind::Other))) {
                        item.keep = true;
                        item.kind = Kind(k);
                        if (item.kind == Kind::Speedup || item.kind == Kind::Throughput) {
                            item.unit = QStringLiteral("x");
                            item.unitClass = UnitClass::Times;
                        }
                        break;
                    }
                    if (tokens[std::size_t(j)].sentenceStart)
                        break;
                }
            }
            continue;
        }
        const Kind byUnit = kindOfClass(item.unitClass);
        bool fromRight = false;
        const Kind around = kindAround(tokens, item, keywordFirst, keywordLast, &fromRight);
        if (byUnit != Kind::None) {
            item.kind = byUnit;
            item.kindFrom = Item::KindFrom::Unit;
            if (byUnit == Kind::Memory && around == Kind::ModelSize)
                item.kind = Kind::ModelSize;
            if (byUnit == Kind::Latency && around == Kind::TrainingCost)
                item.kind = Kind::TrainingCost;
            continue;
        }
        item.kind = around;
        item.kindFrom = around == Kind::None ? Item::KindFrom::None
                        : fromRight          ? Item::KindFrom::Right
                                             : Item::KindFrom::Left;
        if (item.kind == Kind::None) {
            const int owner = parenthesisOwner(a);
            if (owner >= 0) {
                item.kind = items[std::size_t(owner)].kind;
                item.kindFrom = Item::KindFrom::Shared;
            }
        }
        if (item.unitClass == UnitClass::Times && item.kind == Kind::Latency)
            item.kind = Kind::Speedup;
    }
    resolveLists(tokens, keywordMatches, items);
    // Members of a chain without a kind of their own share the kind of a member that has one
    // ("54.7% and 56.5% AP").
    for (std::size_t a = 0; a < items.size(); ++a) {
        if (!items[a].keep || (items[a].kind != Kind::None && items[a].kind != Kind::Other))
            continue;
        for (const Item &other : items) {
            if (other.keep && other.chain == items[a].chain && other.kind != Kind::None && other.kind != Kind::Other) {
                items[a].kind = other.kind;
                break;
            }
        }
    }
    resolveFromSentence(tokens, keywordFirst, items);
    // "models ranging from 410M to 7B parameters", "(0.5B-72B parameters)" describe the setup, not a result.
    static const WordSet ranging{"ranging", "range", "ranges"};
    static const std::uint64_t fromStem = stemHash(u"from");
    for (std::size_t a = 0; a < items.size(); ++a) {
        if (!items[a].keep || items[a].kind != Kind::Params)
            continue;
        std::size_t first = a;
        while (first > 0 && items[first - 1].chain == items[a].chain)
            --first;
        const int f = items[first].first;
        bool dashRange = false;
        if (first + 1 < items.size() && items[first + 1].chain == items[a].chain && items[first].unit != u"%"
            && items[first + 1].first == items[first].last + 2) {
            const Token &between = tokens[std::size_t(items[first].last + 1)];
            dashRange = between.isPunct(u'-') || between.isPunct(u'\u2013') || between.isPunct(u'~');
        }
        if (dashRange
            || (f >= 2 && tokens[std::size_t(f - 1)].isWord() && tokens[std::size_t(f - 1)].stem == fromStem
                && ranging.contains(tokens[std::size_t(f - 2)]))) {
            for (std::size_t b = first; b < items.size() && items[b].chain == items[a].chain; ++b) {
                if (items[b].kind == Kind::Params)
                    items[b].keep = false;
            }
        }
    }

    QList<MetricFact> facts;
    CodePoints points(text);
    for (const Item &item : items) {
        if (!item.keep)
            continue;
        MetricFact fact;
        fact.kind = kindName(item.kind);
        fact.value = item.value;
        fact.unit = item.unit;
        // Direction: the nearest reduction or increase word around the number.
        QString direction;
        if (item.signPlus)
            direction = QStringLiteral("increase");
        const int sentence = sentenceOf(item.first);
        for (int d = 1; direction.isEmpty() && d <= 6; ++d) {
            for (const int j : {item.last + d, item.first - d}) {
                if (j < sentence || j >= n || (j > item.last && tokens[std::size_t(j)].sentenceStart))
                    continue;
                const Token &t = tokens[std::size_t(j)];
                if (reductionWords().contains(t)) {
                    direction = QStringLiteral("reduction");
                    break;
                }
                if (increaseWords().contains(t)) {
                    direction = QStringLiteral("increase");
                    break;
                }
            }
        }
        if (direction.isEmpty())
            direction = (item.kind == Kind::Speedup) ? QStringLiteral("increase") : QStringLiteral("absolute");
        fact.direction = direction;
        const qsizetype start = tokens[std::size_t(item.first)].start;
        const qsizetype end = tokens[std::size_t(item.last)].end;
        fact.text = text.mid(start, end - start).toString();
        fact.start = points.at(start);
        fact.end = points.at(end);
        facts.append(fact);
    }
    return facts;
}

} // namespace lectern
