#include "itemmodels/techniquematrixmodel.h"

#include "domain/metricformat.h"
#include "extract/taxonomy.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "query/queryrunner.h"
#include "store/library.h"

#include <algorithm>

namespace lectern {

TechniqueMatrixModel::TechniqueMatrixModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_taxonomy(taxonomy)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

TechniqueMatrixModel::~TechniqueMatrixModel()
{
    m_latest->store(~quint64(0));
    m_port->close();
}

int TechniqueMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_techniques.size());
}

int TechniqueMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

int TechniqueMatrixModel::count(int row, int column) const
{
    if (row < 0 || row >= m_techniques.size() || column < 0 || column >= m_kinds.size())
        return 0;
    return m_counts.value(m_techniques[row]).value(m_kinds[column]);
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
        return m_techniques[index.row()];
    case MetricKindRole:
        return m_kinds[index.column()];
    case Qt::ToolTipRole:
        return tr("%1 × %2: %n paper(s)", nullptr, count(index.row(), index.column()))
            .arg(m_taxonomy.label(m_techniques[index.row()]), metricKindLabel(m_kinds[index.column()]));
    default:
        return {};
    }
}

QVariant TechniqueMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_techniques.size() ? m_taxonomy.label(m_techniques[section]) : QVariant();
    return section < m_kinds.size() ? metricKindLabel(m_kinds[section]) : QVariant();
}

QString TechniqueMatrixModel::cellQuery(int row, int column) const
{
    if (row < 0 || row >= m_techniques.size() || column < 0 || column >= m_kinds.size())
        return {};
    return Query::fieldTerm(QStringLiteral("technique"), m_techniques[row]) + QLatin1Char(' ')
           + Query::fieldTerm(QStringLiteral("metric"), m_kinds[column]);
}

void TechniqueMatrixModel::setQuery(const Query &query)
{
    m_query = query;
    refresh();
}

void TechniqueMatrixModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    const Query query = m_query;
    const auto latest = m_latest;
    const Taxonomy *taxonomy = &m_taxonomy;
    const auto port = m_port;
    auto *self = this;
    m_reader->post([=](Library &library) {
        if (latest->load() != generation)
            return;
        const AbandonScope abandon(library.db(), [latest, generation] { return latest->load() != generation; });
        QueryRunner runner(library.db(), *taxonomy);
        QHash<QString, QHash<QString, int>> counts;
        for (const MatrixCell &cell : runner.techniqueMetricMatrix(query))
            counts[cell.technique][cell.kind] = cell.papers;
        port->post([self, generation, counts] { self->receive(generation, counts); });
    });
}

void TechniqueMatrixModel::receive(quint64 generation, const QHash<QString, QHash<QString, int>> &counts)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_counts = counts;
    m_techniques.clear();
    m_kinds.clear();
    m_max = 0;
    for (const QString &leaf : m_taxonomy.leafIds()) {
        if (m_counts.contains(leaf))
            m_techniques.append(leaf);
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!m_taxonomy.isLeaf(it.key()) && !m_techniques.contains(it.key()))
            m_techniques.append(it.key()); // facts of a technique the taxonomy no longer has
        for (auto k = it->cbegin(); k != it->cend(); ++k) {
            if (!m_kinds.contains(k.key()))
                m_kinds.append(k.key());
            m_max = std::max(m_max, k.value());
        }
    }
    std::sort(m_kinds.begin(), m_kinds.end(), [](const QString &a, const QString &b) {
        return metricKindRank(a) != metricKindRank(b) ? metricKindRank(a) < metricKindRank(b) : a < b;
    });
    endResetModel();
    Q_EMIT updated();
}

} // namespace lectern
