#pragma once

#include "domain/paper.h"
#include "store/statement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

class Database;
class Taxonomy;

// How many papers have technique (or group) `technique` and report a metric of kind `kind` (empty: whether or
// not they report one), published in `year` (0: unknown). The chart's matrix, trend and counts all read these.
struct FacetCount {
    QString technique;
    QString kind;
    int year = 0;
    qint64 papers = 0;

    friend bool operator==(const FacetCount &, const FacetCount &) = default;
};

// Codes of facet_code: technique ids and metric kinds as small integers, read once and added on first use.
class FacetCodes
{
public:
    explicit FacetCodes(Database &db);
    // The code of a name, adding it when new (writers only).
    int code(const QString &facet, const QString &name);
    // The code of a name, or 0 when it has none (readers).
    int existingCode(const QString &facet, const QString &name);
    // The name of a code; empty when unknown.
    QString name(int code);
    bool isKind(int code);

private:
    void load();

    Database &m_db;
    bool m_loaded = false;
    QHash<QString, int> m_techniques, m_kinds;
    QHash<int, std::pair<QString, bool>> m_names; // code -> (name, is a kind)
};

// The encoded facets of one paper, as paper_facet stores them.
struct PaperFacet {
    qint64 paperId = 0;
    std::optional<int> year;
    QByteArray techniques; // 16-bit codes of its leaves and every group above them
    QByteArray kinds;      // 16-bit codes of the metric kinds it reports

    friend bool operator==(const PaperFacet &, const PaperFacet &) = default;
};

// Writes paper_facet rows and keeps facet_total in step. Changes to the totals are gathered in memory and
// written by flush(), which the writer calls before it commits.
class FacetWriter
{
public:
    FacetWriter(Database &db, const Taxonomy &taxonomy);

    PaperFacet facetOf(const Paper &paper);
    // The encoded techniques (with their groups) of a list of leaves, under this writer's taxonomy.
    QByteArray techniqueCodes(const QStringList &leaves);
    std::optional<PaperFacet> stored(qint64 sortKey);
    // Stores the paper's facets under `sortKey`, replacing those stored under `previousSortKey`.
    void write(qint64 sortKey, const PaperFacet &facet, std::optional<qint64> previousSortKey = std::nullopt);
    void remove(qint64 sortKey);
    void flush();

    // Starts counting the totals afresh: from now on every paper must pass through write() or recount() once,
    // and flush() writes the new totals in place of the old.
    void beginRecount();
    // Counts a paper whose stored facets are already `facet` (during a recount).
    void recount(const PaperFacet &facet) { count(facet, +1); }

    // Recomputes every paper's facets and the totals from the papers' facts (schema upgrade, taxonomy change).
    static void rebuild(Database &db, const Taxonomy &taxonomy);

private:
    void count(const PaperFacet &facet, qint64 sign);

    Database &m_db;
    const Taxonomy &m_taxonomy;
    FacetCodes m_codes;
    Statement m_select, m_insert, m_delete;
    QHash<quint64, qint64> m_delta; // packed (technique, kind, year) -> change in papers
    QHash<QString, QByteArray> m_ancestry;
    bool m_recounting = false;
};

// Packs and unpacks a (technique code, kind code, year) triple; year 0 means unknown.
quint64 packFacetKey(int technique, int kind, int year);
void unpackFacetKey(quint64 key, int *technique, int *kind, int *year);
// The codes in a paper_facet blob.
QList<int> decodeFacetCodes(const char *data, qsizetype size);

// Registers on a connection the aggregate lectern_facet_counts(year, techniques, kinds), which returns a blob of
// (packed key, papers) pairs, 16 bytes each, counting every (technique, kind, year) of the rows it sees, and
// lectern_has_code(codes, code), true when a facet blob holds the code.
void registerFacetFunctions(Database &db);
// Decodes lectern_facet_counts' result, or reads facet_total when `blob` is null.
QList<FacetCount> decodeFacetCounts(FacetCodes &codes, const QByteArray &blob);
QList<FacetCount> readFacetTotals(Database &db, FacetCodes &codes);

} // namespace lectern
