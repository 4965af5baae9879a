// Replays what a user types into the filter (../shared/eval/typing.txt: one filter state per line) against a
// library, through the same model the window uses, and prints the time from setting the filter to the first
// page of rows in the default sort: median, 95th percentile and maximum, and the process's peak memory.
//
//   bench_filter LIBRARY TYPING.txt
#include "extract/taxonomy.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/readerthread.h"
#include "query/query.h"
#include "typingstates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace lectern;

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
    const QStringList states = *typed;

    ReaderThread reader(QString::fromLocal8Bit(argv[1]));
    PaperTableModel model(&reader, Taxonomy::builtIn());
    QEventLoop loop;
    QObject::connect(&model, &PaperTableModel::firstPageLoaded, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    // Warm up: the first query opens the connection and reads the schema.
    model.setQuery(Query());
    loop.exec();

    QList<double> times;
    QList<std::pair<double, QString>> slowest;
    int rows = 0;
    for (const QString &state : std::as_const(states)) {
        QElapsedTimer timer;
        timer.start();
        model.setQuery(Query::parse(state, {.asYouType = true}));
        timeout.start(60000);
        loop.exec();
        times.append(timer.nsecsElapsed() / 1e6);
        slowest.append({times.last(), state});
        rows += model.rowCount() > 0 ? 1 : 0;
    }
    std::sort(times.begin(), times.end());
    auto percentile = [&times](double p) {
        return times[std::min<qsizetype>(times.size() - 1, qsizetype(p * times.size()))];
    };
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("filter: %lld keystrokes, %d with rows; first page: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                static_cast<long long>(times.size()), rows, percentile(0.5), percentile(0.95), times.last());
    std::printf("filter: peak memory %.0f MB\n", usage.ru_maxrss / 1024.0);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::printf("filter: slowest:");
    for (qsizetype i = 0; i < std::min<qsizetype>(8, slowest.size()); ++i)
        std::printf(" [%s] %.0f ms%s", qPrintable(slowest[i].second), slowest[i].first, i + 1 < 8 ? "," : "\n");
    return 0;
}
