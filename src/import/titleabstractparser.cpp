#include "import/titleabstractparser.h"

#include "import/listinglines.h"

#include <QCoreApplication>

#include <algorithm>

namespace lectern {

namespace {

// Lines that mark another shape (labelled abstracts, arXiv identifier lines, Daily Papers meta, structured
// data). They are never half of a title/abstract pair, so a file full of them scores low here.
bool isForeignLine(QStringView t)
{
    if (t.isEmpty())
        return false;
    const QChar first = t.front();
    if (first == u'{' || first == u'}' || first == u'[' || first == u']' || first == u'@')
        return true;
    // Text with replacement or control characters is a binary file or a wrongly decoded one, not a listing.
    for (QChar c : t) {
        if (c.unicode() == 0xFFFD || (c.unicode() < 0x20 && c != u'\t'))
            return true;
    }
    return listing::abstractLabelLength(t) > 0 || t.startsWith(QLatin1String("arXiv:"), Qt::CaseInsensitive)
           || listing::authorCountLine(t) >= 0 || listing::isMiddleDotLine(t) || listing::parseListingDate(t, nullptr);
}

struct PendingRecord {
    bool active = false;
    int line = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString title;
};

} // namespace

QString TitleAbstractParser::id() const
{
    return QStringLiteral("title-abstract");
}

QString TitleAbstractParser::displayName() const
{
    return QCoreApplication::translate("lectern::TitleAbstractParser", "Title and abstract lines");
}

int TitleAbstractParser::confidence(QStringView text) const
{
    qsizetype counted = 0;
    qsizetype pairs = 0;
    bool previousIsTitle = false;
    bool chromeBefore = true; // the start of the file counts as chrome: "Subscribe" glues to the first title
    for (const listing::TextLine &line : listing::nonBlankLines(listing::detectionWindow(text))) {
        if (listing::isChromeLine(line.text)) {
            chromeBefore = true;
            continue;
        }
        ++counted;
        QStringView t = line.text.trimmed();
        if (chromeBefore)
            t = listing::withoutGluedChrome(t);
        chromeBefore = false;
        if (isForeignLine(t)) {
            previousIsTitle = false;
            continue;
        }
        const bool abstract = listing::looksLikeAbstract(t);
        if (abstract && previousIsTitle)
            ++pairs;
        previousIsTitle = !abstract;
    }
    if (counted == 0 || pairs == 0)
        return 0;
    const int score = int(85 * 2 * pairs / counted);
    // One heading followed by one paragraph is any short document; a listing has several papers.
    return pairs >= 2 ? score : std::min(score, 40);
}

ParseResult TitleAbstractParser::parse(QStringView text) const
{
    ParseResult result;
    const auto offsetOf = [&text](QStringView part) { return qsizetype(part.data() - text.data()); };
    PendingRecord pending;

    const auto emitRecord = [&](int line, qsizetype start, qsizetype end, QString title, QStringView abstract) {
        RawRecord record;
        record.position = int(result.records.size());
        record.line = line;
        record.rawStart = start;
        record.rawEnd = end;
        record.paper.title = std::move(title);
        record.paper.abstract = abstract.toString();
        result.records.append(std::move(record));
    };
    // A title whose abstract never came is still a paper (the last one of a pasted page often is).
    const auto flushTitle = [&] {
        if (pending.active)
            emitRecord(pending.line, pending.start, pending.end, std::move(pending.title), {});
        pending = PendingRecord{};
    };

    result.records.reserve(listing::estimatedRecordCount(text));
    listing::NonBlankLineReader reader(text);
    listing::TextLine line;
    bool chromeBefore = true;
    while (reader.next(&line)) {
        if (listing::isChromeLine(line.text)) {
            chromeBefore = true;
            continue;
        }
        QStringView t = line.text.trimmed();
        if (chromeBefore)
            t = listing::withoutGluedChrome(t).trimmed();
        chromeBefore = false;
        if (t.isEmpty())
            continue;

        if (!listing::looksLikeAbstract(t)) {
            flushTitle();
            pending = PendingRecord{true, line.number, offsetOf(t), offsetOf(t) + t.size(), t.toString()};
            continue;
        }
        if (pending.active) {
            emitRecord(pending.line, pending.start, offsetOf(t) + t.size(), std::move(pending.title), t);
            pending = PendingRecord{};
            continue;
        }
        // Two abstracts in a row: the title of the second is missing. Keep the paper; normalization gives it a
        // provisional title.
        result.messages.append({ImportMessage::Severity::Warning, line.number,
                                QStringLiteral("line %1: abstract without a title").arg(line.number)});
        emitRecord(line.number, offsetOf(t), offsetOf(t) + t.size(), {}, t);
    }
    flushTitle();
    return result;
}

} // namespace lectern
