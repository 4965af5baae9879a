#pragma once

#include <QJsonArray>
#include <QString>

namespace lectern {

class Extractor;

// Runs `extractor` over `[{id, title, abstract}]` (title may be null or missing) and returns
// `[{id, techniques: [ids], metrics: [{kind, value, unit, direction, text, start, end}]}]`, with start/end as
// Unicode code-point offsets into the abstract (end exclusive). On malformed input returns an empty array and
// sets *error to a message naming the record ("record 12: \"abstract\" must be a string").
QJsonArray extractJson(const QJsonArray &input, const Extractor &extractor, QString *error);

} // namespace lectern
