#include "import/csvparser.h"

#include "domain/personname.h"
#include "import/listinglines.h"
#include "import/normalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace lectern {

namespace {

// Records read after the header to judge whether a delimiter splits every line alike.
constexpr int kConsistencyRows = 20;
// The columns a file-level message names before it says "…".
constexpr int kNamedColumns = 12;

struct CellRef {
    qsizetype start = 0; // the content, without the quotes
    qsizetype end = 0;
    bool quoted = false;
    bool doubledQuotes = false;  // "" inside a quoted cell, to be unescaped
    qsizetype trailingStart = 0; // text after a closing quote, before the delimiter (lenient: `"a"b` reads `ab`)
    qsizetype trailingEnd = 0;
};

struct CsvRecord {
    QList<CellRef> cells;
    qsizetype start = 0; // the record's raw text, without its final line break
    qsizetype end = 0;
    int line = 0;              // 1-based line where the record starts
    bool unterminated = false; // a quoted cell runs to the end of the text
};

// RFC 4180 records, one at a time. Quoted cells may hold delimiters, quotes (doubled) and line breaks; the text has
// LF line ends only (decoding made them so). Leniencies of spreadsheet exports are accepted: spaces before an
// opening quote, text after a closing quote, a quote inside an unquoted cell (read literally).
class CsvReader
{
public:
    CsvReader(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

    bool next(CsvRecord *record)
    {
        if (atEnd())
            return false;
        record->cells.clear();
        record->start = m_pos;
        record->line = m_line;
        record->unterminated = false;
        const qsizetype n = m_text.size();
        const QChar *s = m_text.data();
        for (;;) {
            CellRef cell;
            qsizetype p = m_pos;
            while (p < n && (s[p] == u' ' || (s[p] == u'\t' && m_delimiter != u'\t')))
                ++p;
            if (p < n && s[p] == u'"') {
                cell.quoted = true;
                qsizetype q = p + 1;
                cell.start = q;
                bool closed = false;
                while (q < n) {
                    const QChar c = s[q];
                    if (c == u'"') {
                        if (q + 1 < n && s[q + 1] == u'"') {
                            cell.doubledQuotes = true;
                            q += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == u'\n')
                        ++m_line;
                    ++q;
                }
                if (!closed) {
                    cell.end = n;
                    cell.trailingStart = cell.trailingEnd = n;
                    record->cells.append(cell);
                    record->unterminated = true;
                    record->end = n;
                    m_pos = n;
                    return true;
                }
                cell.end = q;
                ++q;
                cell.trailingStart = q;
                while (q < n && s[q] != m_delimiter && s[q] != u'\n')
                    ++q;
                cell.trailingEnd = q;
                p = q;
            } else {
                cell.start = m_pos;
                p = m_pos;
                while (p < n && s[p] != m_delimiter && s[p] != u'\n')
                    ++p;
                cell.end = p;
            }
            record->cells.append(cell);
            if (p < n && s[p] == m_delimiter) {
                m_pos = p + 1;
                continue;
            }
            record->end = p;
            m_pos = p < n ? p + 1 : n;
            if (p < n)
                ++m_line;
            return true;
        }
    }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// The cell's value, cut to `limit` characters; *cut tells whether it was longer.
QString cellValue(QStringView text, const CellRef &cell, qsizetype limit, bool *cut)
{
    *cut = false;
    const QStringView raw = text.sliced(cell.start, cell.end - cell.start);
    const QStringView trailing = text.sliced(cell.trailingStart, cell.trailingEnd - cell.trailingStart).trimmed();
    QString value;
    const auto append = [&](QStringView part) {
        const qsizetype room = limit - value.size();
        if (part.size() > room) {
            value += part.first(room);
            *cut = true;
        } else {
            value += part;
        }
    };
    if (!cell.doubledQuotes) {
        append(raw);
    } else {
        value.reserve(std::min(raw.size(), limit));
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (value.size() >= limit) {
                *cut = true;
                break;
            }
            value += raw[i];
            if (raw[i] == u'"' && i + 1 < raw.size() && raw[i + 1] == u'"')
                ++i;
        }
    }
    if (!trailing.isEmpty() && !*cut)
        append(trailing);
    return value;
}

bool isBlankRecord(QStringView text, const CsvRecord &record)
{
    for (const CellRef &cell : record.cells) {
        if (cell.quoted)
            return false;
        if (!listing::isBlank(text.sliced(cell.start, cell.end - cell.start)))
            return false;
    }
    return true;
}

struct DetectedHeader {
    QChar delimiter = u',';
    CsvRecord record;
    int consistentRows = 0;
    int checkedRows = 0;
    qsizetype dataStart = 0; // where the first record after the header begins
    int dataLine = 1;
};

// Reads the header with `delimiter` and judges how many of the following records (within `text`) split into as
// many cells. A record cut by the end of a detection window is not judged.
DetectedHeader readHeaderWith(QStringView text, QChar delimiter, bool judgeRows)
{
    DetectedHeader header;
    header.delimiter = delimiter;
    CsvReader reader(text, delimiter);
    // Blank lines before the header are skipped, as everywhere else.
    while (reader.next(&header.record)) {
        if (!isBlankRecord(text, header.record))
            break;
    }
    header.dataStart = reader.position();
    header.dataLine = reader.line();
    if (!judgeRows)
        return header;
    CsvRecord record;
    while (header.checkedRows < kConsistencyRows && reader.next(&record)) {
        if (isBlankRecord(text, record))
            continue;
        if (record.unterminated || (record.end == text.size() && header.checkedRows > 0))
            break;
        ++header.checkedRows;
        if (record.cells.size() == header.record.cells.size())
            ++header.consistentRows;
    }
    return header;
}

// The delimiter that splits the header into several cells and the following records into as many; ties go to
// the delimiter that makes more columns. Commas inside quoted cells do not count, because cells are read the RFC
// 4180 way for every candidate.
DetectedHeader detectHeader(QStringView text)
{
    static constexpr std::array<char16_t, 3> kDelimiters = {u',', u';', u'\t'};
    // The rows judged are those of the first 64 KB: enough to tell, and bounded for a huge file.
    const QStringView window = listing::detectionWindow(text);
    DetectedHeader best;
    bool found = false;
    double bestShare = -1;
    for (char16_t d : kDelimiters) {
        DetectedHeader candidate = readHeaderWith(window, QChar(d), true);
        if (candidate.record.cells.size() < 2 || candidate.record.unterminated)
            continue;
        const double share = candidate.checkedRows > 0 ? double(candidate.consistentRows) / candidate.checkedRows : 1.0;
        if (!found || share > bestShare
            || (share == bestShare && candidate.record.cells.size() > best.record.cells.size())) {
            best = candidate;
            bestShare = share;
            found = true;
        }
    }
    const QChar delimiter = found ? best.delimiter : QChar(u',');
    // Read again over the whole text: the header may be longer than the window.
    DetectedHeader whole = readHeaderWith(text, delimiter, false);
    whole.checkedRows = found ? best.checkedRows : 0;
    whole.consistentRows = found ? best.consistentRows : 0;
    return whole;
}

QStringList headerColumns(QStringView text, const CsvRecord &record)
{
    QStringList columns;
    columns.reserve(record.cells.size());
    for (const CellRef &cell : record.cells) {
        bool cut = false;
        columns.append(cellValue(text, cell, 256, &cut).trimmed());
    }
    return columns;
}

// Column names are short labels: a line of prose, a BibTeX entry or a URL split at its commas is not a header.
bool looksLikeColumnName(const QString &name)
{
    if (name.size() > 64)
        return false;
    if (name.count(u' ') >= 8)
        return false;
    if (name.contains(QLatin1String("://")))
        return false;
    bool letter = false;
    for (QChar c : name) {
        if (c.isLetter())
            letter = true;
        if (QStringView(u"{}=<>|@\\").contains(c))
            return false;
    }
    return letter || name.isEmpty();
}

bool looksLikeHeader(const QStringList &columns)
{
    if (columns.isEmpty())
        return false;
    int empty = 0;
    for (const QString &column : columns) {
        if (!looksLikeColumnName(column))
            return false;
        if (column.isEmpty())
            ++empty;
    }
    // pandas writes an unnamed index column; more than one unnamed column is not a header.
    return empty <= 1 && empty < columns.size();
}

QString foldedName(const QString &name)
{
    QString folded;
    folded.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

struct Synonym {
    const char *name; // folded: lower case, letters and digits only
    CsvField field;
    int rank; // lower is more specific; the best-ranked column of a field wins
};

// English column names and the spellings of Zotero, Mendeley, EndNote, Scopus, Web of Science, CSL and our own
// export.
constexpr Synonym kSynonyms[] = {
    {"title", CsvField::Title, 1},
    {"papertitle", CsvField::Title, 1},
    {"articletitle", CsvField::Title, 1},
    {"documenttitle", CsvField::Title, 1},
    {"primarytitle", CsvField::Title, 2},
    {"ti", CsvField::Title, 4},
    {"authors", CsvField::Authors, 1},
    {"author", CsvField::Authors, 1},
    {"authornames", CsvField::Authors, 1},
    {"authorlist", CsvField::Authors, 1},
    {"authorfullnames", CsvField::Authors, 2},
    {"creators", CsvField::Authors, 2},
    {"au", CsvField::Authors, 4},
    {"editors", CsvField::Editors, 1},
    {"editor", CsvField::Editors, 1},
    {"year", CsvField::Year, 1},
    {"publicationyear", CsvField::Year, 1},
    {"pubyear", CsvField::Year, 1},
    {"yearpublished", CsvField::Year, 1},
    {"py", CsvField::Year, 4},
    {"date", CsvField::Date, 1},
    {"publicationdate", CsvField::Date, 1},
    {"pubdate", CsvField::Date, 1},
    {"datepublished", CsvField::Date, 1},
    {"published", CsvField::Date, 2},
    {"issued", CsvField::Date, 2},
    {"abstract", CsvField::Abstract, 1},
    {"abstractnote", CsvField::Abstract, 1},
    {"summary", CsvField::Abstract, 2},
    {"description", CsvField::Abstract, 3},
    {"ab", CsvField::Abstract, 4},
    {"doi", CsvField::Doi, 1},
    {"digitalobjectidentifier", CsvField::Doi, 1},
    {"arxiv", CsvField::Arxiv, 1},
    {"arxivid", CsvField::Arxiv, 1},
    {"arxivnumber", CsvField::Arxiv, 1},
    {"eprint", CsvField::Arxiv, 1},
    {"archiveid", CsvField::Arxiv, 3},
    {"url", CsvField::Url, 1},
    {"paperurl", CsvField::Url, 1},
    {"link", CsvField::Url, 2},
    {"paperlink", CsvField::Url, 2},
    {"links", CsvField::Url, 3},
    {"website", CsvField::Url, 3},
    {"venue", CsvField::Venue, 1},
    {"journal", CsvField::Venue, 2},
    {"journalname", CsvField::Venue, 2},
    {"journaltitle", CsvField::Venue, 2},
    {"publicationtitle", CsvField::Venue, 2},
    {"booktitle", CsvField::Venue, 2},
    {"proceedingstitle", CsvField::Venue, 2},
    {"sourcetitle", CsvField::Venue, 2},
    {"containertitle", CsvField::Venue, 2},
    {"journalbook", CsvField::Venue, 2},
    {"conference", CsvField::Venue, 3},
    {"publication", CsvField::Venue, 3},
    {"secondarytitle", CsvField::Venue, 3},
    {"conferencename", CsvField::Venue, 4},
    {"itemtype", CsvField::Type, 1},
    {"entrytype", CsvField::Type, 1},
    {"bibtextype", CsvField::Type, 1},
    {"documenttype", CsvField::Type, 2},
    {"publicationtype", CsvField::Type, 2},
    {"referencetype", CsvField::Type, 2},
    {"type", CsvField::Type, 3},
    {"volume", CsvField::Volume, 1},
    {"vol", CsvField::Volume, 2},
    {"issue", CsvField::Issue, 1},
    {"issuenumber", CsvField::Issue, 1},
    {"number", CsvField::Issue, 3},
    {"pages", CsvField::Pages, 1},
    {"pagerange", CsvField::Pages, 1},
    {"page", CsvField::Pages, 2},
    {"publisher", CsvField::Publisher, 1},
    {"tags", CsvField::Tags, 1},
    {"tag", CsvField::Tags, 1},
    {"keywords", CsvField::Tags, 1},
    {"keyword", CsvField::Tags, 1},
    {"manualtags", CsvField::Tags, 1},
    {"authorkeywords", CsvField::Tags, 2},
    {"labels", CsvField::Tags, 2},
    {"citationkey", CsvField::CitationKey, 1},
    {"citekey", CsvField::CitationKey, 1},
    {"bibtexkey", CsvField::CitationKey, 1},
    {"bibkey", CsvField::CitationKey, 1},
    {"key", CsvField::CitationKey, 3},
    {"comment", CsvField::Comment, 1},
    {"comments", CsvField::Comment, 1},
    {"note", CsvField::Comment, 2},
    {"notes", CsvField::Comment, 2},
    {"remarks", CsvField::Comment, 3},
};

const Synonym *synonymFor(const QString &folded)
{
    for (const Synonym &s : kSynonyms) {
        if (folded == QLatin1String(s.name))
            return &s;
    }
    return nullptr;
}

// "journalArticle" (Zotero), "Conference Paper" (Scopus), "paper-conference" (CSL), "inproceedings" (BibTeX) → a
// BibTeX entry type in lower case. A type we do not know is "misc", BibTeX's own catch-all.
QString bibtexType(const QString &value)
{
    const QString folded = foldedName(value);
    if (folded.isEmpty())
        return {};
    struct TypeName {
        const char *folded;
        const char *bibtex;
    };
    static constexpr TypeName kTypes[] = {
        {"article", "article"},
        {"journalarticle", "article"},
        {"articlejournal", "article"},
        {"magazinearticle", "article"},
        {"newspaperarticle", "article"},
        {"review", "article"},
        {"letter", "article"},
        {"editorial", "article"},
        {"inproceedings", "inproceedings"},
        {"conference", "inproceedings"},
        {"conferencepaper", "inproceedings"},
        {"paperconference", "inproceedings"},
        {"proceedingspaper", "inproceedings"},
        {"conferenceproceedings", "inproceedings"},
        {"book", "book"},
        {"incollection", "incollection"},
        {"booksection", "incollection"},
        {"bookchapter", "incollection"},
        {"chapter", "incollection"},
        {"inbook", "inbook"},
        {"phdthesis", "phdthesis"},
        {"thesis", "phdthesis"},
        {"dissertation", "phdthesis"},
        {"mastersthesis", "mastersthesis"},
        {"masterthesis", "mastersthesis"},
        {"techreport", "techreport"},
        {"report", "techreport"},
        {"unpublished", "unpublished"},
        {"manuscript", "unpublished"},
        {"online", "online"},
        {"webpage", "online"},
        {"blogpost", "online"},
        {"proceedings", "proceedings"},
        {"manual", "manual"},
        {"booklet", "booklet"},
    };
    for (const TypeName &t : kTypes) {
        if (folded == QLatin1String(t.folded))
            return QLatin1String(t.bibtex);
    }
    return QStringLiteral("misc");
}

bool isGivenNamePart(QStringView part)
{
    // "Song", "William J.", "J.-P.", "Ludwig": words that start with a capital letter.
    const QList<QStringView> words = part.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    for (QStringView w : words) {
        if (!w.front().isUpper())
            return false;
    }
    return true;
}

bool isFamilyNamePart(QStringView part)
{
    // "Han", "van Beethoven", "de la Cruz", "Smith Jr": one capitalised word, possibly after lower-case
    // particles. A part of two capitalised words ("Song Han") is a whole name.
    const QList<QStringView> words = part.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    int capitalised = 0;
    for (QStringView w : words) {
        if (w.front().isUpper())
            ++capitalised;
        else if (!w.front().isLower())
            return false;
    }
    return capitalised == 1 && words.last().front().isUpper();
}

// "Han, Song, Mao, Huizi" (inverted names, comma-separated) or "Song Han, Huizi Mao" (display names).
QStringList splitCommaNames(QStringView text)
{
    QList<QStringView> items;
    for (QStringView item : text.split(u',')) {
        item = item.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    if (items.size() < 2)
        return {text.trimmed().toString()};
    bool inverted = items.size() % 2 == 0;
    for (qsizetype i = 0; inverted && i < items.size(); i += 2)
        inverted = isFamilyNamePart(items[i]) && isGivenNamePart(items[i + 1]);
    QStringList names;
    if (inverted) {
        for (qsizetype i = 0; i < items.size(); i += 2)
            names.append(items[i].toString() + QStringLiteral(", ") + items[i + 1].toString());
    } else {
        for (QStringView item : items)
            names.append(item.toString());
    }
    return names;
}

bool isEtAl(QStringView name)
{
    const QString folded = foldedName(name.toString());
    return folded == QLatin1String("etal") || folded == QLatin1String("others");
}

// An authors cell. Zotero and our own export separate names with ";" ("Han, Song; Mao, Huizi" or "Song Han; Huizi
// Mao"), BibTeX-minded sheets with " and ". Without either, commas separate names unless the cell is one inverted
// name or a list of them (see splitCommaNames).
QStringList parseNames(QStringView cell)
{
    cell = cell.trimmed();
    if (cell.isEmpty())
        return {};
    QStringList raw;
    bool trailingEtAl = false;
    QString text = cell.toString();
    // Most cells have no "et al."; the expression runs only where it may match.
    if (text.contains(QLatin1String("al"), Qt::CaseInsensitive)) {
        static const QRegularExpression etAlSuffix(QStringLiteral(R"(,?\s+et\.?\s+al\.?\s*$)"));
        if (const auto m = etAlSuffix.match(text); m.hasMatch()) {
            trailingEtAl = true;
            text.truncate(m.capturedStart());
        }
    }
    if (text.contains(u';')) {
        for (const QString &part : text.split(u';'))
            raw.append(part);
    } else if (text.contains(QLatin1String(" and "))) {
        for (const QString &part : text.split(QStringLiteral(" and "))) {
            if (part.contains(u','))
                raw.append(splitCommaNames(part));
            else
                raw.append(part);
        }
    } else if (text.contains(u',')) {
        raw = splitCommaNames(text);
    } else {
        raw.append(text);
    }
    QStringList names;
    for (const QString &item : std::as_const(raw)) {
        const QString name = item.simplified();
        if (name.isEmpty())
            continue;
        if (isEtAl(name)) {
            trailingEtAl = true;
            continue;
        }
        // "University of California, Berkeley" is one name, whatever its comma suggests. (Without a comma,
        // splitPersonName() keeps an organisation whole by itself.)
        const qsizetype comma = name.indexOf(u',');
        const bool organisation =
            comma > 0 && !isFamilyNamePart(QStringView(name).first(comma)) && isOrganisationName(name);
        names.append(organisation ? name : displayName(splitPersonName(name)));
    }
    if (trailingEtAl && !names.isEmpty())
        names.append(QStringLiteral("others"));
    return names;
}

QStringList parseTags(QStringView cell)
{
    const QChar separator = cell.contains(u';') ? QChar(u';') : QChar(u',');
    QStringList tags;
    for (QStringView tag : cell.split(separator)) {
        const QString t = tag.trimmed().toString();
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}

// "12-34", "12--34", "12 - 34" → "12–34", the form Lectern stores.
QString normalizedPages(const QString &pages)
{
    static const QRegularExpression range(QStringLiteral(R"(^\s*(\S+?)\s*(?:-{1,3}|–|—)\s*(\S+)\s*$)"));
    const auto m = range.match(pages);
    if (!m.hasMatch())
        return pages.trimmed();
    return m.captured(1) + QChar(0x2013) + m.captured(2);
}

// The first run of exactly four digits that reads as a year from 1500 to 2099: "2023", "2023-06-01", "May 2023".
std::optional<int> yearIn(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isDigit()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit())
            ++end;
        if (end - i == 4) {
            const int value = text.sliced(i, 4).toInt();
            if (value >= 1500 && value <= 2099)
                return value;
        }
        i = end;
    }
    return std::nullopt;
}

QString namedColumns(const QStringList &columns)
{
    QStringList quoted;
    for (qsizetype i = 0; i < columns.size() && i < kNamedColumns; ++i)
        quoted.append(QLatin1Char('"') + columns[i].left(40) + QLatin1Char('"'));
    QString list = quoted.join(QStringLiteral(", "));
    if (columns.size() > kNamedColumns)
        list += QStringLiteral(", …");
    return list;
}

// The header's column names, or none when the first line is no header: its cells do not read as names, or most
// of the rows after it split differently (prose with commas).
QStringList columnsIfHeader(QStringView text, const DetectedHeader &header)
{
    QStringList columns = headerColumns(text, header.record);
    if (!looksLikeHeader(columns) || header.consistentRows * 2 < header.checkedRows)
        return {};
    return columns;
}

} // namespace

CsvHeader readCsvHeader(QStringView text)
{
    const DetectedHeader header = detectHeader(text);
    return CsvHeader{header.delimiter, columnsIfHeader(text, header)};
}

QList<CsvField> guessCsvMapping(const QStringList &columns)
{
    QStringList folded;
    folded.reserve(columns.size());
    for (const QString &column : columns)
        folded.append(foldedName(column));
    // Zotero's "Key" is its item key ("9KJ3BX2Q"), not a citation key, and its "Notes" are HTML.
    const bool zotero = folded.contains(QLatin1String("itemtype")) && folded.contains(QLatin1String("abstractnote"));

    QList<CsvField> mapping(columns.size(), CsvField::Ignore);
    QHash<int, std::pair<int, qsizetype>> best; // field → (rank, column)
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (zotero && (folded[i] == QLatin1String("key") || folded[i] == QLatin1String("notes")))
            continue;
        const Synonym *synonym = synonymFor(folded[i]);
        if (!synonym)
            continue;
        const int field = int(synonym->field);
        const auto it = best.constFind(field);
        if (it == best.cend() || synonym->rank < it->first)
            best[field] = {synonym->rank, i};
    }
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        mapping[it->second] = CsvField(it.key());
    return mapping;
}

bool mappingCanImport(const QList<CsvField> &mapping)
{
    return mapping.contains(CsvField::Title) || mapping.contains(CsvField::Abstract);
}

QList<CsvField> csvFields()
{
    return {CsvField::Ignore,    CsvField::Title,    CsvField::Authors,     CsvField::Editors, CsvField::Year,
            CsvField::Date,      CsvField::Abstract, CsvField::Doi,         CsvField::Arxiv,   CsvField::Url,
            CsvField::Venue,     CsvField::Type,     CsvField::Volume,      CsvField::Issue,   CsvField::Pages,
            CsvField::Publisher, CsvField::Tags,     CsvField::CitationKey, CsvField::Comment};
}

QString csvFieldName(CsvField field)
{
    const char *name = nullptr;
    switch (field) {
    case CsvField::Ignore:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "(not imported)");
        break;
    case CsvField::Title:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Title");
        break;
    case CsvField::Authors:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Authors");
        break;
    case CsvField::Editors:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Editors");
        break;
    case CsvField::Year:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Year");
        break;
    case CsvField::Date:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Date");
        break;
    case CsvField::Abstract:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Abstract");
        break;
    case CsvField::Doi:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "DOI");
        break;
    case CsvField::Arxiv:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "arXiv identifier");
        break;
    case CsvField::Url:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "URL");
        break;
    case CsvField::Venue:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Venue");
        break;
    case CsvField::Type:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Type");
        break;
    case CsvField::Volume:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Volume");
        break;
    case CsvField::Issue:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Issue");
        break;
    case CsvField::Pages:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Pages");
        break;
    case CsvField::Publisher:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Publisher");
        break;
    case CsvField::Tags:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Tags");
        break;
    case CsvField::CitationKey:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Citation key");
        break;
    case CsvField::Comment:
        name = QT_TRANSLATE_NOOP("lectern::CsvField", "Comment");
        break;
    }
    return name ? QCoreApplication::translate("lectern::CsvField", name) : QString();
}

