#pragma once

#include "store/database.h"

#include <QString>

#include <memory>

namespace lectern {

// A connection to a Lectern library file, migrated to the current schema. The writer and each reader
// (table, chart, CLI) open their own Library on the same path; WAL keeps readers unblocked by the writer.
class Library
{
public:
    enum class Access { Write, Read };

    // Opens or creates the library at `path` (":memory:" for tests). Throws DatabaseError with a clear message
    // when the file cannot be opened, is not a Lectern library, or was written by a newer Lectern.
    explicit Library(const QString &path, Access access = Access::Write);

    // The library both executables use by default: QStandardPaths::AppDataLocation/library.sqlite.
    static QString defaultPath();

    Database &db() { return m_db; }
    const QString &path() const { return m_db.path(); }

private:
    // Switches to WAL and migrates, retrying while a connection opening the same file at once holds it.
    void prepareForWriting();

    Database m_db;
};

} // namespace lectern
