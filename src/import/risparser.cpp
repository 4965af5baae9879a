#include "import/risparser.h"

#include "domain/personname.h"
#include "import/bibliographiclines.h"
#include "import/listinglines.h"
#include "import/normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace lectern {

namespace {

constexpr quint32 tagCode(char a, char b)
{
    return (quint32(uchar(a)) << 16) | quint32(uchar(b));
}

quint32 tagCode(QStringView tag)
{
    return (quint32(tag[0].unicode()) << 16) | quint32(tag[1].unicode());
}

// Tags seen in the exports of Zotero, EndNote, Mendeley, RefWorks, Scopus, Web of Science, Embase, ProQuest,
// JSTOR and Citavi. Only needed for the lenient "XX - " form (one space): there a line of prose that happens to
// start with two capitals ("UK - based studies…") must not end the abstract it continues.
constexpr std::array kKnownTags = {
    "TY", "ER", "TI", "T1", "T2", "T3", "CT", "BT", "AU", "A1", "A2", "A3", "A4", "ED", "PY", "Y1", "Y2", "DA",
    "AB", "N1", "N2", "KW", "DE", "DO", "UR", "L1", "L2", "L3", "L4", "LK", "VL", "IS", "SP", "EP", "PB", "CY",
    "SN", "JF", "JO", "JA", "J1", "J2", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "M1", "M2", "M3", "ID",
    "LB", "AD", "AN", "CN", "DB", "DP", "ET", "LA", "NV", "OP", "RI", "RN", "RP", "SE", "ST", "TA", "TT", "U1",
    "U2", "U3", "U4", "U5", "CA", "CR", "AV", "H1", "H2", "SV", "WT", "WV", "CP", "CL", "PP", "RT", "PU"};

bool isKnownTag(QStringView tag)
{
    return std::any_of(kKnownTags.begin(), kKnownTags.end(), [tag](const char *known) {
        return tag[0] == QLatin1Char(known[0]) && tag[1] == QLatin1Char(known[1]);
    });
}

bool isUpperAscii(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isDigitAscii(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

struct TagLine {
    QStringView tag;   // two characters
    QStringView value; // trimmed
};

// "TY  - JOUR", "ER  -", "TY - JOUR" (one space, known tags only), with trailing spaces; a U+FEFF left at the
// start of the line (a second file's byte-order mark after concatenation) is skipped.
bool readTagLine(QStringView line, TagLine *out)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == QChar(0xFEFF))
        ++i;
    if (line.size() - i < 4 || !isUpperAscii(line[i]) || !(isUpperAscii(line[i + 1]) || isDigitAscii(line[i + 1])))
        return false;
    qsizetype p = i + 2;
    int spaces = 0;
    while (p < line.size() && line[p] == u' ' && spaces < 3) {
        ++p;
        ++spaces;
    }
    if (spaces < 1 || spaces > 2 || p >= line.size() || line[p] != u'-')
        return false;
    ++p;
    if (p < line.size() && line[p] != u' ' && line[p] != u'\t')
        return false;
    const QStringView tag = line.sliced(i, 2);
    if (spaces == 1 && !isKnownTag(tag))
        return false;
    out->tag = tag;
    out->value = line.sliced(p).trimmed();
    return true;
}

struct Field {
    quint32 tag = 0;
    QStringView name; // the tag as written, for messages
    QString value;
    int line = 0;
    bool cut = false;
};

struct PendingRecord {
    bool active = false;
    bool closed = false; // an "ER" line ended it
    int line = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QList<Field> fields;
};

QString message(int line, const QString &text)
{
    return QStringLiteral("line %1: ").arg(line) + text;
}

// Multi-line values keep their line breaks where they are paragraphs or lists (normalization folds them later);
// elsewhere a wrapped line is one value.
QChar continuationSeparator(quint32 tag)
{
    switch (tag) {
    case tagCode('A', 'B'):
    case tagCode('N', '2'):
    case tagCode('N', '1'):
    case tagCode('K', 'W'):
    case tagCode('D', 'E'):
        return u'\n';
    default:
        return u' ';
    }
}

QString typeFromRis(QStringView ty, QStringView m3)
{
    const QString code = ty.trimmed().toString().toUpper();
    if (code == u"JOUR" || code == u"JFULL" || code == u"MGZN" || code == u"EJOUR" || code == u"ABST"
        || code == u"INPR")
        return QStringLiteral("article");
    if (code == u"CONF" || code == u"CPAPER")
        return QStringLiteral("inproceedings");
    if (code == u"BOOK" || code == u"EBOOK" || code == u"EDBOOK")
        return QStringLiteral("book");
    if (code == u"CHAP" || code == u"ECHAP")
        return QStringLiteral("incollection");
    if (code == u"THES") {
        // The thesis type: "Master's thesis" (Zotero), "M.S.", "M.A.Sc." (ProQuest), "Ph.D. Thesis" (EndNote).
        const QStringView kind = m3.trimmed();
        const bool master = kind.contains(QLatin1String("master"), Qt::CaseInsensitive)
                            || kind.startsWith(QLatin1String("M."), Qt::CaseInsensitive)
                            || kind.compare(QLatin1String("MS"), Qt::CaseInsensitive) == 0
                            || kind.compare(QLatin1String("MSc"), Qt::CaseInsensitive) == 0;
        return master ? QStringLiteral("mastersthesis") : QStringLiteral("phdthesis");
    }
    if (code == u"RPRT")
        return QStringLiteral("techreport");
    if (code == u"ELEC" || code == u"WEB" || code == u"BLOG")
        return QStringLiteral("online");
    if (code == u"UNPB" || code == u"UNPD")
        return QStringLiteral("unpublished");
    if (code.isEmpty())
        return {};
    return QStringLiteral("misc");
}

// The first four-digit number of a date value: "2019///", "2019/05/02/", "Mar 2020".
std::optional<int> yearIn(QStringView text)
{
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        if (!isDigitAscii(text[i]) || (i > 0 && isDigitAscii(text[i - 1])))
            continue;
        qsizetype j = i;
        while (j < text.size() && isDigitAscii(text[j]))
            ++j;
        if (j - i == 4)
            return text.sliced(i, 4).toInt();
        i = j;
    }
    return std::nullopt;
}

