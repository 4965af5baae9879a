#include "itemmodels/readinglistmodel.h"

#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "store/library.h"

#include <QMimeData>

#include <algorithm>

namespace lectern {

namespace {

QStringList authorNames(const ReadingListEntry &entry)
{
    return entry.authors.split(QStringLiteral("; "), Qt::SkipEmptyParts);
}

// Short enough for the panel's second line; the tooltip lists every author.
QString shortAuthors(const ReadingListEntry &entry)
{
    const QStringList names = authorNames(entry);
    switch (names.size()) {
    case 0:
        if (entry.authorCount && *entry.authorCount > 0)
            return ReadingListModel::tr("%n author(s)", nullptr, *entry.authorCount);
        return {};
    case 1:
        return names.first();
    case 2:
        return ReadingListModel::tr("%1 and %2").arg(names.at(0), names.at(1));
    default:
        return ReadingListModel::tr("%1 et al.").arg(names.first());
    }
}

QString yearText(const ReadingListEntry &entry)
{
    return entry.year ? QString::number(*entry.year) : entry.date;
}

QList<qint64> idsOf(const QList<ReadingListEntry> &entries)
{
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const ReadingListEntry &entry : entries)
        ids.append(entry.paperId);
    return ids;
}

} // namespace

ReadingListModel::ReadingListModel(ReaderThread *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

ReadingListModel::~ReadingListModel()
{
    // Queued reads of this model give up at once, and what a running one still delivers is discarded.
    m_latest->store(~quint64(0));
    m_port->close();
}

int ReadingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReadingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReadingListEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title.isEmpty() && m_pending.contains(entry.paperId) ? QStringLiteral("…") : entry.title;
    case Qt::ToolTipRole: {
        // Rich text, so that a title that looks like markup is still shown as the text it is.
        QStringList lines{QStringLiteral("<b>") + data(index, Qt::DisplayRole).toString().toHtmlEscaped()
                          + QStringLiteral("</b>")};
        const QStringList names = authorNames(entry);
        const QString authors = names.isEmpty() ? shortAuthors(entry) : names.join(QStringLiteral(", "));
        for (const QString &line : {authors, entry.venue, yearText(entry)}) {
            if (!line.isEmpty())
                lines.append(line.toHtmlEscaped());
        }
        return QString(QStringLiteral("<qt>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</qt>"));
    }
    case PaperIdRole:
        return entry.paperId;
    case AuthorsRole:
        return entry.authors;
    case YearRole:
        return entry.year ? QVariant(*entry.year) : QVariant();
    case VenueRole:
        return entry.venue;
    case StatusRole:
        return int(entry.status);
    case RatingRole:
        return entry.rating;
    case DetailRole: {
        QStringList parts;
        for (const QString &part : {shortAuthors(entry), entry.venue, yearText(entry)}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral(" · "));
    }
    case ProvisionalTitleRole:
        return entry.titleIsProvisional;
    case PendingRole:
        return m_pending.contains(entry.paperId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReadingListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PaperIdRole, "paperId");
    names.insert(AuthorsRole, "authors");
    names.insert(YearRole, "year");
    names.insert(VenueRole, "venue");
    names.insert(StatusRole, "status");
    names.insert(RatingRole, "rating");
    names.insert(DetailRole, "detail");
    names.insert(ProvisionalTitleRole, "provisionalTitle");
    names.insert(PendingRole, "pending");
    return names;
}

Qt::ItemFlags ReadingListModel::flags(const QModelIndex &index) const
{
    // Drops land between rows (on the root), never on a paper.
    if (!index.isValid())
        return m_exists ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions ReadingListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ReadingListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ReadingListModel::mimeTypes() const
{
    return {paperIdsMimeType()};
}

QMimeData *ReadingListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            rows.append(index.row());
    }
    rows = validRows(rows);
    if (rows.isEmpty())
        return nullptr;
    QList<qint64> ids;
    QStringList titles;
    for (int row : rows) {
        ids.append(m_rows.at(row).paperId);
        titles.append(m_rows.at(row).title);
    }
    auto *mime = new QMimeData;
    setPaperIds(mime, ids);
    mime->setText(titles.join(QLatin1Char('\n')));
    return mime;
}

bool ReadingListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return m_exists && (action == Qt::MoveAction || action == Qt::CopyAction) && data
           && data->hasFormat(paperIdsMimeType());
}

