#include "itemmodels/techniquematrixmodel.h"

#include "domain/metricformat.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "query/queryrunner.h"
#include "store/library.h"

#include <algorithm>

namespace lectern {

TechniqueMatrixModel::TechniqueMatrixModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(reader, this)
    , m_taxonomy(taxonomy)
{
}

TechniqueMatrixModel::~TechniqueMatrixModel() = default;

int TechniqueMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TechniqueMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

qint64 TechniqueMatrixModel::count(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_kinds.size())
        return 0;
    return m_cells.value(m_rows[row]).value(m_kinds[column]);
}

bool TechniqueMatrixModel::isGroup(int row) const
{
    return row >= 0 && row < m_rows.size() && m_taxonomy.node(m_rows[row]) && !m_taxonomy.isLeaf(m_rows[row]);
}

int TechniqueMatrixModel::depth(int row) const
{
    int depth = 0;
    const TechniqueNode *node = row >= 0 && row < m_rows.size() ? m_taxonomy.node(m_rows[row]) : nullptr;
    while (node && !node->parentId.isEmpty() && depth < 64) {
        node = m_taxonomy.node(node->parentId);
        ++depth;
    }
    return depth;
}

QVariant TechniqueMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case PaperCountRole:
        return count(index.row(), index.column());
    case TechniqueIdRole:
        return m_rows[index.row()];
    case MetricKindRole:
        return m_kinds[index.column()];
    case DepthRole:
        return depth(index.row());
    case IsGroupRole:
        return isGroup(index.row());
    case Qt::ToolTipRole:
        return tr("%1 × %2: %n paper(s)", nullptr, int(count(index.row(), index.column())))
            .arg(m_taxonomy.label(m_rows[index.row()]), metricKindLabel(m_kinds[index.column()]));
    default:
        return {};
    }
}

QVariant TechniqueMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const QString label = m_taxonomy.label(m_rows[section]);
        return label.isEmpty() ? m_rows[section] : label;
    }
    return section >= 0 && section < m_kinds.size() ? metricKindLabel(m_kinds[section]) : QVariant();
}

QString TechniqueMatrixModel::cellQuery(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_kinds.size())
        return {};
    return withinQuery(Query::fieldTerm(QStringLiteral("technique"), m_rows[row]) + QLatin1Char(' ')
                       + Query::fieldTerm(QStringLiteral("metric"), m_kinds[column]));
}

QString TechniqueMatrixModel::withinQuery(const QString &terms) const
{
    const QString current = m_query.text().trimmed();
    if (current.isEmpty() || m_query.isEmpty())
        return terms;
    if (current.contains(terms))
        return current;
    // The chart counts only the current filter's papers, so a part of it is the filter and more. The terms go
    // first: a word being typed at the end of the filter keeps matching as a prefix, as it did for the chart.
    const bool hasOr = current.contains(QLatin1String(" OR "), Qt::CaseSensitive);
    return terms + QLatin1Char(' ') + (hasOr ? QLatin1Char('(') + current + QLatin1Char(')') : current);
}

QMap<int, qint64> TechniqueMatrixModel::papersPerYear(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_counts.value(m_rows[row]).value(QString());
}

QHash<QString, int> TechniqueMatrixModel::papersPerTechnique() const
{
    QHash<QString, int> result;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        qint64 papers = 0;
        for (qint64 n : it->value(QString()))
            papers += n;
        result.insert(it.key(), int(papers));
    }
    return result;
}

void TechniqueMatrixModel::setQuery(const Query &query)
{
    m_query = query;
    refresh();
}

void TechniqueMatrixModel::setTaxonomy(const Taxonomy &taxonomy)
{
    if (taxonomy == m_taxonomy)
        return;
    m_taxonomy = taxonomy;
    refresh();
}

void TechniqueMatrixModel::setActive(bool active)
{
    if (m_jobs.setActive(active))
        refresh();
}

