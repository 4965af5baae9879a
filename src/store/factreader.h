#pragma once

#include "domain/paper.h"
#include "store/statement.h"

#include <QList>

namespace lectern {

class Database;

// A paper as re-extraction reads it: what extraction looks at, and where the paper sits.
struct StoredText {
    qint64 sortKey = 0;
    Paper paper; // id, year, title and abstract only
};

// Reads papers in id order, a batch at a time, with their stored facts, for re-extraction (prepared once).
class FactReader
{
public:
    explicit FactReader(Database &db);

    qint64 paperCount();
    // At most `limit` papers with ids above `afterId`, in id order.
    QList<StoredText> papersAfter(qint64 afterId, int limit);
    QList<TechniqueFact> techniques(qint64 paperId);
    QList<MetricFact> metrics(qint64 paperId); // in the order they were stored

private:
    Database &m_db;
    Statement m_batch, m_techniques, m_metrics;
};

} // namespace lectern
