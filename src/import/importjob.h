#pragma once

#include "import/rawrecord.h"

#include <QString>

#include <atomic>
#include <functional>

namespace lectern {

class Database;
class Extractor;
enum class CsvField; // import/csvparser.h

// How to read a file when detection alone is not enough.
struct ImportOptions {
    QString format;             // a parser id that overrides detection; empty: detect from the content
    QList<CsvField> csvMapping; // CSV/TSV: the field of each column, chosen by the user; empty: guessed by name
};

// What importing one file did (or, for a dry run, would do).
struct ImportReport {
    QString file;
    QString format;     // parser id, e.g. "daily-papers"; empty when not recognized
    QString formatName; // human-readable
    int recordsRead = 0;
    int papersAdded = 0;
    int papersMerged = 0;    // records merged into a paper the library already had (or an earlier record)
    int papersUnchanged = 0; // records already in the library from this very file
    int recordsSkipped = 0;
    QList<ImportMessage> messages; // located problems: skipped records, invalid UTF-8, ...
    bool failed = false;           // nothing was imported; `error` says why
    bool cancelled = false;
    QString error;
    // A CSV/TSV file whose columns Lectern could not map by name: the window asks the user to map them and
    // imports again with ImportOptions::csvMapping.
    bool needsColumnMapping = false;

    // One line per report plus one per message: "FILE: format …, N read, …" / "FILE:LINE: message".
    QString toText() const;
};

// Imports files into a library: detect the format from the content, parse, normalize, de-duplicate, extract,
// store. One file is one transaction: it imports whole or not at all. The same ImportJob runs for
// lectern-cli import, File ▸ Import… and files dropped on the window.
class ImportJob
{
public:
    // `db` must be the library's write connection (already migrated).
    ImportJob(Database &db, const Extractor &extractor);

    // done/total in records; called from the importing thread.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler);
    // Checked between records; when set the file's transaction is rolled back and the report says cancelled.
    void setCancelFlag(const std::atomic_bool *cancel);
    // Parse, normalize and de-duplicate read-only: report what an import would do, store nothing.
    void setDryRun(bool dryRun);
    // Threads used for extraction (default: the machine's cores).
    void setExtractionThreads(int threads);
    void setOptions(const ImportOptions &options);

    ImportReport importFile(const QString &path);
    // Imports text that did not come from a file (pasted text); `origin` names it in reports and sources.
    ImportReport importData(const QByteArray &bytes, const QString &origin);

private:
    Database &m_db;
    const Extractor &m_extractor;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_dryRun = false;
    int m_threads = 0;
    ImportOptions m_options;
};

} // namespace lectern
