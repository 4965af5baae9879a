#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace lectern {

class Database;

// A prepared statement (RAII). Parameters are 1-based as in SQLite; columns are 0-based.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const std::optional<int> &value);
    Statement &bind(int index, const QVariant &value); // null, integers, doubles, strings and byte arrays
    Statement &bindNull(int index);

    // Steps once: true while a row is available.
    bool next();
    // Steps to completion for statements that return no rows.
    void run();
    // Resets for re-use and clears the bindings.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<int> optionalInt(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace lectern
