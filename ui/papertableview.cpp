#include "papertableview.h"

#include "domain/curation.h"
#include "itemmodels/papertablemodel.h"
#include "ratingdelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QStyledItemDelegate>

#include <algorithm>

namespace lectern {

namespace {

// Provisional titles (made from the abstract) are shown in italics and dimmed, so they read as stand-ins.
class PaperItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == PaperTableModel::TitleColumn) {
            if (index.data(PaperTableModel::ProvisionalTitleRole).toBool()) {
                option->font.setItalic(true);
                option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            }
            // A pencil before the title marks a paper with a note (the tooltip says so in words).
            if (index.data(PaperTableModel::HasNoteRole).toBool())
                option->text = QStringLiteral("✎ ") + option->text;
        }
        // The usual values stay quiet so that the ones the reader set stand out.
        const bool quiet = (index.column() == PaperTableModel::StatusColumn
                            && index.data(PaperTableModel::StatusRole).toInt() == int(ReadingStatus::Unread))
                           || (index.column() == PaperTableModel::PriorityColumn
                               && index.data(PaperTableModel::PriorityRole).toInt() == int(Priority::Normal));
        if (quiet)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (index.column() == PaperTableModel::PriorityColumn
            && index.data(PaperTableModel::PriorityRole).toInt() == int(Priority::High))
            option->font.setWeight(QFont::DemiBold);
    }
};

} // namespace

PaperTableView::PaperTableView(QWidget *parent)
    : QTableView(parent)
    , m_ratingDelegate(new RatingDelegate(this))
{
    setItemDelegate(new PaperItemDelegate(this));
    connect(m_ratingDelegate, &RatingDelegate::ratingClicked, this, &PaperTableView::onRatingClicked);
    // Papers are dragged out to a tag or a reading list; nothing is dropped on the table.
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setObjectName(QStringLiteral("paperTable"));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    // "Newest first" is the model's own default order, not a column's: show no sort indicator until the user
    // picks a column.
    horizontalHeader()->setSortIndicatorShown(false);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { horizontalHeader()->setSortIndicatorShown(true); });
}

void PaperTableView::setPaperModel(PaperTableModel *model)
{
    m_model = model;
    // setSortingEnabled(true) sorts as soon as a model is set; keep the model's default order instead.
    setSortingEnabled(false);
    setModel(model);
    horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder); // -1: the model's newest-first order
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicatorShown(false);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PaperTableView::rememberSelection);
    connect(model, &PaperTableModel::firstPageLoaded, this, &PaperTableView::restoreSelection);
    connect(model, &PaperTableModel::located, this, [this](qint64 id, int row) {
        // The current paper still matches but lay beyond the first page.
        if (row < 0 || id != m_rememberedCurrent || !selectedPaperIds().isEmpty())
            return;
        const QModelIndex index = m_model->index(row, 0);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(index, PositionAtCenter);
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PaperTableView::onCurrentChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &PaperTableView::onCurrentChanged);
    setItemDelegateForColumn(PaperTableModel::RatingColumn, m_ratingDelegate);
    const QList<int> widths = {300, 110, 52, 80, 150, 130, 70, 150, 80, 0, 70};
    for (int i = 0; i < widths.size(); ++i)
        setColumnWidth(i, widths[i]);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    setColumnWidth(PaperTableModel::RatingColumn, m_ratingDelegate->sizeHint(option, {}).width());
}

bool PaperTableView::event(QEvent *event)
{
    // Keys 1–9 belong to the table while it has focus, even if a window action uses a bare digit.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void PaperTableView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        Q_EMIT tagKeyPressed(event->key() - Qt::Key_0);
        event->accept();
        return;
    }
    // Ctrl+0 to Ctrl+5 (rating) and other shortcuts are the window's: the table leaves them alone.
    QTableView::keyPressEvent(event);
}

void PaperTableView::onRatingClicked(const QModelIndex &index, int rating)
{
    const qint64 id = index.data(PaperTableModel::PaperIdRole).toLongLong();
    if (!id)
        return;
    QList<qint64> papers = selectedPaperIds();
    if (!papers.contains(id))
        papers = {id};
    Q_EMIT ratingRequested(papers, rating);
}

QList<qint64> PaperTableView::selectedPaperIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    // In the table's order, not the order the rows were selected in: an export of the selection follows the table.
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const qint64 id = index.data(PaperTableModel::PaperIdRole).toLongLong();
        if (id)
            ids.append(id);
    }
    return ids;
}

qint64 PaperTableView::currentPaperId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(PaperTableModel::PaperIdRole).toLongLong() : 0;
}

bool PaperTableView::selectPaper(qint64 id)
{
    const int row = m_model ? m_model->loadedRowOf(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void PaperTableView::rememberSelection()
{
    const QList<qint64> ids = selectedPaperIds();
    if (!ids.isEmpty() || currentPaperId()) {
        m_remembered = ids;
        m_rememberedCurrent = currentPaperId();
    }
}

void PaperTableView::restoreSelection()
{
    QItemSelection selection;
    QModelIndex current;
    for (qint64 id : std::as_const(m_remembered)) {
        const int row = m_model->loadedRowOf(id);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        if (id == m_rememberedCurrent)
            current = m_model->index(row, 0);
    }
    if (!selection.isEmpty()) {
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (current.isValid()) {
            selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            scrollTo(current);
        }
    } else if (m_rememberedCurrent) {
        m_model->locate(m_rememberedCurrent);
    }
    onCurrentChanged();
}

void PaperTableView::goToPaper(qint64 id)
{
    if (!m_model || selectPaper(id))
        return;
    selectionModel()->clearSelection();
    m_rememberedCurrent = id;
    m_model->locate(id); // answered by located(), handled in setPaperModel()
}

void PaperTableView::onCurrentChanged()
{
    const qint64 id = currentPaperId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT currentPaperChanged(id);
}

} // namespace lectern
