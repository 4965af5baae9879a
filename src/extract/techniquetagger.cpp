#include "extract/techniquetagger.h"

#include "extract/taxonomy.h"

#include <QHash>

namespace lectern {

using namespace textscan;

namespace {

// Words that mark the paper's own contribution or subject.
const WordSet &ownCues()
{
    static const WordSet set{"we",      "our",      "ours",    "us",        "this",      "here",
                             "propose", "proposed", "present", "introduce", "introduced"};
    return set;
}

// Words after which a technique is background, what others did, a point of comparison, or an outlook ("inspire
// future pruning research"; "the need for" is checked apart).
const WordSet &backgroundCues()
{
    static const WordSet set{
        "existing",  "previous", "previously", "prior",        "conventional",  "traditional", "unlike",     "recent",
        "recently",  "efforts",  "effort",     "been",         "than",          "compared",    "comparison", "versus",
        "vs",        "like",     "outperform", "outperforms",  "outperforming", "surpass",     "surpasses",  "baseline",
        "baselines", "other",    "others",     "popular",      "mainstream",    "typically",   "commonly",   "classic",
        "classical", "widely",   "competing",  "alternatives", "future"};
    return set;
}

const WordSet &negationCues()
{
    static const WordSet set{"without", "no",       "not",       "nor",        "instead",     "rather", "avoid",
                             "avoids",  "avoiding", "eliminate", "eliminates", "eliminating", "never"};
    return set;
}

// A weak signal right after "in", "on" or "across", or in a list of examples ("e.g.", "such as", "including"),
// names what is evaluated or compared ("a 1.4x speed-up in MobileNetV2", "CNNs (e.g., MobileNet, ResNet)"), not
// the paper's technique.
bool evaluated(const Tokens &tokens, int first)
{
    static const WordSet places{"in", "on", "across"};
    static const WordSet examples{"g", "eg", "as", "including"};
    if (first > 0 && places.contains(tokens[std::size_t(first - 1)]))
        return true;
    for (int i = first - 1; i >= 0 && first - i <= 5; --i) {
        const Token &t = tokens[std::size_t(i)];
        if (t.isWord())
            return examples.contains(t);
        if (!(t.isPunct(u'.') || t.isPunct(u',') || t.isPunct(u'(') || t.isPunct(u':')))
            return false;
    }
    return false;
}

// An item of a list of application areas: "case studies across diverse domains, including load balancing and
// Mixture-of-Experts inference", "applications such as pruning" (the technique is where the method is applied).
bool applicationExample(const Tokens &tokens, int sentence, int first)
{
    static const WordSet introducers{"including", "as", "g", "eg"};
    static const WordSet areas{"domain",    "domains",  "application", "applications", "scenario",
                               "scenarios", "workload", "workloads",   "studies",      "cases"};
    for (int i = first - 1, seen = 0; i >= sentence && seen < 20; --i, ++seen) {
        const Token &t = tokens[std::size_t(i)];
        if (t.isPunct(u';') || t.isPunct(u':'))
            return false;
        if (!t.isWord() || !introducers.contains(t))
            continue;
        for (int j = i - 1, words = 0; j >= sentence && words < 3; --j) {
            if (!tokens[std::size_t(j)].isWord())
                continue;
            ++words;
            if (areas.contains(tokens[std::size_t(j)]))
                return true;
        }
        return false;
    }
    return false;
}

std::uint64_t freeStem()
{
    static const std::uint64_t stem = stemHash(u"free");
    return stem;
}

} // namespace

TechniqueTagger::TechniqueTagger(const Taxonomy &taxonomy)
{
    QHash<QString, int> indexOf;
    for (const QString &id : taxonomy.leafIds()) {
        indexOf.insert(id, int(m_leaves.size()));
        m_leaves.push_back(Leaf{id, {}});
    }
    for (Leaf &leaf : m_leaves) {
        const TechniqueNode *node = taxonomy.node(leaf.id);
        const int index = indexOf.value(leaf.id);
        for (const QString &signal : node->signals_)
            m_matcher.add(signal, index * 2);
        for (const QString &signal : node->weakSignals)
            m_matcher.add(signal, index * 2 + 1);
        for (const QString &other : node->yieldsTo) {
            if (indexOf.contains(other))
                leaf.yieldsTo.push_back(indexOf.value(other));
        }
    }
}

QList<TechniqueFact> TechniqueTagger::tag(QStringView title, QStringView abstract) const
{
    Tokens tokens;
    tokenize(abstract, tokens);
    return tag(title, abstract, tokens);
}

TechniqueTagger::Context TechniqueTagger::context(const Tokens &tokens, const Occurrence &occurrence,
                                                  bool *ownSentence) const
{
    const int n = int(tokens.size());
    int sentence = occurrence.first;
    while (sentence > 0 && !tokens[std::size_t(sentence)].sentenceStart)
        --sentence;
    int sentenceEnd = occurrence.last + 1;
    while (sentenceEnd < n && !tokens[std::size_t(sentenceEnd)].sentenceStart)
        ++sentenceEnd;
    // Weak signals need the paper speaking of itself: "we", "our", "this work" (not a passive "are proposed").
    static const WordSet selfReference{"we", "our", "ours", "us", "this"};
    *ownSentence = false;
    for (int i = sentence; i < sentenceEnd; ++i) {
        if (selfReference.contains(tokens[std::size_t(i)])) {
            *ownSentence = true;
            break;
        }
    }

    // "pruning-free", "quantization free"
    int after = occurrence.last + 1;
    if (after < n && tokens[std::size_t(after)].isPunct(u'-'))
        ++after;
    if (after < n && tokens[std::size_t(after)].isWord() && tokens[std::size_t(after)].stem == freeStem())
        return Context::Negated;
    // A negation among the three words before: "without fine-tuning", "no distillation", "instead of pruning".
    int words = 0;
    for (int i = occurrence.first - 1; i >= sentence && words < 3; --i) {
        const Token &t = tokens[std::size_t(i)];
        if (!t.isWord()) {
            if (t.isPunct(u',') || t.isPunct(u';') || t.isPunct(u'(') || t.isPunct(u':'))
                break;
            continue;
        }
        ++words;
        if (negationCues().contains(t))
            return Context::Negated;
    }
    if (applicationExample(tokens, sentence, occurrence.first))
        return Context::Background;
    // The nearest cue to the left decides: "unlike existing pruning methods, we…" is background,
    // "compared with prior work, our quantization…" is the paper's own.
    static const std::uint64_t needStem = stemHash(u"need"), forStem = stemHash(u"for");
    for (int i = occurrence.first - 1; i >= sentence; --i) {
        const Token &t = tokens[std::size_t(i)];
        if (!t.isWord())
            continue;
        if (ownCues().contains(t))
            return Context::Own;
        if (backgroundCues().contains(t))
            return Context::Background;
        // "the need for novel architectures" (but not "our method needs fewer steps")
        if (t.stem == needStem && i + 1 < occurrence.first && tokens[std::size_t(i + 1)].stem == forStem)
            return Context::Background;
    }
    return Context::Neutral;
}

QList<TechniqueFact> TechniqueTagger::tag(QStringView title, QStringView abstract, const Tokens &tokens) const
{
    const std::size_t leafCount = m_leaves.size();
    std::vector<bool> inTitle(leafCount, false);
    std::vector<int> strong(leafCount, 0), weak(leafCount, 0), weakOwn(leafCount, 0);
    std::vector<std::pair<int, int>> strongSpan(leafCount, {-1, -1}), weakSpan(leafCount, {-1, -1});

    std::vector<PhraseMatcher::Match> matches;
    m_matcher.findAll(tokens, matches);
    std::vector<Occurrence> occurrences;
    occurrences.reserve(matches.size());
    for (const auto &m : matches)
        occurrences.push_back(Occurrence{m.payload / 2, (m.payload & 1) != 0, m.first, m.last});

    // Acronyms defined right after a signal: "Mixture of Experts (MoE)", "Spiking Neural Network (SNN)".
    struct Acronym {
        std::uint64_t stem;
        int leaf;
        bool weak;
        int from;
    };
    std::vector<Acronym> acronyms;
    const int n = int(tokens.size());
    for (const Occurrence &o : occurrences) {
        const int open = o.last + 1;
        if (open + 2 < n && tokens[std::size_t(open)].isPunct(u'(') && tokens[std::size_t(open + 2)].isPunct(u')')) {
            const Token &a = tokens[std::size_t(open + 1)];
            if (a.type == TokenType::Word && a.upperCount >= 2 && a.length() <= 12)
                acronyms.push_back(Acronym{a.stem, o.leaf, o.weak, open + 3});
        }
    }
    if (!acronyms.empty()) {
        std::vector<bool> covered(std::size_t(n), false);
        for (const Occurrence &o : occurrences) {
            for (int i = o.first; i <= o.last; ++i)
                covered[std::size_t(i)] = true;
        }
        for (int i = 0; i < n; ++i) {
            const Token &t = tokens[std::size_t(i)];
            if (covered[std::size_t(i)] || t.type != TokenType::Word)
                continue;
            for (const Acronym &a : acronyms) {
                if (i >= a.from && t.stem == a.stem) {
                    occurrences.push_back(Occurrence{a.leaf, a.weak, i, i});
                    break;
                }
            }
        }
    }

    for (const Occurrence &o : occurrences) {
        bool ownSentence = false;
        const Context c = context(tokens, o, &ownSentence);
        if (c == Context::Background || c == Context::Negated)
            continue;
        const auto leaf = std::size_t(o.leaf);
        if (o.weak && evaluated(tokens, o.first))
            continue;
        if (o.weak) {
            ++weak[leaf];
            if (ownSentence)
                ++weakOwn[leaf];
        } else {
            ++strong[leaf];
        }
        // The span shows the first strong occurrence, or the first weak one when there is no strong one.
        std::vector<std::pair<int, int>> &span = o.weak ? weakSpan : strongSpan;
        if (span[leaf].first < 0 || o.first < span[leaf].first)
            span[leaf] = {o.first, o.last};
    }

    if (!title.isEmpty()) {
        thread_local Tokens titleTokens;
        tokenize(title, titleTokens);
        m_matcher.findAll(titleTokens, matches);
        for (const auto &m : matches) {
            bool ownSentence = false;
            if (context(titleTokens, Occurrence{m.payload / 2, false, m.first, m.last}, &ownSentence)
                != Context::Negated)
                inTitle[std::size_t(m.payload / 2)] = true;
        }
        for (const Token &t : titleTokens) {
            for (const Acronym &a : acronyms) {
                if (t.type == TokenType::Word && t.stem == a.stem)
                    inTitle[std::size_t(a.leaf)] = true;
            }
        }
    }

    std::vector<bool> assigned(leafCount, false);
    for (std::size_t i = 0; i < leafCount; ++i)
        assigned[i] = inTitle[i] || strong[i] > 0 || weakOwn[i] > 0 || weak[i] >= 2;
    std::vector<bool> keep = assigned;
    for (std::size_t i = 0; i < leafCount; ++i) {
        if (!assigned[i])
            continue;
        for (int other : m_leaves[i].yieldsTo) {
            if (assigned[std::size_t(other)])
                keep[i] = false;
        }
    }

    QList<TechniqueFact> facts;
    CodePoints points(abstract);
    for (std::size_t i = 0; i < leafCount; ++i) {
        if (!keep[i])
            continue;
        TechniqueFact fact;
        fact.id = m_leaves[i].id;
        const std::pair<int, int> span = strongSpan[i].first >= 0 ? strongSpan[i] : weakSpan[i];
        if (span.first >= 0) {
            fact.start = points.at(tokens[std::size_t(span.first)].start);
            fact.end = points.at(tokens[std::size_t(span.second)].end);
        }
        facts.append(fact);
    }
    return facts;
}

} // namespace lectern
