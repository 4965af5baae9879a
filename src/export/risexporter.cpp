#include "export/risexporter.h"

#include "domain/personname.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>

namespace lectern {

namespace {

constexpr std::array kMonths = {
    QLatin1String("jan"), QLatin1String("feb"), QLatin1String("mar"), QLatin1String("apr"),
    QLatin1String("may"), QLatin1String("jun"), QLatin1String("jul"), QLatin1String("aug"),
    QLatin1String("sep"), QLatin1String("oct"), QLatin1String("nov"), QLatin1String("dec"),
};

bool isDigitAscii(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigitAscii);
}

// 1..12 for "May", "may", "September", "Sept."; 0 for anything else.
int monthNumber(QStringView word)
{
    if (word.size() < 3)
        return 0;
    const QString lower = word.toString().toLower();
    static const std::array<QLatin1String, 12> full = {
        QLatin1String("january"),   QLatin1String("february"), QLatin1String("march"),    QLatin1String("april"),
        QLatin1String("may"),       QLatin1String("june"),     QLatin1String("july"),     QLatin1String("august"),
        QLatin1String("september"), QLatin1String("october"),  QLatin1String("november"), QLatin1String("december"),
    };
    for (int i = 0; i < 12; ++i) {
        if (lower == kMonths[i] || lower == full[i] || (i == 8 && lower == u"sept"))
            return i + 1;
    }
    return 0;
}

// RIS is one value per line: line breaks (and tabs) inside a value become spaces. Zotero writes a multi-line
// abstract as lines without a tag instead, but a continued line that happens to start like a tag ("ER  - ")
// would be read as one by every reader, some readers drop continued lines, and Lectern stores abstracts with
// their whitespace folded anyway, so nothing is lost.
QString oneLine(QStringView value)
{
    QString line = value.toString();
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85))
            c = u' ';
    }
    return line.trimmed();
}

// RIS names are "Family, Given, Suffix" (the RIS specification's order); organisations are written whole.
QString risName(const QString &name)
{
    if (isOrganisationName(name))
        return name.simplified();
    const PersonName person = splitPersonName(name);
    if (person.literal || (person.given.isEmpty() && person.suffix.isEmpty()))
        return person.family;
    QString text = person.family;
    if (!person.given.isEmpty())
        text += QStringLiteral(", ") + person.given;
    if (!person.suffix.isEmpty())
        text += QStringLiteral(", ") + person.suffix;
    return text;
}

std::optional<int> yearOfDate(QStringView date)
{
    for (QStringView token : date.tokenize(u' ', Qt::SkipEmptyParts)) {
        for (QStringView part : token.split(u'-')) {
            const QStringView t = part.trimmed();
            if (t.size() == 4 && allDigits(t))
                return t.toInt();
        }
    }
    return std::nullopt;
}

} // namespace

QString RisExporter::id() const
{
    return QStringLiteral("ris");
}

QString RisExporter::displayName() const
{
    return QCoreApplication::translate("lectern::RisExporter", "RIS");
}

QString RisExporter::fileSuffix() const
{
    return QStringLiteral("ris");
}

QString RisExporter::highlightingDefinition() const
{
    // KDE Syntax Highlighting has no RIS definition; Lectern's highlighter colours RIS with its own rules.
    return QStringLiteral("RIS");
}

QString RisExporter::risType(const QString &type)
{
    if (type == u"article")
        return QStringLiteral("JOUR");
    // CONF is what Zotero writes for a conference paper; Zotero, EndNote and Mendeley all read it.
    if (type == u"inproceedings" || type == u"conference" || type == u"proceedings")
        return QStringLiteral("CONF");
    if (type == u"book")
        return QStringLiteral("BOOK");
    if (type == u"incollection" || type == u"inbook")
        return QStringLiteral("CHAP");
    if (type == u"phdthesis" || type == u"mastersthesis")
        return QStringLiteral("THES");
    if (type == u"techreport")
        return QStringLiteral("RPRT");
    if (type == u"online")
        return QStringLiteral("ELEC");
    if (type == u"unpublished")
        return QStringLiteral("UNPB");
    return QStringLiteral("GEN");
}

