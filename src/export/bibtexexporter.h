#pragma once

#include "export/exportformat.h"

namespace lectern {

// Writes .bib files the way JabRef and Zotero do: @type{key, then one field per line, names aligned, values
// always in braces (except month macros, "month = mar", which styles translate), a blank line after each entry.
//
// Fields, in this order: author, editor, title, journal / booktitle / howpublished (the venue: journal for
// @article, booktitle for @inproceedings, @incollection, @inbook, howpublished otherwise), year, month,
// volume, number, pages, publisher (institution for reports, school for theses), doi, eprint + archivePrefix
// = {arXiv}, url, keywords (the tags), abstract, note (the comment). BibLaTeX writes journaltitle for journal,
// date = {2016-03-15} (or {2016-03}) instead of year and month when the paper's date names a month, and
// eprinttype = {arxiv}.
//
// BibTeX writes LaTeX for every character it has a spelling for (unicodeToLatex, Ascii); BibLaTeX keeps
// Unicode and escapes only LaTeX's specials. Titles protect words with capitals after their first letter
// ({BERT}, {ImageNet}, {iPhone}) so sentence-case styles keep them, as Zotero does; other capitals are left
// to the style. Names are "Family, Given" (splitPersonName), joined by " and "; organisations and names with a
// comma or the word "and" in them are braced so BibTeX reads them as one name; a last author "others" is
// written as "others".
//
// A paper without a type is @misc; in BibLaTeX, @online when it has no venue but an arXiv id or URL (the
// arXiv-only papers of a listing). BibTeX gets BibLaTeX-only types as their nearest BibTeX type (@online →
// @misc, @report → @techreport, @thesis → @phdthesis, @mvbook → @book). A paper without a citation key (one
// not from a library) gets one made from its first author's family name, year and first title word
// ("han2016deep"), or "paperN" from its place in the export; characters that would end a key are written as
// '_'. Braces in URLs and DOIs are written as %7B and %7D.
class BibtexExporter : public ExportFormat
{
public:
    enum class Dialect { BibTeX, BibLaTeX };

    explicit BibtexExporter(Dialect dialect = Dialect::BibTeX);

    QString id() const override;
    QString displayName() const override;
    QString fileSuffix() const override;
    QString highlightingDefinition() const override;
    QString entry(const Paper &paper, qsizetype index) const override;

private:
    Dialect m_dialect;
};

} // namespace lectern
