#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lectern {

class Database;

struct ReadingListInfo {
    qint64 id = 0;
    QString name;
    qint64 papers = 0;
};

// Named, ordered collections of papers. Writes must run inside the caller's transaction (the writer's);
// reads work on any connection.
class ReadingLists
{
public:
    explicit ReadingLists(Database &db);

    QList<ReadingListInfo> all(); // by name
    std::optional<qint64> idOf(const QString &name);
    // Creates an empty list; throws DatabaseError when the name is taken or empty.
    qint64 create(const QString &name);
    void remove(qint64 listId);
    // Appends papers at the end in the given order; papers already in the list keep their place.
    // Returns how many were added.
    int append(qint64 listId, const QList<qint64> &paperIds);
    // The list's papers in their order.
    QList<qint64> papers(qint64 listId);

private:
    Database &m_db;
};

} // namespace lectern
