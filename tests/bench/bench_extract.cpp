// Extraction throughput: reads a listing of "title\nabstract\n" pairs (gen_corpus.py --format listing) and runs the
// Extractor over every abstract, first on one thread, then on two std::threads sharing one Extractor.
//
//   python3 ../shared/tools/gen_corpus.py --count 100000 --format listing > /tmp/listing.txt
//   bench_extract /tmp/listing.txt [threads=2]

#include "extract/extractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace lectern;

namespace {

struct Totals {
    qint64 techniques = 0;
    qint64 metrics = 0;
};

Totals run(const Extractor &extractor, const std::vector<Paper> &papers, std::size_t from, std::size_t step)
{
    Totals totals;
    for (std::size_t i = from; i < papers.size(); i += step) {
        Paper paper;
        paper.title = papers[i].title;
        paper.abstract = papers[i].abstract;
        extractor.extract(paper);
        totals.techniques += paper.techniques.size();
        totals.metrics += paper.metrics.size();
    }
    return totals;
}

void report(const char *label, qint64 nanoseconds, std::size_t count, const Totals &totals)
{
    const double seconds = double(nanoseconds) / 1e9;
    std::printf("%-12s %8.3f s  %10.0f abstracts/s  %6.2f us/abstract  (%lld techniques, %lld metrics)\n", label,
                seconds, double(count) / seconds, seconds * 1e6 / double(count),
                static_cast<long long>(totals.techniques), static_cast<long long>(totals.metrics));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_extract LISTING.txt [threads]\n");
        return 2;
    }
    const int threads = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 2;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    std::vector<Paper> papers;
    QTextStream in(&file);
    while (!in.atEnd()) {
        Paper paper;
        paper.title = in.readLine();
        if (in.atEnd())
            break;
        paper.abstract = in.readLine();
        papers.push_back(std::move(paper));
    }
    std::printf("%zu abstracts from %s\n", papers.size(), qPrintable(args.at(1)));
    if (papers.empty())
        return 1;

    QElapsedTimer timer;
    timer.start();
    const Extractor extractor;
    std::printf("%-12s %8.3f ms\n", "setup", double(timer.nsecsElapsed()) / 1e6);
    run(extractor, papers, 0, 50); // warm-up

    timer.restart();
    const Totals single = run(extractor, papers, 0, 1);
    report("1 thread", timer.nsecsElapsed(), papers.size(), single);

    timer.restart();
    std::vector<Totals> partial(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(
            [&, t] { partial[std::size_t(t)] = run(extractor, papers, std::size_t(t), std::size_t(threads)); });
    for (std::thread &w : workers)
        w.join();
    Totals multi;
    for (const Totals &p : partial) {
        multi.techniques += p.techniques;
        multi.metrics += p.metrics;
    }
    char label[32];
    std::snprintf(label, sizeof label, "%d threads", threads);
    report(label, timer.nsecsElapsed(), papers.size(), multi);
    if (multi.techniques != single.techniques || multi.metrics != single.metrics) {
        std::fprintf(stderr, "threaded results differ from the single-threaded run\n");
        return 1;
    }
    return 0;
}
