#include "import/arxivatomparser.h"

#include "import/jsonscan.h"
#include "import/listinglines.h"
#include "import/normalize.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace lectern {

namespace {

constexpr QLatin1String kAtomNamespace("http://www.w3.org/2005/Atom");
constexpr QLatin1String kArxivNamespace("http://arxiv.org/schemas/atom");
constexpr QLatin1String kOpenSearchNamespace("http://a9.com/-/spec/opensearch/1.1/");

struct EntryReader {
    QXmlStreamReader &reader;
    QList<ImportMessage> &messages;

    bool isAtom() const { return reader.namespaceUri() == kAtomNamespace || reader.namespaceUri().isEmpty(); }
    bool isArxiv() const { return reader.namespaceUri() == kArxivNamespace; }

    // The element's text, cut to kMaxFieldLength (and reported) when longer.
    QString text()
    {
        const int line = int(reader.lineNumber());
        const QString element = reader.name().toString();
        QString value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        if (value.size() > kMaxFieldLength) {
            value.truncate(kMaxFieldLength);
            if (value.back().isHighSurrogate())
                value.chop(1);
            messages.append({ImportMessage::Severity::Warning, line,
                             QCoreApplication::translate("lectern::ArxivAtomParser",
                                                         "line %1: the <%2> element is longer than %3 characters; cut")
                                 .arg(line)
                                 .arg(element)
                                 .arg(kMaxFieldLength)});
        }
        return value;
    }

    QString attribute(QLatin1String name) const { return reader.attributes().value(name).toString(); }
};

// "2023-12-06T18:59:58Z" → "2023-12-06".
QString isoDate(const QString &timestamp)
{
    const QString t = timestamp.trimmed();
    if (t.size() >= 10 && t[4] == u'-' && t[7] == u'-')
        return t.first(10);
    return t;
}

} // namespace

QString ArxivAtomParser::id() const
{
    return QStringLiteral("arxiv-atom");
}

QString ArxivAtomParser::displayName() const
{
    return QCoreApplication::translate("lectern::ArxivAtomParser", "arXiv API (Atom)");
}

QString ArxivAtomParser::categoryTag(QStringView category)
{
    return QStringLiteral("arXiv/") + category.trimmed();
}

int ArxivAtomParser::confidence(QStringView text) const
{
    const QStringView window = listing::detectionWindow(text);
    const QStringView start = listing::trimmedLeft(window);
    if (!start.startsWith(u'<') || !window.contains(QLatin1String("<feed")))
        return 0;
    const bool atom = window.contains(kAtomNamespace);
    const bool arxiv = window.contains(kArxivNamespace) || window.contains(QLatin1String("<id>http://arxiv.org/abs/"))
                       || window.contains(QLatin1String("<id>https://arxiv.org/abs/"));
    if (arxiv)
        return atom ? 95 : 60;
    return atom ? 15 : 5;
}

