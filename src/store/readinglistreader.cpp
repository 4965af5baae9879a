#include "store/readinglistreader.h"

#include "store/statement.h"
#include "store/transaction.h"

namespace lectern {

ReadingListReader::ReadingListReader(Database &db)
    : m_db(db)
{
}

std::optional<ReadingListContents> ReadingListReader::read(qint64 listId)
{
    const ReadTransaction snapshot(m_db);
    Statement list(m_db, "SELECT name FROM reading_list WHERE id = ?");
    list.bind(1, listId);
    if (!list.next())
        return std::nullopt;
    ReadingListContents contents{listId, list.text(0), {}};

    // Ties in position (a list written by an older or foreign tool) keep a stable order by paper id.
    Statement items(m_db, "SELECT p.id, p.title, p.title_provisional, p.authors, p.author_count, p.year, p.date, "
                          "p.venue, p.status, p.rating "
                          "FROM reading_list_item i JOIN paper p ON p.id = i.paper_id "
                          "WHERE i.list_id = ? ORDER BY i.position, i.paper_id");
    items.bind(1, listId);
    while (items.next()) {
        ReadingListEntry entry;
        entry.paperId = items.int64(0);
        entry.title = items.text(1);
        entry.titleIsProvisional = items.int64(2) != 0;
        entry.authors = items.text(3);
        entry.authorCount = items.optionalInt(4);
        entry.year = items.optionalInt(5);
        entry.date = items.text(6);
        entry.venue = items.text(7);
        const int status = items.integer(8);
        entry.status =
            status >= 0 && status <= int(ReadingStatus::Read) ? ReadingStatus(status) : ReadingStatus::Unread;
        entry.rating = items.integer(9);
        contents.entries.append(entry);
    }
    return contents;
}

} // namespace lectern
