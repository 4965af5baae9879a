#include "domain/paperkeys.h"

#include <QRegularExpression>

namespace lectern {

namespace {

// Enough words that unrelated abstracts opening with the same stock sentence ("Large language models have
// achieved remarkable success…") rarely share a key, few enough that a listing's cut-short copy (about 200
// characters) still has them all.
constexpr int kAbstractKeyWords = 20;

// Appends `c` lower-cased without diacritics when it is a letter or digit; drops anything else.
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
    QString term;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            appendFolded(term, c);
        } else if (!term.isEmpty()) {
            terms.insert(term);
            term.clear();
        }
    }
    if (!term.isEmpty())
        terms.insert(term);
}

PaperKeys paperKeys(const Paper &paper)
{
    // A provisional title is made from the abstract and never identifies a paper.
    return {paper.titleIsProvisional ? QString() : titleKey(paper.title), abstractKey(paper.abstract)};
}

} // namespace lectern
