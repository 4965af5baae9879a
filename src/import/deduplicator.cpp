#include "import/deduplicator.h"

#include "import/normalize.h"
#include "store/paperstore.h"

#include <algorithm>
#include <functional>

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

void Deduplicator::addUnstored(const Paper &paper, const PaperKeys &keys, const AbstractPrint &print)
{
    remember(paper, print);
    if (!paper.arxivId.isEmpty())
        m_unstoredByArxiv.insert(paper.arxivId, paper.id);
    if (!paper.doi.isEmpty())
        m_unstoredByDoi.insert(paper.doi, paper.id);
    if (!keys.title.isEmpty())
        m_unstoredByTitle.insert(keys.title, paper.id);
    if (!keys.abstract.isEmpty())
        m_unstoredByAbstract.insert(keys.abstract, paper.id);
    m_unstoredAbstracts.insert(paper.id, paper.abstract);
}

QString Deduplicator::abstractOf(qint64 id)
{
    if (id < 0)
        return m_unstoredAbstracts.value(id);
    const auto stored = m_store.findById(id);
    return stored ? stored->abstract : QString();
}

bool Deduplicator::abstractsAgreeWith(const Paper &paper, AbstractPrint &print, qint64 id, const Known &candidate)
{
    if (!print.hashed)
        print = abstractPrint(paper.abstract);
    const AbstractPrint *theirs = &candidate.print;
    if (!theirs->hashed) {
        Known &known = m_known[id];
        known.print = abstractPrint(abstractOf(id));
        theirs = &known.print;
    }
    if (!abstractsMayAgree(print, *theirs))
        return false;
    // Rare: the texts really are alike, so the full comparison reads the stored text.
    return abstractsAgree(paper.abstract, abstractOf(id));
}

std::optional<qint64> Deduplicator::findExisting(const Paper &paper, const PaperKeys &keys, AbstractPrint &print)
{
    if (!paper.arxivId.isEmpty()) {
        if (const auto c = m_store.findByArxiv(paper.arxivId))
            return c->id;
        if (const auto it = m_unstoredByArxiv.constFind(paper.arxivId); it != m_unstoredByArxiv.cend())
            return *it;
    }
    if (!paper.doi.isEmpty()) {
        if (const auto c = m_store.findByDoi(paper.doi))
            return c->id;
        if (const auto it = m_unstoredByDoi.constFind(paper.doi); it != m_unstoredByDoi.cend())
            return *it;
    }
    // Stored papers first, in id order, then the unstored ones in the order the file gave them.
    auto candidates = [](QList<qint64> stored, const QMultiHash<QString, qint64> &unstored, const QString &key) {
        QList<qint64> more = unstored.values(key);
        std::sort(more.begin(), more.end(), std::greater<>()); // -1, -2, …: file order
        return stored + more;
    };
    if (!keys.title.isEmpty()) {
        for (const qint64 id : candidates(m_store.idsByTitleKey(keys.title), m_unstoredByTitle, keys.title)) {
            const Known &c = known(id);
            if (identifiersConflict(paper, c.arxivId, c.doi))
                continue;
            if (!paper.abstract.isEmpty() && c.print.hasText && !abstractsAgreeWith(paper, print, id, c))
                continue;
            return id;
        }
    }
    if (!keys.abstract.isEmpty()) {
        for (const qint64 id :
             candidates(m_store.idsByAbstractKey(keys.abstract), m_unstoredByAbstract, keys.abstract)) {
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
    // A listing knows no type; a bibliographic record that says what the paper is wins over "misc".
    if (!incoming.type.isEmpty() && (stored.type.isEmpty() || stored.type == QLatin1String("misc"))
        && incoming.type != stored.type) {
        stored.type = incoming.type;
        changed = true;
    }
    takeText(stored.volume, incoming.volume);
    takeText(stored.issue, incoming.issue);
    takeText(stored.pages, incoming.pages);
    takeText(stored.publisher, incoming.publisher);
    if (incoming.editors.size() > stored.editors.size()) {
        stored.editors = incoming.editors;
        changed = true;
    }
    // The stored paper keeps its citation key, whatever the incoming record calls it: every earlier export
    // used it.
    for (const QString &tag : incoming.tags) {
        if (!stored.tags.contains(tag)) {
            stored.tags.append(tag);
            changed = true;
        }
    }
    return changed;
}

} // namespace lectern
