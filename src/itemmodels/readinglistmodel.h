#pragma once

#include "itemmodels/resultport.h"
#include "store/readinglistreader.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

namespace lectern {

class ReaderThread;

// One reading list's papers in their order, read on a reader thread. The model never writes: reordering (by
// drag or moveUp/moveDown) and removing emit the list's whole new order as a request, show that order at once
// so the view does not jump back, and leave it to refresh() (called by the window after the write commits) to
// confirm it.
class ReadingListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PaperIdRole = Qt::UserRole + 1,
        AuthorsRole, // as stored: "A. One; B. Two"
        YearRole,    // int, or invalid when unknown
        VenueRole,
        StatusRole, // int of ReadingStatus
        RatingRole, // 0 to kMaxRating
        DetailRole, // "authors · venue · year", the second line of the panel
        ProvisionalTitleRole,
        PendingRole, // a paper dropped in whose row has not been read yet
    };

    explicit ReadingListModel(ReaderThread *reader, QObject *parent = nullptr);
    ~ReadingListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Papers of this list move to `row` keeping their relative order; other papers are inserted there (each
    // once). Emits reorderRequested with the whole new order.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Shows list `listId` (0: none), read asynchronously; loaded() follows.
    void setList(qint64 listId);
    qint64 listId() const { return m_listId; }
    // Reads the list again; rows that stay keep their persistent indexes (and so the view's selection).
    void refresh();

    // False while no list is set, and when the list set does not exist (deleted).
    bool hasList() const { return m_exists; }
    QString listName() const { return m_name; }
    bool isLoading() const { return m_loading; }
    QList<qint64> paperIds() const;
    qint64 paperId(int row) const;
    int rowOf(qint64 paperId) const;

    // Keyboard reordering: the rows move one place together (a block stays a block, gaps stay gaps); nothing
    // happens when a row is already at the edge. Return whether a request was emitted.
    bool moveUp(const QList<int> &rows);
    bool moveDown(const QList<int> &rows);
    // Asks to take these rows out of the list (removeRequested with the order that remains).
    bool requestRemoval(const QList<int> &rows);

Q_SIGNALS:
    // A read of the list arrived (after setList or refresh); the name or count may have changed.
    void loaded();
    void reorderRequested(qint64 listId, const QList<qint64> &newOrder);
    void removeRequested(qint64 listId, const QList<qint64> &newOrder);

private:
    void start();
    void receive(qint64 listId, const std::optional<ReadingListContents> &contents);
    // Brings the rows to `entries` with fine-grained signals (removals, one layout change, insertions, data
    // changes), so that views keep their selection and current item.
    void applyEntries(const QList<ReadingListEntry> &entries, const QSet<qint64> &pending = {});
    // Shows `order` at once: rows already here move, new ids get pending rows (titled from `titles` if given).
    void applyOrder(const QList<qint64> &order, const QHash<qint64, QString> &titles = {});
    void request(const QList<qint64> &order, const QHash<qint64, QString> &titles, bool removal);
    QList<int> validRows(const QList<int> &rows) const;

    ReaderThread *m_reader;
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    qint64 m_listId = 0;
    QString m_name;
    bool m_exists = false;
    bool m_loading = false;
    QList<ReadingListEntry> m_rows;
    QSet<qint64> m_pending; // ids of rows shown before they were read
    // Orders requested and shown but not yet read back: a read showing an older one of them (its write
    // committed, the later ones not yet) must not undo what is shown.
    QList<QList<qint64>> m_pendingOrders;
};

} // namespace lectern
