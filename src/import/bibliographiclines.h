#pragma once

#include "import/formatparser.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace lectern::bibliographic {

// Shared steps of the tagged-line bibliographic formats (RIS, MEDLINE), whose records are runs of "XX  - value"
// lines with values continued on the lines below.

// Appends part to a field's value, after separator when the value already holds something (a null separator
// joins without one), keeping the value within kMaxFieldLength and never ending it inside a surrogate pair.
// Returns false when part had to be cut; the caller reports that in its own words.
bool appendWithinLimit(QString &value, QStringView part, QChar separator);

// Appends paper to result as its next record, with the line and raw range it was read from, unless it has
// neither a title nor an abstract. Returns false then: the record is skipped and the caller reports that as an
// Error in its own words.
bool appendRecord(ParseResult &result, Paper &&paper, int line, qsizetype rawStart, qsizetype rawEnd);

} // namespace lectern::bibliographic