QString CsvParser::id() const
{
    return QStringLiteral("csv");
}

QString CsvParser::displayName() const
{
    return QCoreApplication::translate("lectern::CsvParser", "CSV/TSV");
}

int CsvParser::confidence(QStringView text) const
{
    const QStringView head = listing::detectionWindow(text);
    const QStringView start = listing::trimmedLeft(head);
    if (start.isEmpty())
        return 0;
    // Markdown, BibTeX, JSON, XML, comments: a first character that no spreadsheet's header starts with.
    if (QStringView(u"#@{[<|%").contains(start.front()))
        return 0;
    const DetectedHeader header = detectHeader(head);
    const QStringList columns = headerColumns(head, header.record);
    if (columns.size() < 2 || !looksLikeHeader(columns))
        return columns.size() == 1 && looksLikeColumnName(columns.first()) ? 10 : 0;
    const bool consistent = header.checkedRows == 0 || header.consistentRows * 10 >= header.checkedRows * 8;
    if (!consistent)
        return 10;
    int recognised = 0;
    for (CsvField field : guessCsvMapping(columns)) {
        if (field != CsvField::Ignore)
            ++recognised;
    }
    if (recognised >= 2)
        return header.checkedRows > 0 ? 90 : 80;
    // Without recognised names the structure must carry the decision: several rows split alike.
    if (header.checkedRows < 2)
        return 20;
    return recognised == 1 ? 65 : 60;
}

