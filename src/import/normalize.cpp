#include "import/normalize.h"

#include "domain/paperkeys.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace lectern {

namespace {
constexpr int kProvisionalTitleLength = 90;
} // namespace

QString canonicalArxivId(QStringView text)
{
    static const QRegularExpression modern(QStringLiteral(R"((\d{4}\.\d{4,5})(?:v\d+)?)"));
    static const QRegularExpression old(QStringLiteral(R"(([a-z][a-z.-]*/\d{7})(?:v\d+)?)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString s = text.trimmed().toString();
    auto m = modern.match(s);
    if (m.hasMatch())
        return m.captured(1);
    m = old.match(s);
    if (m.hasMatch())
        return m.captured(1).toLower();
    return {};
}

QString canonicalDoi(QStringView text)
{
    static const QRegularExpression doi(QStringLiteral(R"((10\.\d{4,9}/\S+))"));
    const auto m = doi.match(text.trimmed().toString());
    if (!m.hasMatch())
        return {};
    QString value = m.captured(1).toLower();
    while (!value.isEmpty() && QStringLiteral(".,;)]}").contains(value.back()))
        value.chop(1);
    return value;
}

namespace {

// The words of an abstract as abstractWords() folds them, but hashed as they are read, with no string per
// word: comparing candidate abstracts is on the import's hot path. `last` is the last word, folded.
struct WordHashes {
    std::vector<size_t> hashes;
    QString last;
    qsizetype count = 0; // every word, also those past `keep`
};

constexpr auto kAsciiAlnum = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return table;
}();

// Past `keep` words only counts them: an abstract's print needs the hashes of its opening words only.
// ASCII, nearly all of the text, is folded and hashed inline; only the last word becomes a string.
WordHashes hashWords(QStringView text, size_t keep = size_t(-1))
{
    WordHashes result;
    result.hashes.reserve(std::min(keep, size_t(text.size() / 6)));
    size_t hash = 0;
    bool inWord = false;
    bool hashing = false;    // the current word is one of the first `keep`
    qsizetype wordStart = 0; // where the current word began in `text`
    QStringView lastWord;    // the last hashed word, unfolded
    bool lastIsLink = false;
    QString folded; // scratch for non-ASCII characters
    auto endWord = [&](qsizetype end) {
        if (inWord) {
            if (hashing) {
                result.hashes.push_back(hash);
                lastWord = text.sliced(wordStart, end - wordStart);
                lastIsLink = false;
            }
            ++result.count;
        }
        inWord = false;
        hash = 0;
    };
    for (QStringView chunk : SpaceTokens(text)) {
        const qsizetype offset = chunk.data() - text.data();
        if (isLinkToken(chunk)) {
            if (result.hashes.size() < keep)
                result.hashes.push_back(qHash(QStringLiteral("<link>")));
            ++result.count;
            lastIsLink = true;
            continue;
        }
        const char16_t *p = chunk.utf16();
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const char16_t u = p[i];
            const QChar c(u);
            const bool ascii = u < 0x80;
            const bool alnum = ascii ? kAsciiAlnum[u] : c.isLetterOrNumber();
            if (alnum) {
                if (!inWord) {
                    inWord = true;
                    hashing = result.hashes.size() < keep;
                    wordStart = offset + i;
                }
                if (!hashing)
                    continue;
                if (ascii) {
                    hash = hash * 1000003u + (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
                } else {
                    folded.clear();
                    appendFolded(folded, c);
                    for (QChar f : std::as_const(folded))
                        hash = hash * 1000003u + f.unicode();
                }
            } else if (u != u'\'' && u != 0x2019) {
                endWord(offset + i);
            }
        }
        endWord(offset + chunk.size());
    }
    if (lastIsLink) {
        result.last = QStringLiteral("<link>");
    } else {
        for (QChar c : lastWord)
            appendFolded(result.last, c);
    }
    return result;
}

} // namespace

bool abstractsAgree(QStringView a, QStringView b)
{
    WordHashes wordsA = hashWords(a);
    WordHashes wordsB = hashWords(b);
    const WordHashes &shorter = wordsA.hashes.size() <= wordsB.hashes.size() ? wordsA : wordsB;
    const WordHashes &longer = wordsA.hashes.size() <= wordsB.hashes.size() ? wordsB : wordsA;
    if (shorter.hashes.empty())
        return false;
    // A listing may cut the text mid-word, so the shorter text's last word only has to begin a word of the
    // other; that word's text is compared (below), the others by hash.
    const qsizetype n = qsizetype(shorter.hashes.size()) - 1;
    // Word-level edit distance between the shorter text and the best-fitting prefix of the longer one: a copy
    // cut short matches a prefix; a few words changed, inserted (a link added) or dropped are tolerated. Only
    // a band of `allowed` cells either side of the diagonal can stay within the limit, so only it is computed.
    const qsizetype allowed = std::max<qsizetype>(3, n / 20);
    const qsizetype m = std::min<qsizetype>(qsizetype(longer.hashes.size()), n + allowed + 1);
    const qsizetype infinity = allowed + 1;
    std::vector<qsizetype> previous(m + 1, infinity), row(m + 1, infinity);
    for (qsizetype j = 0; j <= std::min(m, allowed); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - allowed);
        const qsizetype to = std::min(m, i + allowed);
        std::fill(row.begin(), row.end(), infinity);
        row[0] = i <= allowed ? i : infinity;
        qsizetype best = row[0];
        for (qsizetype j = from; j <= to; ++j) {
            const qsizetype substitution = previous[j - 1] + (shorter.hashes[i - 1] == longer.hashes[j - 1] ? 0 : 1);
            row[j] = std::min({substitution, previous[j] + 1, row[j - 1] + 1, infinity});
            best = std::min(best, row[j]);
        }
        if (best > allowed)
            return false;
        std::swap(previous, row);
    }
    // Where the shorter text's last word may continue: only the longer text's words that the band reaches.
    const QStringList longerWords = abstractWords(&longer == &wordsB ? b : a);
    qsizetype best = infinity;
    for (qsizetype j = 0; j <= m; ++j) {
        if (previous[j] >= best)
            continue;
        const bool lastFits = j < longerWords.size() && longerWords[j].startsWith(shorter.last);
        best = std::min(best, previous[j] + (lastFits ? 0 : 1));
    }
    return best <= allowed;
}

