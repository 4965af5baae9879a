#include "import/arxivlistingparser.h"

#include "import/listinglines.h"

#include <QCoreApplication>
#include <QStringList>

namespace lectern {

namespace {

constexpr QLatin1String kIdLabel("arXiv:");

// A line after the abstract this long is more abstract (a wrapped or second paragraph), not a comment.
constexpr qsizetype kContinuationLength = 300;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

bool validMonth(QStringView yymm)
{
    const int month = (yymm[2].unicode() - u'0') * 10 + (yymm[3].unicode() - u'0');
    return month >= 1 && month <= 12;
}

// "2312.03863": YYMM, a dot, then four digits until 1412 and five from 1501.
qsizetype newStyleLength(QStringView s)
{
    if (s.size() < 9 || !allDigits(s.first(4)) || s[4] != u'.' || !validMonth(s.first(4)))
        return 0;
    const int yymm = s.first(4).toInt();
    const qsizetype digits = yymm >= 1501 ? 5 : 4;
    if (s.size() < 5 + digits || !allDigits(s.sliced(5, digits)))
        return 0;
    return 5 + digits;
}

// "hep-th/9901001", "math.AG/0601001": archive, optional subject class, slash, YYMMNNN.
qsizetype oldStyleLength(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && ((s[i].unicode() >= u'a' && s[i].unicode() <= u'z') || s[i] == u'-'))
        ++i;
    if (i < 2 || s[0] == u'-' || s[i - 1] == u'-')
        return 0;
    if (i + 2 < s.size() && s[i] == u'.' && s[i + 1].unicode() >= u'A' && s[i + 1].unicode() <= u'Z'
        && s[i + 2].unicode() >= u'A' && s[i + 2].unicode() <= u'Z')
        i += 3;
    if (i >= s.size() || s[i] != u'/')
        return 0;
    ++i;
    if (s.size() < i + 7 || !allDigits(s.sliced(i, 7)) || !validMonth(s.sliced(i, 4)))
        return 0;
    return i + 7;
}

// "v2" after the number. At most three digits, so that "v23D point clouds" still leaves "3D" to the abstract
// in all but absurd cases.
qsizetype versionLength(QStringView s)
{
    if (s.size() < 2 || s[0] != u'v' || !isAsciiDigit(s[1]))
        return 0;
    qsizetype i = 1;
    while (i < s.size() && i <= 3 && isAsciiDigit(s[i]))
        ++i;
    return i;
}

// How much of an unreadable identifier to drop. It ends at a space, or where the next abstract's first word
// visibly begins ("2312.0386While": a capital after a digit, followed by a small letter).
qsizetype unreadableTokenLength(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && !s[i].isSpace()) {
        if (i > 0 && s[i].isUpper() && i + 1 < s.size() && s[i + 1].isLower()
            && (isAsciiDigit(s[i - 1]) || s[i - 1] == u'.'))
            break;
        ++i;
    }
    return i;
}

qsizetype skipSpaces(QStringView s, qsizetype pos)
{
    while (pos < s.size() && s[pos].isSpace())
        ++pos;
    return pos;
}

struct PendingRecord {
    bool active = false;
    int line = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString abstract;
    QStringList comments;
};

} // namespace

QString ArxivListingParser::id() const
{
    return QStringLiteral("arxiv-listing");
}

QString ArxivListingParser::displayName() const
{
    return QCoreApplication::translate("lectern::ArxivListingParser", "arXiv listing");
}

qsizetype ArxivListingParser::identifierLength(QStringView text)
{
    qsizetype length = newStyleLength(text);
    if (length == 0)
        length = oldStyleLength(text);
    if (length == 0)
        return 0;
    return length + versionLength(text.sliced(length));
}

