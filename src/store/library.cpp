#include "store/library.h"

#include "store/migrations.h"

#include <QDir>
#include <QStandardPaths>

namespace lectern {

static Database::Mode modeFor(Library::Access access)
{
    // Readers still open read-write so SQLite can maintain the WAL index; they never write.
    Q_UNUSED(access);
    return Database::Mode::ReadWrite;
}

Library::Library(const QString &path, Access access)
    : m_db(path, modeFor(access))
{
    try {
        if (access == Access::Write) {
            m_db.exec("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA synchronous = NORMAL");
            migrate(m_db);
        } else {
            m_db.exec("PRAGMA query_only = ON");
            const int version = m_db.userVersion();
            if (version > currentSchemaVersion())
                migrate(m_db); // throws the "newer Lectern" message
        }
        m_db.exec("PRAGMA cache_size = -32768"); // 32 MiB per connection
    } catch (const DatabaseError &e) {
        if (e.code() == 26 /* SQLITE_NOTADB */)
            throw DatabaseError(QStringLiteral("%1 is not a Lectern library (not an SQLite database)").arg(path), e.code());
        throw;
    }
}

QString Library::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/library.sqlite");
}

} // namespace lectern