AbstractPrint abstractPrint(QStringView abstract)
{
    AbstractPrint print;
    print.hasText = !abstract.isEmpty();
    print.hashed = true;
    const WordHashes words = hashWords(abstract, size_t(kAbstractPrintWords));
    print.words = words.count;
    const size_t kept = std::min(words.hashes.size(), size_t(kAbstractPrintWords));
    print.head.reserve(kept);
    for (size_t i = 0; i < kept; ++i)
        print.head.push_back(quint32(words.hashes[i]));
    return print;
}

bool abstractsMayAgree(const AbstractPrint &a, const AbstractPrint &b)
{
    // The same choice of shorter text, band and limits as abstractsAgree(), so its rows can be replayed.
    const AbstractPrint &shorter = a.words <= b.words ? a : b;
    const AbstractPrint &longer = a.words <= b.words ? b : a;
    if (shorter.words == 0)
        return false;
    const qsizetype n = shorter.words - 1;
    const qsizetype allowed = std::max<qsizetype>(3, n / 20);
    const qsizetype m = std::min<qsizetype>(longer.words, n + allowed + 1);
    const qsizetype known = std::min(m, qsizetype(longer.head.size()));
    const qsizetype rows = std::min(n, qsizetype(shorter.head.size()));
    const qsizetype infinity = allowed + 1;
    // Candidates share their opening words (that is why they are candidates). Over a common prefix of length
    // `same` the distance between the first i and the first j words is exactly |i - j|, so the rows before
    // `same - allowed` need no computing: starting there skips most of the work.
    qsizetype same = 0;
    while (same < rows && same < known && shorter.head[size_t(same)] == longer.head[size_t(same)])
        ++same;
    const qsizetype start = std::clamp<qsizetype>(same - allowed, 0, rows);
    std::array<qsizetype, kAbstractPrintWords + 1> previous, row;
    previous.fill(infinity);
    row.fill(infinity);
    for (qsizetype j = std::max<qsizetype>(0, start - allowed); j <= std::min(known, start + allowed); ++j)
        previous[size_t(j)] = std::abs(start - j);
    // Only rows whose band lies within the hashes both prints hold can be computed.
    for (qsizetype i = start + 1; i <= rows && std::min(m, i + allowed) <= known; ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - allowed);
        const qsizetype to = std::min(m, i + allowed);
        row[0] = i <= allowed ? i : infinity;
        row[size_t(from - 1)] = from == 1 ? row[0] : infinity;
        qsizetype best = row[0];
        for (qsizetype j = from; j <= to; ++j) {
            const qsizetype substitution =
                previous[size_t(j - 1)] + (shorter.head[size_t(i - 1)] == longer.head[size_t(j - 1)] ? 0 : 1);
            row[size_t(j)] = std::min({substitution, previous[size_t(j)] + 1, row[size_t(j - 1)] + 1, infinity});
            best = std::min(best, row[size_t(j)]);
        }
        if (to < known)
            row[size_t(to + 1)] = infinity; // the cell the next row reads above its band
        if (best > allowed)
            return false;
        std::swap(previous, row);
    }
    return true;
}

