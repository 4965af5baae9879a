#include "papertableview.h"

#include "itemmodels/papertablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
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
        if (index.column() == PaperTableModel::TitleColumn
            && index.data(PaperTableModel::ProvisionalTitleRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

PaperTableView::PaperTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new PaperItemDelegate(this));
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
    const QList<int> widths = {300, 110, 52, 80, 150, 130, 70, 150};
    for (int i = 0; i < widths.size(); ++i)
        setColumnWidth(i, widths[i]);
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
