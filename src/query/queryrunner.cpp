#include "query/queryrunner.h"

#include "store/database.h"
#include "store/statement.h"

#include <QRegularExpression>

#include <algorithm>

namespace lectern {

namespace {

QString orderBy(SortOrder sort)
{
    const char *dir = sort.descending ? "DESC" : "ASC";
    QString key;
    switch (sort.column) {
    case SortColumn::Date:
        key = QStringLiteral("p.sort_key %1");
        break;
    case SortColumn::Title:
        key = QStringLiteral("p.title COLLATE NOCASE %1, p.id %1");
        break;
    case SortColumn::Authors:
        key = QStringLiteral("p.authors COLLATE NOCASE %1, p.id %1");
        break;
    case SortColumn::Year:
        key = QStringLiteral("p.year %1, p.sort_key %1");
        break;
    case SortColumn::Venue:
        key = QStringLiteral("p.venue COLLATE NOCASE %1, p.id %1");
        break;
    case SortColumn::Techniques:
        key = QStringLiteral("p.techniques %1, p.id %1");
        break;
    case SortColumn::Headline:
        key = QStringLiteral("p.headline %1, p.id %1");
        break;
    case SortColumn::Tags:
        key = QStringLiteral("(SELECT min(t.name) FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
                             "WHERE pt.paper_id = p.id) %1, p.id %1");
        break;
    case SortColumn::Source:
        key = QStringLiteral("(SELECT min(file_id) FROM source WHERE paper_id = p.id) %1, p.id %1");
        break;
    case SortColumn::Status:
        key = QStringLiteral("p.status %1, p.id %1");
        break;
    case SortColumn::Rating:
        key = QStringLiteral("p.rating %1, p.id %1");
        break;
    case SortColumn::Priority:
        key = QStringLiteral("p.priority %1, p.id %1");
        break;
    }
    return key.arg(QLatin1String(dir));
}

// The FROM and WHERE of a query over `paper p`. When the query has top-level full-text terms and the order is
// the default one, FTS5 drives: it yields matches in rowid order, and the rowid is the sort key, so the first
// page is read without collecting and sorting every match.
struct Selection {
    QString from;
    QString order;
    QList<QVariant> parameters;

    // `table` is what the alias p stands for: `paper`, or `paper_facet` when the condition reads only the
    // columns the facets repeat (see onlyFacetColumns).
    Selection(const SqlCondition &condition, std::optional<SortOrder> sort,
              QLatin1String table = QLatin1String("paper"))
    {
        const bool ftsDriven = !condition.match.isEmpty() && (!sort || sort->column == SortColumn::Date);
        if (ftsDriven) {
            from =
                QStringLiteral("paper_fts JOIN %1 p ON p.sort_key = paper_fts.rowid WHERE paper_fts MATCH ? AND (%2)")
                    .arg(table, condition.where);
            if (sort)
                order = QStringLiteral(" ORDER BY paper_fts.rowid %1")
                            .arg(QLatin1String(sort->descending ? "DESC" : "ASC"));
        } else if (!condition.match.isEmpty()) {
            from = QStringLiteral("%1 p WHERE p.sort_key IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?) "
                                  "AND (%2)")
                       .arg(table, condition.where);
        } else {
            from = QStringLiteral("%1 p WHERE %2").arg(table, condition.where);
        }
        if (!condition.match.isEmpty())
            parameters.append(condition.match);
        parameters += condition.parameters;
        if (sort && order.isEmpty())
            order = QStringLiteral(" ORDER BY ") + orderBy(*sort);
    }

