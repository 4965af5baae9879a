#pragma once

#include <QString>

#include <optional>

namespace lectern {

// What the user records about a paper while triaging; never set by an import. Stored as these integers.
enum class ReadingStatus { Unread = 0, Reading = 1, Read = 2 };
// Stored so that sorting by the integer puts high above normal above low.
enum class Priority { Low = 0, Normal = 1, High = 2 };

constexpr int kMaxRating = 5; // ratings are 0 (unrated) to 5

// The query language's and lectern-cli's spelling: "unread", "reading", "read".
inline QString readingStatusName(ReadingStatus status)
{
    switch (status) {
    case ReadingStatus::Reading:
        return QStringLiteral("reading");
    case ReadingStatus::Read:
        return QStringLiteral("read");
    case ReadingStatus::Unread:
        break;
    }
    return QStringLiteral("unread");
}

inline std::optional<ReadingStatus> readingStatusFromName(const QString &name)
{
    for (ReadingStatus s : {ReadingStatus::Unread, ReadingStatus::Reading, ReadingStatus::Read}) {
        if (name.compare(readingStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

// "high", "normal", "low".
inline QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Low:
        return QStringLiteral("low");
    case Priority::Normal:
        break;
    }
    return QStringLiteral("normal");
}

inline std::optional<Priority> priorityFromName(const QString &name)
{
    for (Priority p : {Priority::High, Priority::Normal, Priority::Low}) {
        if (name.compare(priorityName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace lectern