// Zotero exports its notes as HTML ("<div data-schema-version="8"><p>Comment: 15 pages</p></div>"); Lectern
// shows comments as plain text, so the markup goes. Text that merely contains "<" is left alone.
QString plainNote(const QString &value)
{
    static const QRegularExpression markup(QStringLiteral(R"(<(?:p|div|br|span|h\d)\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!value.contains(markup))
        return value;
    static const QRegularExpression breaks(QStringLiteral(R"(<br\s*/?>|</(?:p|div|h\d)>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]*>)"));
    QString text = value;
    text.replace(breaks, QStringLiteral(" "));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

// RIS ID and LB hold a citation key when JabRef or Mendeley wrote them, but a record number (EndNote) or an
// accession number (Embase) elsewhere: only key-shaped values count.
bool looksLikeCitationKey(QStringView value)
{
    if (value.isEmpty() || value.size() > 128)
        return false;
    bool letter = false;
    for (QChar c : value) {
        if (c.isSpace())
            return false;
        if (c.isLetter())
            letter = true;
    }
    return letter;
}

QString firstWord(QStringView value)
{
    const QStringView t = value.trimmed();
    qsizetype end = 0;
    while (end < t.size() && !t[end].isSpace())
        ++end;
    return t.first(end).toString();
}

bool isDoiResolver(QStringView url)
{
    return url.contains(QLatin1String("doi.org/"), Qt::CaseInsensitive);
}

// "SP 476" + "EP 481", or EndNote's whole range in SP ("476-481"), as "476–481".
QString pageRange(QStringView start, QStringView end)
{
    QStringView sp = start.trimmed();
    QStringView ep = end.trimmed();
    if (ep.isEmpty()) {
        for (const QChar dash : {QChar(u'–'), QChar(u'—'), QChar(u'-')}) {
            const qsizetype at = sp.indexOf(dash);
            if (at > 0) {
                ep = sp.sliced(at + 1);
                while (!ep.isEmpty() && (ep.front() == u'-' || ep.front() == u'–'))
                    ep = ep.sliced(1);
                ep = ep.trimmed();
                sp = sp.first(at).trimmed();
                break;
            }
        }
    }
    if (sp.isEmpty())
        return ep.toString();
    if (ep.isEmpty() || ep == sp)
        return sp.toString();
    return sp.toString() + u'–' + ep.toString();
}

bool isNameSuffix(QStringView word)
{
    const QString w = word.trimmed().toString().toLower();
    return w == u"jr" || w == u"jr." || w == u"sr" || w == u"sr." || w == u"ii" || w == u"iii" || w == u"iv";
}

// "W.J.", "S.", "J.-L." with dots; "WJ", "S" without them (only when `withoutDots`).
bool isInitials(QStringView word, bool withoutDots)
{
    int letters = 0;
    bool dot = false;
    for (QChar c : word) {
        if (c.isUpper())
            ++letters;
        else if (c == u'.')
            dot = true;
        else if (c != u'-')
            return false;
    }
    return letters >= 1 && letters <= 4 && (dot || withoutDots);
}

// "W.J." → "W. J.", "WJ" → "W. J.", "J.-L." → "J.-L."
QString spelledInitials(QStringView word)
{
    QString given;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c == u'.')
            continue;
        if (c == u'-') {
            given += u'-';
            continue;
        }
        if (!given.isEmpty() && !given.endsWith(u'-'))
            given += u' ';
        given += c;
        given += u'.';
    }
    return given;
}

} // namespace

