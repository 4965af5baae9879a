#include "import/bibtexparser.h"

#include "domain/latex.h"
#include "import/listinglines.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lectern {

namespace {

// A file with many problems lists this many warnings and counts the rest; errors are all listed, since each is
// a skipped entry that the import report counts.
constexpr int kMaxWarnings = 1000;
// Shown in messages: a hostile key is not copied whole into every message about its entry.
constexpr qsizetype kMaxKeyInMessage = 80;

enum class Field : quint8 {
    Title,
    Subtitle,
    Author,
    Editor,
    Journal,
    JournalTitle,
    BookTitle,
    HowPublished,
    Year,
    Month,
    Day,
    Date,
    Volume,
    Number,
    Issue,
    Pages,
    Publisher,
    Institution,
    School,
    Organization,
    Doi,
    Url,
    Eprint,
    ArchivePrefix,
    EprintType,
    Note,
    Keywords,
    Abstract,
    Crossref,
    Unknown,
};

struct FieldName {
    QLatin1String name;
    Field field;
};

const FieldName kFieldNames[] = {
    {QLatin1String("title"), Field::Title},
    {QLatin1String("author"), Field::Author},
    {QLatin1String("year"), Field::Year},
    {QLatin1String("journal"), Field::Journal},
    {QLatin1String("booktitle"), Field::BookTitle},
    {QLatin1String("abstract"), Field::Abstract},
    {QLatin1String("doi"), Field::Doi},
    {QLatin1String("url"), Field::Url},
    {QLatin1String("eprint"), Field::Eprint},
    {QLatin1String("archiveprefix"), Field::ArchivePrefix},
    {QLatin1String("eprinttype"), Field::EprintType},
    {QLatin1String("pages"), Field::Pages},
    {QLatin1String("volume"), Field::Volume},
    {QLatin1String("number"), Field::Number},
    {QLatin1String("month"), Field::Month},
    {QLatin1String("publisher"), Field::Publisher},
    {QLatin1String("editor"), Field::Editor},
    {QLatin1String("keywords"), Field::Keywords},
    {QLatin1String("note"), Field::Note},
    {QLatin1String("journaltitle"), Field::JournalTitle},
    {QLatin1String("date"), Field::Date},
    {QLatin1String("subtitle"), Field::Subtitle},
    {QLatin1String("howpublished"), Field::HowPublished},
    {QLatin1String("day"), Field::Day},
    {QLatin1String("issue"), Field::Issue},
    {QLatin1String("institution"), Field::Institution},
    {QLatin1String("school"), Field::School},
    {QLatin1String("organization"), Field::Organization},
    {QLatin1String("crossref"), Field::Crossref},
};

// Compares ASCII-folded bytes: this runs for every field of every entry.
Field fieldOf(QStringView name)
{
    std::array<char, 16> folded;
    if (name.size() > qsizetype(folded.size()))
        return Field::Unknown;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 128)
            return Field::Unknown;
        folded[size_t(i)] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    for (const FieldName &known : kFieldNames) {
        if (known.name.size() == name.size() && std::memcmp(known.name.data(), folded.data(), size_t(name.size())) == 0)
            return known.field;
    }
    return Field::Unknown;
}

// Fields a crossref'd entry does not take from its parent: they describe the child alone.
bool inheritable(Field field)
{
    switch (field) {
    case Field::Title:
    case Field::Subtitle:
    case Field::Abstract:
    case Field::Keywords:
    case Field::Doi:
    case Field::Url:
    case Field::Eprint:
    case Field::ArchivePrefix:
    case Field::EprintType:
    case Field::Pages:
    case Field::Note:
    case Field::Crossref:
        return false;
    default:
        return true;
    }
}

// The first '{', '}', '"', line break or tab at or after `p`, or `end`: what the scan for a value's end has to
// look at. Most of a .bib file is the text of values, so SSE2 compares eight characters at a time.
const char16_t *nextStructural(const char16_t *p, const char16_t *end)
{
#if defined(__SSE2__)
    const __m128i open = _mm_set1_epi16('{');
    const __m128i close = _mm_set1_epi16('}');
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i newline = _mm_set1_epi16('\n');
    const __m128i tab = _mm_set1_epi16('\t');
    while (end - p >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi16(v, open), _mm_cmpeq_epi16(v, close));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, newline)));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, tab));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + qCountTrailingZeroBits(uint(mask)) / 2;
        p += 8;
    }
#endif
    while (p < end && *p != u'{' && *p != u'}' && *p != u'"' && *p != u'\n' && *p != u'\t')
        ++p;
    return p;
}

// BibTeX's identifier characters: anything printable but these and whitespace.
constexpr std::array<bool, 128> kIdentifier = [] {
    std::array<bool, 128> table{};
    for (int c = 0x21; c < 0x7f; ++c)
        table[size_t(c)] = true;
    for (char c : {'"', '#', '%', '\'', '(', ')', ',', '=', '{', '}', '@', '\\'})
        table[size_t(c)] = false;
    return table;
}();

bool isIdentifierChar(char16_t c)
{
    return c >= 128 ? !QChar::isSpace(c) : kIdentifier[c];
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isBibSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f';
}

// A field value as read: one slice of the file when it is one piece, else assembled.
struct Value {
    QStringView view;
    QString owned;
    bool isOwned = false;
    bool spaces = false; // holds tabs or line breaks
    bool cut = false;    // was longer than kMaxFieldLength

    QStringView text() const { return isOwned ? QStringView(owned) : view; }
};

// A field of an entry as stored until the entry becomes a paper: 24 bytes, since a large file has hundreds of
// thousands of them. The text is a slice of the file or of a string the reader keeps (m_owned, m_macros).
struct FieldValue {
    const char16_t *data = nullptr;
    qsizetype position = 0; // of the field name, for messages
    qint32 size = 0;        // at most kMaxFieldLength
    Field field = Field::Unknown;
    bool spaces = false; // holds tabs or line breaks

    QStringView text() const { return QStringView(data, size); }
};

