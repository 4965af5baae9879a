#pragma once

#include "domain/paper.h"
#include "domain/paperkeys.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

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

// A compact stand-in for an abstract, computed once per paper, that lets de-duplication rule out most
// candidates without fetching and re-reading their text: many unrelated abstracts share their opening words
// (and so their abstract key), and comparing each such pair in full made imports quadratic.
struct AbstractPrint {
    bool hasText = false; // the abstract is not empty (it may still have no words)
    // Set by abstractPrint(). A dry run leaves prints unhashed (only hasText set) and de-duplication hashes
    // one when it first compares it: most records meet no candidate, and hashing was a third of a dry run.
    bool hashed = false;
    qsizetype words = 0;       // its word count, as abstractsAgree() counts words
    std::vector<quint32> head; // the hashes of its first words (at most kAbstractPrintWords)
};
constexpr qsizetype kAbstractPrintWords = 96;
AbstractPrint abstractPrint(QStringView abstract);
// False when abstractsAgree(a, b) is certainly false; true when it has to be asked. Never false when
// abstractsAgree() would say true: it runs the same comparison on the words both prints hold, and a hash
// shared by two different words can only make it more lenient.
bool abstractsMayAgree(const AbstractPrint &a, const AbstractPrint &b);

// A short, readable title made from the abstract's first sentence.
QString provisionalTitle(QStringView abstract);
} // namespace lectern
