#include "query/queryrunner.h"

#include "store/database.h"
#include "store/statement.h"

namespace lectern {

namespace {

QString orderBy(SortOrder sort)
{
    const char *dir = sort.descending ? "DESC" : "ASC";
    QString key;
    switch (sort.column) {
    case SortColumn::Date:
        key = QStringLiteral("p.sort_date %1, p.id %1");
        break;
    case SortColumn::Title:
        key = QStringLiteral("p.title COLLATE NOCASE %1, p.id %1");
        break;
    case SortColumn::Authors:
        key = QStringLiteral("p.authors COLLATE NOCASE %1, p.id %1");
        break;
    case SortColumn::Year:
        key = QStringLiteral("p.year %1, p.sort_date %1, p.id %1");
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
    }
    return key.arg(QLatin1String(dir));
}

void bindAll(Statement &statement, const QList<QVariant> &parameters, int first = 1)
{
    for (int i = 0; i < parameters.size(); ++i)
        statement.bind(first + i, parameters[i]);
}

} // namespace

QueryRunner::QueryRunner(Database &db, const Taxonomy &taxonomy)
    : m_db(db)
    , m_taxonomy(taxonomy)
{
}

QList<PaperRow> QueryRunner::rows(const Query &query, SortOrder sort, qint64 offset, int limit)
{
    const SqlCondition condition = query.toSql(m_taxonomy);
    const QString sql = QStringLiteral(
        "SELECT p.id, p.title, p.title_provisional, p.authors, p.author_count, p.year, p.date, p.venue, "
        "p.techniques, p.headline, "
        "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
        "  WHERE pt.paper_id = p.id ORDER BY t.name)), "
        "(SELECT f.format || ': ' || f.path FROM source s JOIN source_file f ON f.id = s.file_id "
        "  WHERE s.paper_id = p.id ORDER BY s.file_id, s.position LIMIT 1) "
        "FROM paper p WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                            .arg(condition.where, orderBy(sort));
    Statement s(m_db, sql);
    bindAll(s, condition.parameters);
    s.bind(int(condition.parameters.size()) + 1, qint64(limit));
    s.bind(int(condition.parameters.size()) + 2, offset);
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
        result.append(row);
    }
    return result;
}

qint64 QueryRunner::count(const Query &query)
{
    const SqlCondition condition = query.toSql(m_taxonomy);
    Statement s(m_db, QStringLiteral("SELECT count(*) FROM paper p WHERE %1").arg(condition.where));
    bindAll(s, condition.parameters);
    return s.next() ? s.int64(0) : 0;
}

QList<qint64> QueryRunner::ids(const Query &query, SortOrder sort)
{
    const SqlCondition condition = query.toSql(m_taxonomy);
    Statement s(m_db, QStringLiteral("SELECT p.id FROM paper p WHERE %1 ORDER BY %2").arg(condition.where, orderBy(sort)));
    bindAll(s, condition.parameters);
    QList<qint64> result;
    while (s.next())
        result.append(s.int64(0));
    return result;
}

std::optional<qint64> QueryRunner::rowOf(const Query &query, SortOrder sort, qint64 id)
{
    // Rare (re-selecting after a filter change), so a plain scan of the ordered ids is fine.
    const SqlCondition condition = query.toSql(m_taxonomy);
    Statement s(m_db, QStringLiteral("SELECT p.id FROM paper p WHERE %1 ORDER BY %2").arg(condition.where, orderBy(sort)));
    bindAll(s, condition.parameters);
    qint64 row = 0;
    while (s.next()) {
        if (s.int64(0) == id)
            return row;
        ++row;
    }
    return std::nullopt;
}

QList<MatrixCell> QueryRunner::techniqueMetricMatrix(const Query &query)
{
    const SqlCondition condition = query.toSql(m_taxonomy);
    const QString filter = query.isEmpty() ? QString()
                                           : QStringLiteral(" AND t.paper_id IN (SELECT p.id FROM paper p WHERE %1)")
                                                 .arg(condition.where);
    Statement s(m_db, QStringLiteral("SELECT t.technique, m.kind, count(DISTINCT t.paper_id) FROM technique_fact t "
                                     "JOIN metric_fact m ON m.paper_id = t.paper_id WHERE 1%1 "
                                     "GROUP BY t.technique, m.kind")
                          .arg(filter));
    bindAll(s, condition.parameters);
    QList<MatrixCell> cells;
    while (s.next())
        cells.append({s.text(0), s.text(1), s.integer(2)});
    return cells;
}

QList<std::pair<QString, int>> QueryRunner::techniqueCounts(const Query &query)
{
    const SqlCondition condition = query.toSql(m_taxonomy);
    const QString filter = query.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE t.paper_id IN (SELECT p.id FROM paper p WHERE %1)").arg(condition.where);
    Statement s(m_db, QStringLiteral("SELECT t.technique, count(*) FROM technique_fact t%1 GROUP BY t.technique")
                          .arg(filter));
    bindAll(s, condition.parameters);
    QList<std::pair<QString, int>> result;
    while (s.next())
        result.append({s.text(0), s.integer(1)});
    return result;
}

} // namespace lectern
