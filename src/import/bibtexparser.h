#pragma once

#include "import/formatparser.h"

namespace lectern {

// BibTeX and BibLaTeX files (.bib), as BibTeX itself, biber, JabRef and Zotero read and write them.
//
// Syntax: @type{key, field = value, ...} or @type(key, ...); values in braces, in quotes, bare numbers and
// @string macros (jan ... dec predefined), joined with '#'; @string, @preamble and @comment; text outside
// entries is ignored, as BibTeX ignores it (so a '%' line is no comment to BibTeX and an entry after '%' is
// read). Entry types and field names are case-insensitive; crossref'd entries inherit the fields they lack from
// their parent anywhere in the file (not title, abstract, keywords, identifiers, pages or note; BibLaTeX's
// parent title becomes the child's booktitle).
//
// Fields: title (+ subtitle), author, editor, journal / journaltitle / booktitle / howpublished → venue,
// year, month, day and date → year and date ("2016-03", "2016-03-15"; a month BibTeX cannot read, "Spring",
// is kept as text), volume, number (or issue) → issue, pages (dashes → "12–34"), publisher (or institution,
// school, organization), doi, url (or a \url in howpublished), eprint with archivePrefix / eprinttype (or an
// eprint, journal, note or DOI naming an arXiv identifier) → arxivId, keywords → tags (split at ',' and ';';
// JabRef's "A > B" hierarchy becomes "A/B"), abstract, note → comment, the key → citationKey, the entry type
// in lower case → type (@conference → "inproceedings"). LaTeX in every field but url, doi and eprint is
// converted to Unicode (see latexToUnicode); whitespace runs become single spaces, as BibTeX reads them.
//
// Every entry is a record, also a @proceedings that others crossref. A broken entry is skipped with an Error
// naming its line and key ("line 812: unbalanced brace in entry 'han2016'"); reading resumes at the next line
// that starts with '@'. Inside a value, such a line that opens an entry ("@article{") is taken as the start of
// the next entry, so one unclosed brace costs one entry, not the rest of the file. Warnings: an undefined
// @string (its name is kept as the text), a crossref whose target is missing, a repeated field (the first is
// kept), a field cut to kMaxFieldLength, a broken @string or @preamble; after 1000 warnings the rest are only
// counted. @string expansion is bounded (8 characters per character of the file), so nested doubling strings
// cannot exhaust memory; nothing recurses on brace depth.
//
// Speed: one forward pass over the text (values are scanned eight characters at a time with SSE2), fields
// Lectern does not read are never copied, and each entry becomes a paper while its text is in the cache; a
// 15 MB, 10,000-entry file parses in about 30 ms of one core.
class BibtexParser : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;
};

} // namespace lectern
