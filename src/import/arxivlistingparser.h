#pragma once

#include "import/formatparser.h"

namespace lectern {

// arXiv listing as copied from a search page: each abstract is followed by optional comment lines
// ("ICCV 2023", "15 pages") and a line starting "arXiv:ID"; the next abstract follows the identifier on
// that same line. Identifier and comments belong to the abstract before them.
class ArxivListingParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;

    // Length of the arXiv identifier at the start of `text` ("2312.03863", "2312.03863v2", "0704.0001",
    // "hep-th/9901001v3"), or 0 when there is none. New-style numbers have five digits after the dot from
    // 1501 on and four before, which is what lets an abstract starting with a digit follow an identifier.
    static qsizetype identifierLength(QStringView text);
};

} // namespace lectern
