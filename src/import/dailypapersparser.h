#pragma once

#include "import/formatparser.h"

namespace lectern {

// Hugging Face Daily Papers pasted as text: blocks separated by blank lines holding a title, an abstract
// (often cut short) and an optional meta block ("• N authors" or a submitter line, then "·", then a date
// with an optional upvote count).
class DailyPapersParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;
};

} // namespace lectern
