#pragma once

#include "import/formatparser.h"

namespace lectern {

// A title line, then its abstract line, paper after paper (a listing pasted from a paper search page), with
// page chrome possibly at the top. Titles and abstracts are told apart by their shape, not by position.
class TitleAbstractParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;
};

} // namespace lectern
