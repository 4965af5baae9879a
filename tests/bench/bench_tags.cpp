// The side panel with a large tag tree: builds a temporary library of TAGS tags (ten trees ten levels deep, a
// tag with 1,000 children of 20 each, and a flat tag with the rest) and PAPERS papers with three tags each, then
// prints, over RUNS runs each (median and maximum), the time the panel's model takes from being asked until
// the rows are in it: the top level with counts, a level of 1,000 children with counts (all five pages), and a
// refresh of what is loaded.
//
//   bench_tags [TAGS [PAPERS [RUNS]]]      defaults: 100000 100000 5
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/sidebarmodel.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lectern;

namespace {

QStringList treeOfTags(int total)
{
    QStringList tags;
    const int branching[] = {3, 2, 3, 2, 3, 2, 3, 2, 3};
    for (int root = 0; root < 10; ++root) {
        QStringList level = {QStringLiteral("deep%1").arg(root)};
        tags.append(level);
        for (int depth = 0; depth < 9; ++depth) {
            QStringList next;
            for (const QString &parent : std::as_const(level)) {
                for (int c = 0; c < branching[depth]; ++c)
                    next.append(parent + QStringLiteral("/n%1").arg(c));
            }
            tags.append(next);
            level = next;
        }
    }
    tags.append(QStringLiteral("wide"));
    for (int i = 0; i < 1000; ++i) {
        const QString child = QStringLiteral("wide/w%1").arg(i, 4, 10, QLatin1Char('0'));
        tags.append(child);
        for (int j = 0; j < 20; ++j)
            tags.append(child + QStringLiteral("/x%1").arg(j, 2, 10, QLatin1Char('0')));
    }
    tags.append(QStringLiteral("flat"));
    for (int i = 0; tags.size() < total; ++i)
        tags.append(QStringLiteral("flat/f%1").arg(i, 6, 10, QLatin1Char('0')));
    return tags;
}

void buildLibrary(const QString &path, const QStringList &tags, int papers)
{
    Library library(path);
    Transaction transaction(library.db());
    // Parents come before their children in `tags`, so each tag's parent id is known when it is written.
    Statement insertTag(library.db(), "INSERT INTO tag(name, parent_id) VALUES (?, ?)");
    QHash<QString, qint64> ids;
    for (const QString &name : tags) {
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        insertTag.bind(1, name);
        if (slash > 0)
            insertTag.bind(2, ids.value(name.left(slash)));
        else
            insertTag.bindNull(2);
        insertTag.run();
        insertTag.reset();
        ids.insert(name, library.db().lastInsertRowId());
    }
    PaperStore store(library.db(), Taxonomy::builtIn());
    quint32 state = 2024;
    auto pick = [&] {
        state = state * 1664525u + 1013904223u;
        return tags[qsizetype((state >> 8) % quint32(tags.size()))];
    };
    for (int i = 0; i < papers; ++i) {
        Paper paper;
        paper.title = QStringLiteral("Benchmark paper %1").arg(i);
        paper.abstract = QStringLiteral("We study tag trees, case %1.").arg(i);
        paper.year = 1990 + i % 35;
        paper.tags = {pick(), pick(), pick()};
        store.insert(paper, paperKeys(paper));
    }
    store.flush();
    transaction.commit();
}

// Milliseconds from `ask` until the model has delivered everything it was asked for.
double timeUntilLoaded(SidebarModel &model, const std::function<void()> &ask)
{
    QEventLoop loop;
    const QMetaObject::Connection done = QObject::connect(&model, &SidebarModel::loaded, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    ask();
    if (model.isLoading())
        loop.exec();
    QObject::disconnect(done);
    return timer.nsecsElapsed() / 1e6;
}

void report(const char *what, QList<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("tags: %-42s median %7.1f ms, max %7.1f ms\n", what, times[times.size() / 2], times.last());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tagCount = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 100000;
    const int paperCount = argc > 2 ? std::max(1, std::atoi(argv[2])) : 100000;
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tags.sqlite"));
    const QStringList tags = treeOfTags(tagCount);
    QElapsedTimer build;
    build.start();
    buildLibrary(path, tags, paperCount);
    std::printf("tags: library of %lld tags and %d papers (3 tags each) built in %.1f s\n",
                static_cast<long long>(tags.size()), paperCount, build.nsecsElapsed() / 1e9);

    ReaderThread reader(path);
    QList<double> top, firstPage, wideLevel, refresh;
    for (int run = 0; run < runs; ++run) {
        SidebarModel model(&reader);
        timeUntilLoaded(model, [] {}); // the lists and searches a new model reads, and the connection's warm-up
        const QModelIndex section = model.sectionIndex(SidebarModel::TagsSection);
        top.append(timeUntilLoaded(model, [&] { model.fetchMore(section); }));
        const QModelIndex wide = model.tagIndex(QStringLiteral("wide"));
        if (!wide.isValid()) {
            std::fprintf(stderr, "the top level has no tag 'wide'\n");
            return 1;
        }
        firstPage.append(timeUntilLoaded(model, [&] { model.fetchMore(wide); }));
        double all = firstPage.last();
        while (model.canFetchMore(wide))
            all += timeUntilLoaded(model, [&] { model.fetchMore(wide); });
        wideLevel.append(all);
        if (model.rowCount(wide) != 1000) {
            std::fprintf(stderr, "'wide' shows %d children instead of 1000\n", model.rowCount(wide));
            return 1;
        }
        refresh.append(timeUntilLoaded(model, [&] { model.refresh(); }));
    }
    report("top level with counts:", top);
    report("expand 1,000 children, first page:", firstPage);
    report("expand 1,000 children, all pages:", wideLevel);
    report("refresh (top level + 1,000 children):", refresh);
    return 0;
}