QString RisExporter::risDate(QStringView date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool yearFirst = false;
    QList<int> numbers; // one- and two-digit numbers, in order
    int tokens = 0;
    qsizetype i = 0;
    const qsizetype n = date.size();
    while (i < n) {
        while (i < n && (date[i].isSpace() || date[i] == u',' || date[i] == u'.' || date[i] == u'-' || date[i] == u'/'))
            ++i;
        const qsizetype start = i;
        while (i < n
               && !(date[i].isSpace() || date[i] == u',' || date[i] == u'.' || date[i] == u'-' || date[i] == u'/'))
            ++i;
        if (i == start)
            break;
        const QStringView token = date.sliced(start, i - start);
        ++tokens;
        if (token.size() == 4 && allDigits(token)) {
            if (year != 0)
                return {};
            year = token.toInt();
            yearFirst = tokens == 1;
        } else if (token.size() <= 2 && allDigits(token)) {
            numbers.append(token.toInt());
        } else if (const int m = monthNumber(token); m > 0 && month == 0) {
            month = m;
        } else {
            return {}; // "Spring 2019", "Jul 25 3": not a date this can write faithfully
        }
    }
    if (year == 0)
        return {};
    if (month > 0) {
        if (numbers.size() > 1)
            return {};
        day = numbers.value(0, 0);
    } else if (!numbers.isEmpty()) {
        // Only year-first numeric dates ("2019-05-02", "2019/05/02") are unambiguous.
        if (!yearFirst || numbers.size() > 2)
            return {};
        month = numbers.value(0);
        day = numbers.value(1, 0);
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0))
        return {};
    QString text = QString::number(year) + u'/';
    if (month > 0)
        text += QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
    text += u'/';
    if (day > 0)
        text += QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
    return text + u'/';
}

QString RisExporter::entry(const Paper &paper, qsizetype index) const
{
    Q_UNUSED(index);
    QString out;
    // The RIS specification ends lines with CR LF and Zotero writes them so (its RIS translator: "\r\n" //from
    // spec), as EndNote does; older readers (Reference Manager, early EndNote) insist on it, and readers that
    // split at LF drop the CR with the value's trailing whitespace.
    const auto add = [&out](QLatin1String tag, QStringView value) {
        const QString line = oneLine(value);
        if (line.isEmpty())
            return;
        out += tag + QLatin1String("  - ") + line + QLatin1String("\r\n");
    };

    add(QLatin1String("TY"), risType(paper.type));
    add(QLatin1String("TI"), paper.title);
    for (const QString &author : paper.authors) {
        if (author != u"others") // RIS has no "et al."
            add(QLatin1String("AU"), risName(author));
    }
    // Zotero's mapping: a book's editors are A3 (A2 is its series editor); everything else's are A2.
    const QLatin1String editorTag(paper.type == u"book" ? "A3" : "A2");
    for (const QString &editor : paper.editors) {
        if (editor != u"others")
            add(editorTag, risName(editor));
    }
    add(QLatin1String("T2"), paper.venue);
    const std::optional<int> year = paper.year ? paper.year : yearOfDate(paper.date);
    if (year)
        add(QLatin1String("PY"), QString::number(*year));
    if (!paper.date.trimmed().isEmpty()) {
        const QString date = risDate(paper.date);
        add(QLatin1String("DA"), date.isEmpty() ? paper.date : date); // as given when it is no calendar date
    }
    add(QLatin1String("AB"), paper.abstract);
    for (const QString &tag : paper.tags)
        add(QLatin1String("KW"), tag);
    add(QLatin1String("DO"), paper.doi);
    // RIS has no field for an arXiv identifier: RisParser takes it from an arxiv.org URL (and in any reference
    // manager the link leads to the paper), so the abstract page follows the paper's own URL when that is
    // elsewhere.
    add(QLatin1String("UR"), paper.url);
    if (!paper.arxivId.isEmpty() && !paper.url.contains(QLatin1String("arxiv.org/"), Qt::CaseInsensitive))
        add(QLatin1String("UR"), QString(QStringLiteral("https://arxiv.org/abs/") + paper.arxivId));
    add(QLatin1String("VL"), paper.volume);
    add(QLatin1String("IS"), paper.issue);
    if (!paper.pages.isEmpty()) {
        QStringView start = paper.pages;
        QStringView end;
        for (const QChar dash : {QChar(u'–'), QChar(u'—'), QChar(u'-')}) {
            const qsizetype at = start.indexOf(dash);
            if (at > 0) {
                end = start.sliced(at + 1);
                while (!end.isEmpty() && (end.front() == u'-' || end.front() == u'–'))
                    end = end.sliced(1);
                start = start.first(at);
                break;
            }
        }
        add(QLatin1String("SP"), start);
        add(QLatin1String("EP"), end);
    }
    add(QLatin1String("PB"), paper.publisher);
    if (paper.type == u"mastersthesis")
        add(QLatin1String("M3"), QStringLiteral("Master's thesis"));
    else if (paper.type == u"phdthesis")
        add(QLatin1String("M3"), QStringLiteral("PhD thesis"));
    add(QLatin1String("N1"), paper.comment);
    // ID is optional in RIS: a paper without a citation key (one built by hand) is written without it.
    add(QLatin1String("ID"), paper.citationKey);
    out += QLatin1String("ER  - \r\n\r\n");
    return out;
}

} // namespace lectern
