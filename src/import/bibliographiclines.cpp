#include "import/bibliographiclines.h"

#include <algorithm>

namespace lectern::bibliographic {

bool appendWithinLimit(QString &value, QStringView part, QChar separator)
{
    const qsizetype separatorSize = !separator.isNull() && !value.isEmpty() ? 1 : 0;
    const qsizetype room = kMaxFieldLength - value.size() - separatorSize;
    bool whole = true;
    if (part.size() > room) {
        part = part.first(std::max<qsizetype>(room, 0));
        if (!part.isEmpty() && part.back().isHighSurrogate())
            part.chop(1);
        whole = false;
    }
    if (part.isEmpty())
        return whole;
    if (separatorSize)
        value += separator;
    value += part;
    return whole;
}

bool appendRecord(ParseResult &result, Paper &&paper, int line, qsizetype rawStart, qsizetype rawEnd)
{
    if (paper.title.trimmed().isEmpty() && paper.abstract.trimmed().isEmpty())
        return false;
    RawRecord record;
    record.position = int(result.records.size());
    record.line = line;
    record.rawStart = rawStart;
    record.rawEnd = rawEnd;
    record.paper = std::move(paper);
    result.records.append(std::move(record));
    return true;
}

} // namespace lectern::bibliographic
