#pragma once

#include "domain/paper.h"
#include "domain/paperkeys.h"
#include "import/normalize.h"

#include <QHash>

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

    // The id of the stored paper `paper` is the same as, if any. `print` is abstractPrint(paper.abstract).
    // An unhashed `print` is hashed here if a comparison needs it.
    std::optional<qint64> findExisting(const Paper &paper, const PaperKeys &keys, AbstractPrint &print);
    // Tells what a paper just written (inserted or merged into) now holds, so later look-ups need not read it.
    void remember(const Paper &paper, const AbstractPrint &print);
    // A dry run stores nothing, so the papers the file itself would add are held here (with ids the library
    // never uses, below 0) and found by later records of the same file as stored papers would be.
    void addUnstored(const Paper &paper, const PaperKeys &keys, const AbstractPrint &print);

private:
    // What comparing with a stored paper needs, kept for every paper the import wrote or looked at.
    struct Known {
        QString arxivId;
        QString doi;
        AbstractPrint print;
    };
    const Known &known(qint64 id);
    bool abstractsAgreeWith(const Paper &paper, AbstractPrint &print, qint64 id, const Known &candidate);

    QString abstractOf(qint64 id);

    PaperStore &m_store;
    QHash<qint64, Known> m_known;
    // Unstored papers (dry run): their look-up keys and abstracts.
    QHash<QString, qint64> m_unstoredByArxiv, m_unstoredByDoi;
    QMultiHash<QString, qint64> m_unstoredByTitle, m_unstoredByAbstract;
    QHash<qint64, QString> m_unstoredAbstracts;
};

// Merges `incoming` into `stored`, keeping the fullest value of every field. Returns true when `stored`
// changed; `abstractChanged` tells whether its abstract did (so its facts must be extracted again).
bool mergeInto(Paper &stored, const Paper &incoming, bool *abstractChanged);

} // namespace lectern
