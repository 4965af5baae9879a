#include "import/csljsonparser.h"

#include "domain/personname.h"
#include "import/jsonscan.h"
#include "import/listinglines.h"
#include "import/normalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace lectern {

namespace {

// Where the item being read is, for messages about its fields.
struct ItemContext {
    QStringView raw; // the item's text
    int line = 0;    // the line it starts on
    QList<ImportMessage> *messages = nullptr;
};

QString stringValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

void limitLength(QString &value, QLatin1String field, const ItemContext &item)
{
    if (value.size() <= kMaxFieldLength)
        return;
    value.truncate(kMaxFieldLength);
    if (value.back().isHighSurrogate())
        value.chop(1);
    const qsizetype keyAt = item.raw.indexOf(QStringLiteral("\"%1\"").arg(field));
    const int line = item.line + (keyAt > 0 ? int(item.raw.first(keyAt).count(u'\n')) : 0);
    item.messages->append({ImportMessage::Severity::Warning, line,
                           QCoreApplication::translate("lectern::CslJsonParser",
                                                       "line %1: the \"%2\" field is longer than %3 characters; cut")
                               .arg(line)
                               .arg(field)
                               .arg(kMaxFieldLength)});
}

QString field(const QJsonObject &object, QLatin1String key, const ItemContext &item)
{
    QString value = stringValue(object.value(key));
    limitLength(value, key, item);
    return value;
}

QString joinedWords(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

QStringList names(const QJsonObject &object, QLatin1String key, const ItemContext &item)
{
    QStringList result;
    const QJsonArray list = object.value(key).toArray();
    for (const QJsonValue &entry : list) {
        QString name;
        if (entry.isString()) {
            name = entry.toString();
        } else if (const QJsonObject parts = entry.toObject();
                   !stringValue(parts.value(QLatin1String("literal"))).isEmpty()) {
            name = stringValue(parts.value(QLatin1String("literal")));
        } else {
            // "Ludwig" + "van" (dropping) + "Beethoven" reads "Ludwig van Beethoven", as Lectern shows names.
            PersonName person;
            person.given = joinedWords(stringValue(parts.value(QLatin1String("given"))).simplified(),
                                       stringValue(parts.value(QLatin1String("dropping-particle"))).simplified());
            person.family = joinedWords(stringValue(parts.value(QLatin1String("non-dropping-particle"))).simplified(),
                                        stringValue(parts.value(QLatin1String("family"))).simplified());
            person.suffix = stringValue(parts.value(QLatin1String("suffix"))).simplified();
            name = displayName(person);
        }
        limitLength(name, key, item);
        name = name.simplified();
        if (!name.isEmpty())
            result.append(name);
    }
    return result;
}

int datePart(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) && std::abs(d) < 1e6 ? int(d) : 0;
    }
    // Zotero writes the year as a string: [["2023", 12, 6]].
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    return ok ? n : 0;
}

void readIssued(const QJsonValue &issued, Paper &paper, const ItemContext &item)
{
    if (issued.isString()) {
        paper.date = issued.toString().simplified();
        limitLength(paper.date, QLatin1String("issued"), item);
        return;
    }
    const QJsonObject object = issued.toObject();
    // A range has two dates; the first is when the work appeared.
    const QJsonArray parts = object.value(QLatin1String("date-parts")).toArray().at(0).toArray();
    const int year = datePart(parts.at(0));
    if (year >= 1 && year <= 9999) {
        paper.year = year;
        const int month = parts.size() > 1 ? datePart(parts.at(1)) : 0;
        const int day = parts.size() > 2 ? datePart(parts.at(2)) : 0;
        if (month >= 1 && month <= 12) {
            paper.date = QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
            if (day >= 1 && day <= 31)
                paper.date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        }
        return;
    }
    for (const QLatin1String key : {QLatin1String("raw"), QLatin1String("literal")}) {
        QString text = field(object, key, item).simplified();
        if (!text.isEmpty()) {
            paper.date = text;
            return;
        }
    }
}

