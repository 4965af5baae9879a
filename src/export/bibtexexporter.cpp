#include "export/bibtexexporter.h"

#include "domain/latex.h"
#include "domain/personname.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

namespace lectern {

namespace {

const char *const kMonthMacros[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

int monthFromWord(QStringView word)
{
    static const char *const full[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (word.compare(QLatin1String(kMonthMacros[i]), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String(full[i]), Qt::CaseInsensitive) == 0
            || (i == 8 && word.compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0))
            return i + 1;
    }
    return 0;
}

// The year, month and day a paper's date names: ISO "2016-03-15" / "2016-03", or listing text such as
// "May 2, 2022", "2 May 2022", "March 2016", "Jul 25" (the year then comes from the paper).
DateParts dateParts(const Paper &paper)
{
    DateParts parts;
    const QStringView date = QStringView(paper.date).trimmed();
    const auto number = [&](qsizetype at, qsizetype length) {
        const QStringView piece = date.sliced(at, length);
        return allDigits(piece) ? piece.toInt() : -1;
    };
    if (date.size() >= 7 && number(0, 4) > 0 && date[4] == u'-' && number(5, 2) >= 1 && number(5, 2) <= 12) {
        parts.year = number(0, 4);
        parts.month = number(5, 2);
        if (date.size() >= 10 && date[7] == u'-' && number(8, 2) >= 1 && number(8, 2) <= 31)
            parts.day = number(8, 2);
    } else {
        for (QStringView word : date.tokenize(u' ', Qt::SkipEmptyParts)) {
            while (!word.isEmpty() && !word.back().isLetterOrNumber())
                word.chop(1);
            if (allDigits(word) && word.size() == 4)
                parts.year = word.toInt();
            else if (allDigits(word) && word.size() <= 2 && word.toInt() >= 1 && word.toInt() <= 31)
                parts.day = word.toInt();
            else if (const int month = monthFromWord(word))
                parts.month = month;
        }
        if (!parts.month)
            parts.day = 0;
    }
    if (paper.year)
        parts.year = parts.year ? parts.year : *paper.year;
    if (!parts.year)
        parts = DateParts();
    return parts;
}

bool isPlainIdentifier(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    });
}

QString bibtexType(const QString &type)
{
    static const char *const standard[] = {"article",      "book",          "booklet",    "conference",    "inbook",
                                           "incollection", "inproceedings", "manual",     "mastersthesis", "misc",
                                           "phdthesis",    "proceedings",   "techreport", "unpublished"};
    for (const char *name : standard) {
        if (type == QLatin1String(name))
            return type;
    }
    static const std::pair<const char *, const char *> nearest[] = {
        {"report", "techreport"},
        {"thesis", "phdthesis"},
        {"mvbook", "book"},
        {"collection", "book"},
        {"mvcollection", "book"},
        {"reference", "book"},
        {"mvreference", "book"},
        {"bookinbook", "inbook"},
        {"inreference", "incollection"},
        {"suppbook", "incollection"},
        {"suppcollection", "incollection"},
        {"mvproceedings", "proceedings"},
    };
    for (const auto &[from, to] : nearest) {
        if (type == QLatin1String(from))
            return QLatin1String(to);
    }
    return QStringLiteral("misc");
}

bool hasAndWord(QStringView name)
{
    for (QStringView word : name.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Line breaks end a .bib line in the middle of a value, which is legal but makes a line that starts with '@'
// possible; BibTeX reads any whitespace run as one space anyway.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return out;
}

QString verbatim(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == u'{')
            out.append(QLatin1String("%7B"));
        else if (c == u'}')
            out.append(QLatin1String("%7D"));
        else
            out.append(c);
    }
    return out;
}

// ASCII letters and digits of `text`, lower case, accents dropped: for made-up citation keys.
QString keyPart(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            out.append(lower);
    }
    return out;
}

