#include "export/csvexporter.h"

#include "domain/metricformat.h"

#include <QCoreApplication>

#include <set>

namespace lectern {

namespace {

// RFC 4180 ends records with CRLF, and Excel and Python's csv module write it; readers accept LF as well. Line
// breaks inside a quoted abstract stay LF, as Excel writes them.
constexpr QLatin1String kRecordEnd("\r\n");

QString joinedCells(const QStringList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += CsvExporter::cell(values[i]);
    }
    return line + kRecordEnd;
}

QString techniqueList(const Paper &paper)
{
    std::set<QString> ids;
    for (const TechniqueFact &t : paper.techniques)
        ids.insert(t.id);
    return QStringList(ids.begin(), ids.end()).join(QStringLiteral("; "));
}

} // namespace

QString CsvExporter::id() const
{
    return QStringLiteral("csv");
}

QString CsvExporter::displayName() const
{
    return QCoreApplication::translate("lectern::CsvExporter", "CSV");
}

QString CsvExporter::fileSuffix() const
{
    return QStringLiteral("csv");
}

QString CsvExporter::highlightingDefinition() const
{
    // KDE Syntax Highlighting's CSV definition where the library has one, else Lectern's own rules.
    return QStringLiteral("CSV");
}

QString CsvExporter::cell(const QString &value)
{
    QString text = value;
    // A cell that starts with = + - @ (or a tab or CR, which some spreadsheets skip before them) runs as a
    // formula when the file is opened in Excel or LibreOffice: an imported title "=HYPERLINK(…)" would become a
    // live link. The apostrophe makes it text (OWASP's CSV injection advice). CsvParser keeps a leading
    // apostrophe, because a value may really start with one, so such a value comes back with it; every other
    // value round-trips unchanged.
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                       || text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\t'))
                       || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvExporter::begin(const ExportContext &context) const
{
    Q_UNUSED(context); // CSV has no place for a title
    // The byte order mark tells Excel the file is UTF-8 (it assumes the ANSI code page otherwise); Zotero's CSV
    // export writes one too. CsvParser and most readers skip it.
    return QChar(0xFEFF)
           + joinedCells({QStringLiteral("Key"),        QStringLiteral("Type"),           QStringLiteral("Title"),
                          QStringLiteral("Authors"),    QStringLiteral("Editors"),        QStringLiteral("Year"),
                          QStringLiteral("Date"),       QStringLiteral("Venue"),          QStringLiteral("Volume"),
                          QStringLiteral("Issue"),      QStringLiteral("Pages"),          QStringLiteral("Publisher"),
                          QStringLiteral("DOI"),        QStringLiteral("arXiv"),          QStringLiteral("URL"),
                          QStringLiteral("Tags"),       QStringLiteral("Abstract"),       QStringLiteral("Comment"),
                          QStringLiteral("Techniques"), QStringLiteral("Headline metric")});
}

QString CsvExporter::entry(const Paper &paper, qsizetype index) const
{
    Q_UNUSED(index);
    const MetricFact *headline = headlineMetric(paper);
    // Names are display names separated by "; " (a name never holds a semicolon, while "Family, Given" names and
    // organisations hold commas). A paper built by hand has no citation key: its Key cell is empty, which is still
    // a valid row.
    return joinedCells({paper.citationKey,
                        paper.type,
                        paper.title,
                        paper.authors.join(QStringLiteral("; ")),
                        paper.editors.join(QStringLiteral("; ")),
                        paper.year ? QString::number(*paper.year) : QString(),
                        paper.date,
                        paper.venue,
                        paper.volume,
                        paper.issue,
                        paper.pages,
                        paper.publisher,
                        paper.doi,
                        paper.arxivId,
                        paper.url,
                        paper.tags.join(QStringLiteral("; ")),
                        paper.abstract,
                        paper.comment,
                        techniqueList(paper),
                        headline ? formatMetric(*headline) : QString()});
}

} // namespace lectern
