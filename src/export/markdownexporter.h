#pragma once

#include "export/exportformat.h"

namespace lectern {

// A reading list to paste into notes: a heading and a comment that marks the list as Lectern's, then one bullet
// per paper with its best link, its authors, venue and year, and an indented line with its tags,
// headline numbers and techniques. MarkdownListParser reads it back.
class MarkdownExporter final : public ExportFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString fileSuffix() const override;
    QString highlightingDefinition() const override;

    QString begin(const ExportContext &context) const override;
    QString entry(const Paper &paper, qsizetype index) const override;

    // Text with the characters escaped that would change how Markdown renders it, and only those, so that it
    // renders and parses back as written and stays readable as plain text.
    static QString escaped(const QString &text);
    // The link a reader follows: the DOI, else the arXiv abstract page, else the paper's URL; empty when none.
    static QString bestLink(const Paper &paper);
};

} // namespace lectern