QStringList tagsOf(const QJsonValue &keywords)
{
    QStringList tags;
    // Separated by commas, or by semicolons when there are any, so that a tag may hold a comma (see the exporter).
    const auto add = [&tags](QStringView text) {
        const QChar separator = text.contains(u';') ? u';' : u',';
        for (QStringView part : text.tokenize(separator)) {
            for (QStringView tag : {part}) {
                const QString t = tag.toString().simplified();
                if (!t.isEmpty() && !tags.contains(t))
                    tags.append(t);
            }
        }
    };
    if (keywords.isArray()) {
        for (const QJsonValue &v : keywords.toArray())
            add(stringValue(v));
    } else {
        add(stringValue(keywords));
    }
    return tags;
}

QString pageRange(const QString &page)
{
    static const QRegularExpression dash(QStringLiteral("\\s*(?:-{1,2}|\u2013|\u2014)\\s*"));
    QString result = page.simplified();
    if (result.contains(u'-') || result.contains(QChar(0x2014)) || result.contains(QChar(0x2013)))
        result.replace(dash, QStringLiteral("\u2013"));
    return result;
}

bool isArxivName(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.compare(QLatin1String("arXiv"), Qt::CaseInsensitive) == 0
           || t.compare(QLatin1String("arXiv.org"), Qt::CaseInsensitive) == 0;
}

// Removes the note lines that carry an arXiv identifier ("arXiv:2312.03863 [cs.LG]", Zotero's Extra) or a
// citation key ("Citation Key: han2016"), taking their values when none is known yet; the rest is the comment.
QString commentFromNote(const QString &note, QString *arxivId, QString *citationKey)
{
    if (note.isEmpty())
        return {};
    static const QRegularExpression arxivLine(QStringLiteral(R"(^\s*arxiv:\s*(\S+)(?:\s+\[[^\]]*\])?\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyLine(QStringLiteral(R"(^\s*citation key:\s*(\S+)\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    for (const QStringView line : QStringView(note).tokenize(u'\n')) {
        if (line.size() < 256) {
            if (const auto m = arxivLine.match(line); m.hasMatch()) {
                const QString id = canonicalArxivId(m.capturedView(1));
                if (!id.isEmpty()) {
                    if (arxivId->isEmpty())
                        *arxivId = id;
                    continue;
                }
            }
            if (const auto m = keyLine.match(line); m.hasMatch()) {
                if (citationKey->isEmpty())
                    *citationKey = m.captured(1);
                continue;
            }
        }
        kept.append(line.toString());
    }
    return kept.join(u'\n').trimmed();
}

QString paperType(const QString &cslType, const QString &genre, bool published)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("article-journal"), QStringLiteral("article")},
        {QStringLiteral("article-magazine"), QStringLiteral("article")},
        {QStringLiteral("article-newspaper"), QStringLiteral("article")},
        {QStringLiteral("paper-conference"), QStringLiteral("inproceedings")},
        {QStringLiteral("book"), QStringLiteral("book")},
        {QStringLiteral("chapter"), QStringLiteral("incollection")},
        {QStringLiteral("report"), QStringLiteral("techreport")},
        {QStringLiteral("webpage"), QStringLiteral("online")},
        {QStringLiteral("post"), QStringLiteral("online")},
        {QStringLiteral("post-weblog"), QStringLiteral("online")},
        {QStringLiteral("manuscript"), QStringLiteral("unpublished")},
    };
    if (cslType == QLatin1String("thesis")) {
        static const QRegularExpression master(QStringLiteral(R"(master|\bm\.?\s?sc\b)"),
                                               QRegularExpression::CaseInsensitiveOption);
        return master.match(genre).hasMatch() ? QStringLiteral("mastersthesis") : QStringLiteral("phdthesis");
    }
    if (cslType == QLatin1String("article"))
        return published ? QStringLiteral("article") : QStringLiteral("misc");
    return types.value(cslType, QStringLiteral("misc"));
}

