#include "itemmodels/papertablemodel.h"

#include "extract/taxonomy.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "store/library.h"

#include <QMimeData>

#include <algorithm>
#include <limits>

namespace lectern {

namespace {

SortColumn sortColumnFor(int column)
{
    switch (column) {
    case PaperTableModel::TitleColumn:
        return SortColumn::Title;
    case PaperTableModel::AuthorsColumn:
        return SortColumn::Authors;
    case PaperTableModel::YearColumn:
        return SortColumn::Year;
    case PaperTableModel::VenueColumn:
        return SortColumn::Venue;
    case PaperTableModel::TechniquesColumn:
        return SortColumn::Techniques;
    case PaperTableModel::HeadlineColumn:
        return SortColumn::Headline;
    case PaperTableModel::TagsColumn:
        return SortColumn::Tags;
    case PaperTableModel::SourceColumn:
        return SortColumn::Source;
    case PaperTableModel::StatusColumn:
        return SortColumn::Status;
    case PaperTableModel::RatingColumn:
        return SortColumn::Rating;
    case PaperTableModel::PriorityColumn:
        return SortColumn::Priority;
    default:
        return SortColumn::Date;
    }
}

} // namespace

PaperTableModel::PaperTableModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_taxonomy(taxonomy)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

PaperTableModel::~PaperTableModel()
{
    // Queued jobs of this model give up at once; running ones stop at their next abandon check, and what they
    // still deliver is discarded.
    m_latest->store(~quint64(0));
    m_port->close();
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PaperRow *PaperTableModel::rowAt(int row) const
{
    const qint64 page = row / pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    const qsizetype inPage = row % pageSize;
    return inPage < it->size() ? &(*it)[inPage] : nullptr;
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PaperRow *row = rowAt(index.row());
    if (role == PendingRole)
        return row == nullptr;
    if (!row)
        return role == Qt::DisplayRole && index.column() == TitleColumn ? QVariant(QStringLiteral("…")) : QVariant();
    switch (role) {
    case PaperIdRole:
        return row->id;
    case ProvisionalTitleRole:
        return row->titleIsProvisional;
    case RatingRole:
        return row->rating;
    case StatusRole:
        return int(row->status);
    case PriorityRole:
        return int(row->priority);
    case HasNoteRole:
        return row->hasNote;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QStringList tips;
            if (row->titleIsProvisional)
                tips.append(tr("No title in the source: this provisional title is the abstract's first sentence."));
            else
                tips.append(row->title);
            if (row->hasNote)
                tips.append(tr("✎ Has a note"));
            return tips.join(QLatin1Char('\n'));
        }
        if (index.column() == RatingColumn)
            return row->rating > 0 ? tr("Rated %1 of %2").arg(row->rating).arg(kMaxRating)
                                   : tr("Not rated: click a star to rate");
        if (index.column() == SourceColumn)
            return row->source;
        if (index.column() == AuthorsColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row->title;
        case AuthorsColumn:
            if (!row->authors.isEmpty())
                return row->authors;
            if (!row->authorCount)
                return QString();
            return *row->authorCount == 1 ? tr("1 author") : tr("%1 authors").arg(*row->authorCount);
        case YearColumn:
            return row->year ? QVariant(*row->year) : QVariant(row->date);
        case VenueColumn:
            return row->venue;
        case TechniquesColumn: {
            QStringList labels;
            for (const QString &id : row->techniques.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                labels.append(m_taxonomy.label(id));
            return labels.join(QStringLiteral(", "));
        }
        case HeadlineColumn:
            return row->headline;
        case TagsColumn:
            return row->tags;
        case SourceColumn:
            return row->source.section(QStringLiteral(": "), 1);
        case StatusColumn:
            switch (row->status) {
            case ReadingStatus::Unread:
                return tr("Unread");
            case ReadingStatus::Reading:
                return tr("Reading");
            case ReadingStatus::Read:
                return tr("Read");
            }
            return {};
        case RatingColumn:
            return row->rating;
        case PriorityColumn:
            switch (row->priority) {
            case Priority::High:
                return tr("High");
            case Priority::Normal:
                return tr("Normal");
            case Priority::Low:
                return tr("Low");
            }
            return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case YearColumn:
        return tr("Year");
    case VenueColumn:
        return tr("Venue");
    case TechniquesColumn:
        return tr("Techniques");
    case HeadlineColumn:
        return tr("Headline metric");
    case TagsColumn:
        return tr("Tags");
    case SourceColumn:
        return tr("Source");
    case StatusColumn:
        return tr("Status");
    case RatingColumn:
        return tr("Rating");
    case PriorityColumn:
        return tr("Priority");
    }
    return {};
}

Qt::ItemFlags PaperTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList PaperTableModel::mimeTypes() const
{
    return {paperIdsMimeType()};
}

Qt::DropActions PaperTableModel::supportedDragActions() const
{
    // Tagging or listing a dragged paper never takes it out of the table.
    return Qt::CopyAction;
}

QMimeData *PaperTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> ids;
    QStringList titles;
    for (int r : std::as_const(rows)) {
        const PaperRow *row = rowAt(r);
        if (!row) // not loaded yet: its paper is not known
            continue;
        ids.append(row->id);
        titles.append(row->title);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    setPaperIds(mime, ids);
    mime->setText(titles.join(QLatin1Char('\n')));
    return mime;
}

void PaperTableModel::sort(int column, Qt::SortOrder order)
{
    const SortOrder sort{sortColumnFor(column), order == Qt::DescendingOrder};
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    start();
}

void PaperTableModel::setQuery(const Query &query)
{
    m_query = query;
    start();
}

void PaperTableModel::refresh()
{
    start();
}

qint64 PaperTableModel::paperId(int row) const
{
    const PaperRow *r = (row >= 0 && row < m_rows) ? rowAt(row) : nullptr;
    return r ? r->id : 0;
}

int PaperTableModel::loadedRowOf(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if ((*it)[i].id == id)
                return int(it.key() * pageSize + i);
        }
    }
    return -1;
}

void PaperTableModel::postJob(std::function<void(QueryRunner &, const Query &, SortOrder, const Deliver &)> work) const
{
    const quint64 generation = m_generation;
    const Query query = m_query;
    const SortOrder sort = m_sort;
    const auto latest = m_latest;
    const auto port = m_port;
    const Taxonomy taxonomy = m_taxonomy; // a copy: the window may change its taxonomy while this runs
    auto *self = const_cast<PaperTableModel *>(this);
    m_reader->post([=](Library &library) {
        if (latest->load() != generation)
            return;
        const AbandonScope abandon(library.db(), [latest, generation] { return latest->load() != generation; });
        QueryRunner runner(library.db(), taxonomy);
        const Deliver deliver = [&](std::function<void(PaperTableModel *)> result) {
            port->post([self, generation, result] {
                if (generation == self->m_generation)
                    result(self);
            });
        };
        work(runner, query, sort, deliver);
    });
}

void PaperTableModel::start()
{
    ++m_generation;
    m_latest->store(m_generation);
    m_requested.clear();
    m_loading = true;
    // Jobs of earlier generations still queued return at once; the queue is shared with other models, so it is
    // not cleared here.
    postJob([](QueryRunner &runner, const Query &query, SortOrder sort, const Deliver &deliver) {
        const QList<PaperRow> rows = runner.rows(query, sort, 0, pageSize);
        deliver([rows](PaperTableModel *model) { model->receivePage(0, rows); });
        const qint64 count = rows.size() < pageSize ? rows.size() : runner.count(query);
        deliver([count](PaperTableModel *model) { model->receiveCount(count); });
    });
}

void PaperTableModel::locate(qint64 id)
{
    postJob([id](QueryRunner &runner, const Query &query, SortOrder sort, const Deliver &deliver) {
        const std::optional<qint64> row = runner.rowOf(query, sort, id);
        deliver([id, row](PaperTableModel *model) {
            Q_EMIT model->located(id, row && *row < model->m_rows ? int(*row) : -1);
        });
    });
}

void PaperTableModel::requestPage(qint64 page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    postJob([page](QueryRunner &runner, const Query &query, SortOrder sort, const Deliver &deliver) {
        const QList<PaperRow> rows = runner.rows(query, sort, page * pageSize, pageSize);
        deliver([page, rows](PaperTableModel *model) { model->receivePage(page, rows); });
    });
}

void PaperTableModel::receivePage(qint64 page, const QList<PaperRow> &rows)
{
    if (page == 0) {
        // A new result: replace the rows. Views keep their selection by paper id (see the table view).
        beginResetModel();
        m_pages.clear();
        m_pages.insert(0, rows);
        m_requested = {0};
        m_count = -1;
        m_rows = int(rows.size());
        endResetModel();
        Q_EMIT firstPageLoaded();
        return;
    }
    m_pages.insert(page, rows);
    const int first = int(page * pageSize);
    if (first < m_rows)
        Q_EMIT dataChanged(index(first, 0), index(std::min(m_rows, first + int(rows.size())) - 1, ColumnCount - 1));
}

void PaperTableModel::receiveCount(qint64 count)
{
    m_loading = false;
    m_count = count;
    const int rows = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    Q_EMIT countChanged(count);
}

} // namespace lectern
