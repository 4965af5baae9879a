#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lectern {

class Database;

// One tag of the side panel's tree, with what its row shows.
struct SidebarTag {
    qint64 id = 0;
    QString name;  // the full path, "a/b/c"
    QString color; // "#rrggbb" or empty
    std::optional<int> keySlot;
    bool hasChildren = false;
    qint64 papers = 0; // distinct papers that have the tag or a tag below it
};

// A run of siblings in the panel's order (name, case-insensitively), and whether more follow it.
struct SidebarTagPage {
    QList<SidebarTag> tags;
    bool more = false;
};

struct SidebarList {
    qint64 id = 0;
    QString name;
    qint64 papers = 0;
};

struct SidebarSearch {
    qint64 id = 0;
    QString name;
    QString query;
};

// The reads of the side panel, each a bounded query so the panel stays instant with 100,000 tags: the tree is
// read one level and one page at a time through tag_by_parent, and a page's counts come with it.
class SidebarQueries
{
public:
    explicit SidebarQueries(Database &db);

    // Children of tag `parentId` (top-level tags when empty), `limit` of them after the first `offset`.
    SidebarTagPage tagChildren(std::optional<qint64> parentId, qint64 offset, int limit);
    std::optional<qint64> tagId(const QString &name);
    QList<SidebarList> readingLists();    // by name
    QList<SidebarSearch> savedSearches(); // in their order
    qint64 paperCount();

private:
    Database &m_db;
};

} // namespace lectern
