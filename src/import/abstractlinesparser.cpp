#include "import/abstractlinesparser.h"

#include "import/listinglines.h"

#include <QCoreApplication>

#include <optional>

namespace lectern {

namespace {

bool isTitleLine(QStringView line)
{
    return listing::abstractLabelLength(line) == 0 && !listing::looksLikeAbstract(line);
}

// A title-like line directly followed by an "Abstract:" line is that paper's title.
bool isTitleBefore(const QList<listing::TextLine> &lines, qsizetype i)
{
    return i + 1 < lines.size() && listing::abstractLabelLength(lines[i + 1].text) > 0 && isTitleLine(lines[i].text);
}

} // namespace

QString AbstractLinesParser::id() const
{
    return QStringLiteral("abstract-lines");
}

QString AbstractLinesParser::displayName() const
{
    return QCoreApplication::translate("lectern::AbstractLinesParser", "Abstract lines");
}

int AbstractLinesParser::confidence(QStringView text) const
{
    const QList<listing::TextLine> lines = listing::nonBlankLines(listing::detectionWindow(text));
    qsizetype labelled = 0;
    qsizetype titles = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (listing::abstractLabelLength(lines[i].text) > 0)
            ++labelled;
        else if (isTitleBefore(lines, i))
            ++titles;
    }
    if (labelled == 0)
        return 0;
    // Every line is an "Abstract:" line or the title of the one after it; anything else is some other text
    // that happens to contain a labelled abstract.
    return int(95 * (labelled + titles) / lines.size());
}

ParseResult AbstractLinesParser::parse(QStringView text) const
{
    ParseResult result;
    result.records.reserve(listing::estimatedRecordCount(text));
    const auto offsetOf = [&text](QStringView part) { return qsizetype(part.data() - text.data()); };

    listing::NonBlankLineReader reader(text);
    listing::TextLine line;
    while (reader.next(&line)) {
        std::optional<listing::TextLine> title;
        if (isTitleLine(line.text) && !reader.atEnd() && listing::abstractLabelLength(reader.peek().text) > 0) {
            title = line;
            reader.next(&line); // read together with the "Abstract:" line that follows
        }
        const qsizetype labelLength = listing::abstractLabelLength(line.text);
        if (labelLength == 0) {
            result.messages.append({ImportMessage::Severity::Warning, line.number,
                                    QStringLiteral("line %1: not an \"Abstract:\" line; ignored").arg(line.number)});
            continue;
        }
        const listing::TextLine &first = title ? *title : line;
        const QStringView abstract = line.text.sliced(labelLength).trimmed();
        if (abstract.isEmpty()) {
            result.messages.append({ImportMessage::Severity::Error, line.number,
                                    QStringLiteral("line %1: empty abstract; record skipped").arg(line.number)});
            continue;
        }
        RawRecord record;
        record.position = int(result.records.size());
        record.line = first.number;
        record.rawStart = offsetOf(listing::trimmedLeft(first.text));
        record.rawEnd = offsetOf(abstract) + abstract.size();
        record.paper.abstract = abstract.toString();
        if (title)
            record.paper.title = title->text.trimmed().toString();
        result.records.append(std::move(record));
    }
    return result;
}

} // namespace lectern
