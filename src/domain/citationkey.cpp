#include "domain/citationkey.h"

#include "domain/personname.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace lectern {

namespace {

const QSet<QString> &functionWords()
{
    static const QSet<QString> words = {
        QStringLiteral("a"),    QStringLiteral("an"),  QStringLiteral("the"),  QStringLiteral("of"),
        QStringLiteral("on"),   QStringLiteral("in"),  QStringLiteral("at"),   QStringLiteral("to"),
        QStringLiteral("for"),  QStringLiteral("and"), QStringLiteral("or"),   QStringLiteral("with"),
        QStringLiteral("by"),   QStringLiteral("via"), QStringLiteral("from"), QStringLiteral("is"),
        QStringLiteral("are"),  QStringLiteral("as"),  QStringLiteral("its"),  QStringLiteral("into"),
        QStringLiteral("over"), QStringLiteral("up"),  QStringLiteral("but"),  QStringLiteral("not")};
    return words;
}

// ASCII letters and digits of `text`, diacritics removed: "García" → "Garcia", "Łukasz" → "Lukasz".
QString asciiWord(QStringView text)
{
    QString result;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        if (c.unicode() < 128) {
            if (c.isLetterOrNumber())
                result.append(c);
            continue;
        }
        // Letters that have no decomposition but an obvious ASCII reading.
        switch (c.unicode()) {
        case 0x0141:
            result.append(QLatin1Char('L'));
            break; // Ł
        case 0x0142:
            result.append(QLatin1Char('l'));
            break; // ł
        case 0x00D8:
            result.append(QLatin1Char('O'));
            break; // Ø
        case 0x00F8:
            result.append(QLatin1Char('o'));
            break; // ø
        case 0x00DF:
            result.append(QLatin1String("ss"));
            break;
        case 0x00C6:
            result.append(QLatin1String("AE"));
            break;
        case 0x00E6:
            result.append(QLatin1String("ae"));
            break;
        case 0x0152:
            result.append(QLatin1String("OE"));
            break;
        case 0x0153:
            result.append(QLatin1String("oe"));
            break;
        case 0x0110:
            result.append(QLatin1Char('D'));
            break; // Đ
        case 0x0111:
            result.append(QLatin1Char('d'));
            break;
        default:
            break; // combining marks and scripts without an ASCII reading
        }
    }
    return result;
}

QStringList titleWords(const QString &title)
{
    QStringList words;
    QString current;
    for (QChar c : title) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (c != QLatin1Char('\'') && c != QChar(0x2019)) {
            if (!current.isEmpty())
                words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString capitalised(const QString &word)
{
    const QString ascii = asciiWord(word);
    return ascii.isEmpty() ? ascii : ascii.left(1).toUpper() + ascii.mid(1);
}

QString significantTitle(const Paper &paper, int count)
{
    QString result;
    int taken = 0;
    for (const QString &word : titleWords(paper.title)) {
        if (taken == count)
            break;
        if (functionWords().contains(word.toLower()))
            continue;
        const QString part = capitalised(word);
        if (part.isEmpty())
            continue;
        result += part;
        ++taken;
    }
    return result;
}

QString familyOf(const QString &author)
{
    const PersonName name = splitPersonName(author);
    // "van Beethoven" → "VanBeethoven" would surprise; JabRef keys use the family name without particles.
    QStringList parts = name.family.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (parts.size() > 1 && parts.first().front().isLower())
        parts.removeFirst();
    QString result;
    for (const QString &part : std::as_const(parts))
        result += name.literal ? capitalised(part) : asciiWord(part);
    return result;
}

QStringList namedAuthors(const Paper &paper)
{
    QStringList authors = paper.authors;
    if (!authors.isEmpty() && authors.last() == QLatin1String("others"))
        authors.removeLast();
    return authors;
}

// The value of one bracketed field, or nullopt when the field is unknown.
std::optional<QString> fieldValue(const Paper &paper, QStringView field)
{
    if (field == u"auth") {
        const QStringList authors = namedAuthors(paper);
        if (!authors.isEmpty())
            return familyOf(authors.first());
        Paper venue;
        venue.title = paper.venue;
        const QString venueWord = significantTitle(venue, 1);
        return venueWord.isEmpty() ? QStringLiteral("Anon") : venueWord;
    }
    if (field == u"authors") {
        const QStringList authors = namedAuthors(paper);
        if (authors.isEmpty())
            return QStringLiteral("Anon");
        if (authors.size() > 2 || paper.authors.size() != authors.size())
            return familyOf(authors.first()) + QStringLiteral("EtAl");
        QString result;
        for (const QString &author : authors)
            result += familyOf(author);
        return result;
    }
    if (field == u"year")
        return paper.year ? QString::number(*paper.year) : QString();
    if (field == u"shorttitle")
        return significantTitle(paper, 3);
    if (field == u"veryshorttitle")
        return significantTitle(paper, 1);
    if (field == u"title")
        return significantTitle(paper, 1000);
    if (field == u"firstpage") {
        QString first;
        for (QChar c : paper.pages) {
            if (!c.isLetterOrNumber())
                break;
            first.append(c);
        }
        return asciiWord(first);
    }
    return std::nullopt;
}

struct Field {
    QStringView name;
    QStringView modifier; // "", "lower" or "upper"
};

Field splitField(QStringView inside)
{
    const qsizetype dot = inside.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {inside, {}};
    return {inside.left(dot), inside.mid(dot + 1)};
}

bool keyCharacter(QChar c)
{
    return c.unicode() < 128
           && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':')
               || c == QLatin1Char('.'));
}

} // namespace

QString citationKeyPatternError(QStringView pattern)
{
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (pattern[i] != QLatin1Char('[')) {
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char(']'), i);
        if (close < 0)
            return QCoreApplication::translate("lectern::CitationKey", "unclosed '[' at position %1").arg(i + 1);
        const Field field = splitField(pattern.mid(i + 1, close - i - 1));
        if (!fieldValue(Paper{}, field.name))
            return QCoreApplication::translate("lectern::CitationKey", "unknown field [%1]").arg(field.name);
        if (!field.modifier.isEmpty() && field.modifier != u"lower" && field.modifier != u"upper")
            return QCoreApplication::translate("lectern::CitationKey", "unknown modifier .%1").arg(field.modifier);
        i = close + 1;
    }
    return {};
}

QString citationKeyBase(const Paper &paper, QStringView pattern)
{
    QString key;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('[')) {
            const qsizetype close = pattern.indexOf(QLatin1Char(']'), i);
            if (close > i) {
                const Field field = splitField(pattern.mid(i + 1, close - i - 1));
                QString value = fieldValue(paper, field.name).value_or(QString());
                if (field.modifier == u"lower")
                    value = value.toLower();
                else if (field.modifier == u"upper")
                    value = value.toUpper();
                key += value;
                i = close + 1;
                continue;
            }
        }
        if (keyCharacter(c))
            key.append(c);
        ++i;
    }
    return key.isEmpty() ? QStringLiteral("paper") : key;
}

bool isUsableCitationKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (QChar c : key) {
        if (c.isSpace() || QStringView(u",{}()\"#%'=\\~").contains(c))
            return false;
    }
    return true;
}

QString citationKeySuffix(int n)
{
    QString suffix;
    ++n;
    while (n > 0) {
        --n;
        suffix.prepend(QChar(u'a' + n % 26));
        n /= 26;
    }
    return suffix;
}

} // namespace lectern
