#include "import/reextraction.h"

#include "extract/extractor.h"
#include "store/database.h"
#include "store/facets.h"
#include "store/librarytaxonomy.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace lectern {

namespace {

class Cancelled
{};

struct Item {
    qint64 id = 0;
    qint64 sortKey = 0;
    Paper paper; // title, abstract and year as stored; techniques and metrics as newly extracted
};

bool sameTechniques(QList<TechniqueFact> a, QList<TechniqueFact> b)
{
    const auto byId = [](const TechniqueFact &x, const TechniqueFact &y) { return x.id < y.id; };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    return a == b;
}

} // namespace

QString ReextractionReport::toText() const
{
    if (failed)
        return cancelled ? QCoreApplication::translate("lectern::Reextraction",
                                                       "Re-extraction cancelled; the library is unchanged.")
                         : QCoreApplication::translate("lectern::Reextraction",
                                                       "Re-extraction failed; the library is unchanged: %1")
                               .arg(error);
    return QCoreApplication::translate("lectern::Reextraction",
                                       "Re-extracted %1 papers in %2 s: techniques changed in %3, metrics in %4.")
        .arg(papers)
        .arg(double(milliseconds) / 1000.0, 0, 'f', 1)
        .arg(techniquesChanged)
        .arg(metricsChanged);
}

Reextraction::Reextraction(Database &db)
    : m_db(db)
{
}

void Reextraction::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

void Reextraction::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

void Reextraction::setThreads(int threads)
{
    m_threads = threads;
}

ReextractionReport Reextraction::run(Scope scope, const std::optional<Taxonomy> &newTaxonomy)
{
    ReextractionReport report;
    QElapsedTimer timer;
    timer.start();
    const bool everything = scope == Scope::Everything;
    const int threads = std::clamp(m_threads > 0 ? m_threads : QThread::idealThreadCount(), 1, 16);
    try {
        Transaction transaction(m_db);
        if (newTaxonomy)
            storeLibraryTaxonomy(m_db, *newTaxonomy);
        const Taxonomy taxonomy = newTaxonomy ? *newTaxonomy : libraryTaxonomy(m_db);
        const Extractor extractor(taxonomy);
        PaperStore store(m_db, taxonomy);
        FacetWriter &facets = store.facets();
        facets.beginRecount();

        qint64 total = 0;
        {
            Statement count(m_db, "SELECT count(*) FROM paper");
            total = count.next() ? count.int64(0) : 0;
        }
        Statement batch(m_db, "SELECT id, sort_key, year, title, abstract FROM paper WHERE id > ? ORDER BY id LIMIT ?");
        Statement oldTechniques(m_db, "SELECT technique, start, end FROM technique_fact WHERE paper_id = ?");
        Statement oldMetrics(m_db, "SELECT kind, value, unit, direction, text, start, end FROM metric_fact "
                                   "WHERE paper_id = ? ORDER BY id");
        const auto readTechniques = [&](qint64 id) {
            QList<TechniqueFact> list;
            oldTechniques.bind(1, id);
            while (oldTechniques.next())
                list.append({oldTechniques.text(0), oldTechniques.int64(1), oldTechniques.int64(2)});
            oldTechniques.reset();
            return list;
        };
        const auto readMetrics = [&](qint64 id) {
            QList<MetricFact> list;
            oldMetrics.bind(1, id);
            while (oldMetrics.next())
                list.append({oldMetrics.text(0), oldMetrics.real(1), oldMetrics.text(2), oldMetrics.text(3),
                             oldMetrics.text(4), oldMetrics.int64(5), oldMetrics.int64(6)});
            oldMetrics.reset();
            return list;
        };

        constexpr int kBatch = 2048;
        std::vector<Item> items;
        items.reserve(kBatch);
        qint64 lastId = 0;
        for (;;) {
            if (m_cancel && m_cancel->load())
                throw Cancelled();
            items.clear();
            batch.bind(1, lastId).bind(2, kBatch);
            while (batch.next()) {
                Item item;
                item.id = item.paper.id = batch.int64(0);
                item.sortKey = batch.int64(1);
                item.paper.year = batch.optionalInt(2);
                item.paper.title = batch.text(3);
                item.paper.abstract = batch.text(4);
                items.push_back(std::move(item));
            }
            batch.reset();
            if (items.empty())
                break;
            lastId = items.back().id;

            // Extraction is the costly part: spread the batch over the threads, this one included.
            const auto extractRange = [&](std::size_t from, std::size_t step) {
                for (std::size_t i = from; i < items.size(); i += step) {
                    Paper &paper = items[i].paper;
                    paper.techniques = extractor.techniques(paper.title, paper.abstract);
                    if (everything)
                        paper.metrics = extractor.metrics(paper.abstract);
                }
            };
            std::vector<std::thread> helpers;
            for (int t = 1; t < threads; ++t)
                helpers.emplace_back(extractRange, std::size_t(t), std::size_t(threads));
            extractRange(0, std::size_t(threads));
            for (std::thread &helper : helpers)
                helper.join();

            for (Item &item : items) {
                const std::optional<PaperFacet> oldFacet = facets.stored(item.sortKey);
                if (!sameTechniques(readTechniques(item.id), item.paper.techniques)) {
                    store.replaceTechniques(item.id, item.paper.techniques);
                    ++report.techniquesChanged;
                }
                PaperFacet facet;
                facet.paperId = item.id;
                facet.year = item.paper.year;
                QStringList leaves;
                for (const TechniqueFact &t : std::as_const(item.paper.techniques))
                    leaves.append(t.id);
                facet.techniques = facets.techniqueCodes(leaves);
                bool metricsWritten = false;
                if (everything) {
                    if (readMetrics(item.id) != item.paper.metrics) {
                        store.replaceMetrics(item.id, item.paper.metrics, facet.techniques);
                        metricsWritten = true;
                        ++report.metricsChanged;
                    }
                    facet.kinds = facets.facetOf(item.paper).kinds;
                } else {
                    facet.kinds = oldFacet ? oldFacet->kinds : facets.facetOf(item.paper).kinds;
                }
                // The metric rows repeat the paper's techniques with their groups (for the distribution view).
                if (!metricsWritten && (!oldFacet || oldFacet->techniques != facet.techniques))
                    store.setMetricTechniques(item.id, facet.techniques);
                if (oldFacet == facet)
                    facets.recount(facet);
                else
                    facets.write(item.sortKey, facet);
            }
            report.papers += qint64(items.size());
            if (m_progress)
                m_progress(report.papers, std::max(total, report.papers));
        }
        store.flush();
        transaction.commit();
    } catch (const Cancelled &) {
        report = {};
        report.failed = report.cancelled = true;
        report.error = QCoreApplication::translate("lectern::Reextraction", "cancelled");
    } catch (const DatabaseError &e) {
        report = {};
        report.failed = true;
        report.error = e.message();
    }
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace lectern
