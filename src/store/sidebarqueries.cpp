#include "store/sidebarqueries.h"

#include "store/database.h"
#include "store/readinglists.h"
#include "store/statement.h"

namespace lectern {

namespace {

// A tag's papers are those of the tag itself and of every tag named below it. Names below "a/b" are the range
// ["a/b/", "a/b0") of the unique (binary) name index, since '0' follows '/'; the tag itself is reached by id.
// UNION makes a paper with several tags of the subtree count once.
#define LECTERN_TAG_COLUMNS                                                                                            \
    "SELECT t.id, t.name, t.color, t.key_slot, "                                                                       \
    "EXISTS (SELECT 1 FROM tag c WHERE c.parent_id = t.id), "                                                          \
    "(SELECT count(*) FROM (SELECT pt.paper_id FROM paper_tag pt WHERE pt.tag_id = t.id "                              \
    "UNION SELECT pt.paper_id FROM tag s JOIN paper_tag pt ON pt.tag_id = s.id "                                       \
    "WHERE s.name >= t.name || '/' AND s.name < t.name || '0')) "                                                      \
    "FROM tag t "

constexpr const char *topLevelSql =
    LECTERN_TAG_COLUMNS "WHERE t.parent_id IS NULL ORDER BY t.name COLLATE NOCASE, t.id LIMIT ? OFFSET ?";
constexpr const char *childrenSql =
    LECTERN_TAG_COLUMNS "WHERE t.parent_id = ? ORDER BY t.name COLLATE NOCASE, t.id LIMIT ? OFFSET ?";

#undef LECTERN_TAG_COLUMNS

} // namespace

SidebarQueries::SidebarQueries(Database &db)
    : m_db(db)
{
}

SidebarTagPage SidebarQueries::tagChildren(std::optional<qint64> parentId, qint64 offset, int limit)
{
    Statement s(m_db, parentId ? childrenSql : topLevelSql);
    int parameter = 1;
    if (parentId)
        s.bind(parameter++, *parentId);
    // One row more than asked tells whether the level goes on.
    s.bind(parameter, qint64(limit) + 1);
    s.bind(parameter + 1, offset);
    SidebarTagPage page;
    while (s.next()) {
        if (page.tags.size() == limit) {
            page.more = true;
            break;
        }
        page.tags.append({s.int64(0), s.text(1), s.text(2), s.optionalInt(3), s.int64(4) != 0, s.int64(5)});
    }
    return page;
}

std::optional<qint64> SidebarQueries::tagId(const QString &name)
{
    Statement s(m_db, "SELECT id FROM tag WHERE name = ?");
    s.bind(1, name);
    if (s.next())
        return s.int64(0);
    return std::nullopt;
}

QList<SidebarList> SidebarQueries::readingLists()
{
    QList<SidebarList> lists;
    for (const ReadingListInfo &list : ReadingLists(m_db).all())
        lists.append({list.id, list.name, list.papers});
    return lists;
}

QList<SidebarSearch> SidebarQueries::savedSearches()
{
    Statement s(m_db, "SELECT id, name, query FROM saved_search ORDER BY position, id");
    QList<SidebarSearch> searches;
    while (s.next())
        searches.append({s.int64(0), s.text(1), s.text(2)});
    return searches;
}

qint64 SidebarQueries::paperCount()
{
    Statement s(m_db, "SELECT count(*) FROM paper");
    return s.next() ? s.int64(0) : 0;
}

} // namespace lectern
