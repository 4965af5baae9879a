#include "domain/paperkeys.h"

#include <QRegularExpression>
#include <QVarLengthArray>

namespace lectern {

namespace {

// Enough words that unrelated abstracts opening with the same stock sentence ("Large language models have
// achieved remarkable success…") rarely share a key, few enough that a listing's cut-short copy (about 200
// characters) still has them all.
constexpr int kAbstractKeyWords = 20;

// The folded form of a non-ASCII letter or digit: decomposed, diacritics and other marks dropped, lower case.
template <typename Out>
void appendFoldedNonAscii(Out &out, QChar c)
{
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (QChar d : decomposed) {
        if (d.isLetterOrNumber())
            out.append(d.toLower().unicode());
    }
}

inline bool isAsciiAlnum(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

inline char16_t asciiLower(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
}

const QString kMonths[] = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                           QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                           QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};

template <qsizetype N>
void foldLetterOrDigit(QVarLengthArray<char16_t, N> &out, QChar c)
{
    if (c.unicode() < 0x80)
        out.append(asciiLower(c.unicode()));
    else
        appendFoldedNonAscii(out, c);
}

} // namespace

void appendFolded(QString &out, QChar c)
{
    if (c.unicode() < 0x80) {
        if (isAsciiAlnum(c.unicode()))
            out.append(QChar(asciiLower(c.unicode())));
        return;
    }
    if (c.isLetterOrNumber()) {
        QVarLengthArray<char16_t, 8> folded;
        appendFoldedNonAscii(folded, c);
        out.append(reinterpret_cast<const QChar *>(folded.constData()), folded.size());
    }
}

QString titleKey(QStringView title)
{
    QVarLengthArray<char16_t, 256> key;
    for (QChar c : title) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? isAsciiAlnum(u) : c.isLetterOrNumber())
            foldLetterOrDigit(key, c);
    }
    return QString(reinterpret_cast<const QChar *>(key.constData()), key.size());
}

QStringList abstractWords(QStringView abstract, qsizetype limit)
{
    QStringList words;
    // Built in a stack buffer: a QString::append per character was most of an import's dry run.
    QVarLengthArray<char16_t, 64> current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            words.append(QString(reinterpret_cast<const QChar *>(current.constData()), current.size()));
            current.clear();
        }
    };
    // A link counts as one word, whatever its length: a listing that adds "Code: https://…" adds one word.
    for (QStringView chunk : SpaceTokens(abstract)) {
        if (words.size() >= limit)
            break;
        if (isLinkToken(chunk)) {
            words.append(QStringLiteral("<link>"));
            continue;
        }
        for (QChar c : chunk) {
            const char16_t u = c.unicode();
            if (u < 0x80 ? isAsciiAlnum(u) : c.isLetterOrNumber())
                foldLetterOrDigit(current, c);
            else if (u != u'\'' && u != 0x2019)
                flush();
        }
        flush();
    }
    if (words.size() > limit)
        words.resize(limit);
    return words;
}

QString abstractKey(QStringView abstract)
{
    const QStringList words = abstractWords(abstract.left(600), kAbstractKeyWords + 1);
    if (words.size() < kAbstractKeyWords + 1) // +1: the last word of a cut-short copy may be incomplete
        return {};
    return words.mid(0, kAbstractKeyWords).join(QLatin1Char(' '));
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

void collectFullTextTerms(QStringView text, QSet<QString> &terms)
{
    QVarLengthArray<char16_t, 64> term;
    auto flush = [&] {
        if (!term.isEmpty()) {
            terms.insert(QString(reinterpret_cast<const QChar *>(term.constData()), term.size()));
            term.clear();
        }
    };
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? isAsciiAlnum(u) : c.isLetterOrNumber())
            foldLetterOrDigit(term, c);
        else
            flush();
    }
    flush();
}

PaperKeys paperKeys(const Paper &paper)
{
    // A provisional title is made from the abstract and never identifies a paper.
    return {paper.titleIsProvisional ? QString() : titleKey(paper.title), abstractKey(paper.abstract)};
}

} // namespace lectern
