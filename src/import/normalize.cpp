#include "import/normalize.h"

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

// Past `keep` words only counts them: an abstract's print needs the hashes of its opening words only.
WordHashes hashWords(QStringView text, size_t keep = size_t(-1))
{
    WordHashes result;
    result.hashes.reserve(std::min(keep, size_t(text.size() / 6)));
    QString folded; // the current word, folded, only kept for the last word
    size_t hash = 0;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord) {
            if (result.hashes.size() < keep)
                result.hashes.push_back(hash);
            ++result.count;
        }
        inWord = false;
        hash = 0;
    };
    for (QStringView chunk : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (chunk.contains(u"://") || chunk.startsWith(u"www.")) {
            endWord();
            if (result.hashes.size() < keep)
                result.hashes.push_back(qHash(QStringLiteral("<link>")));
            ++result.count;
            folded = QStringLiteral("<link>");
            continue;
        }
        for (QChar c : chunk) {
            if (c.isLetterOrNumber() && result.hashes.size() >= keep) {
                inWord = true;
            } else if (c.isLetterOrNumber()) {
                if (!inWord)
                    folded.clear();
                inWord = true;
                const qsizetype before = folded.size();
                if (c.unicode() < 0x80)
                    folded.append(c.toLower());
                else
                    folded.append(abstractWords(QStringView(&c, 1)).value(0));
                for (qsizetype i = before; i < folded.size(); ++i)
                    hash = hash * 1000003u + folded[i].unicode();
            } else if (c != QLatin1Char('\'') && c != QChar(0x2019)) {
                endWord();
            }
        }
        endWord();
    }
    result.last = folded;
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

void normalizePaper(Paper &paper)
{
    paper.title = paper.title.simplified();
    paper.abstract = paper.abstract.simplified();
    paper.venue = paper.venue.simplified();
    paper.comment = paper.comment.simplified();
    paper.date = paper.date.simplified();
    for (QString &author : paper.authors)
        author = author.simplified();
    paper.authors.removeAll(QString());
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
