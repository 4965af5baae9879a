#pragma once

#include "domain/paper.h"

#include <QString>

namespace lectern {

// What an export is of, for formats that print a heading or comment ("Reading list: Quantization").
struct ExportContext {
    QString title; // the reading list's name, the filter text, or empty for a selection
};

// One subclass per output format. Writers are stateless and thread-safe. An export is
// begin(context) + entry(paper, 0) + entry(paper, 1) + … + end(count), concatenated and written as UTF-8, so
// a large export streams paper by paper and the preview shows the first few papers with the same code.
class ExportFormat
{
public:
    virtual ~ExportFormat() = default;

    // Stable identifier used by lectern-cli export --format: "bibtex", "biblatex", "ris", "csljson", "csv",
    // "markdown".
    virtual QString id() const = 0;
    // Human-readable, translatable name, e.g. "BibTeX".
    virtual QString displayName() const = 0;
    // File name suffix without the dot: "bib", "ris", "json", "csv", "md".
    virtual QString fileSuffix() const = 0;
    // The definition that colours the output ("BibTeX", "JSON", "Markdown", "CSV", "RIS"): KDE Syntax
    // Highlighting's, or the built-in highlighter's rules where the library has none (RIS) or is missing.
    virtual QString highlightingDefinition() const = 0;

    virtual QString begin(const ExportContext &context) const
    {
        Q_UNUSED(context);
        return {};
    }
    // The paper's entry; `index` is its 0-based place in the export (JSON puts a comma before all but the first).
    virtual QString entry(const Paper &paper, qsizetype index) const = 0;
    virtual QString end(qsizetype count) const
    {
        Q_UNUSED(count);
        return {};
    }
};

} // namespace lectern
