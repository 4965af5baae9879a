#include "import/arxivjsonlparser.h"

#include "domain/personname.h"
#include "import/arxivatomparser.h"
#include "import/jsonscan.h"
#include "import/listinglines.h"
#include "import/normalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace lectern {

namespace {

// Keys of the snapshot schema that other JSON shapes do not have.
constexpr std::array kSnapshotKeys = {QLatin1String("authors_parsed"), QLatin1String("submitter"),
                                      QLatin1String("versions"),       QLatin1String("update_date"),
                                      QLatin1String("journal-ref"),    QLatin1String("report-no"),
                                      QLatin1String("categories")};

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// "Mon, 2 Apr 2007 19:18:42 GMT" → "2007-04-02"; empty when it does not read so.
QString submissionDate(QStringView created)
{
    static constexpr std::array kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int day = 0;
    int month = 0;
    int year = 0;
    for (QStringView word : created.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.endsWith(u','))
            word.chop(1);
        bool ok = false;
        const int n = word.toInt(&ok);
        if (ok && word.size() <= 2 && day == 0) {
            day = n;
        } else if (ok && word.size() == 4 && year == 0) {
            year = n;
        } else if (word.size() == 3 && month == 0) {
            for (int i = 0; i < 12; ++i) {
                if (word.compare(QLatin1String(kMonths[size_t(i)]), Qt::CaseInsensitive) == 0)
                    month = i + 1;
            }
        }
    }
    if (year == 0 || month == 0 || day < 1 || day > 31)
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

struct LineContext {
    int line = 0;
    QList<ImportMessage> *messages = nullptr;
};

void limitLength(QString &value, QLatin1String field, const LineContext &context)
{
    if (value.size() <= kMaxFieldLength)
        return;
    value.truncate(kMaxFieldLength);
    if (value.back().isHighSurrogate())
        value.chop(1);
    context.messages->append({ImportMessage::Severity::Warning, context.line,
                              QCoreApplication::translate("lectern::ArxivJsonlParser",
                                                          "line %1: the \"%2\" field is longer than %3 characters; cut")
                                  .arg(context.line)
                                  .arg(field)
                                  .arg(kMaxFieldLength)});
}

QString stringMember(const QJsonObject &object, QLatin1String key)
{
    return stringOf(object.value(key));
}

QStringList displayNames(const QList<QStringList> &parsed)
{
    QStringList authors;
    authors.reserve(parsed.size());
    for (const QStringList &parts : parsed) {
        PersonName person;
        person.family = parts.value(0).simplified();
        person.given = parts.value(1).simplified();
        person.suffix = parts.value(2).simplified();
        const QString name = displayName(person);
        if (!name.isEmpty())
            authors.append(name);
    }
    return authors;
}

// authors_parsed ([family, given, suffix, ...] per author), or nothing when the record has none.
std::optional<QList<QStringList>> parsedAuthors(const QJsonObject &object)
{
    const QJsonArray list = object.value(QLatin1String("authors_parsed")).toArray();
    if (list.isEmpty())
        return std::nullopt;
    QList<QStringList> parsed;
    for (const QJsonValue &entry : list) {
        QStringList parts;
        for (const QJsonValue &part : entry.toArray())
            parts.append(stringOf(part));
        parsed.append(parts);
    }
    return parsed;
}

QString firstVersionCreated(const QJsonObject &object)
{
    const QJsonArray versions = object.value(QLatin1String("versions")).toArray();
    return stringOf(versions.at(0).toObject().value(QLatin1String("created")));
}

// One line's object as readLineObject() reads it: its string members, and the two nested values the snapshot
// has, already taken apart.
struct LineObject {
    QList<std::pair<QString, QString>> strings;
    QList<QStringList> authorsParsed;
    QString firstCreated;

