#include "itemmodels/metricdistributionmodel.h"

#include "itemmodels/readerthread.h"
#include "store/library.h"

#include <algorithm>
#include <limits>

namespace lectern {

MetricDistributionModel::MetricDistributionModel(ReaderThread *reader, const Taxonomy &taxonomy, QObject *parent)
    : QObject(parent)
    , m_jobs(reader, this)
    , m_taxonomy(taxonomy)
{
}

MetricDistributionModel::~MetricDistributionModel() = default;

void MetricDistributionModel::setQuery(const Query &query)
{
    m_query = query;
    refresh();
}

void MetricDistributionModel::setTaxonomy(const Taxonomy &taxonomy)
{
    if (taxonomy == m_taxonomy)
        return;
    m_taxonomy = taxonomy;
    refresh();
}

void MetricDistributionModel::setActive(bool active)
{
    if (m_jobs.setActive(active))
        refresh();
}

void MetricDistributionModel::setKind(const QString &kind, const std::optional<QString> &unit)
{
    if (kind == m_kind && unit == m_wantedUnit)
        return;
    m_kind = kind;
    m_wantedUnit = unit;
    refresh();
}

void MetricDistributionModel::refresh()
{
    const quint64 generation = m_jobs.start();
    if (!generation)
        return;
    const Query query = m_query;
    const QString kind = m_kind;
    const std::optional<QString> wantedUnit = m_wantedUnit;
    const Taxonomy taxonomy = m_taxonomy;
    m_jobs.post(generation, [=, this](Library &library) -> std::function<void()> {
        QueryRunner runner(library.db(), taxonomy);
        Result result;
        result.kind = kind;
        result.units = runner.metricUnits(kind);
        const bool known = wantedUnit && std::any_of(result.units.cbegin(), result.units.cend(), [&](const auto &u) {
                               return u.first == *wantedUnit;
                           });
        result.unit = known ? *wantedUnit : result.units.isEmpty() ? QString() : result.units.first().first;
        // Points are grouped by index, not copied: the whole library has over a hundred thousand of them. Papers
        // share a few technique lists, so each distinct list is resolved to its columns once.
        const QList<MetricPoint> points =
            result.units.isEmpty() ? QList<MetricPoint>() : runner.metricPoints(query, kind, result.unit);
        QHash<QString, std::vector<int>> byTechnique;
        QHash<QStringList, std::vector<std::vector<int> *>> columnsOf;
        double low = std::numeric_limits<double>::max(), high = 0;
        bool positive = true;
        for (int i = 0; i < points.size(); ++i) {
            const MetricPoint &point = points[i];
            auto columns = columnsOf.find(point.techniques);
            if (columns == columnsOf.end()) {
                std::vector<std::vector<int> *> list;
                for (const QString &technique : point.techniques) {
                    // Leaves only: a group's column would repeat its techniques' points.
                    if (!taxonomy.node(technique) || taxonomy.isLeaf(technique))
                        list.push_back(&byTechnique[technique]);
                }
                columns = columnsOf.insert(point.techniques, list);
            }
            for (std::vector<int> *column : *columns)
                column->push_back(i);
            positive = positive && point.value > 0;
            low = std::min(low, point.value);
            high = std::max(high, point.value);
        }
        result.logScale = positive && !byTechnique.isEmpty()
                          && (result.unit == QLatin1String("x")
                              || (result.unit != QLatin1String("%") && low > 0 && high / low > 100));
        QStringList order = taxonomy.leafIds();
        for (auto it = byTechnique.cbegin(); it != byTechnique.cend(); ++it) {
            if (!order.contains(it.key()))
                order.append(it.key());
        }
        for (const QString &technique : std::as_const(order)) {
            auto it = byTechnique.find(technique);
            if (it == byTechnique.end() || it->empty())
                continue;
            std::vector<int> &indices = *it;
            std::sort(indices.begin(), indices.end(), [&](int a, int b) {
                return points[a].value != points[b].value ? points[a].value < points[b].value
                                                          : points[a].paperId < points[b].paperId;
            });
            DistributionSeries series;
            series.technique = technique;
            const qsizetype n = qsizetype(indices.size());
            series.total = n;
            series.median = n % 2 ? points[indices[n / 2]].value
                                  : (points[indices[n / 2 - 1]].value + points[indices[n / 2]].value) / 2;
            const int shown = int(std::min<qsizetype>(n, kMaxShown));
            for (int k = 0; k < shown; ++k) {
                const qsizetype at = n <= kMaxShown ? k : qsizetype(double(k) * double(n - 1) / (kMaxShown - 1) + 0.5);
                series.shown.append(points[indices[std::size_t(at)]]);
            }
            result.series.append(series);
        }
        return [this, generation, result] { receive(generation, result); };
    });
}

void MetricDistributionModel::receive(quint64 generation, const Result &result)
{
    if (!m_jobs.isCurrent(generation))
        return;
    m_unit = result.unit;
    m_units = result.units;
    m_series = result.series;
    m_logScale = result.logScale;
    m_loaded = true;
    Q_EMIT updated();
}

} // namespace lectern