bool readItem(const QJsonObject &object, Paper &paper, const ItemContext &item)
{
    const auto text = [&](const char *key) { return field(object, QLatin1String(key), item); };
    paper.title = CslJsonParser::withoutMarkup(text("title")).simplified();
    paper.abstract = CslJsonParser::withoutMarkup(text("abstract")).trimmed();
    paper.authors = names(object, QLatin1String("author"), item);
    paper.editors = names(object, QLatin1String("editor"), item);
    readIssued(object.value(QLatin1String("issued")), paper, item);
    paper.venue = CslJsonParser::withoutMarkup(text("container-title")).simplified();
    if (paper.venue.isEmpty())
        paper.venue = text("event-title").simplified();
    if (paper.venue.isEmpty())
        paper.venue = text("event").simplified();
    paper.volume = text("volume").simplified();
    paper.issue = text("issue").simplified();
    paper.pages = pageRange(text("page"));
    QString publisher = text("publisher").simplified();
    paper.doi = text("DOI").trimmed();
    if (paper.doi.isEmpty())
        paper.doi = text("doi").trimmed();
    paper.url = text("URL").trimmed();
    if (paper.url.isEmpty())
        paper.url = text("url").trimmed();
    paper.tags = tagsOf(object.value(QLatin1String("keyword")));

    QString key = text("citation-key").trimmed();
    if (key.isEmpty())
        key = text("id").trimmed();
    // Zotero's ids are item URIs when the item has no citation key: no key to keep.
    if (key.contains(QLatin1String("://")) || key.contains(u' '))
        key.clear();

    const QString number = text("number").trimmed();
    QString arxivId;
    bool numberIsArxiv = false;
    if (number.startsWith(QLatin1String("arXiv:"), Qt::CaseInsensitive) || isArxivName(text("archive"))
        || isArxivName(publisher)) {
        arxivId = canonicalArxivId(number);
        numberIsArxiv = !arxivId.isEmpty();
    }
    paper.comment = commentFromNote(text("note"), &arxivId, &key);
    if (arxivId.isEmpty() && paper.url.contains(QLatin1String("arxiv.org/"), Qt::CaseInsensitive))
        arxivId = canonicalArxivId(paper.url);
    if (arxivId.isEmpty() && paper.doi.startsWith(QLatin1String("10.48550/arxiv."), Qt::CaseInsensitive))
        arxivId = canonicalArxivId(QStringView(paper.doi).sliced(15));
    paper.arxivId = arxivId;
    if (!arxivId.isEmpty() && isArxivName(publisher))
        publisher.clear();
    paper.publisher = publisher;
    paper.citationKey = key;

    const QString cslType = text("type").trimmed();
    paper.type = paperType(cslType, text("genre"), !paper.venue.isEmpty() && arxivId.isEmpty());
    // A report's number is BibTeX's techreport number, which Lectern keeps as the issue.
    if (cslType == QLatin1String("report") && paper.issue.isEmpty() && !numberIsArxiv)
        paper.issue = number;
    return !paper.title.isEmpty() || !paper.abstract.isEmpty();
}

QString problemText(jsonscan::Problem problem, QStringView raw, qsizetype at)
{
    switch (problem) {
    case jsonscan::Problem::Unterminated:
        return at >= raw.size() ? QCoreApplication::translate("lectern::CslJsonParser", "the file ends inside the item")
                                : QCoreApplication::translate("lectern::CslJsonParser", "the item is not closed");
    case jsonscan::Problem::MismatchedBracket:
        return QCoreApplication::translate("lectern::CslJsonParser", "unbalanced '%1'").arg(raw.at(at));
    case jsonscan::Problem::LineBreakInString:
        return QCoreApplication::translate("lectern::CslJsonParser", "line break inside a string (a missing quote?)");
    case jsonscan::Problem::TooDeep:
        return QCoreApplication::translate("lectern::CslJsonParser", "nested too deeply");
    case jsonscan::Problem::None:
        break;
    }
    return {};
}

