#pragma once

#include "import/formatparser.h"

namespace lectern {

// MEDLINE, the tagged text PubMed writes for "Save citation → PubMed" (.nbib) and its "Send to: File" export:
// records separated by blank lines, "TAG - value" with the tag padded to four characters ("PMID- 31234567",
// "TI  - Title"), long values wrapped onto lines indented by six spaces.
class MedlineParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;

    // MEDLINE abbreviates page ranges ("6913-7"); returns them whole with an en dash ("6913–6917").
    static QString expandedPages(QStringView pages);
};

} // namespace lectern
