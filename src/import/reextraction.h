#pragma once

#include "extract/taxonomy.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace lectern {

class Database;

// What re-extracting a library did.
struct ReextractionReport {
    qint64 papers = 0;            // papers read
    qint64 techniquesChanged = 0; // papers whose techniques changed
    qint64 metricsChanged = 0;    // papers whose metrics changed
    qint64 milliseconds = 0;
    bool failed = false; // nothing changed; `error` says why
    bool cancelled = false;
    QString error;

    QString toText() const;
};

// Runs extraction again over every paper of a library and stores what changed: after the user edits the
// taxonomy (techniques only; metrics do not depend on it) or after the extractor itself improved. The new
// taxonomy, when given, is stored in the same transaction, so a cancelled, failed or killed run leaves the
// library, taxonomy included, exactly as it was. Readers keep seeing the old facts until it commits.
class Reextraction
{
public:
    enum class Scope { Techniques, Everything };

    // `db` must be the library's write connection.
    explicit Reextraction(Database &db);

    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler);
    void setCancelFlag(const std::atomic_bool *cancel);
    // Threads used for extraction (default: the machine's cores).
    void setThreads(int threads);

    // Re-extracts under `taxonomy` (storing it as the library's) or, without one, under the library's own.
    ReextractionReport run(Scope scope, const std::optional<Taxonomy> &taxonomy = std::nullopt);

private:
    Database &m_db;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_threads = 0;
};

} // namespace lectern
