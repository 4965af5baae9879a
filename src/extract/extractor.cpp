#include "extract/extractor.h"

#include "extract/metricextractor.h"
#include "extract/techniquetagger.h"
#include "extract/textscan.h"

namespace lectern {

namespace {

// One token buffer per thread, reused across abstracts so that extraction does not allocate per token.
textscan::Tokens &tokenBuffer(QStringView abstract)
{
    thread_local textscan::Tokens tokens;
    textscan::tokenize(abstract, tokens);
    return tokens;
}

} // namespace

Extractor::Extractor(const Taxonomy &taxonomy)
    : m_taxonomy(taxonomy)
    , m_tagger(std::make_unique<TechniqueTagger>(m_taxonomy))
    , m_metrics(std::make_unique<MetricExtractor>())
{
}

Extractor::~Extractor() = default;

void Extractor::extract(Paper &paper) const
{
    const textscan::Tokens &tokens = tokenBuffer(paper.abstract);
    paper.techniques = m_tagger->tag(paper.title, paper.abstract, tokens);
    paper.metrics = m_metrics->extract(paper.abstract, tokens);
}

QList<TechniqueFact> Extractor::techniques(const QString &title, const QString &abstract) const
{
    return m_tagger->tag(title, abstract, tokenBuffer(abstract));
}

QList<MetricFact> Extractor::metrics(const QString &abstract) const
{
    return m_metrics->extract(abstract, tokenBuffer(abstract));
}

} // namespace lectern