ParseResult ArxivAtomParser::parse(QStringView text) const
{
    ParseResult result;
    // QXmlStreamReader reads a QString; its character offsets are UTF-16 positions in it, as raw ranges are.
    const QString copy = text.toString();
    QXmlStreamReader reader(copy);
    jsonscan::LineCounter lines(text);
    EntryReader entry{reader, result.messages};
    const auto message = [&result](ImportMessage::Severity severity, int line, const QString &what) {
        result.messages.append({severity, line, what});
    };

    int totalResults = -1;
    int totalLine = 0;
    int startIndex = 0;
    int entries = 0;
    int entryLine = 0; // the line of the entry being read, 0 between entries

    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            // The arXiv API never sends a DOCTYPE. A DTD can declare entities whose expansion grows without
            // bound ("billion laughs") or that name external files; QXmlStreamReader never fetches those, but a
            // file that declares any is not a feed Lectern should read at all.
            const qsizetype at = copy.lastIndexOf(QLatin1String("<!DOCTYPE"), qsizetype(reader.characterOffset()));
            const int line = at >= 0 ? lines.lineAt(at) : int(reader.lineNumber());
            message(ImportMessage::Severity::Error, line,
                    QCoreApplication::translate("lectern::ArxivAtomParser",
                                                "line %1: the file declares a DOCTYPE, which an arXiv feed never "
                                                "has; refused")
                        .arg(line));
            return result;
        }
        if (!reader.isStartElement())
            continue;
        if (reader.namespaceUri() == kOpenSearchNamespace) {
            if (reader.name() == QLatin1String("totalResults")) {
                totalLine = int(reader.lineNumber());
                totalResults = reader.readElementText().trimmed().toInt();
            } else if (reader.name() == QLatin1String("startIndex")) {
                startIndex = reader.readElementText().trimmed().toInt();
            }
            continue;
        }
        if (reader.name() != QLatin1String("entry") || !entry.isAtom())
            continue;

        ++entries;
        const qsizetype rawStart = copy.lastIndexOf(u'<', qsizetype(reader.characterOffset()) - 1);
        entryLine = lines.lineAt(rawStart);
        RawRecord record;
        Paper &paper = record.paper;
        QString idText;
        QString primaryCategory;
        QStringList categories;
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            if (entry.isArxiv()) {
                if (name == QLatin1String("doi"))
                    paper.doi = entry.text().simplified().section(u' ', 0, 0);
                else if (name == QLatin1String("journal_ref"))
                    paper.venue = entry.text().simplified();
                else if (name == QLatin1String("comment"))
                    paper.comment = entry.text().simplified();
                else if (name == QLatin1String("primary_category"))
                    primaryCategory = entry.attribute(QLatin1String("term")).trimmed();
                if (!reader.isEndElement())
                    reader.skipCurrentElement();
                continue;
            }
            if (!entry.isAtom()) {
                reader.skipCurrentElement();
                continue;
            }
            if (name == QLatin1String("id")) {
                idText = entry.text().trimmed();
            } else if (name == QLatin1String("title")) {
                paper.title = entry.text().simplified();
            } else if (name == QLatin1String("summary")) {
                paper.abstract = entry.text().simplified();
            } else if (name == QLatin1String("published")) {
                paper.date = isoDate(entry.text());
            } else if (name == QLatin1String("author")) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == QLatin1String("name") && entry.isAtom()) {
                        const QString author = entry.text().simplified();
                        if (!author.isEmpty())
                            paper.authors.append(author);
                    } else {
                        reader.skipCurrentElement();
                    }
                }
            } else if (name == QLatin1String("link")) {
                if (entry.attribute(QLatin1String("rel")) == QLatin1String("alternate"))
                    paper.url = entry.attribute(QLatin1String("href")).trimmed();
                reader.skipCurrentElement();
            } else if (name == QLatin1String("category")) {
                const QString term = entry.attribute(QLatin1String("term")).trimmed();
                if (!term.isEmpty() && !categories.contains(term))
                    categories.append(term);
                reader.skipCurrentElement();
            } else {
                reader.skipCurrentElement();
            }
        }
        if (reader.hasError())
            break;
        const int line = entryLine;
        entryLine = 0;

        // The API answers a bad query with a feed holding one entry titled "Error" whose summary says why.
        if (paper.title == QLatin1String("Error") && idText.contains(QLatin1String("/api/errors"))) {
            message(
                ImportMessage::Severity::Error, line,
                QCoreApplication::translate("lectern::ArxivAtomParser", "line %1: the arXiv API reported an error: %2")
                    .arg(line)
                    .arg(paper.abstract));
            continue;
        }
        if (paper.title.isEmpty() && paper.abstract.isEmpty()) {
            message(ImportMessage::Severity::Error, line,
                    QCoreApplication::translate("lectern::ArxivAtomParser",
                                                "line %1: entry without a title or summary; skipped")
                        .arg(line));
            continue;
        }
        const qsizetype absAt = idText.indexOf(QLatin1String("/abs/"));
        paper.arxivId = canonicalArxivId(absAt >= 0 ? QStringView(idText).sliced(absAt + 5) : QStringView(idText));
        if (paper.url.isEmpty() && idText.startsWith(QLatin1String("http")))
            paper.url = idText;
        if (paper.date.size() >= 4) {
            bool ok = false;
            const int year = paper.date.first(4).toInt(&ok);
            if (ok && year > 0)
                paper.year = year;
        }
        if (!primaryCategory.isEmpty()) {
            categories.removeAll(primaryCategory);
            categories.prepend(primaryCategory);
        }
        for (const QString &category : std::as_const(categories))
            paper.tags.append(categoryTag(category));
        paper.type = paper.venue.isEmpty() ? QStringLiteral("misc") : QStringLiteral("article");

        record.position = int(result.records.size());
        record.line = line;
        record.rawStart = rawStart;
        record.rawEnd = qBound(rawStart, qsizetype(reader.characterOffset()), text.size());
        result.records.append(std::move(record));
    }

    if (reader.hasError()) {
        const int line = int(reader.lineNumber());
        QString why = reader.errorString();
        if (why.endsWith(u'.'))
            why.chop(1);
        if (entryLine > 0) {
            message(ImportMessage::Severity::Error, line,
                    QCoreApplication::translate("lectern::ArxivAtomParser",
                                                "line %1: XML error: %2; the entry starting on line %3 is skipped "
                                                "and reading stopped")
                        .arg(line)
                        .arg(why)
                        .arg(entryLine));
        } else {
            message(ImportMessage::Severity::Warning, line,
                    QCoreApplication::translate("lectern::ArxivAtomParser", "line %1: XML error: %2; reading stopped")
                        .arg(line)
                        .arg(why));
        }
    } else if (totalResults > startIndex + entries && totalLine > 0) {
        message(ImportMessage::Severity::Warning, totalLine,
                QCoreApplication::translate("lectern::ArxivAtomParser",
                                            "line %1: the query matched %2 papers; this page of its results holds %3")
                    .arg(totalLine)
                    .arg(totalResults)
                    .arg(entries));
    }
    return result;
}

} // namespace lectern
