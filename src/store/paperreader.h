#pragma once

#include "domain/paper.h"

#include <QList>
#include <QString>
#include <QStringList>

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

// Reads whole papers (fields, authors, facts, tags, sources) and raw import records.
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
    Database &m_db;
};

} // namespace lectern
