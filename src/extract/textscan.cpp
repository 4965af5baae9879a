#include "extract/textscan.h"

#include "domain/textspan.h"

#include <algorithm>

namespace lectern::textscan {

namespace {

constexpr std::uint64_t fnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t fnvPrime = 1099511628211ULL;

inline char16_t lower(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar::toLower(c);
}

inline bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) && !QChar::isSurrogate(c);
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || (c >= 0x80 && QChar::isSpace(c));
}

bool startsUrl(QStringView text, qsizetype i)
{
    const QStringView rest = text.mid(i, 8);
    return rest.startsWith(u"http://", Qt::CaseInsensitive) || rest.startsWith(u"https://", Qt::CaseInsensitive)
           || rest.startsWith(u"www.", Qt::CaseInsensitive);
}

// Abbreviations whose full stop does not end a sentence ("e.g.", "vs.", "et al.").
const WordSet &abbreviations()
{
    static const WordSet set{"e", "g", "i", "vs", "etc", "al", "fig", "eq", "cf", "approx", "resp", "ref", "no"};
    return set;
}

} // namespace

std::uint64_t stemHash(QStringView word)
{
    constexpr qsizetype bufferSize = 64;
    char16_t buffer[bufferSize];
    qsizetype n = word.size();
    if (n > bufferSize) {
        std::uint64_t h = fnvOffset;
        for (QChar c : word)
            h = (h ^ lower(c.unicode())) * fnvPrime;
        return h;
    }
    for (qsizetype i = 0; i < n; ++i)
        buffer[i] = lower(word[i].unicode());
    if (n > 4 && buffer[n - 1] == u's' && buffer[n - 2] == u'e' && buffer[n - 3] == u'i') {
        buffer[n - 3] = u'y';
        n -= 2;
    } else if (n > 3 && buffer[n - 1] == u's' && buffer[n - 2] != u's' && buffer[n - 2] != u'u' && buffer[n - 2] != u'i'
               && !isDigit(buffer[n - 2])) {
        --n;
    }
    std::uint64_t h = fnvOffset;
    for (qsizetype i = 0; i < n; ++i)
        h = (h ^ buffer[i]) * fnvPrime;
    return h;
}

void tokenize(QStringView text, Tokens &out)
{
    out.clear();
    const qsizetype n = text.size();
    out.reserve(std::size_t(n / 4 + 8));
    bool space = true;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.spaceBefore = space;
        token.ch = c;
        space = false;
        if ((c == u'h' || c == u'H' || c == u'w' || c == u'W') && startsUrl(text, i)) {
            qsizetype j = i;
            while (j < n && !isSpace(text[j].unicode()))
                ++j;
            while (j > i + 1 && QStringView(u".,;:)]'\"").contains(text[j - 1]))
                --j;
            token.type = TokenType::Url;
            token.end = j;
            out.push_back(token);
            i = j;
            continue;
        }
        if (isWordChar(c)) {
            const bool number = isDigit(c);
            qsizetype j = i;
            while (j < n) {
                const char16_t d = text[j].unicode();
                if (isWordChar(d)) {
                    if (d < 0x80 ? (d >= u'A' && d <= u'Z') : QChar::isUpper(d))
                        token.upperCount = std::uint8_t(std::min(255, token.upperCount + 1));
                    ++j;
                    continue;
                }
                // "3.5", "2.1.0" and "1,000" stay one token; "25.2, 31.3" does not join.
                if (d == u'.' && j + 1 < n && isDigit(text[j - 1].unicode()) && isDigit(text[j + 1].unicode())) {
                    ++j;
                    continue;
                }
                // "5,000x" keeps its unit; "1,2345" and "1,000abc" do not join.
                if (d == u',' && number && j + 3 < n && isDigit(text[j - 1].unicode()) && isDigit(text[j + 1].unicode())
                    && isDigit(text[j + 2].unicode()) && isDigit(text[j + 3].unicode())
                    && (j + 4 >= n || !isWordChar(text[j + 4].unicode())
                        || ((text[j + 4] == u'x' || text[j + 4] == u'X')
                            && (j + 5 >= n || !isWordChar(text[j + 5].unicode()))))) {
                    j += 4;
                    continue;
                }
                break;
            }
            token.type = number ? TokenType::Number : TokenType::Word;
            token.end = j;
            token.stem = stemHash(text.mid(i, j - i));
            out.push_back(token);
            i = j;
            continue;
        }
        token.type = TokenType::Punct;
        token.end = i + 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode()))
            token.end = i + 2;
        token.stem = punctHash(c);
        out.push_back(token);
        i = token.end;
    }

    if (!out.empty())
        out.front().sentenceStart = true;
    for (std::size_t k = 1; k + 1 < out.size(); ++k) {
        const Token &t = out[k];
        if (!(t.isPunct(u'.') || t.isPunct(u'!') || t.isPunct(u'?')))
            continue;
        const Token &next = out[k + 1];
        if (!next.spaceBefore)
            continue;
        const Token &previous = out[k - 1];
        if (t.ch == u'.' && previous.isWord() && (previous.length() == 1 || abbreviations().contains(previous.stem)))
            continue;
        const char16_t first = text[next.start].unicode();
        if (QChar::isUpper(first) || isDigit(first) || next.type == TokenType::Url)
            out[k + 1].sentenceStart = true;
    }
}

