#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <stdexcept>

struct sqlite3;

namespace lectern {

// Every SQLite failure surfaces as a DatabaseError carrying SQLite's message and the statement involved.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, int code);
    QString message() const { return m_message; }
    int code() const { return m_code; }

private:
    QString m_message;
    int m_code;
};

// One SQLite connection (RAII). Not thread-safe: each thread owns its own Database.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    static constexpr int busyTimeoutMs = 10000;

    // Opens (creating when `mode` is ReadWrite) the file at `path`; ":memory:" gives a private in-memory database.
    explicit Database(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Runs one or more statements without parameters (schema, pragmas). Never pass user input here.
    void exec(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    // PRAGMA data_version: changes when another connection commits a write.
    qint64 dataVersion();
    // Asks a long-running statement on this connection to stop (safe from any thread).
    void interrupt();
    // While set, SQLite calls `abandon` every few thousand instructions; when it returns true the running
    // statement stops with SQLITE_INTERRUPT (a DatabaseError). Used by readers to drop superseded queries.
    void setAbandonCheck(std::function<bool()> abandon);

    [[noreturn]] void fail(int code, const char *context) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    std::function<bool()> m_abandon;
};

// An abandon check for the lifetime of a scope, so a statement that throws on being abandoned cannot leave the
// check behind for the connection's next, unrelated job.
class AbandonScope
{
public:
    AbandonScope(Database &db, std::function<bool()> abandon)
        : m_db(db)
    {
        m_db.setAbandonCheck(std::move(abandon));
    }
    ~AbandonScope() { m_db.setAbandonCheck({}); }
    AbandonScope(const AbandonScope &) = delete;
    AbandonScope &operator=(const AbandonScope &) = delete;

private:
    Database &m_db;
};

} // namespace lectern