QString citationKey(const Paper &paper, qsizetype index)
{
    if (!paper.citationKey.isEmpty()) {
        QString key = paper.citationKey;
        for (QChar &c : key) {
            if (c.isSpace() || QStringView(u",{}=\"#%'\\~").contains(c))
                c = u'_';
        }
        return key;
    }
    QString key;
    if (!paper.authors.isEmpty())
        key = keyPart(splitPersonName(paper.authors.first()).family);
    if (paper.year)
        key += QString::number(*paper.year);
    static const QStringList minor = {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"),
                                      QStringLiteral("on"), QStringLiteral("of")};
    for (QStringView word : QStringView(paper.title).tokenize(u' ', Qt::SkipEmptyParts)) {
        const QString part = keyPart(word.toString());
        if (!part.isEmpty() && !minor.contains(part)) {
            key += part;
            break;
        }
    }
    if (key.isEmpty())
        return QStringLiteral("paper%1").arg(index + 1);
    if (key.front().isDigit()) // no author: "paper2016deep" rather than a key that reads as a number
        key.prepend(QLatin1String("paper"));
    return key;
}

} // namespace

BibtexExporter::BibtexExporter(Dialect dialect)
    : m_dialect(dialect)
{
}

QString BibtexExporter::id() const
{
    return m_dialect == Dialect::BibTeX ? QStringLiteral("bibtex") : QStringLiteral("biblatex");
}

QString BibtexExporter::displayName() const
{
    return m_dialect == Dialect::BibTeX ? QCoreApplication::translate("lectern::BibtexExporter", "BibTeX")
                                        : QCoreApplication::translate("lectern::BibtexExporter", "BibLaTeX");
}

QString BibtexExporter::fileSuffix() const
{
    return QStringLiteral("bib");
}

QString BibtexExporter::highlightingDefinition() const
{
    return QStringLiteral("BibTeX");
}

