#pragma once

#include "domain/paper.h"

#include <QString>
#include <QStringView>

namespace lectern {

// The pattern new papers get their citation keys from unless the library sets another (JabRef's syntax).
inline constexpr QStringView kDefaultCitationKeyPattern = u"[auth][year][shorttitle]";

// A citation key made from `pattern`, before it is made unique in a library. Fields in brackets:
//   [auth]        the first author's family name        Han
//   [authors]     up to two family names, then "EtAl"   HanMao, HanEtAl
//   [auth.lower]  … any field followed by .lower or .upper changes its case
//   [year]        2016
//   [shorttitle]  the title's first three words that are not function words, capitalised: DeepCompressionCompressing
//   [veryshorttitle] the first such word
//   [title]       every word of the title, capitalised
//   [firstpage]   the first page
// Text outside brackets is copied. The key holds only ASCII letters, digits and "-_:.": letters with
// diacritics lose them ("García" → "Garcia"), others are dropped. A paper with no author uses its venue or
// "anon"; an empty result is "paper".
QString citationKeyBase(const Paper &paper, QStringView pattern = kDefaultCitationKeyPattern);
// The error in a pattern (an unknown field or an unclosed bracket), or an empty string when it is valid.
QString citationKeyPatternError(QStringView pattern);
// Whether `key` can be used as a BibTeX key as it is: non-empty, no white space and none of , { } ( ) " # % ' = \ ~.
bool isUsableCitationKey(QStringView key);
// The n-th disambiguating suffix JabRef appends to a taken key: 0 → "a", 25 → "z", 26 → "aa", …
QString citationKeySuffix(int n);

} // namespace lectern
