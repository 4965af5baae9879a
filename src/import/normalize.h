#pragma once

#include "domain/paper.h"
#include "domain/paperkeys.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lectern {

// Cleans one parsed paper in place: whitespace, canonical arXiv id and DOI, provisional title for papers
// without one (their first sentence, shortened), year from the date text when the date has one.
void normalizePaper(Paper &paper);

// "2312.03863v2", "arXiv:2312.03863", "https://arxiv.org/abs/2312.03863v1" → "2312.03863";
// old-style "hep-th/9901001v3" → "hep-th/9901001". Returns an empty string for anything else.
QString canonicalArxivId(QStringView text);
// "https://doi.org/10.1000/XYZ", "doi:10.1000/xyz" → "10.1000/xyz". Empty when not a DOI.
QString canonicalDoi(QStringView text);

// Whether two abstracts are the same text: one may be cut short (even mid-word) or differ in a few words.
bool abstractsAgree(QStringView a, QStringView b);

// A short, readable title made from the abstract's first sentence.
QString provisionalTitle(QStringView abstract);
} // namespace lectern
