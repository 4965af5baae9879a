#pragma once

#include "export/exportformat.h"

namespace lectern {

// RIS as Zotero writes it: "TAG  - value" lines ending in CR LF, each record from "TY" to "ER" and followed by a
// blank line, one AU/KW line per author/keyword, names as "Family, Given". Every value is one line (see
// entry()), so RisParser reads back everything this writes.
class RisExporter final : public ExportFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString fileSuffix() const override;
    QString highlightingDefinition() const override;
    QString entry(const Paper &paper, qsizetype index) const override;

    // The RIS type for a BibTeX entry type: "article" → "JOUR", "inproceedings" → "CONF", … "GEN" for the rest.
    static QString risType(const QString &type);
    // A date as RIS writes it, "YYYY/MM/DD/" ("2019/05//" without a day), from "2019-05-02", "2019-05", "2019",
    // "May 2, 2019", "2 May 2019", "May 2019", "2019 May 2" or "2019/05/02"; empty when the text is none of these.
    static QString risDate(QStringView date);
};

} // namespace lectern
