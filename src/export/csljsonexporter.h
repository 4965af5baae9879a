#pragma once

#include "export/exportformat.h"

namespace lectern {

// CSL-JSON, what citeproc (pandoc --citeproc, Zotero, reference managers) reads: a pretty-printed array of items.
// Types map back the way CslJsonParser reads them; an arXiv preprint (misc, or no type, with an arXiv identifier)
// is written as Zotero writes its Preprint items: "type": "article", "number": "arXiv:2312.03863" and
// "publisher": "arXiv" when it has no publisher of its own. A published paper with an arXiv identifier keeps it
// in a note line "arXiv:2312.03863", Zotero's convention for journal articles. Other misc papers are CSL's
// "document". Names are family/given/suffix ("van" stays in the family name), organisations literal; a trailing
// "others" is left out. Dates become date-parts when they are ISO ("2023-12-06") or English ("Dec 6, 2023",
// "6 December 2023"); a date with no year borrows the paper's year; a date that reads as neither is lost when the
// paper has a year and written as a literal when it has none.
class CslJsonExporter final : public ExportFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString fileSuffix() const override;
    QString highlightingDefinition() const override;

    QString begin(const ExportContext &context) const override;
    QString entry(const Paper &paper, qsizetype index) const override;
    QString end(qsizetype count) const override;
};

} // namespace lectern