ParseResult CsvParser::parse(QStringView text) const
{
    return parse(text, guessCsvMapping(readCsvHeader(text).columns));
}

ParseResult CsvParser::parse(QStringView text, const QList<CsvField> &mapping) const
{
    ParseResult result;
    const DetectedHeader header = detectHeader(text);
    if (!mappingCanImport(mapping)) {
        const QStringList columns = columnsIfHeader(text, header);
        const QString message =
            !columns.isEmpty() ? QCoreApplication::translate(
                                     "lectern::CsvParser",
                                     "line 1: no column is mapped to the title or the abstract (columns: %1); map the "
                                     "columns to fields and import again")
                                     .arg(namedColumns(columns))
                               : QCoreApplication::translate(
                                   "lectern::CsvParser",
                                   "line 1: the first line is not a header of column names; map the columns to fields "
                                   "and import again");
        result.messages.append({ImportMessage::Severity::Error, 1, message});
        return result;
    }

    const qsizetype columnCount = header.record.cells.size();
    result.records.reserve(listing::estimatedRecordCount(text));
    CsvReader reader(text.sliced(header.dataStart), header.delimiter);
    const qsizetype base = header.dataStart;
    const int lineBase = header.dataLine - 1;
    const QStringView recordText = text.sliced(base);
    CsvRecord record;
    while (reader.next(&record)) {
        if (isBlankRecord(recordText, record))
            continue;
        const int line = record.line + lineBase;
        if (record.unterminated) {
            result.messages.append({ImportMessage::Severity::Error, line,
                                    QCoreApplication::translate(
                                        "lectern::CsvParser", "line %1: a quoted field is never closed; record skipped")
                                        .arg(line)});
            break;
        }
        bool allEmpty = true;
        for (const CellRef &cell : record.cells) {
            if (cell.quoted ? cell.end > cell.start
                            : !listing::isBlank(recordText.sliced(cell.start, cell.end - cell.start))) {
                allEmpty = false;
                break;
            }
        }
        if (allEmpty) // ",,,," rows that spreadsheets leave below the data
            continue;
        if (record.cells.size() > columnCount) {
            result.messages.append(
                {ImportMessage::Severity::Warning, line,
                 QCoreApplication::translate("lectern::CsvParser",
                                             "line %1: %2 fields where the header has %3; the extra fields are "
                                             "ignored")
                     .arg(line)
                     .arg(record.cells.size())
                     .arg(columnCount)});
        } else if (record.cells.size() < columnCount) {
            result.messages.append(
                {ImportMessage::Severity::Warning, line,
                 QCoreApplication::translate("lectern::CsvParser",
                                             "line %1: %2 fields where the header has %3; the missing fields are "
                                             "empty")
                     .arg(line)
                     .arg(record.cells.size())
                     .arg(columnCount)});
        }

        RawRecord raw;
        raw.line = line;
        raw.rawStart = base + record.start;
        raw.rawEnd = base + record.end;
        Paper &paper = raw.paper;
        QString yearText;
        bool cutReported = false;
        const qsizetype cells = std::min<qsizetype>(record.cells.size(), std::min(columnCount, mapping.size()));
        for (qsizetype i = 0; i < cells; ++i) {
            const CsvField field = mapping[i];
            if (field == CsvField::Ignore)
                continue;
            bool cut = false;
            QString value = cellValue(recordText, record.cells[i], kMaxFieldLength, &cut);
            if (cut && !cutReported) {
                cutReported = true;
                result.messages.append({ImportMessage::Severity::Warning, line,
                                        QCoreApplication::translate(
                                            "lectern::CsvParser", "line %1: a field longer than %2 characters was cut")
                                            .arg(line)
                                            .arg(kMaxFieldLength)});
            }
            // Abstracts keep their line breaks until normalization; every other value is one line.
            if (field != CsvField::Abstract)
                value = value.trimmed();
            if (value.isEmpty())
                continue;
            switch (field) {
            case CsvField::Ignore:
                break;
            case CsvField::Title:
                paper.title = value;
                break;
            case CsvField::Authors:
                paper.authors = parseNames(value);
                break;
            case CsvField::Editors:
                paper.editors = parseNames(value);
                break;
            case CsvField::Year:
                yearText = value;
                if (const auto year = yearIn(value))
                    paper.year = *year;
                break;
            case CsvField::Date:
                paper.date = value;
                break;
            case CsvField::Abstract:
                paper.abstract = value;
                break;
            case CsvField::Doi:
                paper.doi = canonicalDoi(value);
                if (paper.doi.isEmpty())
                    result.messages.append(
                        {ImportMessage::Severity::Warning, line,
                         QCoreApplication::translate("lectern::CsvParser", "line %1: unreadable DOI \"%2\" ignored")
                             .arg(line)
                             .arg(value.left(40))});
                break;
            case CsvField::Arxiv:
                paper.arxivId = canonicalArxivId(value);
                if (paper.arxivId.isEmpty())
                    result.messages.append(
                        {ImportMessage::Severity::Warning, line,
                         QCoreApplication::translate("lectern::CsvParser",
                                                     "line %1: unreadable arXiv identifier \"%2\" ignored")
                             .arg(line)
                             .arg(value.left(40))});
                break;
            case CsvField::Url:
                paper.url = value;
                break;
            case CsvField::Venue:
                paper.venue = value;
                break;
            case CsvField::Type:
                paper.type = bibtexType(value);
                break;
            case CsvField::Volume:
                paper.volume = value;
                break;
            case CsvField::Issue:
                paper.issue = value;
                break;
            case CsvField::Pages:
                paper.pages = normalizedPages(value);
                break;
            case CsvField::Publisher:
                paper.publisher = value;
                break;
            case CsvField::Tags:
                paper.tags = parseTags(value);
                break;
            case CsvField::CitationKey:
                paper.citationKey = value;
                break;
            case CsvField::Comment:
                paper.comment = value;
                break;
            }
        }
        // A "Year" cell that holds a whole date ("2023-06-01") is the date too, when no Date column says better.
        if (paper.date.isEmpty() && !yearText.isEmpty() && paper.year && yearText != QString::number(*paper.year))
            paper.date = yearText;
        if (!paper.year && !paper.date.isEmpty())
            paper.year = yearIn(paper.date);
        // Zotero and DataCite give arXiv papers the DOI 10.48550/arXiv.NNNN.NNNNN.
        if (paper.arxivId.isEmpty() && paper.doi.startsWith(QLatin1String("10.48550/arxiv.")))
            paper.arxivId = canonicalArxivId(QStringView(paper.doi).sliced(15));

        if (paper.title.isEmpty() && listing::isBlank(paper.abstract)) {
            result.messages.append(
                {ImportMessage::Severity::Error, line,
                 QCoreApplication::translate("lectern::CsvParser",
                                             "line %1: neither a title nor an abstract; record skipped")
                     .arg(line)});
            continue;
        }
        raw.position = int(result.records.size());
        result.records.append(std::move(raw));
    }
    return result;
}

} // namespace lectern