struct Entry {
    QStringView type;
    QStringView key;
    qsizetype rawStart = 0;
    qsizetype rawEnd = 0;
    qsizetype firstField = 0; // range in Reader::m_fields
    qsizetype endField = -1;  // -1 while the entry is being read
    qsizetype parent = -1;    // crossref'd entry
};

QString shownKey(QStringView key)
{
    return key.size() > kMaxKeyInMessage ? key.first(kMaxKeyInMessage).toString() + QChar(0x2026) : key.toString();
}

// BibTeX reads any run of whitespace in a value as one space.
QString collapsedWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (isBibSpace(c.unicode())) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

QStringView trimmedBib(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBibSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isBibSpace(text[end - 1].unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

int monthNumber(QStringView text)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    text = text.trimmed();
    if (text.isEmpty())
        return 0;
    if (isDigit(text.front().unicode())) {
        bool ok = false;
        const int month = text.toInt(&ok);
        return ok && month >= 1 && month <= 12 ? month : 0;
    }
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.size() < 3)
        return 0;
    static const char *const full[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) {
        if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String(full[i]), Qt::CaseInsensitive) == 0
            || (i == 8 && text.compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0))
            return i + 1;
    }
    return 0;
}

// The first run of exactly four digits, as a year; 0 when there is none.
int yearIn(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i].unicode()) || (i > 0 && isDigit(text[i - 1].unicode())))
            continue;
        qsizetype end = i;
        while (end < text.size() && isDigit(text[end].unicode()))
            ++end;
        if (end - i == 4)
            return text.sliced(i, 4).toInt();
        i = end;
    }
    return 0;
}

// "2016", "2016-03", "2016-03-15": the number of ISO parts (1, 2 or 3), 0 for anything else.
int isoDateParts(QStringView text)
{
    const auto digits = [&](qsizetype at, qsizetype count) {
        if (at + count > text.size())
            return false;
        for (qsizetype i = at; i < at + count; ++i) {
            if (!isDigit(text[i].unicode()))
                return false;
        }
        return true;
    };
    if (text.size() == 4 && digits(0, 4))
        return 1;
    if (text.size() == 7 && digits(0, 4) && text[4] == u'-' && digits(5, 2))
        return 2;
    if (text.size() == 10 && digits(0, 4) && text[4] == u'-' && digits(5, 2) && text[7] == u'-' && digits(8, 2))
        return 3;
    return 0;
}

// An arXiv identifier as an eprint field holds it: "2305.14314", "2305.14314v2", "arXiv:1510.00149",
// "hep-th/9901001", "math.GT/0309136".
bool looksLikeArxivId(QStringView text)
{
    if (text.startsWith(QLatin1String("arxiv:"), Qt::CaseInsensitive))
        text = text.sliced(6);
    const auto digitRun = [&](qsizetype at) {
        qsizetype end = at;
        while (end < text.size() && isDigit(text[end].unicode()))
            ++end;
        return end - at;
    };
    const auto versionOnly = [&](qsizetype at) {
        if (at == text.size())
            return true;
        return text[at] == u'v' && digitRun(at + 1) > 0 && at + 1 + digitRun(at + 1) == text.size();
    };
    if (digitRun(0) == 4 && text.size() > 5 && text[4] == u'.') {
        const qsizetype n = digitRun(5);
        return (n == 4 || n == 5) && versionOnly(5 + n);
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return false;
    for (qsizetype i = 0; i < slash; ++i) {
        const char16_t c = text[i].unicode();
        if (!isAsciiLetter(c) && c != u'-' && c != u'.')
            return false;
    }
    return digitRun(slash + 1) == 7 && versionOnly(slash + 8);
}

// A URL, DOI or eprint: verbatim, but files written by tools that escape everything have "\_" and "\%" in them,
// and some wrap the URL in \url{}.
QString verbatimText(QStringView text)
{
    text = trimmedBib(text);
    if (text.startsWith(QLatin1String("\\url{")) && text.endsWith(u'}'))
        text = trimmedBib(text.sliced(5, text.size() - 6));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isBibSpace(c.unicode()))
            continue;
        if (c == u'\\' && i + 1 < text.size() && QStringView(u"_%&#$~").contains(text[i + 1])) {
            out.append(text[++i]);
            continue;
        }
        if (c == u'{' || c == u'}')
            continue;
        out.append(c);
    }
    return out;
}

// Line numbers are counted over the whole file: eight characters at a time with SSE2, else four at a time in a
// 64-bit word (a lane is zero after the XOR exactly where the text has '\n'; the add-and-or test finds zero
// lanes without carries between lanes).
qsizetype newlines(const char16_t *p, const char16_t *end)
{
    qsizetype count = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi16('\n');
    while (end - p >= 8) {
        // Each lane counts down by one per '\n'; 8192 rounds cannot overflow a 16-bit lane.
        __m128i lanes = _mm_setzero_si128();
        const char16_t *const stop = p + std::min<qsizetype>((end - p) / 8, 8192) * 8;
        for (; p < stop; p += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            lanes = _mm_add_epi16(lanes, _mm_cmpeq_epi16(v, newline));
        }
        alignas(16) qint16 sums[8];
        _mm_store_si128(reinterpret_cast<__m128i *>(sums), lanes);
        for (qint16 sum : sums)
            count -= sum;
    }
#else
    constexpr quint64 newline = 0x000a000a000a000aULL;
    constexpr quint64 low = 0x7fff7fff7fff7fffULL;
    constexpr quint64 high = 0x8000800080008000ULL;
    for (; end - p >= 4; p += 4) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        const quint64 x = word ^ newline;
        const quint64 nonZero = (((x & low) + low) | x) & high;
        // One bit per '\n' lane, at the bottom of its lane; the multiplication sums the four lanes into the top.
        count += qsizetype((((~nonZero & high) >> 15) * 0x0001000100010001ULL) >> 48);
    }
#endif
    for (; p < end; ++p)
        count += *p == u'\n';
    return count;
}