bool ReadingListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> carried = lectern::paperIds(data);
    QList<qint64> dropped;
    {
        QSet<qint64> seen;
        for (qint64 id : carried) {
            if (id > 0 && !seen.contains(id)) {
                seen.insert(id);
                dropped.append(id);
            }
        }
    }
    if (dropped.isEmpty())
        return false;
    if (parent.isValid())
        row = parent.row();
    if (row < 0 || row > rowCount())
        row = rowCount();

    const QSet<qint64> droppedSet(dropped.cbegin(), dropped.cend());
    QList<qint64> order;
    order.reserve(m_rows.size() + dropped.size());
    qsizetype insertAt = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i == row)
            insertAt = order.size();
        if (!droppedSet.contains(m_rows.at(i).paperId))
            order.append(m_rows.at(i).paperId);
    }
    if (insertAt < 0)
        insertAt = order.size();
    order.insert(insertAt, dropped.size(), 0);
    std::copy(dropped.cbegin(), dropped.cend(), order.begin() + insertAt);

    // Titles of papers coming from elsewhere (the table puts them, one a line, in the plain text), shown until
    // the list is read back.
    QHash<qint64, QString> titles;
    const QStringList lines = data->text().split(QLatin1Char('\n'));
    if (lines.size() == carried.size()) {
        for (qsizetype i = 0; i < carried.size(); ++i)
            titles.insert(carried.at(i), lines.at(i).trimmed());
    }
    if (order != paperIds())
        request(order, titles, false);
    return true;
}

void ReadingListModel::setList(qint64 listId)
{
    if (listId == m_listId) {
        refresh();
        return;
    }
    beginResetModel();
    m_listId = listId;
    m_name.clear();
    m_exists = false;
    m_rows.clear();
    m_pending.clear();
    m_pendingOrders.clear();
    endResetModel();
    if (listId > 0) {
        start();
        return;
    }
    // No list: a read of the previous one still under way is dropped.
    ++m_generation;
    m_latest->store(m_generation);
    m_loading = false;
    Q_EMIT loaded();
}

void ReadingListModel::refresh()
{
    if (m_listId > 0)
        start();
}

QList<qint64> ReadingListModel::paperIds() const
{
    return idsOf(m_rows);
}

qint64 ReadingListModel::paperId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).paperId : 0;
}

int ReadingListModel::rowOf(qint64 paperId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).paperId == paperId)
            return i;
    }
    return -1;
}

QList<int> ReadingListModel::validRows(const QList<int> &rows) const
{
    QList<int> result;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size())
            result.append(row);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool ReadingListModel::moveUp(const QList<int> &rows)
{
    const QList<int> selected = validRows(rows);
    if (!m_exists || selected.isEmpty() || selected.first() == 0)
        return false;
    // Swapping each selected row with the one above, top down, carries a block up as one and drops the row
    // that was above it below the block.
    QList<qint64> order = paperIds();
    for (int row : selected)
        order.swapItemsAt(row - 1, row);
    request(order, {}, false);
    return true;
}

bool ReadingListModel::moveDown(const QList<int> &rows)
{
    const QList<int> selected = validRows(rows);
    if (!m_exists || selected.isEmpty() || selected.last() == m_rows.size() - 1)
        return false;
    QList<qint64> order = paperIds();
    for (auto it = selected.crbegin(); it != selected.crend(); ++it)
        order.swapItemsAt(*it, *it + 1);
    request(order, {}, false);
    return true;
}

bool ReadingListModel::requestRemoval(const QList<int> &rows)
{
    const QList<int> selected = validRows(rows);
    if (!m_exists || selected.isEmpty())
        return false;
    QList<qint64> order;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!std::binary_search(selected.cbegin(), selected.cend(), i))
            order.append(m_rows.at(i).paperId);
    }
    request(order, {}, true);
    return true;
}

void ReadingListModel::request(const QList<qint64> &order, const QHash<qint64, QString> &titles, bool removal)
{
    m_pendingOrders.append(order);
    applyOrder(order, titles);
    if (removal)
        Q_EMIT removeRequested(m_listId, order);
    else
        Q_EMIT reorderRequested(m_listId, order);
}

void ReadingListModel::applyOrder(const QList<qint64> &order, const QHash<qint64, QString> &titles)
{
    QHash<qint64, int> current;
    for (int i = 0; i < m_rows.size(); ++i)
        current.insert(m_rows.at(i).paperId, i);
    QList<ReadingListEntry> entries;
    entries.reserve(order.size());
    QSet<qint64> pending;
    for (qint64 id : order) {
        const auto it = current.constFind(id);
        if (it != current.cend()) {
            entries.append(m_rows.at(*it));
            if (m_pending.contains(id))
                pending.insert(id);
        } else {
            ReadingListEntry entry;
            entry.paperId = id;
            entry.title = titles.value(id);
            entries.append(entry);
            pending.insert(id);
        }
    }
    applyEntries(entries, pending);
}