    void clear()
    {
        strings.clear();
        authorsParsed.clear();
        firstCreated.clear();
    }
};

QString stringMember(const LineObject &object, QLatin1String key)
{
    // As QJsonDocument does, the last of repeated keys counts.
    for (auto it = object.strings.crbegin(); it != object.strings.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return {};
}

std::optional<QList<QStringList>> parsedAuthors(const LineObject &object)
{
    return object.authorsParsed.isEmpty() ? std::nullopt : std::optional(object.authorsParsed);
}

QString firstVersionCreated(const LineObject &object)
{
    return object.firstCreated;
}

bool isNumber(QStringView token)
{
    if (token.isEmpty() || !(token.front().isDigit() || token.front() == u'-'))
        return false;
    bool ok = false;
    if (const double value = token.toDouble(&ok); !ok || !std::isfinite(value))
        return false;
    for (const QChar c : token) {
        if (!c.isDigit() && c != u'-' && c != u'+' && c != u'.' && c != u'e' && c != u'E')
            return false;
    }
    return true;
}

// A scalar other than a string: null, true, false or a number. Returns its end, or -1.
qsizetype skipScalar(QStringView line, qsizetype i)
{
    const qsizetype start = i;
    while (i < line.size() && line[i] != u',' && line[i] != u'}' && line[i] != u']' && line[i] != u' '
           && line[i] != u'\t')
        ++i;
    const QStringView token = line.sliced(start, i - start);
    if (token == QLatin1String("null") || token == QLatin1String("true") || token == QLatin1String("false")
        || isNumber(token))
        return i;
    return -1;
}

// '[' element (',' element)* ']' with whitespace around; `element` reads one at the offset it is given and
// returns its end or -1. Returns the end of the array, or -1.
template <typename Element>
qsizetype readArray(QStringView line, qsizetype i, Element element)
{
    const qsizetype n = line.size();
    if (i >= n || line[i] != u'[')
        return -1;
    i = jsonscan::skipWhitespace(line, i + 1);
    if (i < n && line[i] == u']')
        return i + 1;
    while (true) {
        i = element(jsonscan::skipWhitespace(line, i));
        if (i < 0)
            return -1;
        i = jsonscan::skipWhitespace(line, i);
        if (i >= n)
            return -1;
        if (line[i] == u']')
            return i + 1;
        if (line[i] != u',')
            return -1;
        ++i;
    }
}

// [["Balázs", "C.", ""], ...]: strings (or null) in arrays in an array.
qsizetype readAuthorsParsed(QStringView line, qsizetype i, QList<QStringList> *authors)
{
    return readArray(line, i, [&](qsizetype at) {
        QStringList parts;
        const qsizetype end = readArray(line, at, [&](qsizetype p) {
            QString part;
            const qsizetype e =
                p < line.size() && line[p] == u'"' ? jsonscan::readString(line, p, &part) : skipScalar(line, p);
            parts.append(part);
            return e;
        });
        authors->append(parts);
        return end;
    });
}

// [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}, ...]: flat objects; keeps the first "created".
qsizetype readVersions(QStringView line, qsizetype i, QString *firstCreated)
{
    bool first = true;
    return readArray(line, i, [&](qsizetype at) -> qsizetype {
        const qsizetype n = line.size();
        if (at >= n || line[at] != u'{')
            return -1;
        qsizetype p = jsonscan::skipWhitespace(line, at + 1);
        if (p < n && line[p] == u'}') {
            first = false;
            return p + 1;
        }
        QString key;
        QString value;
        while (true) {
            p = jsonscan::readString(line, p, &key);
            if (p < 0)
                return -1;
            p = jsonscan::skipWhitespace(line, p);
            if (p >= n || line[p] != u':')
                return -1;
            p = jsonscan::skipWhitespace(line, p + 1);
            value.clear();
            p = p < n && line[p] == u'"' ? jsonscan::readString(line, p, &value) : skipScalar(line, p);
            if (p < 0)
                return -1;
            if (first && key == QLatin1String("created"))
                *firstCreated = value;
            p = jsonscan::skipWhitespace(line, p);
            if (p >= n)
                return -1;
            if (line[p] == u'}') {
                first = false;
                return p + 1;
            }
            if (line[p] != u',')
                return -1;
            p = jsonscan::skipWhitespace(line, p + 1);
        }
    });
}

// QJsonDocument::fromJson reads a snapshot line at about 40,000 lines a second on this machine; this reads the
// snapshot's flat objects a few times faster, decoding strings straight from the text. It accepts strict JSON
// only (nested values other than versions and authors_parsed are checked with QJsonDocument) and returns false
// on anything else, so that the caller lets QJsonDocument read the line and explain what is wrong with it.
bool readLineObject(QStringView line, LineObject *object)
{
    const qsizetype n = line.size();
    qsizetype i = jsonscan::skipWhitespace(line, 0);
    if (i >= n || line[i] != u'{')
        return false;
    i = jsonscan::skipWhitespace(line, i + 1);
    if (i < n && line[i] == u'}')
        return jsonscan::skipWhitespace(line, i + 1) == n;
    QString key;
    while (true) {
        i = jsonscan::readString(line, i, &key);
        if (i < 0)
            return false;
        i = jsonscan::skipWhitespace(line, i);
        if (i >= n || line[i] != u':')
            return false;
        i = jsonscan::skipWhitespace(line, i + 1);
        if (i >= n)
            return false;
        const QChar c = line[i];
        if (c == u'"') {
            QString text;
            i = jsonscan::readString(line, i, &text);
            object->strings.append({key, text});
        } else if (c == u'[' && key == QLatin1String("authors_parsed")) {
            object->authorsParsed.clear();
            i = readAuthorsParsed(line, i, &object->authorsParsed);
        } else if (c == u'[' && key == QLatin1String("versions")) {
            object->firstCreated.clear();
            i = readVersions(line, i, &object->firstCreated);
        } else if (c == u'{' || c == u'[') {
            const jsonscan::ValueEnd end = jsonscan::scanValue(line, i);
            if (end.problem != jsonscan::Problem::None)
                return false;
            QJsonParseError error;
            QJsonDocument::fromJson(line.sliced(i, end.end - i).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                return false;
            i = end.end;
        } else {
            i = skipScalar(line, i);
        }
        if (i < 0)
            return false;
        i = jsonscan::skipWhitespace(line, i);
        if (i >= n)
            return false;
        if (line[i] == u'}')
            return jsonscan::skipWhitespace(line, i + 1) == n;
        if (line[i] != u',')
            return false;
        i = jsonscan::skipWhitespace(line, i + 1);
    }
}

template <typename Object>
QString field(const Object &object, QLatin1String key, const LineContext &context)
{
    QString value = stringMember(object, key);
    limitLength(value, key, context);
    return value;
}

template <typename Object>
bool readRecord(const Object &object, Paper &paper, const LineContext &context)
{
    const auto text = [&](const char *key) { return field(object, QLatin1String(key), context); };
    paper.arxivId = canonicalArxivId(text("id"));
    paper.title = text("title").simplified();
    paper.abstract = text("abstract").trimmed();
    paper.comment = text("comments").trimmed();
    paper.venue = text("journal-ref").simplified();
    // Some records list several DOIs separated by spaces; the first is the paper's.
    paper.doi = text("doi").simplified().section(u' ', 0, 0);

    if (const auto parsed = parsedAuthors(object))
        paper.authors = displayNames(*parsed);
    else
        paper.authors = ArxivJsonlParser::splitAuthors(text("authors"));
    for (QString &author : paper.authors)
        limitLength(author, QLatin1String("authors"), context);

    const QString categories = text("categories");
    for (QStringView category : QStringView(categories).tokenize(u' ', Qt::SkipEmptyParts)) {
        const QString tag = ArxivAtomParser::categoryTag(category);
        if (!paper.tags.contains(tag))
            paper.tags.append(tag);
    }

    paper.date = submissionDate(firstVersionCreated(object));
    if (paper.date.isEmpty())
        paper.date = text("update_date").trimmed().left(10);
    if (paper.date.size() >= 4) {
        bool ok = false;
        const int year = paper.date.first(4).toInt(&ok);
        if (ok && year > 0)
            paper.year = year;
    }
    if (!paper.arxivId.isEmpty())
        paper.url = QStringLiteral("https://arxiv.org/abs/") + paper.arxivId;
    paper.type = paper.venue.isEmpty() ? QStringLiteral("misc") : QStringLiteral("article");
    return !paper.title.isEmpty() || !paper.abstract.isEmpty();
}

} // namespace

QString ArxivJsonlParser::id() const
{
    return QStringLiteral("arxiv-jsonl");
}

QString ArxivJsonlParser::displayName() const
{
    return QCoreApplication::translate("lectern::ArxivJsonlParser", "arXiv metadata (JSON lines)");
}

QStringList ArxivJsonlParser::splitAuthors(QStringView authors)
{
    // Affiliations in parentheses may hold commas and "and": drop them before splitting.
    QString names;
    names.reserve(authors.size());
    int depth = 0;
    for (const QChar c : authors) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (depth == 0)
            names.append(c == u'\n' ? QChar(u' ') : c);
    }
    static const QRegularExpression separator(QStringLiteral(R"(\s*,\s*(?:and\s+)?|\s+and\s+)"));
    QStringList result;
    for (const QString &name : names.split(separator, Qt::SkipEmptyParts)) {
        const QString simplified = name.simplified();
        if (!simplified.isEmpty())
            result.append(simplified);
    }
    return result;
}

int ArxivJsonlParser::confidence(QStringView text) const
{
    const QStringView window = listing::detectionWindow(text);
    int examined = 0;
    int records = 0;
    listing::NonBlankLineReader reader(window);
    listing::TextLine line;
    while (examined < 20 && reader.next(&line)) {
        const QStringView t = line.text.trimmed();
        if (!t.startsWith(u'{'))
            return 0;
        if (!t.endsWith(u'}'))
            break; // cut by the detection window
        ++examined;
        const QJsonObject object = QJsonDocument::fromJson(t.toUtf8()).object();
        int keys = 0;
        for (QLatin1String key : kSnapshotKeys)
            keys += object.contains(key) ? 1 : 0;
        if (object.contains(QLatin1String("id")) && object.contains(QLatin1String("title")) && keys >= 2)
            ++records;
    }
    if (examined == 0) {
        // One line longer than the window: judge by its keys.
        const QStringView t = listing::trimmedLeft(window);
        return t.startsWith(u'{') && t.contains(QLatin1String("\"authors_parsed\""))
                       && t.contains(QLatin1String("\"submitter\""))
                   ? 70
                   : 0;
    }
    if (records * 10 >= examined * 8)
        return 95;
    return records * 2 >= examined ? 75 : 10;
}

ParseResult ArxivJsonlParser::parse(QStringView text) const
{
    ParseResult result;
    // Snapshot lines are about 1.5 KB.
    result.records.reserve(text.size() / 1024 + 16);
    const auto error = [&result](int line, const QString &message) {
        result.messages.append({ImportMessage::Severity::Error, line, message});
    };
    LineObject object;
    listing::NonBlankLineReader reader(text);
    listing::TextLine line;
    while (reader.next(&line)) {
        const QStringView t = line.text.trimmed();
        const int number = line.number;
        if (!t.startsWith(u'{')) {
            error(number,
                  QCoreApplication::translate("lectern::ArxivJsonlParser", "line %1: not a JSON object; skipped")
                      .arg(number));
            continue;
        }
        RawRecord record;
        const LineContext context{number, &result.messages};
        bool read = false;
        object.clear();
        if (readLineObject(t, &object)) {
            read = readRecord(object, record.paper, context);
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(t.toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                error(number,
                      QCoreApplication::translate("lectern::ArxivJsonlParser", "line %1: invalid JSON (%2); skipped")
                          .arg(number)
                          .arg(parseError.errorString()));
                continue;
            }
            read = readRecord(document.object(), record.paper, context);
        }
        if (!read) {
            error(number, QCoreApplication::translate("lectern::ArxivJsonlParser",
                                                      "line %1: record without a title or abstract; skipped")
                              .arg(number));
            continue;
        }
        record.position = int(result.records.size());
        record.line = number;
        record.rawStart = t.data() - text.data();
        record.rawEnd = record.rawStart + t.size();
        result.records.append(std::move(record));
    }
    return result;
}

} // namespace lectern
