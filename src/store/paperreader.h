#pragma once

#include "domain/paper.h"
#include "store/statement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lectern {

class Database;

// One place a paper came from.
struct SourceRef {
    qint64 fileId = 0;
    QString file;   // path as imported
    QString format; // parser id
    int position = 0;
    int line = 0;
};

// Reads whole papers (fields, authors, facts, tags, sources, curation) and raw import records. The statements load()
// needs are prepared once per reader, so an export of a million papers does not prepare five million.
class PaperReader
{
public:
    explicit PaperReader(Database &db);

    // Throws DatabaseError when there is no such paper.
    Paper load(qint64 id);
    QStringList tags(qint64 id);
    QList<SourceRef> sources(qint64 id);
    // The raw text of the record at `position` of a stored file, as it was imported.
    QString rawRecord(qint64 fileId, int position);

private:
    Statement &cached(std::optional<Statement> &slot, const char *sql);

    Database &m_db;
    std::optional<Statement> m_paper, m_authors, m_techniques, m_metrics, m_tags;
};

} // namespace lectern