int ArxivListingParser::confidence(QStringView text) const
{
    int lines = 0;
    int identifiers = 0;
    for (const listing::TextLine &line : listing::nonBlankLines(listing::detectionWindow(text))) {
        ++lines;
        const QStringView t = listing::trimmedLeft(line.text);
        if (t.startsWith(kIdLabel, Qt::CaseInsensitive)
            && identifierLength(t.sliced(skipSpaces(t, kIdLabel.size()))) > 0)
            ++identifiers;
    }
    if (identifiers == 0)
        return 0;
    // A record is one abstract line, at most a few comment lines and its identifier line; identifiers that
    // are rare among the lines are citations in some other text.
    if (identifiers * 4 < lines)
        return 30;
    return identifiers >= 2 ? 95 : 60;
}

ParseResult ArxivListingParser::parse(QStringView text) const
{
    ParseResult result;
    PendingRecord pending;
    const auto offsetOf = [&text](QStringView part) { return qsizetype(part.data() - text.data()); };

    const auto begin = [&](QStringView abstract, int line) {
        pending = PendingRecord{
            true, line, offsetOf(abstract), offsetOf(abstract) + abstract.size(), abstract.toString(), {}};
    };
    const auto finish = [&](QStringView identifier, qsizetype end) {
        RawRecord record;
        record.position = int(result.records.size());
        record.line = pending.line;
        record.rawStart = pending.start;
        record.rawEnd = end;
        record.paper.abstract = pending.abstract;
        record.paper.comment = pending.comments.join(QStringLiteral("; "));
        if (!identifier.isEmpty()) {
            record.paper.arxivId = identifier.toString();
            record.paper.url = QStringLiteral("https://arxiv.org/abs/") + identifier;
        }
        result.records.append(std::move(record));
        pending = PendingRecord{};
    };

    result.records.reserve(listing::estimatedRecordCount(text));
    listing::NonBlankLineReader reader(text);
    listing::TextLine line;
    while (reader.next(&line)) {
        const QStringView t = line.text.trimmed();
        if (t.startsWith(kIdLabel, Qt::CaseInsensitive)) {
            const qsizetype idStart = skipSpaces(t, kIdLabel.size());
            qsizetype idLength = identifierLength(t.sliced(idStart));
            if (idLength > 0) {
                const QStringView identifier = t.sliced(idStart, idLength);
                if (!pending.active) // an identifier with no abstract of its own is still a paper
                    pending = PendingRecord{true, line.number, offsetOf(t), offsetOf(t), {}, {}};
                finish(identifier, offsetOf(identifier) + identifier.size());
            } else {
                idLength = unreadableTokenLength(t.sliced(idStart));
                const QString token = t.sliced(idStart, idLength).left(40).toString();
                if (pending.active) {
                    result.messages.append({ImportMessage::Severity::Error, line.number,
                                            QStringLiteral("line %1: unreadable arXiv identifier \"%2\"; the record "
                                                           "starting at line %3 was skipped")
                                                .arg(line.number)
                                                .arg(token)
                                                .arg(pending.line)});
                } else {
                    result.messages.append({ImportMessage::Severity::Warning, line.number,
                                            QStringLiteral("line %1: unreadable arXiv identifier \"%2\" ignored")
                                                .arg(line.number)
                                                .arg(token)});
                }
                pending = PendingRecord{};
            }
            const QStringView next = t.sliced(idStart + idLength).trimmed();
            if (!next.isEmpty())
                begin(next, line.number);
            continue;
        }
        if (!pending.active) {
            begin(t, line.number);
        } else if (t.size() >= kContinuationLength) {
            pending.abstract += QLatin1Char(' ') + t;
            pending.end = offsetOf(t) + t.size();
        } else {
            pending.comments.append(t.toString());
            pending.end = offsetOf(t) + t.size();
        }
    }
    if (pending.active) {
        result.messages.append(
            {ImportMessage::Severity::Warning, pending.line,
             QStringLiteral("line %1: no arXiv identifier follows this abstract").arg(pending.line)});
        finish({}, pending.end);
    }
    return result;
}

} // namespace lectern