// Keys only CSL-JSON items have, or have spelled so (upper-case DOI and URL).
bool hasCslMarkers(const QJsonObject &object)
{
    static const QSet<QString> cslOnlyTypes = {
        QStringLiteral("article-journal"),   QStringLiteral("article-magazine"),
        QStringLiteral("article-newspaper"), QStringLiteral("paper-conference"),
        QStringLiteral("chapter"),           QStringLiteral("webpage"),
        QStringLiteral("post-weblog"),       QStringLiteral("entry-encyclopedia"),
        QStringLiteral("entry-dictionary"),  QStringLiteral("legal_case"),
        QStringLiteral("motion_picture"),    QStringLiteral("personal_communication")};
    static const QSet<QString> otherTypes = {
        QStringLiteral("article"),    QStringLiteral("bill"),      QStringLiteral("book"),
        QStringLiteral("broadcast"),  QStringLiteral("classic"),   QStringLiteral("collection"),
        QStringLiteral("dataset"),    QStringLiteral("document"),  QStringLiteral("entry"),
        QStringLiteral("event"),      QStringLiteral("figure"),    QStringLiteral("graphic"),
        QStringLiteral("hearing"),    QStringLiteral("interview"), QStringLiteral("legislation"),
        QStringLiteral("manuscript"), QStringLiteral("map"),       QStringLiteral("musical_score"),
        QStringLiteral("pamphlet"),   QStringLiteral("patent"),    QStringLiteral("performance"),
        QStringLiteral("periodical"), QStringLiteral("post"),      QStringLiteral("regulation"),
        QStringLiteral("report"),     QStringLiteral("review"),    QStringLiteral("review-book"),
        QStringLiteral("software"),   QStringLiteral("song"),      QStringLiteral("speech"),
        QStringLiteral("standard"),   QStringLiteral("thesis"),    QStringLiteral("treaty")};
    const QString type = object.value(QLatin1String("type")).toString();
    if (cslOnlyTypes.contains(type))
        return true;
    // A generic word as the type counts together with an id, which every CSL item has.
    if (otherTypes.contains(type) && object.contains(QLatin1String("id")))
        return true;
    for (const char *key : {"issued", "container-title", "citation-key", "DOI", "URL", "page", "title-short",
                            "collection-title", "publisher-place", "accessed"}) {
        if (object.contains(QLatin1String(key)))
            return true;
    }
    for (const char *key : {"author", "editor"}) {
        const QJsonObject first = object.value(QLatin1String(key)).toArray().at(0).toObject();
        if (first.contains(QLatin1String("family")) || first.contains(QLatin1String("literal")))
            return true;
    }
    return false;
}