QString provisionalTitle(QStringView abstract)
{
    QString text = abstract.trimmed().toString();
    // The first sentence: up to ". " followed by an upper-case letter, or the end.
    qsizetype end = text.size();
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        if ((text[i] == QLatin1Char('.') || text[i] == QLatin1Char('?') || text[i] == QLatin1Char('!'))
            && text[i + 1] == QLatin1Char(' ') && text[i + 2].isUpper() && i > 20) {
            end = i;
            break;
        }
    }
    text.truncate(end);
    if (text.size() > kProvisionalTitleLength) {
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kProvisionalTitleLength);
        if (cut < kProvisionalTitleLength / 2)
            cut = kProvisionalTitleLength;
        text.truncate(cut);
        while (!text.isEmpty() && QStringLiteral(",;:-").contains(text.back()))
            text.chop(1);
        text.append(QChar(0x2026));
    }
    return text;
}

namespace {

// QString::simplified(), skipped for text that is already simple (most fields of most files): checking is a
// tight loop, simplifying allocates and copies.
void simplify(QString &text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return;
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    auto space = [](char16_t u) { return u < 0x80 ? u == u' ' || (u >= 9 && u <= 13) : QChar::isSpace(u); };
    bool simple = !space(p[0]) && !space(p[n - 1]);
    for (qsizetype i = 1; simple && i < n - 1; ++i) {
        const char16_t u = p[i];
        if (u > 0x20 && u < 0x80) // printable ASCII: nearly every character
            continue;
        if (u == u' ')
            simple = p[i + 1] != u' ';
        else
            simple = !space(u);
    }
    if (!simple)
        text = std::move(text).simplified();
}

void simplifyAll(QStringList &list)
{
    for (QString &item : list)
        simplify(item);
    list.removeAll(QString());
}

} // namespace

void normalizePaper(Paper &paper)
{
    simplify(paper.title);
    simplify(paper.abstract);
    simplify(paper.venue);
    simplify(paper.comment);
    simplify(paper.date);
    simplify(paper.type);
    simplify(paper.volume);
    simplify(paper.issue);
    simplify(paper.pages);
    simplify(paper.publisher);
    simplify(paper.citationKey);
    simplifyAll(paper.authors);
    simplifyAll(paper.editors);
    simplifyAll(paper.tags);
    paper.tags.removeDuplicates();
    // One name per kind of paper, BibTeX's: BibLaTeX and other sources have synonyms for some.
    if (!paper.type.isEmpty()) {
        static const QHash<QString, QString> synonyms = {
            {QStringLiteral("report"), QStringLiteral("techreport")},
            {QStringLiteral("thesis"), QStringLiteral("phdthesis")},
            {QStringLiteral("mvbook"), QStringLiteral("book")},
            {QStringLiteral("conference"), QStringLiteral("inproceedings")},
            {QStringLiteral("electronic"), QStringLiteral("online")},
            {QStringLiteral("www"), QStringLiteral("online")},
        };
        paper.type = paper.type.toLower();
        paper.type = synonyms.value(paper.type, paper.type);
    }
    if (!paper.arxivId.isEmpty())
        paper.arxivId = canonicalArxivId(paper.arxivId);
    if (paper.arxivId.isEmpty() && paper.url.contains(QLatin1String("arxiv.org/")))
        paper.arxivId = canonicalArxivId(paper.url);
    if (!paper.doi.isEmpty())
        paper.doi = canonicalDoi(paper.doi);
    if (!paper.year && !paper.date.isEmpty()) {
        static const QRegularExpression yearInDate(QStringLiteral(R"(\b(1[89]\d\d|20\d\d)\b)"));
        if (const auto m = yearInDate.match(paper.date); m.hasMatch())
            paper.year = m.captured(1).toInt();
    }
    if (paper.title.isEmpty()) {
        paper.title = provisionalTitle(paper.abstract);
        paper.titleIsProvisional = true;
    }
}

} // namespace lectern
