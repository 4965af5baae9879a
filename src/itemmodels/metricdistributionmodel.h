#pragma once

#include "extract/taxonomy.h"
#include "itemmodels/chartjobs.h"
#include "query/query.h"
#include "query/queryrunner.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace lectern {

class ReaderThread;

// The values one technique's papers report for a metric kind, in one unit.
struct DistributionSeries {
    QString technique;        // a leaf of the taxonomy
    qint64 total = 0;         // values reported
    double median = 0;        // over all of them
    QList<MetricPoint> shown; // at most kMaxShown, spread evenly over the sorted values (the extremes included)
};

// For the distribution view: for the current query, a metric kind and one of its units (values in different
// units are never mixed), each technique's reported values. Read on the chart's reader thread.
class MetricDistributionModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxShown = 300;

    MetricDistributionModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent = nullptr);
    ~MetricDistributionModel() override;

    void setQuery(const Query &query);
    void setTaxonomy(const Taxonomy &taxonomy);
    const Taxonomy &taxonomy() const { return m_taxonomy; }
    void setActive(bool active);
    // Chooses the kind; the unit becomes the kind's most used one unless `unit` names another.
    void setKind(const QString &kind, const std::optional<QString> &unit = std::nullopt);
    QString kind() const { return m_kind; }
    QString unit() const { return m_unit; }
    // The library's units for the kind, most used first, with how many values each has.
    const QList<std::pair<QString, qint64>> &units() const { return m_units; }
    const QList<DistributionSeries> &series() const { return m_series; }
    // Ratios ("x") and values spanning more than two orders of magnitude (percentages aside) read best on a log
    // scale.
    bool logScale() const { return m_logScale; }
    bool isLoaded() const { return m_loaded; }
    void refresh();

Q_SIGNALS:
    void updated();

private:
    struct Result {
        QString kind, unit;
        QList<std::pair<QString, qint64>> units;
        QList<DistributionSeries> series;
        bool logScale = false;
    };
    void receive(quint64 generation, const Result &result);

    ChartJobs m_jobs;
    Taxonomy m_taxonomy;
    Query m_query;
    QString m_kind = QStringLiteral("speedup");
    QString m_unit; // as shown
    std::optional<QString> m_wantedUnit;
    bool m_loaded = false;
    QList<std::pair<QString, qint64>> m_units;
    QList<DistributionSeries> m_series;
    bool m_logScale = false;
};

} // namespace lectern
