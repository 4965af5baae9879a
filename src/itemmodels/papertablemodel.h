#pragma once

#include "itemmodels/resultport.h"
#include "query/query.h"
#include "query/queryrunner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace lectern {

class ReaderThread;
class Taxonomy;

// The paper table: pages rows from SQLite on a reader thread, never holding the library in memory. Setting a
// query shows its first page as soon as it is read; the total count follows (countChanged). Rows that are
// not loaded yet show as pending and are fetched when a view asks for them.
class PaperTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        AuthorsColumn,
        YearColumn,
        VenueColumn,
        TechniquesColumn,
        HeadlineColumn,
        TagsColumn,
        SourceColumn,
        // The reader's curation; after the file's columns so that a saved header layout keeps its meaning.
        StatusColumn,
        RatingColumn,
        PriorityColumn,
        ColumnCount
    };
    enum Role {
        PaperIdRole = Qt::UserRole + 1,
        ProvisionalTitleRole,
        PendingRole,
        RatingRole,   // int 0..kMaxRating, any column (the rating delegate paints it)
        StatusRole,   // int of ReadingStatus, any column
        PriorityRole, // int of Priority, any column
        HasNoteRole   // bool, any column
    };

    PaperTableModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent = nullptr);
    ~PaperTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Dragging rows carries their paper ids (paperIdsMimeType(), in row order, each once) and their titles as
    // plain text, one per line.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    void setQuery(const Query &query);
    const Query &query() const { return m_query; }
    SortOrder sortOrder() const { return m_sort; }
    // Reads the current query again (after an import or a change made by another process).
    void refresh();

    // -1 while the count is not known yet.
    qint64 totalCount() const { return m_count; }
    qint64 paperId(int row) const;
    // The row of paper `id` among the loaded rows, or -1.
    int loadedRowOf(qint64 id) const;
    // Finds the row of paper `id` in the current result, loaded or not; answers with located().
    void locate(qint64 id);
    bool isLoading() const { return m_loading; }
    static constexpr int pageSize = 128;

Q_SIGNALS:
    // The first page of the current query is in the model.
    void firstPageLoaded();
    void countChanged(qint64 count);
    // The row of a paper asked for with locate(), -1 when the current query does not match it.
    void located(qint64 id, int row);

private:
    // Hands results of a job back to the model, on its thread, if the job's query is still the current one.
    using Deliver = std::function<void(std::function<void(PaperTableModel *)>)>;
    // Runs `work` on the reader thread for the current query and order, unless a newer query supersedes it
    // before it starts or while it runs.
    void postJob(std::function<void(QueryRunner &, const Query &, SortOrder, const Deliver &)> work) const;
    void start();
    void requestPage(qint64 page) const;
    void receivePage(qint64 page, const QList<PaperRow> &rows);
    void receiveCount(qint64 count);
    const PaperRow *rowAt(int row) const;

    ReaderThread *m_reader;
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
    const Taxonomy &m_taxonomy;
    Query m_query;
    SortOrder m_sort;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QHash<qint64, QList<PaperRow>> m_pages;
    mutable QSet<qint64> m_requested;
    qint64 m_count = -1;
    int m_rows = 0;
    bool m_loading = false;
};

} // namespace lectern
