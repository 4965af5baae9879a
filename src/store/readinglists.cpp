#include "store/readinglists.h"

#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lectern {

ReadingLists::ReadingLists(Database &db)
    : m_db(db)
{
}

QList<ReadingListInfo> ReadingLists::all()
{
    Statement s(m_db, "SELECT l.id, l.name, (SELECT count(*) FROM reading_list_item i WHERE i.list_id = l.id) "
                      "FROM reading_list l ORDER BY l.name COLLATE NOCASE, l.name");
    QList<ReadingListInfo> result;
    while (s.next())
        result.append({s.int64(0), s.text(1), s.int64(2)});
    return result;
}

std::optional<qint64> ReadingLists::idOf(const QString &name)
{
    Statement s(m_db, "SELECT id FROM reading_list WHERE name = ?");
    s.bind(1, name);
    if (s.next())
        return s.int64(0);
    return std::nullopt;
}

qint64 ReadingLists::create(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw DatabaseError(QCoreApplication::translate("lectern::ReadingLists", "a reading list needs a name"), 0);
    if (idOf(trimmed))
        throw DatabaseError(
            QCoreApplication::translate("lectern::ReadingLists", "there is already a reading list named \"%1\"")
                .arg(trimmed),
            0);
    Statement s(m_db, "INSERT INTO reading_list(name, created_at) VALUES (?, ?)");
    s.bind(1, trimmed).bind(2, QDateTime::currentSecsSinceEpoch());
    s.run();
    return m_db.lastInsertRowId();
}

void ReadingLists::remove(qint64 listId)
{
    Statement s(m_db, "DELETE FROM reading_list WHERE id = ?");
    s.bind(1, listId);
    s.run();
}

int ReadingLists::append(qint64 listId, const QList<qint64> &paperIds)
{
    Statement last(m_db, "SELECT coalesce(max(position), -1) FROM reading_list_item WHERE list_id = ?");
    last.bind(1, listId);
    qint64 position = last.next() ? last.int64(0) : -1;
    Statement insert(m_db, "INSERT OR IGNORE INTO reading_list_item(list_id, paper_id, position) VALUES (?, ?, ?)");
    int added = 0;
    for (qint64 paper : paperIds) {
        insert.bind(1, listId).bind(2, paper).bind(3, position + 1);
        insert.run();
        insert.reset();
        if (m_db.changes() > 0) {
            ++position;
            ++added;
        }
    }
    return added;
}

QList<qint64> ReadingLists::papers(qint64 listId)
{
    Statement s(m_db, "SELECT paper_id FROM reading_list_item WHERE list_id = ? ORDER BY position");
    s.bind(1, listId);
    QList<qint64> result;
    while (s.next())
        result.append(s.int64(0));
    return result;
}

} // namespace lectern
