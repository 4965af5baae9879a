#pragma once

#include "import/formatparser.h"

#include <QString>
#include <QStringView>

namespace lectern {

// The Atom feed the arXiv API (export.arxiv.org/api/query) returns. Each <entry> is a paper: its id gives the
// arXiv identifier (without version), title and summary have their line breaks collapsed, published gives the
// date (ISO, "2023-12-06") and year, arxiv:doi, arxiv:journal_ref (the venue) and arxiv:comment their fields, the
// alternate link the URL. Categories become tags under "arXiv/" ("arXiv/cs.LG", the primary category first), so
// they group under one node of the tag tree instead of mixing with the user's own tags. The type is misc (a
// preprint, BibTeX's type for arXiv papers) unless a journal reference says it was published: article.
//
// The API's error feed (an entry titled "Error") is reported, not imported. A feed that holds one page of a
// larger result set says so in a warning.
class ArxivAtomParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;

    // "cs.LG" → "arXiv/cs.LG", the tag arXiv categories are filed under (also by ArxivJsonlParser).
    static QString categoryTag(QStringView category);
};

} // namespace lectern