QString BibtexExporter::entry(const Paper &paper, qsizetype index) const
{
    const bool biblatex = m_dialect == Dialect::BibLaTeX;
    const LatexMode mode = biblatex ? LatexMode::Unicode : LatexMode::Ascii;
    const auto latex = [mode](const QString &text) { return unicodeToLatex(oneLine(text), mode); };

    const auto nameList = [&](const QStringList &names) {
        QStringList written;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString name = oneLine(names[i]).simplified();
            if (name.isEmpty())
                continue;
            if (name == QLatin1String("others") && i == names.size() - 1) {
                written.append(name);
                continue;
            }
            const PersonName parts = splitPersonName(name);
            if (parts.literal || isOrganisationName(name) || name.contains(u',') || hasAndWord(name)) {
                written.append(u'{' + latex(name) + u'}');
                continue;
            }
            QString inverted = latex(parts.family);
            if (!parts.suffix.isEmpty())
                inverted += QStringLiteral(", ") + latex(parts.suffix);
            if (!parts.given.isEmpty())
                inverted += QStringLiteral(", ") + latex(parts.given);
            written.append(inverted);
        }
        return written.join(QLatin1String(" and "));
    };

    // Words with a capital after their first letter keep their case: wrapped in braces, as Zotero does.
    const auto title = [&](const QString &text) {
        const QString line = oneLine(text);
        QString out;
        qsizetype plainStart = 0;
        qsizetype i = 0;
        const auto isBreak = [](QChar c) {
            return c.isSpace() || c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == u'/';
        };
        while (i < line.size()) {
            if (isBreak(line[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < line.size() && !isBreak(line[end]))
                ++end;
            // The word without the punctuation around it: "{QLoRA}:", "({BERT})".
            qsizetype wordStart = i;
            qsizetype wordEnd = end;
            while (wordStart < wordEnd && !line[wordStart].isLetterOrNumber())
                ++wordStart;
            while (wordEnd > wordStart && !line[wordEnd - 1].isLetterOrNumber())
                --wordEnd;
            bool innerCapital = false;
            for (qsizetype j = wordStart + 1; j < wordEnd && !innerCapital; ++j)
                innerCapital = line[j].isUpper();
            if (innerCapital) {
                out += unicodeToLatex(QStringView(line).sliced(plainStart, wordStart - plainStart), mode);
                out += u'{' + unicodeToLatex(QStringView(line).sliced(wordStart, wordEnd - wordStart), mode) + u'}';
                plainStart = wordEnd;
            }
            i = end;
        }
        out += unicodeToLatex(QStringView(line).sliced(plainStart), mode);
        return out;
    };

    QString type = paper.type.toLower();
    if (!isPlainIdentifier(type))
        type.clear();
    if (type.isEmpty()) {
        type = biblatex && paper.venue.isEmpty() && (!paper.arxivId.isEmpty() || !paper.url.isEmpty())
                   ? QStringLiteral("online")
                   : QStringLiteral("misc");
    } else if (!biblatex) {
        type = bibtexType(type);
    }

    // name, value, braced
    std::vector<std::tuple<QString, QString, bool>> fields;
    const auto add = [&fields](const char *name, const QString &value, bool braced = true) {
        if (!value.isEmpty())
            fields.emplace_back(QLatin1String(name), value, braced);
    };

    add("author", nameList(paper.authors));
    add("editor", nameList(paper.editors));
    add("title", title(paper.title));

    const char *venueField = "howpublished";
    if (type == QLatin1String("article") || type == QLatin1String("periodical"))
        venueField = biblatex ? "journaltitle" : "journal";
    else if (type == QLatin1String("inproceedings") || type == QLatin1String("incollection")
             || type == QLatin1String("inbook") || type == QLatin1String("conference")
             || type == QLatin1String("inreference") || type == QLatin1String("bookinbook"))
        venueField = "booktitle";
    add(venueField, latex(paper.venue));

    DateParts date = dateParts(paper);
    const int year = paper.year.value_or(date.year);
    // A date in another year than the paper's (an arXiv version dated before the proceedings) would move the
    // paper to that year: the year wins, and the month and day of the other year are left out.
    if (date.year != year)
        date = DateParts{year, 0, 0};
    if (biblatex && date.month) {
        QString iso =
            QStringLiteral("%1-%2").arg(date.year, 4, 10, QLatin1Char('0')).arg(date.month, 2, 10, QLatin1Char('0'));
        if (date.day)
            iso += QStringLiteral("-%1").arg(date.day, 2, 10, QLatin1Char('0'));
        add("date", iso);
    } else if (year) {
        add("year", QString::number(year));
    }
    if (!biblatex && date.month)
        add("month", QLatin1String(kMonthMacros[date.month - 1]), false);

    add("volume", latex(paper.volume));
    add("number", latex(paper.issue));
    if (!paper.pages.isEmpty()) {
        QStringList ranges;
        for (QStringView part : QStringView(paper.pages).split(QChar(0x2013)))
            ranges.append(unicodeToLatex(oneLine(part.toString()), mode));
        add("pages", ranges.join(QLatin1String("--")));
    }
    const char *publisherField = "publisher";
    if (type == QLatin1String("techreport") || type == QLatin1String("report"))
        publisherField = "institution";
    else if (type == QLatin1String("phdthesis") || type == QLatin1String("mastersthesis")
             || type == QLatin1String("thesis"))
        publisherField = biblatex ? "institution" : "school";
    add(publisherField, latex(paper.publisher));
    add("doi", verbatim(paper.doi));
    if (!paper.arxivId.isEmpty()) {
        add("eprint", verbatim(paper.arxivId));
        if (biblatex)
            add("eprinttype", QStringLiteral("arxiv"));
        else
            add("archivePrefix", QStringLiteral("arXiv"));
    }
    add("url", verbatim(paper.url));
    QStringList tags;
    for (const QString &tag : paper.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(latex(tag.trimmed()));
    }
    add("keywords", tags.join(QLatin1String(", ")));
    add("abstract", latex(paper.abstract));
    add("note", latex(paper.comment));

    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, std::get<0>(field).size());
    QString out = u'@' + type + u'{' + citationKey(paper, index);
    for (const auto &[name, value, braced] : fields) {
        out += QStringLiteral(",\n  ") + name.leftJustified(width) + QStringLiteral(" = ");
        out += braced ? u'{' + value + u'}' : value;
    }
    out += QStringLiteral("\n}\n\n");
    return out;
}

} // namespace lectern
