#include "import/formatregistry.h"

#include "import/abstractlinesparser.h"
#include "import/arxivatomparser.h"
#include "import/arxivjsonlparser.h"
#include "import/arxivlistingparser.h"
#include "import/bibtexparser.h"
#include "import/csljsonparser.h"
#include "import/csvparser.h"
#include "import/dailypapersparser.h"
#include "import/listinglines.h"
#include "import/markdownlistparser.h"
#include "import/medlineparser.h"
#include "import/risparser.h"
#include "import/titleabstractparser.h"

namespace lectern {

namespace {

// Below this no parser is trusted to have recognised the file; the user picks the format instead.
constexpr int kRecognitionThreshold = 50;

} // namespace

FormatRegistry::FormatRegistry()
{
    // Order breaks ties: the more specific shapes first. Structured formats announce themselves (a BibTeX
    // entry, an RIS tag, JSON, XML, a CSV header); plain listings are what is left.
    m_parsers.push_back(std::make_unique<BibtexParser>());
    m_parsers.push_back(std::make_unique<RisParser>());
    m_parsers.push_back(std::make_unique<MedlineParser>());
    m_parsers.push_back(std::make_unique<CslJsonParser>());
    m_parsers.push_back(std::make_unique<ArxivJsonlParser>());
    m_parsers.push_back(std::make_unique<ArxivAtomParser>());
    m_parsers.push_back(std::make_unique<CsvParser>());
    m_parsers.push_back(std::make_unique<MarkdownListParser>());
    m_parsers.push_back(std::make_unique<ArxivListingParser>());
    m_parsers.push_back(std::make_unique<AbstractLinesParser>());
    m_parsers.push_back(std::make_unique<DailyPapersParser>());
    m_parsers.push_back(std::make_unique<TitleAbstractParser>());
}

FormatRegistry::~FormatRegistry() = default;

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

const FormatParser *FormatRegistry::detect(QStringView text) const
{
    const QStringView head = listing::detectionWindow(text);
    const FormatParser *best = nullptr;
    int bestConfidence = kRecognitionThreshold - 1;
    for (const auto &parser : m_parsers) {
        const int confidence = parser->confidence(head);
        if (confidence > bestConfidence) {
            best = parser.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

const FormatParser *FormatRegistry::byId(const QString &id) const
{
    for (const auto &parser : m_parsers) {
        if (parser->id() == id)
            return parser.get();
    }
    return nullptr;
}

QStringList FormatRegistry::ids() const
{
    QStringList result;
    for (const auto &parser : m_parsers)
        result.append(parser->id());
    return result;
}

} // namespace lectern