void TechniqueMatrixModel::setExpanded(const QString &group, bool expanded)
{
    if (expanded == isExpanded(group))
        return;
    if (expanded)
        m_collapsed.remove(group);
    else
        m_collapsed.insert(group);
    beginResetModel();
    layoutRows();
    endResetModel();
    Q_EMIT updated();
}

void TechniqueMatrixModel::refresh()
{
    const quint64 generation = m_jobs.start();
    if (!generation)
        return;
    const Query query = m_query;
    const Taxonomy taxonomy = m_taxonomy; // a copy: the window may change its taxonomy while this runs
    m_jobs.post(generation, [this, generation, query, taxonomy](Library &library) -> std::function<void()> {
        const QList<FacetCount> counts = QueryRunner(library.db(), taxonomy).facetCounts(query);
        return [this, generation, counts] { receive(generation, counts); };
    });
}

void TechniqueMatrixModel::requestExamples(int row, int column)
{
    const QString cell = cellQuery(row, column);
    if (cell.isEmpty())
        return;
    const Query query = Query::parse(cell);
    const Taxonomy taxonomy = m_taxonomy;
    m_jobs.postAlways([this, row, column, query, taxonomy](Library &library) -> std::function<void()> {
        QStringList titles;
        for (const PaperRow &paper : QueryRunner(library.db(), taxonomy).rows(query, SortOrder{}, 0, 3))
            titles.append(paper.title);
        return [this, row, column, titles] { Q_EMIT examplesReady(row, column, titles); };
    });
}

void TechniqueMatrixModel::receive(quint64 generation, const QList<FacetCount> &counts)
{
    if (!m_jobs.isCurrent(generation))
        return;
    beginResetModel();
    m_counts.clear();
    m_cells.clear();
    for (const FacetCount &c : counts) {
        m_counts[c.technique][c.kind][c.year] += c.papers;
        m_cells[c.technique][c.kind] += c.papers;
    }
    layoutRows();
    m_loaded = true;
    endResetModel();
    Q_EMIT updated();
}

void TechniqueMatrixModel::layoutRows()
{
    m_rows.clear();
    m_kinds.clear();
    m_max = 0;
    // A row per node with papers that report a number, in taxonomy order with each group's nodes after it.
    const auto hasCells = [this](const QString &id) {
        const auto it = m_cells.constFind(id);
        if (it == m_cells.cend())
            return false;
        for (auto k = it->cbegin(); k != it->cend(); ++k) {
            if (!k.key().isEmpty() && k.value() > 0)
                return true;
        }
        return false;
    };
    std::function<void(const QString &)> add = [&](const QString &parent) {
        for (const TechniqueNode &node : m_taxonomy.nodes()) {
            if (node.parentId != parent || !hasCells(node.id))
                continue;
            m_rows.append(node.id);
            if (!m_taxonomy.isLeaf(node.id) && isExpanded(node.id))
                add(node.id);
        }
    };
    add(QString());
    // Facts of a technique the taxonomy no longer has (until re-extraction removes them).
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (!m_taxonomy.node(it.key()) && hasCells(it.key()))
            m_rows.append(it.key());
    }
    QSet<QString> kinds;
    for (const QString &row : std::as_const(m_rows)) {
        const QHash<QString, qint64> &cells = m_cells[row];
        for (auto k = cells.cbegin(); k != cells.cend(); ++k) {
            if (k.key().isEmpty() || k.value() == 0)
                continue;
            kinds.insert(k.key());
            // The colour scale follows the leaves; a group's sum would wash them out.
            if (!isGroup(int(m_rows.indexOf(row))) || !isExpanded(row))
                m_max = std::max(m_max, k.value());
        }
    }
    m_kinds = QStringList(kinds.cbegin(), kinds.cend());
    std::sort(m_kinds.begin(), m_kinds.end(), [](const QString &a, const QString &b) {
        return metricKindRank(a) != metricKindRank(b) ? metricKindRank(a) < metricKindRank(b) : a < b;
    });
}

} // namespace lectern