// The entry type in lower case; the common ones are shared strings rather than a new one per entry.
QString entryType(QStringView type)
{
    static const QStringList common = {
        QStringLiteral("article"),     QStringLiteral("inproceedings"), QStringLiteral("misc"),
        QStringLiteral("book"),        QStringLiteral("incollection"),  QStringLiteral("inbook"),
        QStringLiteral("phdthesis"),   QStringLiteral("mastersthesis"), QStringLiteral("techreport"),
        QStringLiteral("unpublished"), QStringLiteral("online"),        QStringLiteral("proceedings")};
    if (type.compare(QLatin1String("conference"), Qt::CaseInsensitive) == 0)
        return common[1];
    for (const QString &known : common) {
        if (known.size() == type.size() && type.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return type.toString().toLower();
}

bool isSuffixPart(QStringView part)
{
    if (part.size() > 3)
        return false;
    static const char *const suffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
    for (const char *suffix : suffixes) {
        if (part.compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
        , m_s(text.utf16())
        , m_n(text.size())
        , m_expansionBudget(8 * text.size() + kMaxFieldLength)
    {
        static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
        static const char *const macros[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; ++i) {
            Value value;
            value.owned = QLatin1String(months[i]);
            value.isOwned = true;
            m_macros.insert(QLatin1String(macros[i]), value);
        }
    }

    ParseResult run()
    {
        m_fields.reserve(size_t(std::min<qsizetype>(m_n / 128, 1 << 20)));
        m_result.records.reserve(std::min<qsizetype>(m_n / 1024, 1 << 16));
        read();
        // Entries that crossref another are filled in last: their parent may come later in the file.
        resolveCrossrefs();
        for (const auto &[recordIndex, entryIndex] : m_deferred)
            fillPaper(m_entries[size_t(entryIndex)], &m_result.records[recordIndex].paper);
        if (m_suppressedWarnings > 0) {
            m_result.messages.append({ImportMessage::Severity::Warning, m_lastSuppressedLine,
                                      QStringLiteral("line %1: %2 more warnings not listed")
                                          .arg(m_lastSuppressedLine)
                                          .arg(m_suppressedWarnings)});
        }
        return std::move(m_result);
    }

private:
    // --- Messages and lines ---------------------------------------------------------------------------------

    int lineAt(qsizetype position)
    {
        position = std::clamp<qsizetype>(position, 0, m_n);
        if (position >= m_linePosition)
            m_line += int(newlines(m_s + m_linePosition, m_s + position));
        else
            m_line -= int(newlines(m_s + position, m_s + m_linePosition));
        m_linePosition = position;
        return m_line;
    }

    void message(ImportMessage::Severity severity, qsizetype position, const QString &text)
    {
        const int line = lineAt(position);
        if (severity == ImportMessage::Severity::Warning && m_warnings >= kMaxWarnings) {
            ++m_suppressedWarnings;
            m_lastSuppressedLine = line;
            return;
        }
        if (severity == ImportMessage::Severity::Warning)
            ++m_warnings;
        m_result.messages.append({severity, line, QStringLiteral("line %1: ").arg(line) + text});
    }

    void warn(qsizetype position, const QString &text) { message(ImportMessage::Severity::Warning, position, text); }

    // --- Scanning -------------------------------------------------------------------------------------------

    char16_t at(qsizetype i) const { return i < m_n ? m_s[i] : 0; }

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_n && isBibSpace(m_s[i]))
            ++i;
        return i;
    }

    qsizetype identifierEnd(qsizetype i) const
    {
        while (i < m_n && isIdentifierChar(m_s[i]))
            ++i;
        return i;
    }

    // Whether the line starting at `i` opens an entry: optional blanks, '@', a type, then '{' or '('.
    bool entryHeadAt(qsizetype i) const
    {
        while (i < m_n && (m_s[i] == u' ' || m_s[i] == u'\t'))
            ++i;
        if (at(i) != u'@')
            return false;
        i = skipSpace(i + 1);
        if (!isAsciiLetter(at(i)))
            return false;
        i = skipSpace(identifierEnd(i));
        return at(i) == u'{' || at(i) == u'(';
    }

    bool atLineStart(qsizetype i) const
    {
        while (i > 0 && (m_s[i - 1] == u' ' || m_s[i - 1] == u'\t'))
            --i;
        return i == 0 || m_s[i - 1] == u'\n';
    }

    // The next line after the one holding `from` that starts with '@', or m_n.
    qsizetype nextAtLine(qsizetype from) const
    {
        qsizetype i = from;
        while (true) {
            const qsizetype newline = m_text.indexOf(u'\n', i);
            if (newline < 0)
                return m_n;
            i = newline + 1;
            qsizetype j = i;
            while (j < m_n && (m_s[j] == u' ' || m_s[j] == u'\t'))
                ++j;
            if (at(j) == u'@')
                return j;
        }
    }

    // Why reading an entry (or @string) stopped, and where.
    struct Failure {
        qsizetype position = 0;
        QString text;
    };

    // What is being read, for messages; the words are only made when a message needs them.
    struct Where {
        enum Kind { Entry, String, Preamble } kind = Entry;
        QStringView name; // the entry's key, the string's name
        QStringView fieldName;

        QString container() const
        {
            switch (kind) {
            case String:
                return QStringLiteral("@string '%1'").arg(shownKey(name));
            case Preamble:
                return QStringLiteral("@preamble");
            default:
                return QStringLiteral("entry '%1'").arg(shownKey(name));
            }
        }
        QString field() const
        {
            return kind == Entry ? QStringLiteral("field '%1'").arg(shownKey(fieldName)) : QStringLiteral("the value");
        }
    };

    enum class Scan { Done, Unbalanced, Unterminated };

    // Scans a braced value (`open` at '{') or a quoted one (at '"'); sets *end past it and notes whether it
    // holds tabs or line breaks. A line that opens an entry ends the scan: the value (or its entry) was never
    // closed. Braces are counted whether escaped or not, as BibTeX counts them.
    Scan scanDelimited(qsizetype open, qsizetype *end, bool *spaces) const
    {
        const bool quoted = m_s[open] == u'"';
        const char16_t *const limit = m_s + m_n;
        const char16_t *p = m_s + open + 1;
        qsizetype depth = quoted ? 0 : 1;
        while (true) {
            p = nextStructural(p, limit);
            if (p == limit)
                return depth > 0 || !quoted ? Scan::Unbalanced : Scan::Unterminated;
            switch (*p) {
            case u'{':
                ++depth;
                break;
            case u'}':
                if (depth == 0) // a stray '}' in a quoted value
                    break;
                if (--depth == 0 && !quoted) {
                    *end = p - m_s + 1;
                    return Scan::Done;
                }
                break;
            case u'"':
                if (quoted && depth == 0) {
                    *end = p - m_s + 1;
                    return Scan::Done;
                }
                break;
            case u'\n':
                *spaces = true;
                if (entryHeadAt(p - m_s + 1))
                    return depth > 0 || !quoted ? Scan::Unbalanced : Scan::Unterminated;
                break;
            default: // '\t'
                *spaces = true;
                break;
            }
            ++p;
        }
    }

    void appendPart(Value *value, bool *first, QStringView part, bool spaces, bool cut)
    {
        value->spaces = value->spaces || spaces;
        value->cut = value->cut || cut;
        if (*first) {
            *first = false;
            if (part.size() > kMaxFieldLength) {
                part = part.first(kMaxFieldLength);
                value->cut = true;
            }
            value->view = part;
            return;
        }
        if (!value->isOwned) {
            value->owned = value->view.toString();
            value->isOwned = true;
        }
        const qsizetype room = kMaxFieldLength - value->owned.size();
        if (part.size() > room) {
            part = part.first(std::max<qsizetype>(0, room));
            value->cut = true;
        }
        value->owned.append(part);
    }

    // Reads `value # value # ...` from `i`; returns the position after it, or -1 with *failure set. `build`
    // false only checks the syntax (fields Lectern does not read are not copied).
    qsizetype readValue(qsizetype i, bool build, Value *value, const Where &where, Failure *failure)
    {
        bool first = true;
        while (true) {
            i = skipSpace(i);
            const char16_t c = at(i);
            if (c == u'{' || c == u'"') {
                qsizetype end = 0;
                bool spaces = false;
                const Scan scan = scanDelimited(i, &end, &spaces);
                if (scan != Scan::Done) {
                    failure->position = i;
                    failure->text = scan == Scan::Unbalanced
                                        ? QStringLiteral("unbalanced brace in %1").arg(where.container())
                                        : QStringLiteral("unterminated quoted value of %1 in %2")
                                              .arg(where.field(), where.container());
                    return -1;
                }
                if (build)
                    appendPart(value, &first, QStringView(m_s + i + 1, end - i - 2), spaces, false);
                i = end;
            } else if (isDigit(c)) {
                qsizetype end = i;
                while (end < m_n && isDigit(m_s[end]))
                    ++end;
                if (build)
                    appendPart(value, &first, QStringView(m_s + i, end - i), false, false);
                i = end;
            } else if (c && isIdentifierChar(c)) {
                const qsizetype end = identifierEnd(i);
                if (build)
                    expandMacro(value, &first, QStringView(m_s + i, end - i), i, where);
                i = end;
            } else {
                failure->position = i;
                failure->text = QStringLiteral("missing value of %1 in %2").arg(where.field(), where.container());
                return -1;
            }
            const qsizetype next = skipSpace(i);
            if (at(next) != u'#')
                return i;
            i = next + 1;
        }
    }

    void expandMacro(Value *value, bool *first, QStringView name, qsizetype position, const Where &where)
    {
        const auto it = m_macros.constFind(name.toString().toLower());
        if (it == m_macros.constEnd()) {
            warn(position, QStringLiteral("undefined string '%1' in %2").arg(shownKey(name), where.container()));
            appendPart(value, first, name, false, false);
            return;
        }
        const QStringView text = it->text();
        m_expansionBudget -= text.size();
        if (m_expansionBudget < 0) {
            if (!m_budgetReported) {
                m_budgetReported = true;
                warn(position, QStringLiteral("string expansions exceed the limit; '%1' and later strings in the "
                                              "file are not expanded")
                                   .arg(shownKey(name)));
            }
            appendPart(value, first, name, false, false);
            return;
        }
        appendPart(value, first, text, it->spaces, it->cut);
    }

    // --- Top level ------------------------------------------------------------------------------------------

    void read()
    {
        qsizetype pos = 0;
        while (pos < m_n) {
            const qsizetype atSign = m_text.indexOf(u'@', pos);
            if (atSign < 0)
                break;
            pos = atSign + 1;
            const qsizetype typeStart = skipSpace(atSign + 1);
            if (!isAsciiLetter(at(typeStart)))
                continue; // an '@' in the text between entries
            const qsizetype typeEnd = identifierEnd(typeStart);
            const QStringView type(m_s + typeStart, typeEnd - typeStart);
            const qsizetype open = skipSpace(typeEnd);
            const bool isComment = type.compare(QLatin1String("comment"), Qt::CaseInsensitive) == 0;
            if (at(open) != u'{' && at(open) != u'(') {
                // BibTeX reads "@comment" as a word to ignore; an '@' inside a line is text between entries.
                if (!isComment && atLineStart(atSign) && type.compare(QLatin1String("string"), Qt::CaseInsensitive) != 0
                    && type.compare(QLatin1String("preamble"), Qt::CaseInsensitive) != 0) {
                    message(ImportMessage::Severity::Error, atSign,
                            QStringLiteral("'@%1' is not followed by '{' or '('; skipped").arg(shownKey(type)));
                }
                pos = typeEnd;
                continue;
            }
            const char16_t close = m_s[open] == u'{' ? u'}' : u')';
            if (isComment) {
                pos = skipComment(open, close, typeEnd);
            } else if (type.compare(QLatin1String("preamble"), Qt::CaseInsensitive) == 0) {
                pos = readPreamble(atSign, open, close);
            } else if (type.compare(QLatin1String("string"), Qt::CaseInsensitive) == 0) {
                pos = readString(atSign, open, close);
            } else {
                pos = readEntry(atSign, type, open, close);
            }
        }
    }

    // JabRef and biber read @comment{...} as one balanced block, even across lines that hold entries (a block
    // commented out that way stays out); BibTeX ignores the word and reads on. A block that never closes is
    // read BibTeX's way, and from then on blocks end at the next entry line, so such files stay linear.
    qsizetype skipComment(qsizetype open, char16_t close, qsizetype afterWord)
    {
        qsizetype depth = 0;
        for (qsizetype i = open; i < m_n; ++i) {
            const char16_t c = m_s[i];
            if (c == u'{') {
                ++depth;
            } else if (c == u'}') {
                if (--depth == 0 && close == u'}')
                    return i + 1;
            } else if (c == u')' && close == u')' && depth <= 1) {
                return i + 1;
            } else if (c == u'\n' && m_commentsEndAtEntries && entryHeadAt(i + 1)) {
                return i + 1;
            }
        }
        m_commentsEndAtEntries = true;
        return afterWord;
    }

    qsizetype readPreamble(qsizetype atSign, qsizetype open, char16_t close)
    {
        Failure failure;
        Value ignored;
        qsizetype i = readValue(open + 1, false, &ignored, Where{Where::Preamble, {}, {}}, &failure);
        if (i >= 0) {
            i = skipSpace(i);
            if (at(i) == close)
                return i + 1;
            failure = {i, QStringLiteral("missing '%1' at the end of @preamble").arg(QChar(close))};
        }
        warn(failure.position, failure.text + QStringLiteral("; ignored"));
        return nextAtLine(atSign);
    }

    qsizetype readString(qsizetype atSign, qsizetype open, char16_t close)
    {
        Failure failure;
        qsizetype i = open + 1;
        while (true) {
            i = skipSpace(i);
            if (at(i) == close)
                return i + 1;
            const qsizetype nameEnd = identifierEnd(i);
            if (nameEnd == i) {
                failure = {i, QStringLiteral("missing string name in @string")};
                break;
            }
            const QStringView name(m_s + i, nameEnd - i);
            const Where where{Where::String, name, {}};
            i = skipSpace(nameEnd);
            if (at(i) != u'=') {
                failure = {i, QStringLiteral("missing '=' in %1").arg(where.container())};
                break;
            }
            Value value;
            i = readValue(i + 1, true, &value, where, &failure);
            if (i < 0)
                break;
            // Fields read earlier may point into the string this definition replaces: it is kept.
            const QString macroName = name.toString().toLower();
            if (const auto old = m_macros.find(macroName); old != m_macros.end() && old->isOwned)
                m_owned.push_back(std::move(old->owned));
            m_macros.insert(macroName, value);
            i = skipSpace(i);
            if (at(i) == u',') {
                ++i;
                continue;
            }
            if (at(i) == close)
                return i + 1;
            failure = {i, QStringLiteral("missing '%1' at the end of %2").arg(QChar(close)).arg(where.container())};
            break;
        }
        warn(failure.position, failure.text + QStringLiteral("; ignored"));
        return nextAtLine(atSign);
    }

    qsizetype readEntry(qsizetype atSign, QStringView type, qsizetype open, char16_t close)
    {
        Failure failure;
        Entry entry;
        entry.type = type;
        entry.rawStart = atSign;
        entry.firstField = qsizetype(m_fields.size());
        const qsizetype end = readEntryBody(open, close, &entry, &failure);
        if (end < 0) {
            m_fields.resize(size_t(entry.firstField));
            message(ImportMessage::Severity::Error, failure.position, failure.text);
            return nextAtLine(atSign);
        }
        entry.rawEnd = end;
        entry.endField = qsizetype(m_fields.size());
        m_entries.push_back(entry);
        // The paper is made while the entry's text is still in the cache.
        RawRecord record;
        record.position = int(m_result.records.size());
        record.line = lineAt(entry.rawStart);
        record.rawStart = entry.rawStart;
        record.rawEnd = entry.rawEnd;
        if (findOwn(entry, Field::Crossref))
            m_deferred.emplace_back(m_result.records.size(), qsizetype(m_entries.size()) - 1);
        else
            fillPaper(entry, &record.paper);
        m_result.records.append(std::move(record));
        return end;
    }

    qsizetype readEntryBody(qsizetype open, char16_t close, Entry *entry, Failure *failure)
    {
        const auto unclosed = [&] {
            *failure = {entry->rawStart,
                        close == u'}'
                            ? QStringLiteral("unbalanced brace in entry '%1'").arg(shownKey(entry->key))
                            : QStringLiteral("missing ')' at the end of entry '%1'").arg(shownKey(entry->key))};
            return qsizetype(-1);
        };
        qsizetype i = skipSpace(open + 1);
        const qsizetype keyStart = i;
        while (i < m_n) {
            const char16_t c = m_s[i];
            if (isBibSpace(c) || c == u',' || c == close || c == u'{' || c == u'}' || c == u'=' || c == u'"'
                || c == u'#')
                break;
            ++i;
        }
        entry->key = QStringView(m_s + keyStart, i - keyStart);
        i = skipSpace(i);
        if (entry->key.isEmpty() || at(i) == u'=') {
            *failure = {keyStart, QStringLiteral("missing citation key in @%1 entry").arg(shownKey(entry->type))};
            return -1;
        }
        if (i >= m_n)
            return unclosed();
        if (m_s[i] == close)
            return i + 1;
        if (m_s[i] != u',') {
            *failure = {i, QStringLiteral("missing ',' after the citation key '%1'").arg(shownKey(entry->key))};
            return -1;
        }
        ++i;
        Where where{Where::Entry, entry->key, {}};
        while (true) {
            i = skipSpace(i);
            if (i >= m_n)
                return unclosed();
            const char16_t c = m_s[i];
            if (c == close)
                return i + 1;
            if (c == u',') {
                ++i;
                continue;
            }
            if (c == u'@' && atLineStart(i) && entryHeadAt(i))
                return unclosed();
            if (!isIdentifierChar(c)) {
                *failure = {i, QStringLiteral("unexpected '%1' in %2").arg(QChar(c), where.container())};
                return -1;
            }
            const qsizetype nameStart = i;
            i = identifierEnd(i);
            const QStringView name(m_s + nameStart, i - nameStart);
            where.fieldName = name;
            i = skipSpace(i);
            if (at(i) != u'=') {
                *failure = {nameStart,
                            QStringLiteral("missing '=' after %1 in %2").arg(where.field(), where.container())};
                return -1;
            }
            const Field field = fieldOf(name);
            bool build = field != Field::Unknown;
            if (build && findOwn(*entry, field)) {
                warn(nameStart,
                     QStringLiteral("duplicate %1 in %2; the first one is kept").arg(where.field(), where.container()));
                build = false;
            }
            Value value;
            i = readValue(i + 1, build, &value, where, failure);
            if (i < 0)
                return -1;
            if (build) {
                if (value.cut) {
                    warn(nameStart, QStringLiteral("%1 of %2 cut to %3 characters")
                                        .arg(where.field(), where.container())
                                        .arg(kMaxFieldLength));
                }
                if (value.isOwned)
                    m_owned.push_back(std::move(value.owned));
                const QStringView stored = value.isOwned ? QStringView(m_owned.back()) : value.view;
                m_fields.push_back({stored.utf16(), nameStart, qint32(stored.size()), field, value.spaces});
            }
            i = skipSpace(i);
            if (i >= m_n)
                return unclosed();
            if (m_s[i] == u',') {
                ++i;
                continue;
            }
            if (m_s[i] == close)
                return i + 1;
            if (m_s[i] == u'@' && atLineStart(i) && entryHeadAt(i))
                return unclosed();
            *failure = {i, QStringLiteral("missing ',' after %1 in %2").arg(where.field(), where.container())};
            return -1;
        }
    }

    // --- Entries to papers ----------------------------------------------------------------------------------

    const FieldValue *findOwn(const Entry &entry, Field field) const
    {
        const qsizetype end = entry.endField < 0 ? qsizetype(m_fields.size()) : entry.endField;
        for (qsizetype i = entry.firstField; i < end; ++i) {
            if (m_fields[size_t(i)].field == field)
                return &m_fields[size_t(i)];
        }
        return nullptr;
    }

    // The field of the entry or, when it lacks it, of its crossref'd parent (and grandparent).
    const FieldValue *find(const Entry &entry, Field field) const
    {
        const Entry *current = &entry;
        for (int depth = 0; depth < 4; ++depth) {
            if (const FieldValue *value = findOwn(*current, field))
                return value;
            if (current->parent < 0 || !inheritable(field))
                return nullptr;
            current = &m_entries[size_t(current->parent)];
        }
        return nullptr;
    }

    void resolveCrossrefs()
    {
        QHash<QString, qsizetype> byKey;
        bool any = false;
        for (const Entry &entry : m_entries) {
            if (findOwn(entry, Field::Crossref)) {
                any = true;
                break;
            }
        }
        if (!any)
            return;
        for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
            // BibTeX matches crossref keys without regard to case; the first entry with a key wins.
            const QString key = m_entries[size_t(i)].key.toString().toLower();
            if (!byKey.contains(key))
                byKey.insert(key, i);
        }
        for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
            Entry &entry = m_entries[size_t(i)];
            const FieldValue *crossref = findOwn(entry, Field::Crossref);
            if (!crossref)
                continue;
            const QString target = trimmedBib(crossref->text()).toString();
            const qsizetype parent = byKey.value(target.toLower(), -1);
            if (parent < 0 || parent == i) {
                warn(
                    crossref->position,
                    QStringLiteral("crossref '%1' of entry '%2' not found").arg(shownKey(target), shownKey(entry.key)));
                continue;
            }
            entry.parent = parent;
        }
    }

    // The field's text: whitespace collapsed, LaTeX converted, at most kMaxFieldLength long.
    QString text(const FieldValue *field)
    {
        if (!field)
            return {};
        const QStringView raw = trimmedBib(field->text());
        QString result;
        if (field->spaces) {
            result = collapsedWhitespace(raw);
            if (needsLatexConversion(result))
                result = latexToUnicode(result);
        } else {
            result = latexToUnicode(raw);
        }
        if (result.size() > kMaxFieldLength)
            result.truncate(kMaxFieldLength);
        return result;
    }

    QString verbatim(const FieldValue *field) const { return field ? verbatimText(field->text()) : QString(); }

    // BibTeX's name list: names separated by "and" (any case) at brace depth 0, each "First von Last",
    // "von Last, First" or "von Last, Jr, First"; a name in braces is one name, whatever it holds.
    QStringList names(const FieldValue *field) const
    {
        QStringList list;
        if (!field)
            return list;
        list.reserve(8);
        QString collapsed;
        QStringView raw = trimmedBib(field->text());
        if (field->spaces) {
            collapsed = collapsedWhitespace(raw);
            raw = collapsed;
        }
        qsizetype depth = 0;
        qsizetype nameStart = 0;
        const qsizetype n = raw.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = raw[i];
            if (c == u'{') {
                ++depth;
            } else if (c == u'}') {
                depth = std::max<qsizetype>(0, depth - 1);
            } else if (depth == 0 && c == u' ' && i + 4 < n && (raw[i + 1] == u'a' || raw[i + 1] == u'A')
                       && raw.sliced(i + 1, 3).compare(QLatin1String("and"), Qt::CaseInsensitive) == 0
                       && raw[i + 4] == u' ') {
                appendName(&list, raw.sliced(nameStart, i - nameStart));
                nameStart = i + 5;
                i += 3;
            }
        }
        appendName(&list, raw.sliced(std::min(nameStart, n)));
        return list;
    }

    static void appendName(QStringList *list, QStringView name)
    {
        name = trimmedBib(name);
        if (name.isEmpty())
            return;
        // Commas at depth 0 split the inverted forms.
        QVarLengthArray<QStringView, 3> parts;
        qsizetype depth = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (name[i] == u'{')
                ++depth;
            else if (name[i] == u'}')
                depth = std::max<qsizetype>(0, depth - 1);
            else if (name[i] == u',' && depth == 0) {
                parts.append(trimmedBib(name.sliced(start, i - start)));
                start = i + 1;
            }
        }
        parts.append(trimmedBib(name.sliced(start)));
        QString display;
        display.reserve(name.size() + 1);
        const auto add = [&display](QStringView part) {
            if (part.isEmpty())
                return;
            if (!display.isEmpty())
                display.append(u' ');
            display.append(part);
        };
        if (parts.size() == 1) {
            add(parts[0]);
        } else if (parts.size() == 2 && isSuffixPart(parts[1])) {
            add(parts[0]);
            add(parts[1]);
        } else if (parts.size() == 2) {
            add(parts[1]);
            add(parts[0]);
        } else {
            for (qsizetype i = 2; i < parts.size(); ++i)
                add(parts[i]);
            add(parts[0]);
            add(parts[1]);
        }
        if (needsLatexConversion(display))
            display = latexToUnicode(display).simplified();
        if (!display.isEmpty())
            list->append(display);
    }

    static QString pagesText(const QString &pages)
    {
        QString out;
        out.reserve(pages.size());
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QChar c = pages[i];
            if (c != u'-' && c != QChar(0x2013) && c != QChar(0x2014)) {
                out.append(c);
                continue;
            }
            while (out.endsWith(u' '))
                out.chop(1);
            while (i + 1 < pages.size()
                   && (pages[i + 1] == u'-' || pages[i + 1] == QChar(0x2013) || pages[i + 1] == QChar(0x2014)
                       || pages[i + 1] == u' '))
                ++i;
            out.append(QChar(0x2013));
        }
        return out;
    }

    static QStringList tagsFrom(const QString &keywords)
    {
        QStringList tags;
        for (QStringView part : QStringView(keywords).tokenize(u',')) {
            for (QStringView piece : part.tokenize(u';')) {
                QString tag = piece.trimmed().toString();
                if (tag.contains(u'>')) {
                    QStringList levels = tag.split(u'>');
                    for (QString &level : levels)
                        level = level.trimmed();
                    levels.removeAll(QString());
                    tag = levels.join(u'/');
                }
                if (!tag.isEmpty() && !tags.contains(tag))
                    tags.append(tag);
            }
        }
        return tags;
    }

    static QString arxivIdIn(const QString &text)
    {
        const qsizetype at = text.indexOf(QLatin1String("arxiv"), 0, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        QStringView rest = QStringView(text).sliced(at + 5);
        // "arXiv preprint arXiv:2305.14314", "arXiv:2305.14314 [cs]", "arXiv.2305.14314" (a DataCite DOI).
        while (!rest.isEmpty() && !isDigit(rest.front().unicode()) && !isAsciiLetter(rest.front().unicode()))
            rest = rest.sliced(1);
        if (rest.startsWith(QLatin1String("preprint"), Qt::CaseInsensitive))
            return arxivIdIn(rest.sliced(8).toString());
        qsizetype end = 0;
        while (end < rest.size() && !rest[end].isSpace() && rest[end] != u',' && rest[end] != u']' && rest[end] != u')')
            ++end;
        const QStringView candidate = rest.first(end);
        return looksLikeArxivId(candidate) ? candidate.toString() : QString();
    }

    static bool isContainerType(QStringView type)
    {
        static const char *const containers[] = {"proceedings", "mvproceedings", "book",
                                                 "mvbook",      "collection",    "mvcollection",
                                                 "reference",   "mvreference",   "periodical"};
        for (const char *container : containers) {
            if (type.compare(QLatin1String(container), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    void fillPaper(const Entry &entry, Paper *target)
    {
        Paper &paper = *target;
        paper.type = entryType(entry.type);
        paper.citationKey = entry.key.toString();

        paper.title = text(find(entry, Field::Title));
        if (const QString subtitle = text(find(entry, Field::Subtitle)); !subtitle.isEmpty())
            paper.title = paper.title.isEmpty() ? subtitle : paper.title + QStringLiteral(": ") + subtitle;
        paper.authors = names(find(entry, Field::Author));
        paper.editors = names(find(entry, Field::Editor));
        paper.abstract = text(find(entry, Field::Abstract));

        const QString journal = text(find(entry, Field::Journal));
        const QString journalTitle = text(find(entry, Field::JournalTitle));
        QString bookTitle = text(find(entry, Field::BookTitle));
        if (bookTitle.isEmpty() && entry.parent >= 0 && isContainerType(m_entries[size_t(entry.parent)].type))
            bookTitle = text(findOwn(m_entries[size_t(entry.parent)], Field::Title));
        const FieldValue *howPublished = find(entry, Field::HowPublished);
        const QStringView howRaw = howPublished ? trimmedBib(howPublished->text()) : QStringView();
        const bool howIsUrl = howRaw.startsWith(QLatin1String("\\url")) || howRaw.contains(QLatin1String("://"));
        paper.venue = !journal.isEmpty()        ? journal
                      : !journalTitle.isEmpty() ? journalTitle
                      : !bookTitle.isEmpty()    ? bookTitle
                      : howIsUrl                ? QString()
                                                : text(howPublished);

        const QString yearText = text(find(entry, Field::Year));
        const QString dateText = text(find(entry, Field::Date));
        const QString monthText = text(find(entry, Field::Month));
        if (!dateText.isEmpty()) {
            const QString date = dateText.section(u'/', 0, 0).trimmed(); // the start of a range
            const int year = yearIn(date.left(4));
            if (year)
                paper.year = year;
            if (isoDateParts(date) != 1)
                paper.date = date;
        }
        if (!paper.year && !yearText.isEmpty()) {
            if (const int year = yearIn(yearText))
                paper.year = year;
        }
        if (paper.date.isEmpty() && !monthText.isEmpty()) {
            // "mar", "March", "3", and "mar # {~9}" ("March 9"), the way some files give the day.
            qsizetype wordEnd = 0;
            while (wordEnd < monthText.size() && !monthText[wordEnd].isSpace() && monthText[wordEnd] != u'.'
                   && monthText[wordEnd] != u',')
                ++wordEnd;
            const QString monthWord = monthText.left(wordEnd);
            const int month = monthNumber(monthWord);
            const QString rest = monthText.mid(monthWord.size()).remove(u'.').remove(u',').trimmed();
            int day = text(find(entry, Field::Day)).toInt();
            if (!rest.isEmpty()) {
                bool ok = false;
                day = rest.toInt(&ok);
                if (!ok || day < 1 || day > 31)
                    day = -1; // the month holds more than a day: keep it as text
            }
            if (month && paper.year && day >= 0) {
                paper.date = QStringLiteral("%1-%2")
                                 .arg(*paper.year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'));
                if (day >= 1 && day <= 31)
                    paper.date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
            } else {
                paper.date = paper.year ? monthText + u' ' + QString::number(*paper.year) : monthText;
            }
        }

        paper.volume = text(find(entry, Field::Volume));
        paper.issue = text(find(entry, Field::Number));
        if (paper.issue.isEmpty())
            paper.issue = text(find(entry, Field::Issue));
        paper.pages = pagesText(text(find(entry, Field::Pages)));
        for (Field field : {Field::Publisher, Field::Institution, Field::School, Field::Organization}) {
            paper.publisher = text(find(entry, field));
            if (!paper.publisher.isEmpty())
                break;
        }
        paper.doi = verbatim(find(entry, Field::Doi));
        paper.url = verbatim(find(entry, Field::Url));
        if (paper.url.isEmpty() && howIsUrl)
            paper.url = verbatimText(howRaw);
        paper.comment = text(find(entry, Field::Note));
        paper.tags = tagsFrom(text(find(entry, Field::Keywords)));

        const QString eprint = verbatim(find(entry, Field::Eprint));
        QString prefix = verbatim(find(entry, Field::ArchivePrefix));
        if (prefix.isEmpty())
            prefix = verbatim(find(entry, Field::EprintType));
        if (!eprint.isEmpty()) {
            if (prefix.compare(QLatin1String("arxiv"), Qt::CaseInsensitive) == 0
                || (prefix.isEmpty() && looksLikeArxivId(eprint)))
                paper.arxivId = eprint;
        }
        if (paper.arxivId.isEmpty()) {
            for (const QString *source :
                 std::initializer_list<const QString *>{&journal, &paper.venue, &paper.comment, &paper.doi}) {
                paper.arxivId = arxivIdIn(*source);
                if (!paper.arxivId.isEmpty())
                    break;
            }
        }
        if (paper.arxivId.startsWith(QLatin1String("arxiv:"), Qt::CaseInsensitive))
            paper.arxivId = paper.arxivId.sliced(6);
    }

    QStringView m_text;
    const char16_t *m_s;
    qsizetype m_n;
    qsizetype m_linePosition = 0;
    int m_line = 1;
    qint64 m_expansionBudget;
    bool m_budgetReported = false;
    bool m_commentsEndAtEntries = false;
    int m_warnings = 0;
    int m_suppressedWarnings = 0;
    int m_lastSuppressedLine = 1;
    QHash<QString, Value> m_macros;
    std::vector<Entry> m_entries;
    std::vector<FieldValue> m_fields;
    std::vector<QString> m_owned; // the text of assembled field values, which m_fields point into
    std::vector<std::pair<qsizetype, qsizetype>> m_deferred; // record, entry
    ParseResult m_result;
};

// "@type{key," or "@string{" at `i` (an '@'); returns the length of the head, 0 when there is none.
qsizetype headLength(QStringView text, qsizetype i)
{
    const auto skip = [&](qsizetype j) {
        while (j < text.size() && isBibSpace(text[j].unicode()))
            ++j;
        return j;
    };
    qsizetype j = skip(i + 1);
    const qsizetype typeStart = j;
    if (j >= text.size() || !isAsciiLetter(text[j].unicode()))
        return 0;
    while (j < text.size() && isIdentifierChar(text[j].unicode()))
        ++j;
    const QStringView type = text.sliced(typeStart, j - typeStart);
    j = skip(j);
    if (j >= text.size() || (text[j] != u'{' && text[j] != u'('))
        return 0;
    if (type.compare(QLatin1String("string"), Qt::CaseInsensitive) == 0
        || type.compare(QLatin1String("comment"), Qt::CaseInsensitive) == 0
        || type.compare(QLatin1String("preamble"), Qt::CaseInsensitive) == 0)
        return j + 1 - i;
    j = skip(j + 1);
    const qsizetype keyStart = j;
    while (j < text.size() && !isBibSpace(text[j].unicode()) && text[j] != u',' && text[j] != u'{' && text[j] != u'}'
           && text[j] != u'=' && text[j] != u'"')
        ++j;
    if (j == keyStart)
        return 0;
    j = skip(j);
    return j < text.size() && text[j] == u',' ? j + 1 - i : 0;
}

} // namespace

QString BibtexParser::id() const
{
    return QStringLiteral("bibtex");
}

QString BibtexParser::displayName() const
{
    return QCoreApplication::translate("lectern::BibtexParser", "BibTeX");
}

int BibtexParser::confidence(QStringView text) const
{
    const QStringView head = listing::detectionWindow(text);
    qsizetype heads = 0;
    qsizetype firstHead = -1;
    for (qsizetype i = head.indexOf(u'@'); i >= 0; i = head.indexOf(u'@', i + 1)) {
        if (const qsizetype length = headLength(head, i)) {
            if (firstHead < 0)
                firstHead = i;
            ++heads;
            i += length - 1;
        }
    }
    if (heads == 0)
        return 0;
    // Text before the first entry is a comment to BibTeX: a '%' header (JabRef), a few lines of prose (Mendeley).
    bool onlyComments = true;
    for (QStringView line : head.first(firstHead).tokenize(u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(u'%'))
            onlyComments = false;
    }
    if (onlyComments || firstHead < 1500)
        return 95;
    return heads >= 3 ? 80 : 40;
}

ParseResult BibtexParser::parse(QStringView text) const
{
    return Reader(text).run();
}

} // namespace lectern
