#pragma once

#include "domain/paper.h"
#include "domain/paperkeys.h"

#include <optional>

namespace lectern {

class PaperStore;

// Decides whether an incoming paper is one the library already has. Same means: the same arXiv id (any
// version) or DOI; or the same title ignoring case, punctuation and spacing, unless their arXiv ids or DOIs
// conflict or both have abstracts that disagree; or the same abstract, where one may be cut short or differ
// in a few words.
class Deduplicator
{
public:
    explicit Deduplicator(PaperStore &store);

    // The id of the stored paper `paper` is the same as, if any.
    std::optional<qint64> findExisting(const Paper &paper, const PaperKeys &keys);

private:
    PaperStore &m_store;
};

// Merges `incoming` into `stored`, keeping the fullest value of every field. Returns true when `stored`
// changed; `abstractChanged` tells whether its abstract did (so its facts must be extracted again).
bool mergeInto(Paper &stored, const Paper &incoming, bool *abstractChanged);

} // namespace lectern
