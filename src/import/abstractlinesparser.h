#pragma once

#include "import/formatparser.h"

namespace lectern {

// One paper per line: "Abstract:" followed by the abstract. Titles are not part of the shape; a title-like line
// directly before an "Abstract:" line is taken as that paper's title all the same.
class AbstractLinesParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;
};

} // namespace lectern
