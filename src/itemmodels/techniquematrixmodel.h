#pragma once

#include "itemmodels/resultport.h"
#include "query/query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lectern {

class ReaderThread;
class Taxonomy;

// Techniques (rows, taxonomy leaves in taxonomy order) against metric kinds (columns): how many papers of
// the current query have the technique and report a number of the kind. Aggregated in SQL on the reader
// thread; techniques and kinds with no papers are left out so the chart shows what the papers say.
class TechniqueMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { TechniqueIdRole = Qt::UserRole + 1, MetricKindRole, PaperCountRole };

    TechniqueMatrixModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent = nullptr);
    ~TechniqueMatrixModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const Query &query);
    void refresh();

    const QStringList &techniques() const { return m_techniques; }
    const QStringList &kinds() const { return m_kinds; }
    int count(int row, int column) const;
    int maximum() const { return m_max; }
    // The filter that selects exactly the papers of a cell.
    QString cellQuery(int row, int column) const;

Q_SIGNALS:
    void updated();

private:
    void receive(quint64 generation, const QHash<QString, QHash<QString, int>> &counts);

    ReaderThread *m_reader;
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
    const Taxonomy &m_taxonomy;
    Query m_query;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QStringList m_techniques;
    QStringList m_kinds;
    QHash<QString, QHash<QString, int>> m_counts;
    int m_max = 0;
};

} // namespace lectern
