#pragma once

#include "import/rawrecord.h"

#include <QStringView>

namespace lectern {

// Parsers read untrusted files: a single field longer than this (UTF-16 units) is cut to it and reported, so a
// hostile file cannot make one value, its index entries and its copies balloon.
constexpr qsizetype kMaxFieldLength = 1 << 20;

// One subclass per input format. Parsers are stateless and thread-safe; they never throw and never crash on
// untrusted input: what they cannot read becomes an ImportMessage with its line.
class FormatParser
{
public:
    virtual ~FormatParser() = default;

    // Stable identifier stored with each source, e.g. "arxiv-listing".
    virtual QString id() const = 0;
    // Human-readable, translatable name, e.g. "arXiv listing".
    virtual QString displayName() const = 0;
    // How sure the parser is that `text` (the decoded file, possibly only its first part) is its format:
    // 0 = certainly not, 100 = certainly. Detection looks at content only, never at file names.
    virtual int confidence(QStringView text) const = 0;
    virtual ParseResult parse(QStringView text) const = 0;
};

} // namespace lectern
