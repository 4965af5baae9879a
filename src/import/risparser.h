#pragma once

#include "import/formatparser.h"

#include <QString>
#include <QStringView>

namespace lectern {

// RIS, the tagged format every reference manager and database exports ("TY  - JOUR" … "ER  - "): Zotero,
// EndNote, Mendeley, Scopus, Web of Science, Embase, ProQuest, IEEE Xplore, ScienceDirect. Lenient where the
// exporters differ: one space before the dash, header lines before the first record, a missing "ER", blank
// lines inside records, values continued on lines without a tag, names with or without a comma.
class RisParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;

    // A person's name as bibliographic databases write it, in Lectern's display form ("Given Family"):
    // "Han, Song", "King, Martin Luther, Jr." (RIS order), "King, Jr., Martin Luther" (BibTeX order), Embase's
    // "Dally W.J.", or a name already in display order. Organisations stay whole, even with a comma
    // ("University of California, Berkeley"). With `initialsForm`, a name without a comma is always read as
    // "Family Initials" (MEDLINE's AU "Dally WJ" → "W. J. Dally"); otherwise only when the initials carry dots.
    static QString personDisplayName(QStringView name, bool initialsForm = false);
    // A date in RIS form, "YYYY/MM/DD/other info", as an ISO date ("2019-05-02", "2019-05", "2019"); an empty
    // string when the text is not in that form.
    static QString isoDateFromRis(QStringView text);
};

} // namespace lectern
