#include "import/dailypapersparser.h"

#include "import/listinglines.h"

#include <QCoreApplication>

namespace lectern {

namespace {

struct PendingRecord {
    bool active = false;
    bool hasAbstract = false;
    bool inMeta = false; // an authors or submitter line was read; only "·" and the date may follow
    RawRecord record;
};

bool nextIsMiddleDot(const listing::NonBlankLineReader &reader)
{
    return !reader.atEnd() && listing::isMiddleDotLine(reader.peek().text);
}

} // namespace

QString DailyPapersParser::id() const
{
    return QStringLiteral("daily-papers");
}

QString DailyPapersParser::displayName() const
{
    return QCoreApplication::translate("lectern::DailyPapersParser", "Hugging Face Daily Papers");
}

int DailyPapersParser::confidence(QStringView text) const
{
    const QList<listing::TextLine> lines = listing::nonBlankLines(listing::detectionWindow(text));
    int metaBlocks = 0;
    int authorLines = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (listing::authorCountLine(lines[i].text) >= 0)
            ++authorLines;
        else if (listing::isMiddleDotLine(lines[i].text) && i + 1 < lines.size()
                 && listing::parseListingDate(lines[i + 1].text, nullptr))
            ++metaBlocks;
    }
    // "·" followed by a date is this page's own mark; author-count lines alone are a weaker hint.
    if (metaBlocks >= 2)
        return 95;
    if (metaBlocks == 1)
        return 70;
    return authorLines >= 2 ? 55 : 0;
}

ParseResult DailyPapersParser::parse(QStringView text) const
{
    ParseResult result;
    result.records.reserve(listing::estimatedRecordCount(text));
    const auto offsetOf = [&text](QStringView part) { return qsizetype(part.data() - text.data()); };
    const auto endOf = [&](QStringView part) { return offsetOf(part) + part.size(); };
    const auto warn = [&](int line, const QString &what) {
        result.messages.append({ImportMessage::Severity::Warning, line, QStringLiteral("line %1: ").arg(line) + what});
    };

    PendingRecord pending;
    const auto flush = [&] {
        if (pending.active) {
            pending.record.position = int(result.records.size());
            result.records.append(std::move(pending.record));
        }
        pending = PendingRecord{};
    };
    const auto begin = [&](const listing::TextLine &line, QStringView t) {
        flush();
        pending.active = true;
        pending.record.line = line.number;
        pending.record.rawStart = offsetOf(t);
        pending.record.rawEnd = endOf(t);
    };

    // The date line ends a paper's meta block and so the paper.
    const auto closeWithDate = [&](const listing::ListingDate &date, QStringView dateLine) {
        Paper &paper = pending.record.paper;
        paper.date = date.text.toString();
        if (date.year > 0)
            paper.year = date.year;
        if (date.upvotes >= 0)
            paper.upvotes = date.upvotes;
        pending.record.rawEnd = endOf(dateLine);
        flush();
    };

    bool chromeBefore = true;
    listing::NonBlankLineReader reader(text);
    listing::TextLine line;
    while (reader.next(&line)) {
        const QStringView t = line.text.trimmed();

        if (listing::isMiddleDotLine(t)) {
            listing::ListingDate date;
            const bool dated = !reader.atEnd() && listing::parseListingDate(reader.peek().text, &date);
            if (!pending.active) {
                warn(line.number, QStringLiteral("\"\u00b7\" outside a paper's details; ignored"));
                continue;
            }
            pending.inMeta = true;
            pending.record.rawEnd = endOf(t);
            if (!dated) {
                warn(line.number, QStringLiteral("\"\u00b7\" is not followed by a date"));
                continue;
            }
            listing::TextLine dateLine;
            reader.next(&dateLine);
            closeWithDate(date, dateLine.text.trimmed());
            continue;
        }

        if (const int authors = listing::authorCountLine(t); authors >= 0) {
            if (!pending.active || pending.inMeta) {
                warn(line.number, QStringLiteral("author count outside a paper's details; ignored"));
                continue;
            }
            pending.record.paper.authorCount = authors;
            pending.inMeta = true;
            pending.record.rawEnd = endOf(t);
            continue;
        }

        // A line right before "·" that is no author count names the submitter (a user or organisation); it
        // says nothing about the authors. When the meta block has neither, the line before "·" is the abstract.
        if (pending.active && !pending.inMeta && nextIsMiddleDot(reader)
            && (pending.hasAbstract || !listing::looksLikeAbstract(t))) {
            pending.inMeta = true;
            pending.record.rawEnd = endOf(t);
            continue;
        }

        listing::ListingDate date;
        if (listing::parseListingDate(t, &date)) {
            if (pending.active && pending.inMeta) {
                closeWithDate(date, t); // a meta block without its "·": take the date all the same
            }
            // Otherwise a page date heading ("Nov 13"): chrome.
            chromeBefore = true;
            continue;
        }

        if (listing::isChromeLine(t)) {
            chromeBefore = true;
            continue;
        }
        const QStringView content = chromeBefore ? listing::withoutGluedChrome(t).trimmed() : t;
        chromeBefore = false;
        if (content.isEmpty())
            continue;

        if (!listing::looksLikeAbstract(content)) {
            begin(line, content);
            pending.record.paper.title = content.toString();
            continue;
        }
        if (pending.active && !pending.hasAbstract && !pending.inMeta) {
            pending.record.paper.abstract = content.toString();
            pending.hasAbstract = true;
            pending.record.rawEnd = endOf(content);
            continue;
        }
        warn(line.number, QStringLiteral("abstract without a title"));
        begin(line, content);
        pending.record.paper.abstract = content.toString();
        pending.hasAbstract = true;
    }
    flush();
    return result;
}

} // namespace lectern
