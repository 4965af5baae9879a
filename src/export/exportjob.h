#pragma once

#include "export/exportformat.h"
#include "query/query.h"
#include "query/queryrunner.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace lectern {

class Database;
class Taxonomy;

// Which papers an export writes: the papers a filter matches (the table's current filter, or every paper for
// an empty Query), or chosen papers (a selection or a reading list) in the given order.
struct ExportScope {
    Query query;             // used unless `onlyPapers` or `papers` is not empty
    SortOrder order;         // the order of a query's papers (the table's sort)
    QList<qint64> papers;    // a selection or a reading list: exactly these papers, in this order
    bool onlyPapers = false; // `papers` is the scope even when it is empty (an empty reading list)
};

struct ExportResult {
    qint64 papers = 0; // papers written
    bool failed = false;
    bool cancelled = false;
    QString error; // why it failed, naming the file
};

// Writes a set of papers from a library in one export format. Runs on any thread with its own (read)
// connection; the file is written atomically (QSaveFile): a failed or cancelled export leaves any existing
// file untouched.
class ExportJob
{
public:
    ExportJob(Database &db, const Taxonomy &taxonomy);

    // done/total in papers; called from the exporting thread.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler);
    void setCancelFlag(const std::atomic_bool *cancel);

    ExportResult exportToFile(const ExportFormat &format, const ExportScope &scope, const ExportContext &context,
                              const QString &path);
    // Writes to an open device (standard output for lectern-cli export without -o).
    ExportResult exportToDevice(const ExportFormat &format, const ExportScope &scope, const ExportContext &context,
                                QIODevice &device);
    // The export of at most `maxPapers` papers of the scope, for a preview; `total` receives the scope's size.
    QString preview(const ExportFormat &format, const ExportScope &scope, const ExportContext &context, int maxPapers,
                    qint64 *total = nullptr);

private:
    // begin + entries + end of at most `limit` papers of the scope, handed to `write`; the one loop behind an
    // export and its preview. With `reportProgress` it reports progress and honours the cancel flag (throwing).
    qint64 writePapers(const ExportFormat &format, const ExportScope &scope, const ExportContext &context, qint64 limit,
                       bool reportProgress, const std::function<void(const QString &)> &write, qint64 *total = nullptr);

    Database &m_db;
    const Taxonomy &m_taxonomy;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace lectern
