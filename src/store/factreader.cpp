#include "store/factreader.h"

#include "store/database.h"

namespace lectern {

FactReader::FactReader(Database &db)
    : m_db(db)
    , m_batch(db, "SELECT id, sort_key, year, title, abstract FROM paper WHERE id > ? ORDER BY id LIMIT ?")
    , m_techniques(db, "SELECT technique, start, end FROM technique_fact WHERE paper_id = ?")
    , m_metrics(db, "SELECT kind, value, unit, direction, text, start, end FROM metric_fact WHERE paper_id = ? "
                    "ORDER BY id")
{
}

qint64 FactReader::paperCount()
{
    Statement count(m_db, "SELECT count(*) FROM paper");
    return count.next() ? count.int64(0) : 0;
}

QList<StoredText> FactReader::papersAfter(qint64 afterId, int limit)
{
    QList<StoredText> papers;
    papers.reserve(limit);
    m_batch.bind(1, afterId).bind(2, limit);
    while (m_batch.next()) {
        StoredText text;
        text.paper.id = m_batch.int64(0);
        text.sortKey = m_batch.int64(1);
        text.paper.year = m_batch.optionalInt(2);
        text.paper.title = m_batch.text(3);
        text.paper.abstract = m_batch.text(4);
        papers.append(std::move(text));
    }
    // Reset before the caller writes: the statement must not stay open on the table being changed.
    m_batch.reset();
    return papers;
}

QList<TechniqueFact> FactReader::techniques(qint64 paperId)
{
    QList<TechniqueFact> list;
    m_techniques.bind(1, paperId);
    while (m_techniques.next())
        list.append({m_techniques.text(0), m_techniques.int64(1), m_techniques.int64(2)});
    m_techniques.reset();
    return list;
}

QList<MetricFact> FactReader::metrics(qint64 paperId)
{
    QList<MetricFact> list;
    m_metrics.bind(1, paperId);
    while (m_metrics.next())
        list.append({m_metrics.text(0), m_metrics.real(1), m_metrics.text(2), m_metrics.text(3), m_metrics.text(4),
                     m_metrics.int64(5), m_metrics.int64(6)});
    m_metrics.reset();
    return list;
}

} // namespace lectern