bool PhraseMatcher::add(QStringView phrase, int payload)
{
    struct Piece {
        QString word;
        Element::Kind kind = Element::Word;
        char16_t ch = 0;
        bool hyphenBefore = false;
    };
    std::vector<Piece> pieces;
    bool hyphen = false;
    bool hasHyphen = false;
    qsizetype i = 0;
    const qsizetype n = phrase.size();
    while (i < n) {
        const char16_t c = phrase[i].unicode();
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n
                   && (isWordChar(phrase[j].unicode())
                       || (phrase[j] == u'.' && j + 1 < n && isDigit(phrase[j - 1].unicode())
                           && isDigit(phrase[j + 1].unicode()))))
                ++j;
            Piece piece;
            piece.word = phrase.mid(i, j - i).toString().toLower();
            piece.hyphenBefore = hyphen && !pieces.empty() && pieces.back().kind == Element::Word;
            hasHyphen = hasHyphen || piece.hyphenBefore;
            pieces.push_back(piece);
            hyphen = false;
            i = j;
            continue;
        }
        if (c == u'-') {
            hyphen = true;
        } else if (c == u'*') {
            pieces.push_back(Piece{QString(), Element::Gap, 0, false});
            hyphen = false;
        } else if (!isSpace(c)) {
            pieces.push_back(Piece{QString(), Element::Punct, c, false});
            hyphen = false;
        }
        ++i;
    }
    const auto wordCount =
        std::count_if(pieces.begin(), pieces.end(), [](const Piece &p) { return p.kind == Element::Word; });
    if (wordCount == 0)
        return false;

    auto build = [](const std::vector<Piece> &list) {
        std::vector<Element> elements;
        for (const Piece &p : list) {
            Element e;
            e.kind = p.kind;
            e.hash = p.kind == Element::Word ? stemHash(p.word) : (p.kind == Element::Punct ? punctHash(p.ch) : 0);
            elements.push_back(e);
        }
        return elements;
    };
    addPattern(build(pieces), payload);

    if (hasHyphen) { // "fine-tuning" also as "finetuning"
        std::vector<Piece> joined;
        for (const Piece &p : pieces) {
            if (p.hyphenBefore && !joined.empty())
                joined.back().word += p.word;
            else
                joined.push_back(p);
        }
        addPattern(build(joined), payload);
    } else if (pieces.size() == 2 && wordCount == 2) { // "flash attention" also as "flashattention"
        std::vector<Piece> joined{pieces.front()};
        joined.front().word += pieces.back().word;
        addPattern(build(joined), payload);
    }
    return true;
}

void PhraseMatcher::addPattern(std::vector<Element> elements, int payload)
{
    if (elements.empty() || elements.front().kind == Element::Gap)
        return;
    const std::uint64_t key = elements.front().hash;
    int bucket = m_byFirst.find(key);
    if (bucket < 0) {
        bucket = int(m_buckets.size());
        m_buckets.emplace_back();
        m_byFirst.insert(key, bucket);
    }
    m_buckets[std::size_t(bucket)].push_back(int(m_patterns.size()));
    const bool gapped =
        std::any_of(elements.begin(), elements.end(), [](const Element &e) { return e.kind == Element::Gap; });
    m_patterns.push_back(Pattern{std::move(elements), payload, gapped});
}

// Returns the index after the last token matched, or -1.
int PhraseMatcher::matchFrom(const Tokens &tokens, int j, const Pattern &pattern, std::size_t k) const
{
    const int n = int(tokens.size());
    if (k == pattern.elements.size())
        return j;
    const Element &e = pattern.elements[k];
    auto skipHyphens = [&](int at) {
        if (k == 0 || at == 0 || !tokens[at - 1].isWord())
            return at;
        while (at < n && (tokens[at].isPunct(u'-') || tokens[at].isPunct(u'_') || tokens[at].isPunct(u'\u2010')))
            ++at;
        return at;
    };
    switch (e.kind) {
    case Element::Word: {
        const int at = skipHyphens(j);
        if (at < n && tokens[at].isWord() && tokens[at].stem == e.hash)
            return matchFrom(tokens, at + 1, pattern, k + 1);
        return -1;
    }
    case Element::Punct:
        if (j < n && tokens[j].type == TokenType::Punct && tokens[j].stem == e.hash)
            return matchFrom(tokens, j + 1, pattern, k + 1);
        return -1;
    case Element::Gap: {
        // Up to two words; a hyphenated compound ("superpoint-based", "modality-aware") counts as one.
        int best = matchFrom(tokens, j, pattern, k + 1);
        int at = j;
        for (int words = 0, steps = 0; steps < 6; ++steps) {
            at = skipHyphens(at);
            if (at >= n || !tokens[at].isWord())
                break;
            const bool continuation =
                at > j && !tokens[at].spaceBefore && tokens[at - 1].isPunct(u'-') && !tokens[at - 1].spaceBefore;
            if (!continuation && ++words > 2)
                break;
            ++at;
            best = std::max(best, matchFrom(tokens, at, pattern, k + 1));
        }
        return best;
    }
    }
    return -1;
}

