#include "store/library.h"

#include "store/facets.h"
#include "store/migrations.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace lectern {

Library::Library(const QString &path, Access access)
    // Readers open read-write too, so SQLite can maintain the WAL index, and set query_only: they never write.
    : m_db(path, Database::Mode::ReadWrite)
{
    try {
        // A library from a newer Lectern is refused before anything (even the journal mode) is changed.
        const int version = m_db.userVersion();
        if (version > currentSchemaVersion())
            migrate(m_db); // throws, naming both versions
        // A reader of a library that is new (lectern-cli list on a fresh path) or older than this Lectern brings
        // it up to date once, like the writer would; after that it only reads.
        if (access == Access::Write || version != currentSchemaVersion())
            prepareForWriting();
        if (access == Access::Read)
            m_db.exec("PRAGMA query_only = ON");
        m_db.exec("PRAGMA cache_size = -32768"); // 32 MiB per connection
        registerFacetFunctions(m_db);
    } catch (const DatabaseError &e) {
        if (e.code() == 26 /* SQLITE_NOTADB */)
            throw DatabaseError(QStringLiteral("%1 is not a Lectern library (not an SQLite database)").arg(path),
                                e.code());
        throw;
    }
}

void Library::prepareForWriting()
{
    // Connections that open a new or old library together (the window's readers and its import thread, or
    // two lectern-cli runs) race to switch it to WAL and to migrate it. While it is still in rollback-journal
    // mode SQLite can see such a race as a possible deadlock and fail one side at once with SQLITE_BUSY,
    // without waiting in the busy handler. Both steps are idempotent (migrate() re-reads the version inside its
    // write transaction), so the loser tries again until the busy timeout's worth of time has passed.
    QDeadlineTimer deadline(Database::busyTimeoutMs);
    for (;;) {
        try {
            m_db.exec("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA synchronous = NORMAL");
            migrate(m_db);
            return;
        } catch (const DatabaseError &e) {
            if ((e.code() & 0xff) != 5 /* SQLITE_BUSY, with any extended code */ || deadline.hasExpired())
                throw;
        }
        QThread::msleep(5);
    }
}

QString Library::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/library.sqlite");
}

} // namespace lectern
