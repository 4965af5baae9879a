#include "import/reextraction.h"

#include "extract/extractor.h"
#include "store/database.h"
#include "store/facets.h"
#include "store/factreader.h"
#include "store/librarytaxonomy.h"
#include "store/paperstore.h"
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

        FactReader reader(m_db);
        const qint64 total = reader.paperCount();
        constexpr int kBatch = 2048;
        QList<StoredText> items;
        qint64 lastId = 0;
        for (;;) {
            if (m_cancel && m_cancel->load())
                throw Cancelled();
            items = reader.papersAfter(lastId, kBatch);
            if (items.isEmpty())
                break;
            lastId = items.back().paper.id;

            // Extraction is the costly part: spread the batch over the threads, this one included. They share
            // the items through a plain pointer (data() detaches once, here, not in each thread).
            StoredText *const data = items.data();
            const qsizetype count = items.size();
            const auto extractRange = [&](qsizetype from, qsizetype step) {
                for (qsizetype i = from; i < count; i += step) {
                    Paper &paper = data[i].paper;
                    paper.techniques = extractor.techniques(paper.title, paper.abstract);
                    if (everything)
                        paper.metrics = extractor.metrics(paper.abstract);
                }
            };
            std::vector<std::thread> helpers;
            for (int t = 1; t < threads; ++t)
                helpers.emplace_back(extractRange, qsizetype(t), qsizetype(threads));
            extractRange(0, qsizetype(threads));
            for (std::thread &helper : helpers)
                helper.join();

            for (StoredText &item : items) {
                const std::optional<PaperFacet> oldFacet = facets.stored(item.sortKey);
                if (!sameTechniques(reader.techniques(item.paper.id), item.paper.techniques)) {
                    store.replaceTechniques(item.paper.id, item.paper.techniques);
                    ++report.techniquesChanged;
                }
                PaperFacet facet;
                facet.paperId = item.paper.id;
                facet.year = item.paper.year;
                QStringList leaves;
                for (const TechniqueFact &t : std::as_const(item.paper.techniques))
                    leaves.append(t.id);
                facet.techniques = facets.techniqueCodes(leaves);
                bool metricsWritten = false;
                if (everything) {
                    if (reader.metrics(item.paper.id) != item.paper.metrics) {
                        store.replaceMetrics(item.paper.id, item.paper.metrics, facet.techniques);
                        metricsWritten = true;
                        ++report.metricsChanged;
                    }
                    facet.kinds = facets.facetOf(item.paper).kinds;
                } else {
                    facet.kinds = oldFacet ? oldFacet->kinds : facets.facetOf(item.paper).kinds;
                }
                // The metric rows repeat the paper's techniques with their groups (for the distribution view).
                if (!metricsWritten && (!oldFacet || oldFacet->techniques != facet.techniques))
                    store.setMetricTechniques(item.paper.id, facet.techniques);
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
