#pragma once

#include "domain/curation.h"
#include "query/query.h"
#include "store/facets.h"

#include <QList>
#include <QString>

#include <optional>

namespace lectern {

class Database;
class Taxonomy;

// One row of the paper table: the columns it shows, read from a single row of `paper` plus its tags and
// first source, so a page of rows costs one query.
struct PaperRow {
    qint64 id = 0;
    QString title;
    bool titleIsProvisional = false;
    QString authors;
    std::optional<int> authorCount;
    std::optional<int> year;
    QString date;
    QString venue;
    QString techniques; // space-separated leaf ids
    QString headline;
    QString tags;   // comma-separated
    QString source; // "format: file name"
    ReadingStatus status = ReadingStatus::Unread;
    int rating = 0;
    Priority priority = Priority::Normal;
    bool hasNote = false;
};

enum class SortColumn {
    Date,
    Title,
    Authors,
    Year,
    Venue,
    Techniques,
    Headline,
    Tags,
    Source,
    Status,
    Rating,
    Priority
};

struct SortOrder {
    SortColumn column = SortColumn::Date;
    bool descending = true; // default: newest first
};

// Technique × metric kind: how many papers of the query report a metric of that kind and have the technique.
struct MatrixCell {
    QString technique;
    QString kind;
    int papers = 0;
};

// One reported number for the distribution view.
struct MetricPoint {
    qint64 paperId = 0;
    double value = 0;
    qsizetype start = 0; // code points into the abstract, end exclusive
    qsizetype end = 0;
    QStringList techniques;
};

// Runs Queries against one connection. SQL is built from the Query's bound condition, never from raw text.
class QueryRunner
{
public:
    QueryRunner(Database &db, const Taxonomy &taxonomy);

    QList<PaperRow> rows(const Query &query, SortOrder sort, qint64 offset, int limit);
    qint64 count(const Query &query);
    QList<qint64> ids(const Query &query, SortOrder sort = {});
    // The 0-based row of paper `id` in the query's result under `sort`, if it matches.
    std::optional<qint64> rowOf(const Query &query, SortOrder sort, qint64 id);
    QList<MatrixCell> techniqueMetricMatrix(const Query &query);
    // Papers per technique (leaf) in the query's result, whether or not they report a metric.
    QList<std::pair<QString, int>> techniqueCounts(const Query &query);

    // What the chart counts, for the query's papers: the library's running totals when the query is empty,
    // otherwise one aggregate over the matching papers' facet rows.
    QList<FacetCount> facetCounts(const Query &query);
    // The units in which the library's papers report metrics of `kind`, most used first, with their counts.
    QList<std::pair<QString, qint64>> metricUnits(const QString &kind);
    // Every value of `kind` in `unit` reported by the query's papers, with the paper and the techniques (leaves
    // and groups) it has.
    QList<MetricPoint> metricPoints(const Query &query, const QString &kind, const QString &unit);

private:
    SqlCondition sqlFor(const Query &query);
    QStringList termsWithPrefix(const QString &prefix, int limit);

    Database &m_db;
    const Taxonomy &m_taxonomy;
};

} // namespace lectern
