#pragma once

#include "export/exportformat.h"

namespace lectern {

// Comma-separated values for spreadsheets: a header line, then one line per paper (RFC 4180 quoting, CRLF line
// ends, UTF-8 with a byte order mark so that Excel reads the names right). CsvParser reads it back.
class CsvExporter final : public ExportFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString fileSuffix() const override;
    QString highlightingDefinition() const override;

    QString begin(const ExportContext &context) const override;
    QString entry(const Paper &paper, qsizetype index) const override;

    // One cell as this exporter writes it: quoted when it holds a delimiter, quote or line break, and a value
    // that a spreadsheet would run as a formula gets a leading apostrophe.
    static QString cell(const QString &value);
};

} // namespace lectern
