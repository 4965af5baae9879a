#include "store/transaction.h"

#include "store/database.h"

#include <sqlite3.h>

namespace lectern {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
{
    // Inside a caller's transaction there is nothing to begin: that one is the snapshot.
    if (sqlite3_get_autocommit(m_db.handle())) {
        m_db.exec("BEGIN DEFERRED");
        m_active = true;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_active)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace lectern
