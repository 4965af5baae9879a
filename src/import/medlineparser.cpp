#include "import/medlineparser.h"

#include "import/bibliographiclines.h"
#include "import/listinglines.h"
#include "import/normalize.h"
#include "import/risparser.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {

bool isUpperAscii(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isDigitAscii(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigitAscii);
}

struct TagLine {
    QStringView tag;   // two to four characters, without the padding
    QStringView value; // trimmed
};

// "PMID- 31234567", "TI  - Title", "FAU - Han, Song": the tag is left-aligned in four columns and the dash is
// the fifth. A U+FEFF left at the start of the line (two files joined) is skipped.
bool readTagLine(QStringView line, TagLine *out)
{
    while (!line.isEmpty() && line.front() == QChar(0xFEFF))
        line = line.sliced(1);
    if (line.size() < 5 || !isUpperAscii(line[0]))
        return false;
    qsizetype n = 1;
    while (n < 4 && (isUpperAscii(line[n]) || isDigitAscii(line[n])))
        ++n;
    if (n < 2)
        return false;
    for (qsizetype i = n; i < 4; ++i) {
        if (line[i] != u' ')
            return false;
    }
    if (line[4] != u'-' || (line.size() > 5 && line[5] != u' '))
        return false;
    out->tag = line.first(n);
    out->value = line.sliced(5).trimmed();
    return true;
}

bool isContinuation(QStringView line)
{
    return !line.isEmpty() && (line.front() == u' ' || line.front() == u'\t');
}

struct Field {
    QString tag;
    QString value;
    int line = 0;
    bool cut = false;
};

struct PendingRecord {
    bool active = false;
    int line = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QList<Field> fields;
};

std::optional<int> yearIn(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() >= 4 && allDigits(t.first(4)) && (t.size() == 4 || !isDigitAscii(t[4])))
        return t.first(4).toInt();
    return std::nullopt;
}

// "10.1016/j.neunet.2014.09.003 [doi]" → the DOI; other identifiers ("S0893-6080(14)00213-5 [pii]") → empty.
QString doiFromIdentifier(QStringView value)
{
    const QStringView t = value.trimmed();
    if (!t.endsWith(QLatin1String("[doi]"), Qt::CaseInsensitive))
        return {};
    return canonicalDoi(t.chopped(5));
}

// "*Neural Networks, Computer" → "Neural Networks, Computer"; "Deep Learning/*trends" → "Deep Learning": the
// star marks a major topic and the qualifiers after "/" would read as levels of Lectern's tag hierarchy.
QString meshHeading(QStringView value)
{
    QStringView heading = value;
    if (const qsizetype slash = heading.indexOf(u'/'); slash >= 0)
        heading = heading.first(slash);
    QString text = heading.toString();
    text.remove(u'*');
    return text.simplified();
}

void addTag(const QString &tag, QStringList *tags, QSet<QString> *seen)
{
    if (tag.isEmpty() || seen->contains(tag))
        return;
    seen->insert(tag);
    tags->append(tag);
}

Paper paperFromFields(const QList<Field> &fields)
{
    Paper paper;
    QString pmid, pmc, title, bookTitle, abstract, published, journal, journalAbbreviation, locationDoi, articleDoi,
        pages;
    QStringList types;
    QSet<QString> seenTags;
    // FAU (full name) comes first, then AU (the same person abbreviated); an AU without its FAU (records from
    // before 2002) stands for itself.
    bool authorAbbreviationDue = false;
    bool editorAbbreviationDue = false;
    const auto first = [](QString &slot, const QString &value) {
        if (slot.isEmpty())
            slot = value;
    };
    for (const Field &field : fields) {
        const QString &tag = field.tag;
        const QString &v = field.value;
        if (tag == u"PMID") {
            first(pmid, v);
        } else if (tag == u"PMC") {
            first(pmc, v);
        } else if (tag == u"TI") {
            first(title, v);
        } else if (tag == u"BTI") {
            first(bookTitle, v);
        } else if (tag == u"AB") {
            first(abstract, v);
        } else if (tag == u"FAU") {
            if (const QString name = RisParser::personDisplayName(v); !name.isEmpty())
                paper.authors.append(name);
            authorAbbreviationDue = true;
        } else if (tag == u"AU") {
            if (!authorAbbreviationDue) {
                if (const QString name = RisParser::personDisplayName(v, true); !name.isEmpty())
                    paper.authors.append(name);
            }
            authorAbbreviationDue = false;
        } else if (tag == u"CN") { // a collective author: "ATLAS Collaboration"
            if (!v.trimmed().isEmpty())
                paper.authors.append(v.simplified());
            authorAbbreviationDue = false;
        } else if (tag == u"FED") {
            if (const QString name = RisParser::personDisplayName(v); !name.isEmpty())
                paper.editors.append(name);
            editorAbbreviationDue = true;
        } else if (tag == u"ED") {
            if (!editorAbbreviationDue) {
                if (const QString name = RisParser::personDisplayName(v, true); !name.isEmpty())
                    paper.editors.append(name);
            }
            editorAbbreviationDue = false;
        } else if (tag == u"DP") {
            first(published, v);
        } else if (tag == u"JT") {
            first(journal, v);
        } else if (tag == u"TA") {
            first(journalAbbreviation, v);
        } else if (tag == u"VI") {
            first(paper.volume, v.simplified());
        } else if (tag == u"IP") {
            first(paper.issue, v.simplified());
        } else if (tag == u"PG") {
            first(pages, v);
        } else if (tag == u"PB") {
            first(paper.publisher, v.simplified());
        } else if (tag == u"LID") {
            first(locationDoi, doiFromIdentifier(v));
        } else if (tag == u"AID") {
            first(articleDoi, doiFromIdentifier(v));
        } else if (tag == u"PT") {
            types.append(v.simplified());
        } else if (tag == u"MH") {
            const QString heading = meshHeading(v);
            if (!heading.isEmpty())
                addTag(QStringLiteral("MeSH/") + heading, &paper.tags, &seenTags);
        } else if (tag == u"OT" || tag == u"KW") {
            addTag(v.simplified(), &paper.tags, &seenTags);
        }
    }

    if (types.contains(QLatin1String("Journal Article")))
        paper.type = QStringLiteral("article");
    else if (types.contains(QLatin1String("Book Chapter")))
        paper.type = QStringLiteral("incollection");
    else if (types.contains(QLatin1String("Book")))
        paper.type = QStringLiteral("book");
    else if (!types.isEmpty())
        paper.type = QStringLiteral("misc");

    paper.title = !title.isEmpty() ? title : bookTitle;
    paper.abstract = abstract;
    paper.venue = !journal.isEmpty() ? journal : journalAbbreviation;
    if (paper.venue.isEmpty() && !title.isEmpty() && paper.type == u"incollection")
        paper.venue = bookTitle;
    paper.date = published.simplified();
    paper.year = yearIn(published);
    paper.doi = !locationDoi.isEmpty() ? locationDoi : articleDoi;
    paper.pages = MedlineParser::expandedPages(pages);
    // There is no PubMed identifier field; Zotero keeps it in "Extra" the same way.
    QStringList ids;
    if (!pmid.trimmed().isEmpty())
        ids.append(QStringLiteral("PMID: ") + pmid.trimmed());
    if (!pmc.trimmed().isEmpty())
        ids.append(QStringLiteral("PMCID: ") + pmc.trimmed());
    paper.comment = ids.join(QStringLiteral("; "));
    return paper;
}

} // namespace

