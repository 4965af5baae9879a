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

// A read snapshot: every statement between construction and destruction sees the library as it was at the
// first read, while the writer goes on committing (WAL). Takes no write lock.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace lectern
