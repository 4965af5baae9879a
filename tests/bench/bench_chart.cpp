// Times what the chart reads for a filter, on one reader connection as the window's chart reader does:
//  - the facet counts behind the matrix and trend views (QueryRunner::facetCounts), and
//  - the values behind the distribution view (QueryRunner::metricUnits + metricPoints for one kind and unit),
// for the whole library and for every filter state of a typing replay (../shared/eval/typing.txt) plus broad
// queries. Filters are grouped by how many papers they match: the goal is under 100 ms for the whole library
// and filters matching up to 100,000 papers, and under 1 s beyond.
//
//   bench_chart LIBRARY TYPING.txt
#include "extract/taxonomy.h"
#include "itemmodels/metricdistributionmodel.h"
#include "itemmodels/readerthread.h"
#include "query/query.h"
#include "query/queryrunner.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "typingstates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>

using namespace lectern;

namespace {

struct Sample {
    QString filter;
    qint64 matches = 0;
    double facetsMs = 0;
    double distributionMs = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void printGroup(const char *label, const std::vector<Sample> &samples, double goalMs)
{
    std::vector<double> facets, distribution;
    qint64 most = 0;
    for (const Sample &s : samples) {
        facets.push_back(s.facetsMs);
        distribution.push_back(s.distributionMs);
        most = std::max(most, s.matches);
    }
    if (samples.empty()) {
        std::printf("%-28s no filters\n", label);
        return;
    }
    std::printf("%-28s %4zu filters (up to %7lld matches)  matrix/trend: median %6.1f  p95 %6.1f  max %6.1f ms | "
                "distribution: median %6.1f  p95 %6.1f  max %6.1f ms  (goal %.0f ms)\n",
                label, samples.size(), static_cast<long long>(most), percentile(facets, 0.5), percentile(facets, 0.95),
                percentile(facets, 1.0), percentile(distribution, 0.5), percentile(distribution, 0.95),
                percentile(distribution, 1.0), goalMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s LIBRARY TYPING.txt\n", argv[0]);
        return 2;
    }
    const std::optional<QStringList> typed = readTypingStates(QString::fromLocal8Bit(argv[2]));
    if (!typed) {
        std::fprintf(stderr, "%s: cannot read\n", argv[2]);
        return 1;
    }
    QStringList filters;
    for (const QString &state : *typed) {
        if (!state.trimmed().isEmpty()) // the cleared filter is the whole library, timed on its own
            filters.append(state);
    }
    // Broad filters beyond typing: a field, a technique group, years, and their combinations.
    filters += {QStringLiteral("technique:compression"),
                QStringLiteral("technique:quantization"),
                QStringLiteral("metric:speedup"),
                QStringLiteral("year>=2023"),
                QStringLiteral("year:2020..2022"),
                QStringLiteral("model"),
                QStringLiteral("language model"),
                QStringLiteral("-model"),
                QStringLiteral("technique:pruning year>=2022"),
                QStringLiteral("efficient OR fast")};
    filters.removeDuplicates();

    Library library(QString::fromLocal8Bit(argv[1]), Library::Access::Read);
    const Taxonomy taxonomy = libraryTaxonomy(library.db());
    QueryRunner runner(library.db(), taxonomy);
    const qint64 total = runner.count(Query());

    // The distribution view's default: speedups, in their usual unit.
    const auto timeOne = [&](const Query &query, Sample &sample) {
        QElapsedTimer timer;
        timer.start();
        const QList<FacetCount> counts = runner.facetCounts(query);
        sample.facetsMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        runner.metricPoints(query, QStringLiteral("speedup"), QStringLiteral("x"));
        sample.distributionMs = double(timer.nsecsElapsed()) / 1e6;
        return counts.size();
    };

    std::printf("library: %s, %lld papers\n", argv[1], static_cast<long long>(total));
    Sample whole;
    timeOne(Query(), whole); // warm the cache once, as a window that has shown the library has
    const qsizetype cells = timeOne(Query(), whole);
    std::printf("whole library: matrix/trend %.1f ms (%lld counts), distribution of speedups %.1f ms (goal 100 ms)\n",
                whole.facetsMs, static_cast<long long>(cells), whole.distributionMs);

    {
        // What the distribution view waits for on the whole library: the query above plus grouping the values
        // by technique, medians and sampling, as the window's model does them on the chart's reader thread.
        ReaderThread reader(QString::fromLocal8Bit(argv[1]));
        MetricDistributionModel model(&reader, taxonomy);
        QEventLoop loop;
        QObject::connect(&model, &MetricDistributionModel::updated, &loop, &QEventLoop::quit);
        std::vector<double> times;
        for (int i = 0; i < 4; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.refresh();
            loop.exec();
            if (i > 0) // the first run warms the reader's connection
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf(
            "whole library: distribution view end to end (model; %lld points over all techniques, %s in %s): median "
            "%.1f ms\n",
            static_cast<long long>(std::accumulate(model.series().cbegin(), model.series().cend(), qint64(0),
                                                   [](qint64 n, const DistributionSeries &d) { return n + d.total; })),
            qPrintable(model.kind()), qPrintable(model.unit()), percentile(times, 0.5));
    }

    std::vector<Sample> upTo100k, beyond;
    for (const QString &filter : std::as_const(filters)) {
        const Query query = Query::parse(filter, {true});
        if (!query.isValid() || query.isEmpty())
            continue;
        Sample sample;
        sample.filter = filter;
        sample.matches = runner.count(query);
        timeOne(query, sample);
        (sample.matches <= 100000 ? upTo100k : beyond).push_back(sample);
    }
    printGroup("filters matching <= 100k", upTo100k, 100);
    printGroup("filters matching > 100k", beyond, 1000);
    for (auto *group : {&upTo100k, &beyond}) {
        std::sort(group->begin(), group->end(), [](const Sample &a, const Sample &b) {
            return a.facetsMs + a.distributionMs > b.facetsMs + b.distributionMs;
        });
        std::printf("slowest filters matching %s 100k:\n", group == &upTo100k ? "<=" : ">");
        for (std::size_t i = 0; i < std::min<std::size_t>(4, group->size()); ++i) {
            const Sample &s = (*group)[i];
            std::printf("  %-30s %8lld matches  matrix/trend %7.1f ms  distribution %7.1f ms\n", qPrintable(s.filter),
                        static_cast<long long>(s.matches), s.facetsMs, s.distributionMs);
        }
    }
    return 0;
}
