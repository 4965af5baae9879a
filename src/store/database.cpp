#include "store/database.h"

#include <sqlite3.h>

namespace lectern {

DatabaseError::DatabaseError(const QString &message, int code)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_code(code)
{
}

Database::Database(const QString &path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError(QStringLiteral("cannot open library %1: %2").arg(path, message), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection (the writer, lectern-cli) may hold the write lock for a while.
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    exec("PRAGMA foreign_keys = ON");
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw DatabaseError(message, rc);
    }
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

static qint64 pragmaInteger(Database &db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, sql);
    qint64 value = 0;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        db.fail(rc, sql);
    return value;
}

int Database::userVersion()
{
    return int(pragmaInteger(*this, "PRAGMA user_version"));
}

qint64 Database::dataVersion()
{
    return pragmaInteger(*this, "PRAGMA data_version");
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

void Database::setAbandonCheck(std::function<bool()> abandon)
{
    m_abandon = std::move(abandon);
    if (!m_abandon) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 4000, [](void *self) -> int { return static_cast<Database *>(self)->m_abandon() ? 1 : 0; }, this);
}

void Database::fail(int code, const char *context) const
{
    throw DatabaseError(
        QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(context)), code);
}

} // namespace lectern