    // Binds the parameters from index `first` on; returns how many it bound.
    int bind(Statement &statement, int first = 1) const
    {
        for (int i = 0; i < parameters.size(); ++i)
            statement.bind(first + i, parameters[i]);
        return int(parameters.size());
    }
};

// Whether a condition reads no column of `paper` but those paper_facet repeats (sort_key, id, year): then it can
// run on the narrow facet rows instead of the wide paper rows.
bool onlyFacetColumns(const QString &where)
{
    static const QRegularExpression column(QStringLiteral("\\bp\\.(\\w+)"));
    for (const QRegularExpressionMatch &m : column.globalMatch(where)) {
        const QStringView name = m.capturedView(1);
        if (name != u"sort_key" && name != u"id" && name != u"year")
            return false;
    }
    return true;
}

QLatin1String tableFor(const SqlCondition &condition)
{
    return onlyFacetColumns(condition.where) ? QLatin1String("paper_facet") : QLatin1String("paper");
}

} // namespace

QueryRunner::QueryRunner(Database &db, const Taxonomy &taxonomy)
    : m_db(db)
    , m_taxonomy(taxonomy)
{
}

QStringList QueryRunner::termsWithPrefix(const QString &prefix, int limit)
{
    // Every term from `prefix` up to, not including, the prefix with its last character raised by one.
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    Statement s(m_db, "SELECT term FROM fts_term WHERE term >= ? AND term < ? ORDER BY term LIMIT ?");
    s.bind(1, prefix).bind(2, end).bind(3, qint64(limit) + 1);
    QStringList terms;
    while (s.next())
        terms.append(s.text(0));
    return terms;
}

SqlCondition QueryRunner::sqlFor(const Query &query)
{
    return query.toSql(m_taxonomy, [this](const QString &prefix, int limit) { return termsWithPrefix(prefix, limit); });
}

QList<PaperRow> QueryRunner::rows(const Query &query, SortOrder sort, qint64 offset, int limit)
{
    const Selection selection(sqlFor(query), sort);
    const QString sql =
        QStringLiteral(
            "SELECT p.id, p.title, p.title_provisional, p.authors, p.author_count, p.year, p.date, p.venue, "
            "p.techniques, p.headline, "
            "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
            "  WHERE pt.paper_id = p.id ORDER BY t.name)), "
            "(SELECT f.format || ': ' || f.path FROM source s JOIN source_file f ON f.id = s.file_id "
            "  WHERE s.paper_id = p.id ORDER BY s.file_id, s.position LIMIT 1), "
            "p.status, p.rating, p.priority, p.note <> '' "
            "FROM %1%2 LIMIT ? OFFSET ?")
            .arg(selection.from, selection.order);
    Statement s(m_db, sql);
    const int bound = selection.bind(s);
    s.bind(bound + 1, qint64(limit));
    s.bind(bound + 2, offset);
    QList<PaperRow> result;
    result.reserve(limit);
    while (s.next()) {
        PaperRow row;
        row.id = s.int64(0);
        row.title = s.text(1);
        row.titleIsProvisional = s.int64(2) != 0;
        row.authors = s.text(3);
        row.authorCount = s.optionalInt(4);
        row.year = s.optionalInt(5);
        row.date = s.text(6);
        row.venue = s.text(7);
        row.techniques = s.text(8);
        row.headline = s.text(9);
        row.tags = s.text(10);
        const QString source = s.text(11);
        const qsizetype slash = source.lastIndexOf(QLatin1Char('/'));
        const qsizetype colon = source.indexOf(QStringLiteral(": "));
        row.source = slash > colon && colon > 0 ? source.left(colon + 2) + source.mid(slash + 1) : source;
        row.status = ReadingStatus(std::clamp(s.integer(12), 0, int(ReadingStatus::Read)));
        row.rating = std::clamp(s.integer(13), 0, kMaxRating);
        row.priority = Priority(std::clamp(s.integer(14), 0, int(Priority::High)));
        row.hasNote = s.int64(15) != 0;
        result.append(row);
    }
    return result;
}

qint64 QueryRunner::count(const Query &query)
{
    const Selection selection(sqlFor(query), std::nullopt);
    Statement s(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(selection.from));
    selection.bind(s);
    return s.next() ? s.int64(0) : 0;
}

QList<qint64> QueryRunner::ids(const Query &query, SortOrder sort)
{
    const Selection selection(sqlFor(query), sort);
    Statement s(m_db, QStringLiteral("SELECT p.id FROM %1%2").arg(selection.from, selection.order));
    selection.bind(s);
    QList<qint64> result;
    while (s.next())
        result.append(s.int64(0));
    return result;
}

std::optional<qint64> QueryRunner::rowOf(const Query &query, SortOrder sort, qint64 id)
{
    const Selection selection(sqlFor(query), std::nullopt);
    Statement member(m_db, QStringLiteral("SELECT 1 FROM %1 AND p.id = ?").arg(selection.from));
    member.bind(selection.bind(member) + 1, id);
    if (!member.next())
        return std::nullopt;
    if (sort.column == SortColumn::Date) {
        // In the default order the row is the number of matches that sort before the paper.
        Statement before(m_db, QStringLiteral("SELECT count(*) FROM %1 AND p.sort_key %2 "
                                              "(SELECT sort_key FROM paper WHERE id = ?)")
                                   .arg(selection.from, QLatin1String(sort.descending ? ">" : "<")));
        before.bind(selection.bind(before) + 1, id);
        return before.next() ? std::optional<qint64>(before.int64(0)) : std::nullopt;
    }
    qint64 row = 0;
    for (qint64 candidate : ids(query, sort)) {
        if (candidate == id)
            return row;
        ++row;
    }
    return std::nullopt;
}

// The query's papers as a subquery of ids, for aggregates; empty when the query matches every paper.
static QString paperIdsOf(const Selection &selection, const Query &query)
{
    return query.isEmpty() ? QString() : QStringLiteral("SELECT p.id FROM %1").arg(selection.from);
}

QList<MatrixCell> QueryRunner::techniqueMetricMatrix(const Query &query)
{
    const Selection selection(sqlFor(query), std::nullopt);
    const QString ids = paperIdsOf(selection, query);
    Statement s(m_db, QStringLiteral("SELECT t.technique, m.kind, count(DISTINCT t.paper_id) FROM technique_fact t "
                                     "JOIN metric_fact m ON m.paper_id = t.paper_id %1 GROUP BY t.technique, m.kind")
                          .arg(ids.isEmpty() ? QString() : QStringLiteral("WHERE t.paper_id IN (%1)").arg(ids)));
    selection.bind(s);
    QList<MatrixCell> cells;
    while (s.next())
        cells.append({s.text(0), s.text(1), s.integer(2)});
    return cells;
}

QList<std::pair<QString, int>> QueryRunner::techniqueCounts(const Query &query)
{
    const Selection selection(sqlFor(query), std::nullopt);
    const QString ids = paperIdsOf(selection, query);
    Statement s(m_db, QStringLiteral("SELECT t.technique, count(*) FROM technique_fact t %1 GROUP BY t.technique")
                          .arg(ids.isEmpty() ? QString() : QStringLiteral("WHERE t.paper_id IN (%1)").arg(ids)));
    selection.bind(s);
    QList<std::pair<QString, int>> result;
    while (s.next())
        result.append({s.text(0), s.integer(1)});
    return result;
}

QList<FacetCount> QueryRunner::facetCounts(const Query &query)
{
    FacetCodes codes(m_db);
    if (query.isEmpty())
        return readFacetTotals(m_db, codes);
    const SqlCondition condition = sqlFor(query);
    QByteArray blob;
    if (onlyFacetColumns(condition.where)) {
        const Selection selection(condition, std::nullopt, QLatin1String("paper_facet"));
        Statement s(m_db, QStringLiteral("SELECT lectern_facet_counts(p.year, p.techniques, p.kinds) FROM ")
                              + selection.from);
        selection.bind(s);
        if (s.next())
            blob = s.blob(0);
    } else {
        const Selection selection(condition, std::nullopt);
        QString from = selection.from;
        // Selection's FROM is "paper_fts JOIN paper p ON … WHERE …" or "paper p WHERE …"; the facets join in.
        from.insert(from.indexOf(QLatin1String(" WHERE ")),
                    QLatin1String(" JOIN paper_facet f ON f.sort_key = p.sort_key"));
        Statement s(m_db, QStringLiteral("SELECT lectern_facet_counts(f.year, f.techniques, f.kinds) FROM ") + from);
        selection.bind(s);
        if (s.next())
            blob = s.blob(0);
    }
    return decodeFacetCounts(codes, blob);
}

// The FROM of a query's papers with their facets joined in as `f` (the narrow facet rows alone when the
// condition allows), and `join` inserted before its WHERE.
static QString withFacets(const Selection &selection, bool narrow, const QString &join)
{
    QString from = selection.from;
    const qsizetype where = from.indexOf(QLatin1String(" WHERE "));
    from.insert(where,
                (narrow ? QStringLiteral(" ") : QStringLiteral(" JOIN paper_facet f ON f.sort_key = p.sort_key "))
                    + join);
    if (narrow) // the facet rows are p itself
        from.replace(QLatin1String("paper_facet p "), QLatin1String("paper_facet f "))
            .replace(QRegularExpression(QStringLiteral("\\bp\\.")), QStringLiteral("f."));
    return from;
}

QList<std::pair<QString, qint64>> QueryRunner::metricUnits(const QString &kind)
{
    QList<std::pair<QString, qint64>> result;
    Statement s(m_db, "SELECT unit, count(*) FROM metric_fact WHERE kind = ? GROUP BY unit "
                      "ORDER BY count(*) DESC, unit");
    s.bind(1, kind);
    while (s.next())
        result.append({s.text(0), s.int64(1)});
    return result;
}

QList<MetricPoint> QueryRunner::metricPoints(const Query &query, const QString &kind, const QString &unit)
{
    std::optional<Statement> s;
    const SqlCondition condition = query.isEmpty() ? SqlCondition{} : sqlFor(query);
    if (condition.match.isEmpty()) {
        // The whole library, or a filter without top-level full text (fields, negation): the kind's values come
        // from one covering index (it repeats each paper's techniques), each tested against the filter's set of
        // papers, which SQLite builds once.
        const Selection selection(condition, std::nullopt, tableFor(condition));
        s.emplace(m_db, QStringLiteral("SELECT m.paper_id, m.value, m.start, m.end, m.techniques FROM metric_fact m "
                                       "WHERE m.kind = ? AND m.unit = ? %1")
                            .arg(query.isEmpty()
                                     ? QString()
                                     : QStringLiteral("AND m.paper_id IN (SELECT p.id FROM %1)").arg(selection.from)));
        s->bind(1, kind).bind(2, unit);
        if (!query.isEmpty())
            selection.bind(*s, 3);
    } else {
        // Full text: driven by the matches in FTS5's order, each paper with the kind looked up once. Building
        // the set of hundreds of thousands of matches first costs more (measured), and CROSS JOIN keeps this
        // order: left to itself, SQLite may scan the kind's values and query the full-text index for each one,
        // which takes minutes at a million papers.
        const bool narrow = onlyFacetColumns(condition.where);
        const Selection selection(condition, std::nullopt, tableFor(condition));
        s.emplace(m_db, QStringLiteral("SELECT m.paper_id, m.value, m.start, m.end, m.techniques FROM %1 "
                                       "AND lectern_has_code(f.kinds, ?)")
                            .arg(withFacets(selection, narrow,
                                            QStringLiteral("CROSS JOIN metric_fact m ON m.kind = ? AND m.unit = ? "
                                                           "AND m.paper_id = f.id"))));
        s->bind(1, kind).bind(2, unit);
        const int bound = selection.bind(*s, 3);
        s->bind(bound + 3, FacetCodes(m_db).existingCode(QStringLiteral("kind"), kind));
    }
    FacetCodes codes(m_db);
    QHash<QByteArray, QStringList> names;
    QList<MetricPoint> result;
    while (s->next()) {
        MetricPoint point;
        point.paperId = s->int64(0);
        point.value = s->real(1);
        point.start = s->int64(2);
        point.end = s->int64(3);
        const QByteArray blob = s->blob(4);
        auto it = names.constFind(blob);
        if (it == names.cend()) {
            QStringList list;
            for (int code : decodeFacetCodes(blob.constData(), blob.size()))
                list.append(codes.name(code));
            it = names.insert(blob, list);
        }
        point.techniques = *it;
        result.append(point);
    }
    return result;
}

} // namespace lectern
