#pragma once

#include "domain/paper.h"
#include "extract/taxonomy.h"

#include <memory>

namespace lectern {

class TechniqueTagger;
class MetricExtractor;

// Techniques and metrics of one paper. Thread-safe: one Extractor may serve several threads at once.
class Extractor
{
public:
    explicit Extractor(const Taxonomy &taxonomy = Taxonomy::builtIn());
    ~Extractor();
    Extractor(const Extractor &) = delete;
    Extractor &operator=(const Extractor &) = delete;

    // Fills paper.techniques and paper.metrics (offsets in code points into paper.abstract).
    void extract(Paper &paper) const;
    QList<TechniqueFact> techniques(const QString &title, const QString &abstract) const;
    QList<MetricFact> metrics(const QString &abstract) const;

    const Taxonomy &taxonomy() const { return m_taxonomy; }

private:
    Taxonomy m_taxonomy;
    std::unique_ptr<TechniqueTagger> m_tagger;
    std::unique_ptr<MetricExtractor> m_metrics;
};

} // namespace lectern
