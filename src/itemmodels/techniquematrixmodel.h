#pragma once

#include "extract/taxonomy.h"
#include "itemmodels/chartjobs.h"
#include "query/query.h"
#include "store/facets.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lectern {

class ReaderThread;

// Techniques (rows, in taxonomy order: each group followed by its techniques unless collapsed) against metric
// kinds (columns): how many papers of the current query have the technique and report a number of the kind. A
// group's cell counts each paper once. The counts come from one SQL aggregate over the query's facet rows on
// the chart's reader thread (store/facets.h); the same counts by year feed the trend view. Techniques and kinds
// with no papers are left out, so the chart shows what the papers say.
class TechniqueMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { TechniqueIdRole = Qt::UserRole + 1, MetricKindRole, PaperCountRole, DepthRole, IsGroupRole };

    TechniqueMatrixModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent = nullptr);
    ~TechniqueMatrixModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const Query &query);
    void setTaxonomy(const Taxonomy &taxonomy);
    const Taxonomy &taxonomy() const { return m_taxonomy; }
    void refresh();
    // While inactive (its view hidden) the model keeps the query but runs nothing; activating catches up.
    void setActive(bool active);

    const QStringList &techniques() const { return m_rows; }
    const QStringList &kinds() const { return m_kinds; }
    qint64 count(int row, int column) const;
    qint64 maximum() const { return m_max; }
    bool isGroup(int row) const;
    int depth(int row) const;
    bool isExpanded(const QString &group) const { return !m_collapsed.contains(group); }
    void setExpanded(const QString &group, bool expanded);
    // The filter that selects exactly the papers of a cell, within the current query.
    QString cellQuery(int row, int column) const;
    // The current query narrowed by `terms` (as the filter bar would show it).
    QString withinQuery(const QString &terms) const;
    // Papers per year of the rows' techniques, whether or not they report a number (the trend view).
    QMap<int, qint64> papersPerYear(int row) const;
    // Papers of the current query per technique (leaf or group), for the taxonomy dialog.
    QHash<QString, int> papersPerTechnique() const;
    bool isLoaded() const { return m_loaded; }

    // Asks for up to three titles of a cell's papers; examplesReady() brings them.
    void requestExamples(int row, int column);

Q_SIGNALS:
    void updated();
    void examplesReady(int row, int column, const QStringList &titles);

private:
    void receive(quint64 generation, const QList<FacetCount> &counts);
    void layoutRows();

    ChartJobs m_jobs;
    Taxonomy m_taxonomy;
    Query m_query;
    bool m_loaded = false;
    QStringList m_rows;
    QStringList m_kinds;
    QSet<QString> m_collapsed;
    // technique -> kind ("" for any) -> year -> papers
    QHash<QString, QHash<QString, QMap<int, qint64>>> m_counts;
    QHash<QString, QHash<QString, qint64>> m_cells; // summed over years
    qint64 m_max = 0;
};

} // namespace lectern
