#pragma once

namespace lectern {

class Database;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called. A transaction that
// throws halfway therefore leaves the library exactly as it was.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace lectern