// Keys of the arXiv metadata snapshot (JSON lines), which has "id", "title" and "doi" too.
bool hasArxivSnapshotMarkers(const QJsonObject &object)
{
    for (const char *key : {"authors_parsed", "submitter", "update_date", "journal-ref", "versions"}) {
        if (object.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

} // namespace

QString CslJsonParser::id() const
{
    return QStringLiteral("csljson");
}

QString CslJsonParser::displayName() const
{
    return QCoreApplication::translate("lectern::CslJsonParser", "CSL-JSON");
}

QString CslJsonParser::withoutMarkup(const QString &text)
{
    if (!text.contains(u'<'))
        return text;
    static const QRegularExpression markup(
        QStringLiteral(R"(</?(?:i|b|u|sup|sub|sc)>|<span(?:\s+(?:class|style)="[^"<>]*")*\s*>|</span>)"));
    QString result = text;
    result.remove(markup);
    return result;
}

int CslJsonParser::confidence(QStringView text) const
{
    const QStringView window = listing::detectionWindow(text);
    jsonscan::ElementReader reader(window);
    if (reader.shape() == jsonscan::ElementReader::Shape::NotJson
        || reader.shape() == jsonscan::ElementReader::Shape::Empty)
        return 0;
    int examined = 0;
    int items = 0;
    int foreign = 0;
    jsonscan::Element element;
    while (examined < 20 && reader.next(&element)) {
        if (element.problem == jsonscan::Problem::Unterminated)
            break; // cut by the detection window
        ++examined;
        if (!element.object || element.problem != jsonscan::Problem::None)
            continue;
        const QJsonObject object =
            QJsonDocument::fromJson(window.sliced(element.start, element.end - element.start).toUtf8()).object();
        if (hasArxivSnapshotMarkers(object))
            ++foreign;
        else if ((object.contains(QLatin1String("type")) || object.contains(QLatin1String("id")))
                 && hasCslMarkers(object))
            ++items;
    }
    if (examined == 0) {
        // One item longer than the window: judge by its keys.
        static const QRegularExpression cslKeys(QStringLiteral(
            R"re("(?:issued|container-title|citation-key)"\s*:|"type"\s*:\s*"(?:article-journal|paper-conference|chapter|webpage)")re"));
        return cslKeys.match(window).hasMatch() && !window.contains(QLatin1String("\"authors_parsed\"")) ? 70 : 0;
    }
    if (items == 0 || foreign > 0)
        return 0;
    if (items * 10 >= examined * 8)
        return 95;
    return items * 2 >= examined ? 80 : 40;
}

ParseResult CslJsonParser::parse(QStringView text) const
{
    ParseResult result;
    jsonscan::ElementReader reader(text);
    jsonscan::LineCounter lines(text);
    using Shape = jsonscan::ElementReader::Shape;
    const auto error = [&result](int line, const QString &message) {
        result.messages.append({ImportMessage::Severity::Error, line, message});
    };
    const auto warning = [&result](int line, const QString &message) {
        result.messages.append({ImportMessage::Severity::Warning, line, message});
    };
    if (reader.shape() == Shape::Empty)
        return result;
    if (reader.shape() == Shape::NotJson) {
        const int line = lines.lineAt(reader.contentStart());
        error(line, QCoreApplication::translate("lectern::CslJsonParser",
                                                "line %1: not CSL-JSON: the file does not start with '[' or '{'")
                        .arg(line));
        return result;
    }

    bool endsInsideItem = false;
    jsonscan::Element element;
    while (reader.next(&element)) {
        const int line = lines.lineAt(element.start);
        const QStringView raw = text.sliced(element.start, element.end - element.start);
        endsInsideItem = element.problem == jsonscan::Problem::Unterminated && element.problemAt >= text.size();
        if (element.problem != jsonscan::Problem::None) {
            const int where = lines.lineAt(element.problemAt);
            error(where, QCoreApplication::translate("lectern::CslJsonParser",
                                                     "line %1: %2; the item starting on line %3 is skipped")
                             .arg(where)
                             .arg(problemText(element.problem, text, element.problemAt))
                             .arg(line));
            continue;
        }
        if (!element.object) {
            error(line,
                  QCoreApplication::translate("lectern::CslJsonParser", "line %1: not an item (a JSON object); skipped")
                      .arg(line));
            continue;
        }
        const QByteArray utf8 = raw.toUtf8();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int where = line + int(utf8.first(qBound(0, parseError.offset, int(utf8.size()))).count('\n'));
            error(where, QCoreApplication::translate("lectern::CslJsonParser",
                                                     "line %1: invalid JSON (%2); the item starting on line %3 is "
                                                     "skipped")
                             .arg(where)
                             .arg(parseError.errorString())
                             .arg(line));
            continue;
        }
        RawRecord record;
        record.line = line;
        record.rawStart = element.start;
        record.rawEnd = element.end;
        if (!readItem(document.object(), record.paper, ItemContext{raw, line, &result.messages})) {
            error(line, QCoreApplication::translate("lectern::CslJsonParser",
                                                    "line %1: item without a title or abstract; skipped")
                            .arg(line));
            continue;
        }
        record.position = int(result.records.size());
        result.records.append(std::move(record));
    }
    if ((reader.shape() == Shape::Array || reader.shape() == Shape::WrappedArray) && !reader.closed()
        && !endsInsideItem) {
        const int line = lines.lineAt(text.size());
        warning(line, QCoreApplication::translate("lectern::CslJsonParser",
                                                  "line %1: the file ends before the list of items is closed")
                          .arg(line));
    }
    if (reader.trailingAt() >= 0) {
        const int line = lines.lineAt(reader.trailingAt());
        warning(line,
                QCoreApplication::translate("lectern::CslJsonParser", "line %1: text after the end of the list ignored")
                    .arg(line));
    }
    return result;
}

} // namespace lectern