QString RisParser::personDisplayName(QStringView name, bool initialsForm)
{
    const QString trimmed = name.trimmed().toString().simplified();
    if (trimmed.isEmpty())
        return {};
    const qsizetype comma = trimmed.indexOf(u',');
    if (comma >= 0) {
        if (isOrganisationName(QStringView(trimmed).first(comma)))
            return trimmed;
        // The common case, "Family, Given", without the general splitting below (a large file has a million).
        if (trimmed.indexOf(u',', comma + 1) < 0) {
            const QStringView family = QStringView(trimmed).first(comma).trimmed();
            const QStringView given = QStringView(trimmed).sliced(comma + 1).trimmed();
            if (!given.isEmpty() && !family.isEmpty() && !isNameSuffix(given))
                return given.toString() + u' ' + family;
        }
        QStringList parts = trimmed.split(u',');
        for (QString &part : parts)
            part = part.trimmed();
        parts.removeAll(QString());
        // RIS writes "Family, Given, Suffix"; splitPersonName reads BibTeX's "Family, Suffix, Given".
        if (parts.size() == 3 && isNameSuffix(parts[2]) && !isNameSuffix(parts[1]))
            parts.swapItemsAt(1, 2);
        return lectern::displayName(splitPersonName(parts.join(QStringLiteral(", "))));
    }
    const qsizetype space = trimmed.lastIndexOf(u' ');
    if (space > 0 && !isOrganisationName(trimmed)) {
        const QStringView last = QStringView(trimmed).sliced(space + 1);
        if (isInitials(last, initialsForm)) {
            PersonName person;
            person.family = trimmed.first(space);
            person.given = spelledInitials(last);
            return lectern::displayName(person);
        }
    }
    return lectern::displayName(splitPersonName(trimmed));
}

QString RisParser::isoDateFromRis(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 4 || !std::all_of(t.begin(), t.begin() + 4, isDigitAscii))
        return {};
    if (t.size() == 4)
        return t.toString();
    if (t[4] != u'/')
        return {};
    const QList<QStringView> parts = t.sliced(5).split(u'/');
    const auto number = [&parts](qsizetype i, int max) {
        if (i >= parts.size())
            return 0;
        const QStringView part = parts[i].trimmed();
        if (part.isEmpty() || part.size() > 2 || !std::all_of(part.begin(), part.end(), isDigitAscii))
            return part.isEmpty() ? 0 : -1;
        const int value = part.toInt();
        return value >= 1 && value <= max ? value : -1;
    };
    const int month = number(0, 12);
    const int day = month > 0 ? number(1, 31) : 0;
    if (month < 0 || day < 0)
        return {};
    QString iso = t.first(4).toString();
    if (month > 0)
        iso += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        iso += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return iso;
}

