#pragma once

#include "domain/curation.h"

#include <QList>
#include <QString>

#include <optional>

namespace lectern {

class Database;

// One paper of a reading list, with what the reading list panel shows of it.
struct ReadingListEntry {
    qint64 paperId = 0;
    QString title;
    bool titleIsProvisional = false;
    QString authors; // "A. One; B. Two"
    std::optional<int> authorCount;
    std::optional<int> year;
    QString date;
    QString venue;
    ReadingStatus status = ReadingStatus::Unread;
    int rating = 0;

    friend bool operator==(const ReadingListEntry &, const ReadingListEntry &) = default;
};

struct ReadingListContents {
    qint64 id = 0;
    QString name;
    QList<ReadingListEntry> entries; // in the list's order
};

// Reads a reading list with its papers in order, on any connection (the panel's reader thread).
class ReadingListReader
{
public:
    explicit ReadingListReader(Database &db);

    // Nothing when there is no list `listId` (never created, or deleted meanwhile). Reads in one snapshot, so
    // the name and the papers agree even while the writer commits.
    std::optional<ReadingListContents> read(qint64 listId);

private:
    Database &m_db;
};

} // namespace lectern
