#include "import/normalize.h"

#include <QRegularExpression>

#include <algorithm>

namespace lectern {

namespace {

constexpr int kAbstractKeyWords = 12;
constexpr int kProvisionalTitleLength = 90;

// Lower-case letters and digits only, diacritics removed; other characters split words when `split` is set.
void appendFolded(QString &out, QChar c)
{
    if (c.isLetterOrNumber()) {
        if (c.unicode() < 0x80) {
            out.append(c.toLower());
            return;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (QChar d : decomposed) {
            if (d.isLetterOrNumber())
                out.append(d.toLower());
        }
    }
}

const QString kMonths[] = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                           QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                           QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};

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

QString titleKey(QStringView title)
{
    QString key;
    key.reserve(title.size());
    for (QChar c : title)
        appendFolded(key, c);
    return key;
}

QStringList abstractWords(QStringView abstract)
{
    QStringList words;
    QString current;
    // A link counts as one word, whatever its length: a listing that adds "Code: https://…" adds one word.
    for (QStringView chunk : abstract.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (chunk.contains(u"://") || chunk.startsWith(u"www.")) {
            words.append(QStringLiteral("<link>"));
            continue;
        }
        for (QChar c : chunk) {
            if (c.isLetterOrNumber()) {
                appendFolded(current, c);
            } else if (!current.isEmpty() && c != QLatin1Char('\'') && c != QChar(0x2019)) {
                words.append(current);
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    return words;
}

QString abstractKey(QStringView abstract)
{
    const QStringList words = abstractWords(abstract.left(600));
    if (words.size() < kAbstractKeyWords + 1) // +1: the last word of a cut-short copy may be incomplete
        return {};
    return words.mid(0, kAbstractKeyWords).join(QLatin1Char(' '));
}

bool abstractsAgree(QStringView a, QStringView b)
{
    QStringList shorter = abstractWords(a);
    QStringList longer = abstractWords(b);
    if (shorter.size() > longer.size())
        std::swap(shorter, longer);
    if (shorter.isEmpty())
        return false;
    // A listing may cut the text mid-word, so the shorter text's last word only has to begin a word of the other.
    const QString last = shorter.takeLast();
    // Word-level edit distance between the shorter text and the best-fitting prefix of the longer one: a copy
    // cut short matches a prefix; a few words changed, inserted (a link added) or dropped are tolerated.
    const qsizetype n = shorter.size();
    const qsizetype allowed = std::max<qsizetype>(3, n / 20);
    const qsizetype m = std::min<qsizetype>(longer.size(), n + allowed + 1);
    std::vector<qsizetype> previous(m + 1), row(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        row[0] = i;
        qsizetype best = row[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype substitution = previous[j - 1] + (shorter[i - 1] == longer[j - 1] ? 0 : 1);
            row[j] = std::min({substitution, previous[j] + 1, row[j - 1] + 1});
            best = std::min(best, row[j]);
        }
        if (best > allowed)
            return false;
        std::swap(previous, row);
    }
    qsizetype best = allowed + 1;
    for (qsizetype j = 0; j <= m; ++j) {
        const bool lastFits = j < longer.size() && longer[j].startsWith(last);
        best = std::min(best, previous[j] + (lastFits ? 0 : 1));
    }
    return best <= allowed;
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

int sortDate(const std::optional<int> &year, const QString &date)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?)"));
    static const QRegularExpression textual(QStringLiteral(R"(^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})?(?:,?\s*(\d{4}))?)"));
    int y = year.value_or(0);
    int month = 0;
    int day = 0;
    const QString d = date.trimmed();
    if (auto m = iso.match(d); m.hasMatch()) {
        y = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (auto t = textual.match(d); t.hasMatch()) {
        const QString mon = t.captured(1).toLower();
        for (int i = 0; i < 12; ++i) {
            if (kMonths[i] == mon)
                month = i + 1;
        }
        day = t.captured(2).toInt();
        if (!t.captured(3).isEmpty())
            y = t.captured(3).toInt();
    }
    if (y == 0)
        return 0; // without a year a month and day cannot be placed in time
    return y * 10000 + month * 100 + day;
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