QString RisParser::id() const
{
    return QStringLiteral("ris");
}

QString RisParser::displayName() const
{
    return QCoreApplication::translate("lectern::RisParser", "RIS");
}

int RisParser::confidence(QStringView text) const
{
    const QStringView window = listing::detectionWindow(text);
    int linesBefore = 0; // non-blank lines before the first TY: a database's header, or a document about RIS
    int tagged = 0;
    int untagged = 0;
    bool seenType = false;
    bool closed = false;   // an "ER" line follows the first "TY"
    bool typeCode = false; // the first "TY" holds a type code ("JOUR", "CPAPER")
    qsizetype pos = 0;
    while (pos < window.size()) {
        qsizetype end = window.indexOf(u'\n', pos);
        if (end < 0)
            end = window.size();
        const QStringView line = window.sliced(pos, end - pos);
        pos = end + 1;
        if (listing::isBlank(line))
            continue;
        TagLine tagLine;
        const bool isTag = readTagLine(line, &tagLine);
        if (!seenType) {
            if (isTag && tagLine.tag == u"TY" && !tagLine.value.isEmpty()) {
                seenType = true;
                typeCode = tagLine.value.size() >= 3 && tagLine.value.size() <= 8
                           && std::all_of(tagLine.value.begin(), tagLine.value.end(), isUpperAscii);
            } else
                ++linesBefore;
            if (!seenType)
                continue;
        }
        if (isTag)
            ++tagged;
        else
            ++untagged;
        if (isTag && tagLine.tag == u"ER")
            closed = true;
    }
    if (!seenType)
        return 0;
    // Database headers are a few lines ("Provider: ProQuest", "Database: …", "Content: text/plain"); a "TY"
    // line deep inside other text is an example in a document, not a RIS file.
    if (linesBefore > 12)
        return 20;
    // "TY" … "ER" framing is RIS's own; abstracts continued over many lines do not make a file less RIS.
    if (tagged >= 3 && (closed || 2 * tagged >= untagged))
        return 95;
    // A huge first record fills the detection window: a "TY  - JOUR" and one more tag is still unmistakable.
    if (tagged >= 2 && typeCode)
        return 90;
    return tagged >= 2 ? 60 : 40;
}

namespace {

// Keywords come one per KW line, but some exporters put several in one, separated by ";" or by line breaks.
void addKeywords(QStringView value, QStringList *tags, QSet<QString> *seen)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value[i] != u'\n' && value[i] != u';')
            continue;
        QString tag = value.sliced(start, i - start).toString().simplified();
        start = i + 1;
        // Embase marks a major topic with a star ("*deep learning").
        while (tag.startsWith(u'*'))
            tag = tag.sliced(1).trimmed();
        if (!tag.isEmpty() && !seen->contains(tag)) {
            seen->insert(tag);
            tags->append(tag);
        }
    }
}

void addPerson(const QString &value, QStringList *people)
{
    const QString name = RisParser::personDisplayName(value);
    if (name.isEmpty())
        return;
    // Lectern's "and others": a last author named exactly "others".
    if (name.compare(QLatin1String("et al."), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("others"), Qt::CaseInsensitive) == 0) {
        if (!people->isEmpty() && people->last() != u"others")
            people->append(QStringLiteral("others"));
        return;
    }
    people->append(name);
}

const QString &longest(const QStringList &values)
{
    static const QString none;
    const QString *best = &none;
    for (const QString &value : values) {
        if (value.size() > best->size())
            best = &value;
    }
    return *best;
}

