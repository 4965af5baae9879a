#include "store/paperstore.h"

#include "domain/citationkey.h"
#include "domain/metricformat.h"
#include "domain/paperkeys.h"
#include "store/curation.h"
#include "store/database.h"

#include <QDateTime>

#include <set>

namespace lectern {

namespace {

const char kPaperColumns[] = "id, arxiv, doi, abstract, title_provisional";

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

// For NOT NULL text columns: a null QString would bind NULL.
QString emptyIfNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

// The library's citation key pattern, or the default when it has none or a broken one.
static QString libraryKeyPattern(Database &db)
{
    Statement pattern(db, "SELECT value FROM library_setting WHERE key = 'citation_key_pattern'");
    const QString stored = pattern.next() ? pattern.text(0) : QString();
    return stored.isEmpty() || !citationKeyPatternError(stored).isEmpty() ? kDefaultCitationKeyPattern.toString()
                                                                          : stored;
}

QString techniqueSummary(const Paper &paper)
{
    std::set<QString> ids;
    for (const TechniqueFact &t : paper.techniques)
        ids.insert(t.id);
    QStringList list(ids.begin(), ids.end());
    return list.join(QLatin1Char(' '));
}

qint64 sortKey(const Paper &paper)
{
    return (qint64(sortDate(paper.year, paper.date)) << 32) | paper.id;
}

QString headlineSummary(const Paper &paper)
{
    const MetricFact *m = headlineMetric(paper);
    return m ? formatMetric(*m) : QString();
}

PaperStore::PaperStore(Database &db, const Taxonomy &taxonomy)
    : m_db(db)
    , m_byArxiv(db, QStringLiteral("SELECT %1 FROM paper WHERE arxiv = ?").arg(QLatin1String(kPaperColumns)))
    , m_byDoi(db, QStringLiteral("SELECT %1 FROM paper WHERE doi = ?").arg(QLatin1String(kPaperColumns)))
    , m_byTitleKey(db, "SELECT id FROM paper WHERE title_key = ? ORDER BY id")
    , m_byAbstractKey(db, "SELECT id FROM paper WHERE abstract_key = ? ORDER BY id")
    , m_byId(db, QStringLiteral("SELECT %1 FROM paper WHERE id = ?").arg(QLatin1String(kPaperColumns)))
    , m_insertPaper(db, "INSERT INTO paper(title, title_provisional, title_key, abstract, abstract_key, authors, "
                        "author_count, year, date, sort_key, venue, arxiv, doi, url, comment, upvotes, techniques, "
                        "headline, added_at, id, type, volume, issue, pages, publisher, editors, citation_key, status, "
                        "rating, priority, note, note_updated_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                        "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)")
    , m_updatePaper(db, "UPDATE paper SET title = ?1, title_provisional = ?2, title_key = ?3, abstract = ?4, "
                        "abstract_key = ?5, authors = ?6, author_count = ?7, year = ?8, date = ?9, sort_key = ?10, "
                        "venue = ?11, arxiv = ?12, doi = ?13, url = ?14, comment = ?15, upvotes = ?16, "
                        "techniques = ?17, headline = ?18, type = ?21, volume = ?22, issue = ?23, pages = ?24, "
                        "publisher = ?25, editors = ?26, citation_key = ?27 WHERE id = ?20")
    // Leaves status, rating, priority and note alone: they are the user's, and an import merging a record into
    // the paper must not undo their curation.
    // The full-text index is written here, one row per statement with VALUES: a trigger or an INSERT … SELECT
    // makes SQLite open a statement savepoint, and FTS5 flushes its pending terms at each one, which made
    // imports about ten times slower.
    , m_ftsInsert(db, "INSERT INTO paper_fts(rowid, title, abstract, authors, note) VALUES (?, ?, ?, ?, ?)")
    , m_ftsDelete(db, "INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, note) "
                      "VALUES ('delete', ?, ?, ?, ?, ?)")
    , m_ftsOld(db, "SELECT sort_key, title, abstract, authors, note FROM paper WHERE id = ?")
    , m_findAuthor(db, "SELECT id FROM author WHERE name = ?")
    , m_insertAuthor(db, "INSERT INTO author(name) VALUES (?)")
    , m_deleteAuthors(db, "DELETE FROM paper_author WHERE paper_id = ?")
    , m_insertPaperAuthor(db, "INSERT INTO paper_author(paper_id, position, author_id) VALUES (?, ?, ?)")
    , m_deleteTechniques(db, "DELETE FROM technique_fact WHERE paper_id = ?")
    , m_insertTechnique(db, "INSERT OR IGNORE INTO technique_fact(paper_id, technique, start, end) VALUES (?, ?, ?, ?)")
    , m_deleteMetrics(db, "DELETE FROM metric_fact WHERE paper_id = ?")
    , m_insertMetric(db, "INSERT INTO metric_fact(paper_id, kind, value, unit, direction, text, start, end, "
                         "techniques) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_setMetricTechniques(db, "UPDATE metric_fact SET techniques = ? WHERE paper_id = ?")
    , m_setTechniques(db, "UPDATE paper SET techniques = ? WHERE id = ?")
    , m_setHeadline(db, "UPDATE paper SET headline = ? WHERE id = ?")
    , m_fileBySha(db, "SELECT id FROM source_file WHERE sha256 = ?")
    , m_insertFile(db, "INSERT INTO source_file(path, sha256, format, size, imported_at, content) "
                       "VALUES (?, ?, ?, ?, ?, ?)")
    , m_insertSource(db, "INSERT OR IGNORE INTO source(file_id, position, paper_id, line, raw_start, raw_end) "
                         "VALUES (?, ?, ?, ?, ?, ?)")
    , m_sourcePaper(db, "SELECT paper_id FROM source WHERE file_id = ? AND position = ?")
    , m_keyTaken(db, "SELECT 1 FROM paper WHERE citation_key = ?")
    , m_findTag(db, "SELECT id FROM tag WHERE name = ?")
    , m_insertTag(db, "INSERT INTO tag(name, parent_id) VALUES (?, ?)")
    , m_insertPaperTag(db, "INSERT OR IGNORE INTO paper_tag(paper_id, tag_id) VALUES (?, ?)")
    , m_facets(db, taxonomy)
{
    m_keyPattern = libraryKeyPattern(db);
}

PaperStore::~PaperStore()
{
    try {
        m_facets.flush();
    } catch (const DatabaseError &) {
        // The transaction this store wrote in is being rolled back, taking the totals with it.
    }
}

void PaperStore::flush()
{
    m_facets.flush();
}

PaperCandidate PaperStore::candidate(Statement &s)
{
    PaperCandidate c;
    c.id = s.int64(0);
    c.arxivId = s.text(1);
    c.doi = s.text(2);
    c.abstract = s.text(3);
    c.titleIsProvisional = s.int64(4) != 0;
    return c;
}

std::optional<PaperCandidate> PaperStore::findByArxiv(const QString &arxivId)
{
    std::optional<PaperCandidate> result;
    m_byArxiv.bind(1, arxivId);
    if (m_byArxiv.next())
        result = candidate(m_byArxiv);
    m_byArxiv.reset();
    return result;
}

std::optional<PaperCandidate> PaperStore::findByDoi(const QString &doi)
{
    std::optional<PaperCandidate> result;
    m_byDoi.bind(1, doi);
    if (m_byDoi.next())
        result = candidate(m_byDoi);
    m_byDoi.reset();
    return result;
}

QList<qint64> PaperStore::ids(Statement &statement, const QString &key)
{
    QList<qint64> result;
    statement.bind(1, key);
    while (statement.next())
        result.append(statement.int64(0));
    statement.reset();
    return result;
}

QList<qint64> PaperStore::idsByTitleKey(const QString &key)
{
    return ids(m_byTitleKey, key);
}

QList<qint64> PaperStore::idsByAbstractKey(const QString &key)
{
    return ids(m_byAbstractKey, key);
}

std::optional<PaperCandidate> PaperStore::findById(qint64 id)
{
    std::optional<PaperCandidate> result;
    m_byId.bind(1, id);
    if (m_byId.next())
        result = candidate(m_byId);
    m_byId.reset();
    return result;
}

void PaperStore::bindPaper(Statement &s, const Paper &p, const PaperKeys &keys)
{
    s.bind(1, emptyIfNull(p.title));
    s.bind(2, qint64(p.titleIsProvisional ? 1 : 0));
    s.bind(3, emptyIfNull(keys.title));
    s.bind(4, emptyIfNull(p.abstract));
    s.bind(5, nullIfEmpty(keys.abstract));
    s.bind(6, emptyIfNull(p.authors.join(QStringLiteral("; "))));
    s.bind(7, p.authors.isEmpty() ? p.authorCount : std::optional<int>(int(p.authors.size())));
    s.bind(8, p.year);
    s.bind(9, nullIfEmpty(p.date));
    s.bind(10, sortKey(p));
    s.bind(11, nullIfEmpty(p.venue));
    s.bind(12, nullIfEmpty(p.arxivId));
    s.bind(13, nullIfEmpty(p.doi));
    s.bind(14, nullIfEmpty(p.url));
    s.bind(15, nullIfEmpty(p.comment));
    s.bind(16, p.upvotes);
    s.bind(17, emptyIfNull(techniqueSummary(p)));
    s.bind(18, emptyIfNull(headlineSummary(p)));
    s.bind(21, nullIfEmpty(p.type));
    s.bind(22, nullIfEmpty(p.volume));
    s.bind(23, nullIfEmpty(p.issue));
    s.bind(24, nullIfEmpty(p.pages));
    s.bind(25, nullIfEmpty(p.publisher));
    s.bind(26, nullIfEmpty(p.editors.join(QStringLiteral("; "))));
    s.bind(27, nullIfEmpty(p.citationKey));
}

bool PaperStore::citationKeyTaken(const QString &key)
{
    m_keyTaken.bind(1, key);
    const bool taken = m_keyTaken.next();
    m_keyTaken.reset();
    return taken;
}

void PaperStore::assignCitationKey(Paper &paper)
{
    // The file's own key is kept when it is free: the user's manuscripts cite it. A taken key gets JabRef's
    // letter suffix, so "han2016" becomes "han2016a" rather than something unrelated.
    const QString base =
        isUsableCitationKey(paper.citationKey) ? paper.citationKey : citationKeyBase(paper, m_keyPattern);
    QString key = base;
    for (int n = 0; citationKeyTaken(key); ++n)
        key = base + citationKeySuffix(n);
    paper.citationKey = key;
}

bool PaperStore::hasSourceFileOfSize(qint64 size)
{
    Statement s(m_db, "SELECT 1 FROM source_file WHERE size = ? LIMIT 1");
    s.bind(1, size);
    return s.next();
}

void PaperStore::assignMissingCitationKeys(Database &db)
{
    const QString keyPattern = libraryKeyPattern(db);
    QSet<QString> taken;
    Statement existing(db, "SELECT citation_key FROM paper WHERE citation_key IS NOT NULL");
    while (existing.next())
        taken.insert(existing.text(0));
    Statement missing(db, "SELECT id, title, authors, year, venue, pages FROM paper WHERE citation_key IS NULL "
                          "ORDER BY id");
    Statement set(db, "UPDATE paper SET citation_key = ? WHERE id = ?");
    while (missing.next()) {
        Paper paper;
        paper.title = missing.text(1);
        paper.authors = missing.text(2).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        paper.year = missing.optionalInt(3);
        paper.venue = missing.text(4);
        paper.pages = missing.text(5);
        const QString base = citationKeyBase(paper, keyPattern);
        QString key = base;
        for (int n = 0; taken.contains(key); ++n)
            key = base + citationKeySuffix(n);
        taken.insert(key);
        set.bind(1, key).bind(2, missing.int64(0));
        set.run();
        set.reset();
    }
}

qint64 PaperStore::tagId(const QString &name)
{
    if (const auto it = m_tagIds.constFind(name); it != m_tagIds.cend())
        return *it;
    qint64 id = 0;
    m_findTag.bind(1, name);
    if (m_findTag.next()) {
        id = m_findTag.int64(0);
        m_findTag.reset();
    } else {
        m_findTag.reset();
        // Ancestors first: every level of a tag's path is a tag of its own, so the side panel's tree has them.
        const QString parent = Curation::parentTagName(name);
        const qint64 parentId = parent.isEmpty() ? 0 : tagId(parent); // 0: a top-level tag
        m_insertTag.bind(1, name);
        if (parentId > 0)
            m_insertTag.bind(2, parentId);
        m_insertTag.run();
        m_insertTag.reset();
        id = m_db.lastInsertRowId();
    }
    m_tagIds.insert(name, id);
    return id;
}

void PaperStore::writeTags(const Paper &paper)
{
    for (const QString &given : paper.tags) {
        const QString name = Curation::normalizedTagName(given);
        if (name.isEmpty())
            continue;
        m_insertPaperTag.bind(1, paper.id).bind(2, tagId(name));
        m_insertPaperTag.run();
        m_insertPaperTag.reset();
    }
}

void PaperStore::indexFullText(const Paper &paper, const QString &note)
{
    m_ftsInsert.bind(1, sortKey(paper)).bind(2, emptyIfNull(paper.title)).bind(3, emptyIfNull(paper.abstract));
    m_ftsInsert.bind(4, emptyIfNull(paper.authors.join(QStringLiteral("; ")))).bind(5, emptyIfNull(note));
    m_ftsInsert.run();
    m_ftsInsert.reset();
}

void PaperStore::insert(Paper &paper, const PaperKeys &keys)
{
    // Ids are assigned here, not by SQLite, because the sort key that FTS5 uses as rowid contains the id.
    if (m_lastId < 0) {
        // Never an id a deleted paper had: undoing the deletion puts it back under its id.
        Statement last(m_db, "SELECT max(coalesce((SELECT max(id) FROM paper), 0), coalesce((SELECT CAST(value AS "
                             "INTEGER) FROM library_setting WHERE key = 'deleted_paper_id_max'), 0))");
        m_lastId = last.next() ? last.int64(0) : 0;
    }
    paper.id = ++m_lastId;
    assignCitationKey(paper);
    bindPaper(m_insertPaper, paper, keys);
    m_insertPaper.bind(19, QDateTime::currentSecsSinceEpoch());
    m_insertPaper.bind(20, paper.id);
    m_insertPaper.bind(28, qint64(paper.status)).bind(29, paper.rating).bind(30, qint64(paper.priority));
    m_insertPaper.bind(31, emptyIfNull(paper.note));
    if (!paper.note.isEmpty())
        m_insertPaper.bind(32, QDateTime::currentSecsSinceEpoch());
    m_insertPaper.run();
    m_insertPaper.reset();
    indexFullText(paper, paper.note);
    writeAuthors(paper);
    writeTags(paper);
    const PaperFacet facet = m_facets.facetOf(paper);
    writeTechniques(paper.id, paper.techniques);
    writeMetrics(paper.id, paper.metrics, facet.techniques);
    m_facets.write(sortKey(paper), facet);
}

void PaperStore::update(const Paper &given, const PaperKeys &keys)
{
    Paper paper = given;
    if (paper.citationKey.isEmpty())
        assignCitationKey(paper);
    // An external-content FTS5 table deletes by the values it indexed, so read them before they change.
    std::optional<qint64> previousSortKey;
    QString note; // the stored one: an update never changes the user's note, but the index holds it
    m_ftsOld.bind(1, paper.id);
    if (m_ftsOld.next()) {
        previousSortKey = m_ftsOld.int64(0);
        note = m_ftsOld.text(4);
        m_ftsDelete.bind(1, m_ftsOld.int64(0)).bind(2, emptyIfNull(m_ftsOld.text(1)));
        m_ftsDelete.bind(3, emptyIfNull(m_ftsOld.text(2))).bind(4, emptyIfNull(m_ftsOld.text(3)));
        m_ftsDelete.bind(5, emptyIfNull(note));
        m_ftsDelete.run();
        m_ftsDelete.reset();
    }
    m_ftsOld.reset();
    bindPaper(m_updatePaper, paper, keys);
    m_updatePaper.bind(20, paper.id);
    m_updatePaper.run();
    m_updatePaper.reset();
    indexFullText(paper, note);
    m_deleteAuthors.bind(1, paper.id);
    m_deleteAuthors.run();
    m_deleteAuthors.reset();
    writeAuthors(paper);
    writeTags(paper);
    m_deleteTechniques.bind(1, paper.id);
    m_deleteTechniques.run();
    m_deleteTechniques.reset();
    m_deleteMetrics.bind(1, paper.id);
    m_deleteMetrics.run();
    m_deleteMetrics.reset();
    const PaperFacet facet = m_facets.facetOf(paper);
    writeTechniques(paper.id, paper.techniques);
    writeMetrics(paper.id, paper.metrics, facet.techniques);
    m_facets.write(sortKey(paper), facet, previousSortKey);
}

qint64 PaperStore::authorId(const QString &name)
{
    if (const auto it = m_authorIds.constFind(name); it != m_authorIds.cend())
        return *it;
    qint64 id = 0;
    m_findAuthor.bind(1, name);
    if (m_findAuthor.next()) {
        id = m_findAuthor.int64(0);
        m_findAuthor.reset();
    } else {
        m_findAuthor.reset();
        m_insertAuthor.bind(1, name);
        m_insertAuthor.run();
        m_insertAuthor.reset();
        id = m_db.lastInsertRowId();
    }
    // Only cache within a transaction's lifetime of this store: ids never change once committed, and a rolled
    // back import discards the PaperStore together with its cache.
    m_authorIds.insert(name, id);
    return id;
}

void PaperStore::writeAuthors(const Paper &paper)
{
    int position = 0;
    for (const QString &name : paper.authors) {
        m_insertPaperAuthor.bind(1, paper.id).bind(2, position++).bind(3, authorId(name));
        m_insertPaperAuthor.run();
        m_insertPaperAuthor.reset();
    }
}

void PaperStore::writeTechniques(qint64 paperId, const QList<TechniqueFact> &techniques)
{
    for (const TechniqueFact &t : techniques) {
        m_insertTechnique.bind(1, paperId).bind(2, t.id).bind(3, qint64(t.start)).bind(4, qint64(t.end));
        m_insertTechnique.run();
        m_insertTechnique.reset();
    }
}

void PaperStore::writeMetrics(qint64 paperId, const QList<MetricFact> &metrics, const QByteArray &techniques)
{
    for (const MetricFact &m : metrics) {
        m_insertMetric.bind(1, paperId).bind(2, emptyIfNull(m.kind)).bind(3, m.value).bind(4, emptyIfNull(m.unit));
        m_insertMetric.bind(5, emptyIfNull(m.direction));
        m_insertMetric.bind(6, emptyIfNull(m.text)).bind(7, qint64(m.start)).bind(8, qint64(m.end));
        m_insertMetric.bind(9, techniques.isNull() ? QByteArray("") : techniques);
        m_insertMetric.run();
        m_insertMetric.reset();
    }
}

void PaperStore::replaceTechniques(qint64 paperId, const QList<TechniqueFact> &techniques)
{
    m_deleteTechniques.bind(1, paperId);
    m_deleteTechniques.run();
    m_deleteTechniques.reset();
    writeTechniques(paperId, techniques);
    Paper paper;
    paper.techniques = techniques;
    m_setTechniques.bind(1, emptyIfNull(techniqueSummary(paper))).bind(2, paperId);
    m_setTechniques.run();
    m_setTechniques.reset();
}

void PaperStore::setMetricTechniques(qint64 paperId, const QByteArray &techniques)
{
    m_setMetricTechniques.bind(1, techniques.isNull() ? QByteArray("") : techniques).bind(2, paperId);
    m_setMetricTechniques.run();
    m_setMetricTechniques.reset();
}

void PaperStore::replaceMetrics(qint64 paperId, const QList<MetricFact> &metrics, const QByteArray &techniques)
{
    m_deleteMetrics.bind(1, paperId);
    m_deleteMetrics.run();
    m_deleteMetrics.reset();
    writeMetrics(paperId, metrics, techniques);
    Paper paper;
    paper.metrics = metrics;
    m_setHeadline.bind(1, emptyIfNull(headlineSummary(paper))).bind(2, paperId);
    m_setHeadline.run();
    m_setHeadline.reset();
}

std::optional<qint64> PaperStore::sourceFileId(const QString &sha256)
{
    std::optional<qint64> id;
    m_fileBySha.bind(1, sha256);
    if (m_fileBySha.next())
        id = m_fileBySha.int64(0);
    m_fileBySha.reset();
    return id;
}

qint64 PaperStore::addSourceFile(const SourceFileInfo &file)
{
    if (const auto existing = sourceFileId(file.sha256))
        return *existing;
    m_insertFile.bind(1, file.path).bind(2, file.sha256).bind(3, file.format).bind(4, file.size);
    m_insertFile.bind(5, QDateTime::currentSecsSinceEpoch()).bind(6, file.compressedText);
    m_insertFile.run();
    m_insertFile.reset();
    return m_db.lastInsertRowId();
}

bool PaperStore::addSource(qint64 fileId, int position, qint64 paperId, int line, qsizetype rawStart, qsizetype rawEnd)
{
    m_insertSource.bind(1, fileId).bind(2, position).bind(3, paperId).bind(4, line);
    m_insertSource.bind(5, qint64(rawStart)).bind(6, qint64(rawEnd));
    m_insertSource.run();
    m_insertSource.reset();
    return m_db.changes() > 0;
}

void PaperStore::addFullTextTerms(const QSet<QString> &terms)
{
    Statement insert(m_db, "INSERT OR IGNORE INTO fts_term(term) VALUES (?)");
    for (const QString &term : terms) {
        insert.bind(1, term);
        insert.run();
        insert.reset();
    }
}

std::optional<qint64> PaperStore::paperOfSource(qint64 fileId, int position)
{
    std::optional<qint64> id;
    m_sourcePaper.bind(1, fileId).bind(2, position);
    if (m_sourcePaper.next())
        id = m_sourcePaper.int64(0);
    m_sourcePaper.reset();
    return id;
}

} // namespace lectern
