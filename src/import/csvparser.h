#pragma once

#include "import/formatparser.h"

#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace lectern {

// The Paper field a CSV column fills.
enum class CsvField {
    Ignore,
    Title,
    Authors,
    Editors,
    Year,
    Date,
    Abstract,
    Doi,
    Arxiv,
    Url,
    Venue,
    Type,
    Volume,
    Issue,
    Pages,
    Publisher,
    Tags,
    CitationKey,
    Comment
};

struct CsvHeader {
    QChar delimiter;
    QStringList columns;
};

// The delimiter (comma, semicolon or tab) and column names of the first line; empty columns when the text has no
// header.
CsvHeader readCsvHeader(QStringView text);
// Each column's field guessed from its name (English names and common exporters' spellings, case- and
// punctuation-insensitive: "Title", "Authors", "Author", "Publication Year", "Abstract Note", "DOI", "Item Type",
// "Manual Tags", "Keywords", "Journal", "Publication Title", "arXiv ID", "eprint", "URL", "Link", "Pages", …);
// Ignore for the rest. When several columns name the same field, the most specific name wins and the others are
// ignored ("Item Type" over "Type", "Publication Title" over "Conference Name").
QList<CsvField> guessCsvMapping(const QStringList &columns);
// Whether a mapping can make papers: it has a Title or an Abstract column.
bool mappingCanImport(const QList<CsvField> &mapping);
// Translatable display name, for the mapping dialog.
QString csvFieldName(CsvField field);
// Every field, in the order the mapping dialog lists them.
QList<CsvField> csvFields();

// Comma-, semicolon- or tab-separated values with a header line (RFC 4180 quoting), as spreadsheets, Zotero and
// paper databases export them.
class CsvParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    // Maps the columns with guessCsvMapping(); when that mapping cannot import, returns no records and one
    // file-level Error on line 1 that names the columns and says to map them.
    ParseResult parse(QStringView text) const override;
    // With a user's mapping (one entry per column of readCsvHeader(); missing entries are Ignore).
    ParseResult parse(QStringView text, const QList<CsvField> &mapping) const;
};

} // namespace lectern