Paper paperFromFields(const QList<Field> &fields)
{
    Paper paper;
    QString typeCode, m3, title, titleFallback, bookTitle, abstract, abstractFallback, yearText, dateText, doiText,
        startPage, endPage, key, label, publisherFallback;
    QStringList urls, notes, venues, abbreviations, editors, seriesOrBookEditors, otherEditors;
    QSet<QString> seenTags;
    const auto first = [](QString &slot, const QString &value) {
        if (slot.isEmpty())
            slot = value;
    };
    for (const Field &field : fields) {
        const QString &v = field.value;
        switch (field.tag) {
        case tagCode('T', 'Y'):
            first(typeCode, v);
            break;
        case tagCode('T', 'I'):
        case tagCode('T', '1'):
            first(title, v);
            break;
        case tagCode('C', 'T'):
            first(titleFallback, v);
            break;
        case tagCode('B', 'T'):
            first(bookTitle, v);
            break;
        case tagCode('T', '2'):
        case tagCode('J', 'F'):
        case tagCode('J', 'O'):
        case tagCode('C', '3'):
            venues.append(v);
            break;
        case tagCode('J', 'A'):
        case tagCode('J', '2'):
            abbreviations.append(v);
            break;
        case tagCode('A', 'U'):
        case tagCode('A', '1'):
            addPerson(v, &paper.authors);
            break;
        case tagCode('E', 'D'):
            addPerson(v, &editors);
            break;
        case tagCode('A', '2'):
            addPerson(v, &otherEditors);
            break;
        case tagCode('A', '3'):
            addPerson(v, &seriesOrBookEditors);
            break;
        case tagCode('P', 'Y'):
        case tagCode('Y', '1'):
            first(yearText, v);
            break;
        case tagCode('D', 'A'):
            first(dateText, v);
            break;
        case tagCode('A', 'B'):
            first(abstract, v);
            break;
        case tagCode('N', '2'):
            first(abstractFallback, v);
            break;
        case tagCode('K', 'W'):
        case tagCode('D', 'E'):
            addKeywords(v, &paper.tags, &seenTags);
            break;
        case tagCode('D', 'O'):
            first(doiText, v);
            break;
        case tagCode('M', '3'):
            first(m3, v);
            break;
        case tagCode('U', 'R'):
            for (QStringView url : QStringView(v).tokenize(u'\n', Qt::SkipEmptyParts)) {
                const QString word = firstWord(url);
                if (!word.isEmpty())
                    urls.append(word);
            }
            break;
        case tagCode('S', 'P'):
            first(startPage, v);
            break;
        case tagCode('E', 'P'):
            first(endPage, v);
            break;
        case tagCode('V', 'L'):
            first(paper.volume, v.simplified());
            break;
        case tagCode('I', 'S'):
            first(paper.issue, v.simplified());
            break;
        case tagCode('P', 'B'):
            first(paper.publisher, v.simplified());
            break;
        case tagCode('P', 'U'): // Web of Science's publisher
            first(publisherFallback, v.simplified());
            break;
        case tagCode('N', '1'): {
            const QString note = plainNote(v);
            if (!note.trimmed().isEmpty())
                notes.append(note);
            break;
        }
        case tagCode('I', 'D'):
            first(key, v);
            break;
        case tagCode('L', 'B'):
            first(label, v);
            break;
        default:
            break;
        }
    }

    paper.type = typeFromRis(typeCode, m3);
    const bool book = paper.type == u"book";
    paper.title = !title.isEmpty() ? title : !titleFallback.isEmpty() ? titleFallback : book ? bookTitle : QString();
    if (!book && !bookTitle.isEmpty())
        venues.append(bookTitle);
    paper.venue = venues.isEmpty() ? longest(abbreviations) : longest(venues);
    paper.abstract = abstract.isEmpty() ? abstractFallback : abstract;
    // Zotero's mapping: A3 holds a book's editors and A2 its series editor; elsewhere A2 holds the editors.
    paper.editors = editors + (book ? seriesOrBookEditors : otherEditors);

    paper.year = yearIn(yearText);
    if (!paper.year)
        paper.year = yearIn(dateText);
    if (!dateText.isEmpty()) {
        const QString iso = RisParser::isoDateFromRis(dateText);
        paper.date = iso.isEmpty() ? dateText.simplified() : iso;
        // Web of Science gives the month alone ("DA  - JUL") and the year in PY.
        if (iso.isEmpty() && paper.year && !yearIn(dateText))
            paper.date += u' ' + QString::number(*paper.year);
    } else if (const QString iso = RisParser::isoDateFromRis(yearText); iso.contains(u'-')) {
        paper.date = iso; // "Y1  - 1990/2/27" carries the whole date
    }

    paper.doi = canonicalDoi(doiText);
    if (paper.doi.isEmpty() && (m3.trimmed().startsWith(QLatin1String("10.")) || isDoiResolver(m3)))
        paper.doi = canonicalDoi(m3);
    for (const QString &url : std::as_const(urls)) {
        if (paper.doi.isEmpty() && isDoiResolver(url))
            paper.doi = canonicalDoi(url);
        if (paper.arxivId.isEmpty() && url.contains(QLatin1String("arxiv.org/"), Qt::CaseInsensitive))
            paper.arxivId = canonicalArxivId(url);
    }
    paper.url = urls.value(0);
    paper.pages = pageRange(startPage, endPage);
    if (paper.publisher.isEmpty())
        paper.publisher = publisherFallback;
    paper.comment = notes.join(QStringLiteral("; "));
    if (looksLikeCitationKey(key.trimmed()))
        paper.citationKey = key.trimmed();
    else if (looksLikeCitationKey(label.trimmed()))
        paper.citationKey = label.trimmed();
    return paper;
}

} // namespace

