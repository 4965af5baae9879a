#include "import/abstractlinesparser.h"

#include "import/listinglines.h"

#include <QCoreApplication>

namespace lectern {

namespace {

bool isTitleBefore(const QList<listing::TextLine> &lines, qsizetype i)
{
    return i + 1 < lines.size() && listing::abstractLabelLength(lines[i + 1].text) > 0
        && listing::abstractLabelLength(lines[i].text) == 0 && !listing::looksLikeAbstract(lines[i].text);
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
    const QList<listing::TextLine> lines = listing::nonBlankLines(text);
    result.records.reserve(lines.size());
    const auto offsetOf = [&text](QStringView part) { return qsizetype(part.data() - text.data()); };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const listing::TextLine &line = lines[i];
        if (isTitleBefore(lines, i))
            continue; // read together with the "Abstract:" line that follows
        const qsizetype labelLength = listing::abstractLabelLength(line.text);
        if (labelLength == 0) {
            result.messages.append({ImportMessage::Severity::Warning, line.number,
                                    QStringLiteral("line %1: not an \"Abstract:\" line; ignored").arg(line.number)});
            continue;
        }
        const bool hasTitle = i > 0 && isTitleBefore(lines, i - 1);
        const listing::TextLine &first = hasTitle ? lines[i - 1] : line;
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
        if (hasTitle)
            record.paper.title = first.text.trimmed().toString();
        result.records.append(std::move(record));
    }
    return result;
}

} // namespace lectern
