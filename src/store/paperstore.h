#pragma once

#include "domain/paper.h"
#include "domain/paperkeys.h"
#include "store/facets.h"
#include "store/statement.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace lectern {

class Database;
class Taxonomy;

// What de-duplication needs to know of a stored paper.
struct PaperCandidate {
    qint64 id = 0;
    QString arxivId;
    QString doi;
    QString abstract;
    bool titleIsProvisional = false;
};

struct SourceFileInfo {
    QString path;
    QString sha256;
    QString format;
    qint64 size = 0;
    QByteArray compressedText; // qCompress()ed UTF-8 of the decoded text
};

// Writes and look-ups of papers on one connection, all through prepared statements. Used by the writer inside
// its transaction; the statements are prepared once per PaperStore.
class PaperStore
{
public:
    // `taxonomy` places techniques in their groups for the chart's facets (see store/facets.h).
    explicit PaperStore(Database &db, const Taxonomy &taxonomy);
    // Writes what flush() has not written yet, ignoring errors: call flush() before committing.
    ~PaperStore();
    PaperStore(const PaperStore &) = delete;
    PaperStore &operator=(const PaperStore &) = delete;

    std::optional<PaperCandidate> findByArxiv(const QString &arxivId);
    std::optional<PaperCandidate> findByDoi(const QString &doi);
    // Only ids, in id order: keys are shared by many papers (abstracts open with the same words), and most of
    // those are ruled out from what de-duplication already holds in memory, without reading their rows.
    QList<qint64> idsByTitleKey(const QString &key);
    QList<qint64> idsByAbstractKey(const QString &key);
    std::optional<PaperCandidate> findById(qint64 id);

    // Inserts a new paper with its authors, tags, facts and full-text entry; sets paper.id and gives the paper
    // its citation key (the one it came with when that is free in the library, else one from the library's
    // pattern, with a letter suffix when taken).
    // The paper's status, rating, priority and note are stored as given (an import leaves them at their
    // defaults). Ids are never reused, not even those of deleted papers (see Curation::deletePapers).
    void insert(Paper &paper, const PaperKeys &keys);
    // Rewrites a stored paper's fields, authors, facts and full-text entry, and adds its tags. The user's
    // curation (status, rating, priority, note) stays as stored, whatever `paper` holds.
    void update(const Paper &paper, const PaperKeys &keys);

    // The id of the stored file with this SHA-256, storing it (compressed) first when it is new.
    qint64 addSourceFile(const SourceFileInfo &file);
    std::optional<qint64> sourceFileId(const QString &sha256);
    bool hasSourceFileOfSize(qint64 size);
    // Records that the record at `position` of file `fileId` is paper `paperId`. Returns false when the record
    // was already recorded (the same file imported before).
    bool addSource(qint64 fileId, int position, qint64 paperId, int line, qsizetype rawStart, qsizetype rawEnd);
    // Replace a stored paper's extracted facts and the column derived from them (re-extraction). They leave
    // the paper's facets to the caller, which knows whether the taxonomy changed too (see facets()).
    void replaceTechniques(qint64 paperId, const QList<TechniqueFact> &techniques);
    // `techniques` is the paper's encoded facet (FacetWriter::techniqueCodes), repeated on each metric row.
    void replaceMetrics(qint64 paperId, const QList<MetricFact> &metrics, const QByteArray &techniques);
    // Rewrites the techniques repeated on a paper's metric rows, after its techniques or their groups changed.
    void setMetricTechniques(qint64 paperId, const QByteArray &techniques);
    FacetWriter &facets() { return m_facets; }

    // Writes the changes to the library-wide facet totals gathered by insert() and update(); call it before
    // the transaction commits.
    void flush();

    // Gives every paper without a citation key one from the library's pattern (an upgraded library). Static:
    // it runs while a library is being upgraded, when this version's statements do not prepare yet.
    static void assignMissingCitationKeys(Database &db);

    // The id of the tag with this (normalized) name, creating it and its missing ancestors.
    qint64 tagId(const QString &name);

    // Records terms of the full-text index (see the fts_term table) that are new.
    void addFullTextTerms(const QSet<QString> &terms);
    // The paper that the record at `position` of file `fileId` became, if the file was imported before.
    std::optional<qint64> paperOfSource(qint64 fileId, int position);

private:
    PaperCandidate candidate(Statement &statement);
    QList<qint64> ids(Statement &statement, const QString &key);
    void writeAuthors(const Paper &paper);
    void writeTags(const Paper &paper);
    bool citationKeyTaken(const QString &key);
    void assignCitationKey(Paper &paper);
    void writeTechniques(qint64 paperId, const QList<TechniqueFact> &techniques);
    void writeMetrics(qint64 paperId, const QList<MetricFact> &metrics, const QByteArray &techniques);
    qint64 authorId(const QString &name);
    void bindPaper(Statement &statement, const Paper &paper, const PaperKeys &keys);
    void indexFullText(const Paper &paper, const QString &note);

    Database &m_db;
    Statement m_byArxiv, m_byDoi, m_byTitleKey, m_byAbstractKey, m_byId;
    Statement m_insertPaper, m_updatePaper, m_ftsInsert, m_ftsDelete, m_ftsOld;
    Statement m_findAuthor, m_insertAuthor, m_deleteAuthors, m_insertPaperAuthor;
    Statement m_deleteTechniques, m_insertTechnique, m_deleteMetrics, m_insertMetric, m_setMetricTechniques;
    Statement m_setTechniques, m_setHeadline;
    Statement m_fileBySha, m_insertFile, m_insertSource, m_sourcePaper;
    Statement m_keyTaken, m_findTag, m_insertTag, m_insertPaperTag;
    QString m_keyPattern;
    QHash<QString, qint64> m_tagIds;
    FacetWriter m_facets;
    QHash<QString, qint64> m_authorIds;
    qint64 m_lastId = -1; // read on the first insert
};

// The derived display columns of a paper.
QString techniqueSummary(const Paper &paper);
// "Newest first" as one integer, unique per paper: sortDate() << 32 | id.
qint64 sortKey(const Paper &paper);
// The paper's headline metric: its most telling number (see headlineMetric in domain/metricformat.h).
QString headlineSummary(const Paper &paper);

} // namespace lectern