bool PhraseMatcher::matchAt(const Tokens &tokens, int i, Match *match) const
{
    Match plain, gapped;
    const bool hasPlain = candidatesAt(tokens, i, &plain, &gapped);
    if (hasPlain)
        *match = plain;
    else if (gapped.payload >= 0)
        *match = gapped;
    return hasPlain || gapped.payload >= 0;
}

// The longest phrase without a "*" and the longest phrase with one that start at token `i`; returns whether the
// first exists (gapped->payload stays -1 when the second does not).
bool PhraseMatcher::candidatesAt(const Tokens &tokens, int i, Match *plain, Match *gapped) const
{
    const Token &t = tokens[std::size_t(i)];
    if (t.type == TokenType::Url)
        return false;
    const int bucket = m_byFirst.find(t.stem);
    if (bucket < 0)
        return false;
    int plainEnd = -1, gappedEnd = -1;
    for (int index : m_buckets[std::size_t(bucket)]) {
        const Pattern &pattern = m_patterns[std::size_t(index)];
        const int end = matchFrom(tokens, i, pattern, 0);
        if (end < 0)
            continue;
        Match &m = pattern.gapped ? *gapped : *plain;
        int &bestEnd = pattern.gapped ? gappedEnd : plainEnd;
        if (end > bestEnd) {
            bestEnd = end;
            m.payload = pattern.payload;
            m.gapped = pattern.gapped;
            m.first = i;
            m.last = end - 1;
        }
    }
    return plainEnd >= 0;
}

void PhraseMatcher::findAll(const Tokens &tokens, std::vector<Match> &out) const
{
    out.clear();
    const int n = int(tokens.size());
    // Priority: phrases without "*" of two or more tokens, then phrases with a "*" that extend a one-token phrase
    // at the same start ("pruning * tokens" over "pruning"), then one-token phrases, then other phrases with "*".
    thread_local std::vector<std::uint8_t> tier;
    tier.clear();
    Match plain, gapped;
    bool overlaps = false;
    int coveredUntil = -1;
    auto push = [&](const Match &m, std::uint8_t t) {
        overlaps = overlaps || m.first <= coveredUntil;
        coveredUntil = std::max(coveredUntil, m.last);
        out.push_back(m);
        tier.push_back(t);
    };
    for (int i = 0; i < n; ++i) {
        gapped.payload = -1;
        const bool hasPlain = candidatesAt(tokens, i, &plain, &gapped);
        const bool hasGapped = gapped.payload >= 0;
        if (hasPlain && hasGapped && plain.first == plain.last && gapped.last > plain.last) {
            push(gapped, 1);
            push(plain, 2);
        } else if (hasPlain) {
            push(plain, plain.first == plain.last ? 2 : 0);
        } else if (hasGapped) {
            push(gapped, 3);
        }
    }
    if (!overlaps)
        return;
    std::vector<std::size_t> order(out.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (tier[a] != tier[b])
            return tier[a] < tier[b];
        return out[a].last - out[a].first > out[b].last - out[b].first;
    });
    std::vector<bool> taken(std::size_t(n), false);
    std::vector<Match> chosen;
    for (std::size_t k : order) {
        const Match &c = out[k];
        bool free = true;
        for (int t = c.first; t <= c.last && free; ++t)
            free = !taken[std::size_t(t)];
        if (!free)
            continue;
        for (int t = c.first; t <= c.last; ++t)
            taken[std::size_t(t)] = true;
        chosen.push_back(c);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Match &a, const Match &b) { return a.first < b.first; });
    out.swap(chosen);
}

WordSet::WordSet(std::initializer_list<const char *> words)
{
    for (const char *w : words)
        m_stems.insert(stemHash(QString::fromLatin1(w)), 1);
}

void StemTable::insert(std::uint64_t key, int value)
{
    key = key ? key : 1;
    if ((m_count + 1) * 2 > m_keys.size()) {
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<int> values = std::move(m_values);
        const std::size_t size = std::max<std::size_t>(64, keys.size() * 2);
        m_keys.assign(size, 0);
        m_values.assign(size, -1);
        m_mask = size - 1;
        m_count = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != 0)
                insert(keys[i], values[i]);
        }
    }
    std::size_t i = slot(key);
    while (m_keys[i] != 0 && m_keys[i] != key)
        i = (i + 1) & m_mask;
    if (m_keys[i] == 0)
        ++m_count;
    m_keys[i] = key;
    m_values[i] = value;
}

CodePoints::CodePoints(QStringView text)
    : m_text(text)
{
}

qsizetype CodePoints::at(qsizetype utf16) const
{
    if (m_plain < 0) {
        m_plain = 1;
        for (QChar c : m_text) {
            if (c.isSurrogate()) {
                m_plain = 0;
                break;
            }
        }
    }
    return m_plain ? utf16 : codePointOffset(m_text, utf16);
}

} // namespace lectern::textscan
