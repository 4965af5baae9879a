#pragma once

#include "import/formatparser.h"

#include <QString>
#include <QStringView>

namespace lectern {

// CSL-JSON, the citation data of citeproc, Zotero ("Export → CSL JSON"), pandoc (--to csljson) and most
// reference managers: an array of items (also one item alone, Zotero's web API {"items": [...]} wrapper, and
// items one per line).
//
// Types: article-journal, article-magazine and article-newspaper → article; paper-conference → inproceedings;
// book; chapter → incollection; thesis → phdthesis, or mastersthesis when its genre says master; report →
// techreport; webpage, post and post-weblog → online; manuscript → unpublished. "article" is CSL's preprint
// (Zotero writes its Preprint items so) and becomes misc, BibTeX's type for arXiv preprints, unless it is
// published somewhere (a container-title and no arXiv identifier). Everything else (document, dataset, "" as
// pandoc writes BibTeX's misc) is misc.
//
// The arXiv identifier comes from "number" when "archive" or "publisher" is arXiv or the number reads
// "arXiv:…" (Zotero's Preprint: repository arXiv, archive ID arXiv:…), from a note line "arXiv:2312.03863
// [cs.LG]" (Zotero's Extra), from an arxiv.org URL or from an arXiv DOI (10.48550/arXiv.…). "publisher": "arXiv"
// names the repository, not a publisher, and is dropped when the item has an arXiv identifier. Note lines that
// carried an identifier or "Citation Key: …" are removed from the comment. The id becomes the citation key
// ("citation-key" wins when both are there), except ids that are URIs (Zotero's
// http://zotero.org/users/…/items/KEY) and carry no key. Rich-text markup (<i>, <b>, <sup>, <sub>,
// <span class="nocase">) is removed from titles, container titles and abstracts, which Lectern shows as plain
// text.
class CslJsonParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;

    // CSL's rich-text markup removed: "Pruning <i>in situ</i>" → "Pruning in situ".
    static QString withoutMarkup(const QString &text);
};

} // namespace lectern