void ReadingListModel::start()
{
    ++m_generation;
    m_latest->store(m_generation);
    m_loading = true;
    const quint64 generation = m_generation;
    const auto latest = m_latest;
    const auto port = m_port;
    const qint64 listId = m_listId;
    auto *self = this;
    m_reader->post([=](Library &library) {
        if (latest->load() != generation)
            return;
        const AbandonScope abandon(library.db(), [latest, generation] { return latest->load() != generation; });
        std::optional<ReadingListContents> contents = ReadingListReader(library.db()).read(listId);
        port->post([self, generation, listId, contents = std::move(contents)] {
            if (generation == self->m_generation)
                self->receive(listId, contents);
        });
    });
}

void ReadingListModel::receive(qint64 listId, const std::optional<ReadingListContents> &contents)
{
    Q_ASSERT(listId == m_listId);
    m_loading = false;
    if (!contents) {
        m_exists = false;
        m_name.clear();
        m_pendingOrders.clear();
        applyEntries({});
        Q_EMIT loaded();
        return;
    }
    m_exists = true;
    m_name = contents->name;
    const qsizetype matched = m_pendingOrders.indexOf(idsOf(contents->entries));
    if (matched >= 0 && matched < m_pendingOrders.size() - 1) {
        // An earlier request has been written, later ones not yet: keep showing the latest order, with the
        // papers' fresh data.
        m_pendingOrders.remove(0, matched + 1);
        QHash<qint64, ReadingListEntry> read;
        for (const ReadingListEntry &entry : contents->entries)
            read.insert(entry.paperId, entry);
        QList<ReadingListEntry> shown;
        QSet<qint64> pending;
        for (const ReadingListEntry &entry : std::as_const(m_rows)) {
            const auto it = read.constFind(entry.paperId);
            shown.append(it != read.cend() ? *it : entry);
            if (it == read.cend() && m_pending.contains(entry.paperId))
                pending.insert(entry.paperId);
        }
        applyEntries(shown, pending);
    } else {
        m_pendingOrders.clear();
        applyEntries(contents->entries);
    }
    Q_EMIT loaded();
}

void ReadingListModel::applyEntries(const QList<ReadingListEntry> &entries, const QSet<qint64> &pending)
{
    const QSet<qint64> oldPending = std::exchange(m_pending, pending);
    QSet<qint64> wanted;
    for (const ReadingListEntry &entry : entries)
        wanted.insert(entry.paperId);

    // Rows that go, in blocks from the bottom up.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (wanted.contains(m_rows.at(last).paperId)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).paperId))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Rows that stay, into their new order (with their old data for now).
    QHash<qint64, int> kept;
    for (int i = 0; i < m_rows.size(); ++i)
        kept.insert(m_rows.at(i).paperId, i);
    QList<ReadingListEntry> reordered;
    reordered.reserve(m_rows.size());
    for (const ReadingListEntry &entry : entries) {
        const auto it = kept.constFind(entry.paperId);
        if (it != kept.cend())
            reordered.append(m_rows.at(*it));
    }
    if (idsOf(reordered) != idsOf(m_rows)) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRow;
        for (int i = 0; i < reordered.size(); ++i)
            newRow.insert(reordered.at(i).paperId, i);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(index.isValid() ? createIndex(newRow.value(m_rows.at(index.row()).paperId), 0) : QModelIndex());
        m_rows = reordered;
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // Rows that come, in blocks from the top down; the rows that stay are in order, so every mismatch is new.
    for (int first = 0; first < entries.size();) {
        if (first < m_rows.size() && m_rows.at(first).paperId == entries.at(first).paperId) {
            ++first;
            continue;
        }
        int end = first + 1;
        while (end < entries.size() && !kept.contains(entries.at(end).paperId))
            ++end;
        beginInsertRows({}, first, end - 1);
        m_rows.insert(first, end - first, ReadingListEntry());
        std::copy(entries.cbegin() + first, entries.cbegin() + end, m_rows.begin() + first);
        endInsertRows();
        first = end;
    }
    Q_ASSERT(idsOf(m_rows) == idsOf(entries));

    // New data of the rows that stayed.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const qint64 id = m_rows.at(i).paperId;
        if (m_rows.at(i) == entries.at(i) && oldPending.contains(id) == m_pending.contains(id))
            continue;
        m_rows[i] = entries.at(i);
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
}

} // namespace lectern
