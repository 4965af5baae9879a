#pragma once

#include "export/exportformat.h"

#include <memory>
#include <vector>

namespace lectern {

// Every export format Lectern writes, in the order menus and `lectern-cli export --format` list them.
class ExportRegistry
{
public:
    ExportRegistry();
    ~ExportRegistry();

    static const ExportRegistry &instance();

    const ExportFormat *byId(const QString &id) const;
    const std::vector<std::unique_ptr<ExportFormat>> &formats() const { return m_formats; }
    // "bibtex, biblatex, ris, csljson, csv, markdown"
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<ExportFormat>> m_formats;
};

} // namespace lectern