ParseResult RisParser::parse(QStringView text) const
{
    ParseResult result;
    result.records.reserve(listing::estimatedRecordCount(text));
    PendingRecord pending;

    const auto report = [&](ImportMessage::Severity severity, int line, const QString &what) {
        result.messages.append({severity, line, message(line, what)});
    };

    const auto finish = [&] {
        if (!pending.active)
            return;
        if (!pending.closed)
            report(ImportMessage::Severity::Warning, pending.line,
                   QCoreApplication::translate("lectern::RisParser", "no \"ER  - \" line ends this record"));
        if (!bibliographic::appendRecord(result, paperFromFields(pending.fields), pending.line, pending.start,
                                         pending.end))
            report(ImportMessage::Severity::Error, pending.line,
                   QCoreApplication::translate("lectern::RisParser", "record without a title or an abstract; skipped"));
        pending = PendingRecord{};
    };

    // Appends to a field, keeping it within kMaxFieldLength.
    const auto extend = [&](Field &field, QStringView part, bool continuation) {
        if (field.cut)
            return;
        if (!bibliographic::appendWithinLimit(field.value, part,
                                              continuation ? continuationSeparator(field.tag) : QChar())) {
            field.cut = true;
            report(ImportMessage::Severity::Warning, field.line,
                   QCoreApplication::translate("lectern::RisParser", "%1 value longer than %2 characters; cut")
                       .arg(field.name)
                       .arg(kMaxFieldLength));
        }
    };

    int number = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(pos, end - pos);
        const qsizetype lineStart = pos;
        const qsizetype lineEnd = end;
        pos = end + 1;
        ++number;
        if (listing::isBlank(line))
            continue;

        TagLine tagLine;
        if (readTagLine(line, &tagLine)) {
            const quint32 code = tagCode(tagLine.tag);
            if (code == tagCode('E', 'R')) {
                if (pending.active) {
                    pending.closed = true;
                    pending.end = lineEnd;
                    finish();
                }
                continue;
            }
            if (code == tagCode('T', 'Y')) {
                finish();
            } else if (!pending.active) {
                report(
                    ImportMessage::Severity::Warning, number,
                    QCoreApplication::translate("lectern::RisParser", "record does not start with a \"TY  - \" line"));
            }
            if (!pending.active) {
                pending.active = true;
                pending.line = number;
                pending.start = lineStart;
            }
            pending.fields.append(Field{code, tagLine.tag, {}, number, false});
            extend(pending.fields.last(), tagLine.value, false);
            pending.end = lineEnd;
            continue;
        }
        // Lines without a tag continue the field before them; before the first record they are a database's
        // header ("Provider: …"), after an "ER" stray text, and both are ignored.
        if (!pending.active || pending.fields.isEmpty())
            continue;
        extend(pending.fields.last(), line.trimmed(), true);
        pending.end = lineEnd;
    }
    finish();
    return result;
}

} // namespace lectern
