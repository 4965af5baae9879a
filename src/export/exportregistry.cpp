#include "export/exportregistry.h"

#include "export/bibtexexporter.h"
#include "export/csljsonexporter.h"
#include "export/csvexporter.h"
#include "export/markdownexporter.h"
#include "export/risexporter.h"

#include <QStringList>

namespace lectern {

ExportRegistry::ExportRegistry()
{
    m_formats.push_back(std::make_unique<BibtexExporter>(BibtexExporter::Dialect::BibTeX));
    m_formats.push_back(std::make_unique<BibtexExporter>(BibtexExporter::Dialect::BibLaTeX));
    m_formats.push_back(std::make_unique<RisExporter>());
    m_formats.push_back(std::make_unique<CslJsonExporter>());
    m_formats.push_back(std::make_unique<CsvExporter>());
    m_formats.push_back(std::make_unique<MarkdownExporter>());
}

ExportRegistry::~ExportRegistry() = default;

const ExportRegistry &ExportRegistry::instance()
{
    static const ExportRegistry registry;
    return registry;
}

const ExportFormat *ExportRegistry::byId(const QString &id) const
{
    for (const auto &format : m_formats) {
        if (format->id() == id)
            return format.get();
    }
    return nullptr;
}

QStringList ExportRegistry::ids() const
{
    QStringList result;
    for (const auto &format : m_formats)
        result.append(format->id());
    return result;
}

} // namespace lectern
