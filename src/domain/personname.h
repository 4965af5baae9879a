#pragma once

#include <QString>
#include <QStringView>

namespace lectern {

// A person's name split the way bibliographic formats want it. Lectern stores names as they are displayed
// ("Song Han", "Ludwig van Beethoven", "Martin Luther King, Jr." is stored "Martin Luther King Jr."); formats
// that keep the parts apart (RIS "Family, Given", CSL-JSON family/given, MEDLINE) split them with this.
struct PersonName {
    QString given;  // "Song", "William J."
    QString family; // "Han", "van Beethoven" (particles stay with the family name)
    QString suffix; // "Jr.", "III"
    // A name that is not a person's ("Google DeepMind", "The ATLAS Collaboration"): `family` holds it whole.
    bool literal = false;
};

// Splits a display name ("Given von Family Suffix"): the last word is the family name, together with the
// lower-case particles before it ("van", "de la"), and a trailing "Jr."/"Sr."/"II"/"III"/"IV" is the suffix.
// A name in inverted form ("Family, Given" or "Family, Suffix, Given") is split at its commas. A name of one
// word is a family name only. Names that look like organisations (see isOrganisationName) are literal.
PersonName splitPersonName(QStringView name);
// "Given Family Suffix", the form Lectern stores.
QString displayName(const PersonName &name);
// "Family, Given" ("Family, Suffix, Given" when there is a suffix; just the name when literal): RIS and
// BibTeX's unambiguous form.
QString invertedName(const PersonName &name);
// Whether a name reads as an organisation rather than a person: it contains a word such as "Team",
// "Collaboration", "Consortium", "Group", "Inc.", "University", "Institute", "Laboratory", "Project",
// "Organization", "Committee", "Association", "Foundation", "DeepMind", "Research", "Lab", or it has more
// than five words.
bool isOrganisationName(QStringView name);

} // namespace lectern
