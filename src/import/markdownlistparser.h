#pragma once

#include "import/formatparser.h"

namespace lectern {

// A Markdown paper list such as the GitHub "awesome" lists (Awesome-Efficient-LLM, Awesome-Model-Compression):
// papers are list items and table rows that carry a title and a link to a paper (arXiv, OpenReview, ACL
// Anthology, DOI, proceedings, a PDF), or a bold or quoted title with a venue or year. Each paper gets the path
// of headings above it as one hierarchical tag. A list that carries MarkdownExporter's marker comment
// ("<!-- Lectern reading list …") is Lectern's own: every top-level bullet with a bold or linked title is a
// paper, read in the exporter's exact shape.
class MarkdownListParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;
};

} // namespace lectern