QString MedlineParser::expandedPages(QStringView pages)
{
    QStringList ranges;
    for (QStringView part : pages.split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype dash = part.indexOf(u'-');
        if (dash <= 0) {
            ranges.append(part.toString());
            continue;
        }
        const QStringView start = part.first(dash).trimmed();
        QString end = part.sliced(dash + 1).trimmed().toString();
        if (allDigits(start) && allDigits(end) && end.size() < start.size())
            end.prepend(start.first(start.size() - end.size()));
        ranges.append(start.toString() + u'–' + end);
    }
    return ranges.join(QStringLiteral(", "));
}

QString MedlineParser::id() const
{
    return QStringLiteral("medline");
}

QString MedlineParser::displayName() const
{
    return QCoreApplication::translate("lectern::MedlineParser", "MEDLINE (PubMed)");
}

int MedlineParser::confidence(QStringView text) const
{
    const QStringView window = listing::detectionWindow(text);
    int linesBefore = 0;
    int shaped = 0; // tag lines and indented continuation lines
    int other = 0;
    bool seenPmid = false;
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
        if (!seenPmid) {
            if (isTag && tagLine.tag == u"PMID")
                seenPmid = true;
            else
                ++linesBefore;
            if (!seenPmid)
                continue;
        }
        if (isTag || isContinuation(line))
            ++shaped;
        else
            ++other;
    }
    if (!seenPmid)
        return 0;
    // PubMed's file starts with the PMID line; a PMID line deep inside other text is a quotation.
    if (linesBefore > 5)
        return 20;
    return shaped >= 2 && shaped >= 4 * other ? 95 : 50;
}

ParseResult MedlineParser::parse(QStringView text) const
{
    ParseResult result;
    result.records.reserve(listing::estimatedRecordCount(text));
    PendingRecord pending;

    const auto report = [&](ImportMessage::Severity severity, int line, const QString &what) {
        result.messages.append({severity, line, QStringLiteral("line %1: ").arg(line) + what});
    };

    const auto finish = [&] {
        if (!pending.active)
            return;
        if (!bibliographic::appendRecord(result, paperFromFields(pending.fields), pending.line, pending.start,
                                         pending.end))
            report(ImportMessage::Severity::Error, pending.line,
                   QCoreApplication::translate("lectern::MedlineParser",
                                               "record without a title or an abstract; skipped"));
        pending = PendingRecord{};
    };

    const auto extend = [&](Field &field, QStringView part, bool continuation) {
        if (field.cut)
            return;
        if (!bibliographic::appendWithinLimit(field.value, part, continuation ? QChar(u' ') : QChar())) {
            field.cut = true;
            report(ImportMessage::Severity::Warning, field.line,
                   QCoreApplication::translate("lectern::MedlineParser", "%1 value longer than %2 characters; cut")
                       .arg(field.tag)
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
        if (listing::isBlank(line)) {
            finish(); // records are separated by blank lines
            continue;
        }
        TagLine tagLine;
        if (!isContinuation(line) && readTagLine(line, &tagLine)) {
            // A PMID line starts a record even when the blank line before it was lost.
            if (tagLine.tag == u"PMID")
                finish();
            if (!pending.active) {
                pending.active = true;
                pending.line = number;
                pending.start = lineStart;
            }
            pending.fields.append(Field{tagLine.tag.toString(), {}, number, false});
            extend(pending.fields.last(), tagLine.value, false);
            pending.end = lineEnd;
            continue;
        }
        // Wrapped values go on lines indented by six spaces; an unindented line without a tag is taken as a
        // wrapped line too (some tools strip the indentation). Outside a record such lines are ignored.
        if (!pending.active || pending.fields.isEmpty())
            continue;
        extend(pending.fields.last(), line.trimmed(), true);
        pending.end = lineEnd;
    }
    finish();
    return result;
}

} // namespace lectern
