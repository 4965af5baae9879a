#include "import/deduplicator.h"

#include "import/normalize.h"
#include "store/paperstore.h"

namespace lectern {

namespace {

bool conflicts(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

bool identifiersConflict(const Paper &paper, const QString &arxivId, const QString &doi)
{
    return conflicts(paper.arxivId, arxivId) || conflicts(paper.doi, doi);
}

// The longer of two values of a field is the fuller one (a listing cuts abstracts short).
bool fuller(const QString &candidate, const QString &current)
{
    return candidate.size() > current.size();
}

} // namespace

Deduplicator::Deduplicator(PaperStore &store)
    : m_store(store)
{
}

const Deduplicator::Known &Deduplicator::known(qint64 id)
{
    if (const auto it = m_known.constFind(id); it != m_known.cend())
        return *it;
    Known k;
    if (const auto c = m_store.findById(id)) {
        k.arxivId = c->arxivId;
        k.doi = c->doi;
        k.print = abstractPrint(c->abstract);
    }
    return *m_known.insert(id, k);
}

void Deduplicator::remember(const Paper &paper, const AbstractPrint &print)
{
    m_known.insert(paper.id, Known{paper.arxivId, paper.doi, print});
}

bool Deduplicator::abstractsAgreeWith(const Paper &paper, const AbstractPrint &print, qint64 id, const Known &candidate)
{
    if (!abstractsMayAgree(print, candidate.print))
        return false;
    // Rare: the texts really are alike, so the full comparison reads the stored text.
    const auto stored = m_store.findById(id);
    return stored && abstractsAgree(paper.abstract, stored->abstract);
}

std::optional<qint64> Deduplicator::findExisting(const Paper &paper, const PaperKeys &keys, const AbstractPrint &print)
{
    if (!paper.arxivId.isEmpty()) {
        if (const auto c = m_store.findByArxiv(paper.arxivId))
            return c->id;
    }
    if (!paper.doi.isEmpty()) {
        if (const auto c = m_store.findByDoi(paper.doi))
            return c->id;
    }
    if (!keys.title.isEmpty()) {
        for (const qint64 id : m_store.idsByTitleKey(keys.title)) {
            const Known &c = known(id);
            if (identifiersConflict(paper, c.arxivId, c.doi))
                continue;
            if (!paper.abstract.isEmpty() && c.print.hasText && !abstractsAgreeWith(paper, print, id, c))
                continue;
            return id;
        }
    }
    if (!keys.abstract.isEmpty()) {
        for (const qint64 id : m_store.idsByAbstractKey(keys.abstract)) {
            const Known &c = known(id);
            if (!identifiersConflict(paper, c.arxivId, c.doi) && abstractsAgreeWith(paper, print, id, c))
                return id;
        }
    }
    return std::nullopt;
}

bool mergeInto(Paper &stored, const Paper &incoming, bool *abstractChanged)
{
    bool changed = false;
    auto takeText = [&changed](QString &mine, const QString &theirs) {
        if (fuller(theirs, mine)) {
            mine = theirs;
            changed = true;
        }
    };
    if (!incoming.titleIsProvisional && (stored.titleIsProvisional || fuller(incoming.title, stored.title))) {
        stored.title = incoming.title;
        stored.titleIsProvisional = false;
        changed = true;
    }
    const QString oldAbstract = stored.abstract;
    takeText(stored.abstract, incoming.abstract);
    if (stored.titleIsProvisional && stored.abstract != oldAbstract)
        stored.title = provisionalTitle(stored.abstract);
    if (abstractChanged)
        *abstractChanged = stored.abstract != oldAbstract;
    if (incoming.authors.size() > stored.authors.size()) {
        stored.authors = incoming.authors;
        changed = true;
    }
    if (incoming.authorCount && (!stored.authorCount || *incoming.authorCount > *stored.authorCount)) {
        stored.authorCount = incoming.authorCount;
        changed = true;
    }
    // A date with a year is fuller than one without.
    if (!incoming.date.isEmpty()
        && (stored.date.isEmpty()
            || (sortDate(incoming.year, incoming.date) > 0 && sortDate(stored.year, stored.date) == 0))) {
        stored.date = incoming.date;
        changed = true;
    }
    if (incoming.year && !stored.year) {
        stored.year = incoming.year;
        changed = true;
    }
    takeText(stored.venue, incoming.venue);
    takeText(stored.url, incoming.url);
    takeText(stored.comment, incoming.comment);
    if (stored.arxivId.isEmpty() && !incoming.arxivId.isEmpty()) {
        stored.arxivId = incoming.arxivId;
        changed = true;
    }
    if (stored.doi.isEmpty() && !incoming.doi.isEmpty()) {
        stored.doi = incoming.doi;
        changed = true;
    }
    if (incoming.upvotes && (!stored.upvotes || *incoming.upvotes > *stored.upvotes)) {
        stored.upvotes = incoming.upvotes;
        changed = true;
    }
    return changed;
}

} // namespace lectern
