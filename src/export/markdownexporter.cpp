#include "export/markdownexporter.h"

#include "domain/metricformat.h"
#include "extract/taxonomy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace lectern {

namespace {

constexpr int kListedMetrics = 2;

// A link destination: written in <…> when it holds parentheses (DOIs such as 10.1016/S0140-6736(20)30183-5 do),
// with spaces and angle brackets percent-encoded either way.
QString linkDestination(const QString &url)
{
    QString d = url;
    d.replace(QLatin1Char(' '), QLatin1String("%20"));
    d.replace(QLatin1Char('<'), QLatin1String("%3C"));
    d.replace(QLatin1Char('>'), QLatin1String("%3E"));
    if (d.contains(QLatin1Char('(')) || d.contains(QLatin1Char(')')))
        return QLatin1Char('<') + d + QLatin1Char('>');
    return d;
}

// `text` as a code span: fenced by more backticks than it holds in a row, padded when it touches a backtick.
QString codeSpan(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = text.startsWith(u'`') || text.endsWith(u'`');
    return fence + (pad ? QStringLiteral(" ") : QString()) + text + (pad ? QStringLiteral(" ") : QString()) + fence;
}

// Whether the text after a "&" makes it an entity reference ("amp;", "#38;", "#x26;"), which renderers decode.
bool startsEntity(QStringView rest)
{
    enum class Kind { Named, Decimal, Hex };
    Kind kind = Kind::Named;
    qsizetype i = 0;
    if (rest.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)) {
        kind = Kind::Hex;
        i = 2;
    } else if (rest.startsWith(u'#')) {
        kind = Kind::Decimal;
        i = 1;
    } else if (rest.isEmpty() || !(rest.front().isLetter() && rest.front().unicode() < 128)) {
        return false;
    }
    const qsizetype start = i;
    const qsizetype maxLength = kind == Kind::Named ? 32 : kind == Kind::Decimal ? 7 : 6;
    while (i < rest.size() && i - start < maxLength && rest[i].unicode() < 128) {
        const QChar c = rest[i];
        const bool ok = kind == Kind::Hex       ? isxdigit(c.unicode()) != 0
                        : kind == Kind::Decimal ? c.isDigit()
                                                : c.isLetterOrNumber();
        if (!ok)
            break;
        ++i;
    }
    return i > start && i < rest.size() && rest[i] == u';';
}

// Every author, so that the list imports back with its authors as the other formats do; a comma inside a name
// ("Acme, Inc.") is escaped, which keeps it one name for the reader and renders unchanged.
QString authorList(const QStringList &authors)
{
    QStringList names;
    bool more = false;
    for (const QString &name : authors) {
        if (name == QLatin1String("others"))
            more = true;
        else
            names.append(MarkdownExporter::escaped(name).replace(QLatin1Char(','), QLatin1String("\\,")));
    }
    if (names.isEmpty())
        return {};
    QString list = names.join(QStringLiteral(", "));
    // Latin, and what the Markdown list reader recognises: not translated.
    if (more)
        list += QStringLiteral(" et al.");
    return list;
}

// The paper's most telling numbers, one per kind, in headline order (see headlineMetric()).
QStringList headlineNumbers(const Paper &paper)
{
    QList<const MetricFact *> metrics;
    for (const MetricFact &m : paper.metrics)
        metrics.append(&m);
    std::stable_sort(metrics.begin(), metrics.end(), [](const MetricFact *a, const MetricFact *b) {
        return metricKindRank(a->kind) < metricKindRank(b->kind);
    });
    QStringList numbers;
    QStringList kinds;
    for (const MetricFact *m : std::as_const(metrics)) {
        if (kinds.contains(m->kind))
            continue;
        kinds.append(m->kind);
        numbers.append(formatMetric(*m));
        if (numbers.size() == kListedMetrics)
            break;
    }
    return numbers;
}

QStringList techniqueNames(const Paper &paper)
{
    // The shipped taxonomy's labels; a technique a library added itself shows its id.
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    QStringList ids;
    QStringList names;
    for (const TechniqueFact &t : paper.techniques) {
        if (ids.contains(t.id))
            continue;
        ids.append(t.id);
        const QString label = taxonomy.label(t.id);
        names.append(label.isEmpty() ? t.id : label);
    }
    return names;
}

} // namespace

QString MarkdownExporter::id() const
{
    return QStringLiteral("markdown");
}

QString MarkdownExporter::displayName() const
{
    return QCoreApplication::translate("lectern::MarkdownExporter", "Markdown");
}

QString MarkdownExporter::fileSuffix() const
{
    return QStringLiteral("md");
}

QString MarkdownExporter::highlightingDefinition() const
{
    return QStringLiteral("Markdown");
}

QString MarkdownExporter::escaped(const QString &text)
{
    const QString simple = text.simplified();
    QString out;
    out.reserve(simple.size() + 8);
    // Where the text starts a line (a heading, the details line), leading digits and "." or ")" would start an
    // ordered list.
    qsizetype leadingDigits = 0;
    while (leadingDigits < simple.size() && simple[leadingDigits] >= u'0' && simple[leadingDigits] <= u'9')
        ++leadingDigits;
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar c = simple[i];
        // Only what would change the rendering is escaped, so that the list stays readable as plain text in
        // notes: inline markup and HTML everywhere, block markers at the start, "&" where it would read as an
        // entity ("&amp;"), "~~" as strikethrough. ":" and a lone "&" or "~" render as written.
        const bool special =
            QStringView(u"\\`*_[]<>").contains(c) || (i == 0 && (c == u'#' || c == u'+' || c == u'-'))
            || (i == leadingDigits && i > 0 && (c == u'.' || c == u')'))
            || (c == u'&' && startsEntity(QStringView(simple).sliced(i + 1)))
            || (c == u'~' && ((i > 0 && simple[i - 1] == u'~') || (i + 1 < simple.size() && simple[i + 1] == u'~')));
        if (special)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString MarkdownExporter::bestLink(const Paper &paper)
{
    if (!paper.doi.isEmpty())
        return QStringLiteral("https://doi.org/") + paper.doi;
    if (!paper.arxivId.isEmpty())
        return QStringLiteral("https://arxiv.org/abs/") + paper.arxivId;
    return paper.url;
}

QString MarkdownExporter::begin(const ExportContext &context) const
{
    const QString title = context.title.simplified();
    return QStringLiteral("# ")
           + (title.isEmpty() ? QCoreApplication::translate("lectern::MarkdownExporter", "Reading list")
                              : escaped(title))
           // Tells MarkdownListParser that every top-level bullet is a paper, including those without a link,
           // venue or year, which it would not take from someone else's list; invisible when rendered. Not
           // translated: the parser looks for it.
           + QStringLiteral("\n\n<!-- Lectern reading list: every top-level bullet is a paper -->\n\n");
}

QString MarkdownExporter::entry(const Paper &paper, qsizetype index) const
{
    Q_UNUSED(index);
    // A reading list names no citation keys, so a paper built by hand without one exports like any other; one
    // without a title is still listed, under a placeholder, so the list stays complete.
    const QString title = paper.title.simplified().isEmpty()
                              ? QCoreApplication::translate("lectern::MarkdownExporter", "(untitled)")
                              : escaped(paper.title);
    const QString link = bestLink(paper);
    QString line = QStringLiteral("- ");
    if (link.isEmpty())
        line += QStringLiteral("**") + title + QStringLiteral("**");
    else
        line += QLatin1Char('[') + title + QStringLiteral("](") + linkDestination(link) + QLatin1Char(')');
    // The DOI link hides the arXiv identifier; list it too, as awesome lists do.
    if (!paper.doi.isEmpty() && !paper.arxivId.isEmpty())
        line += QStringLiteral(" [[arXiv](https://arxiv.org/abs/") + paper.arxivId + QStringLiteral(")]");

    QString venueYear;
    if (!paper.venue.simplified().isEmpty())
        venueYear = QLatin1Char('*') + escaped(paper.venue) + QLatin1Char('*');
    if (paper.year)
        venueYear += (venueYear.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(*paper.year);
    const QString authors = authorList(paper.authors);
    QStringList tail;
    if (!authors.isEmpty())
        tail.append(authors);
    if (!venueYear.isEmpty())
        tail.append(venueYear);
    if (!tail.isEmpty())
        line += QStringLiteral(" \u2014 ") + tail.join(QStringLiteral(", "));
    line += QLatin1Char('\n');

    QStringList details;
    QStringList tags;
    for (const QString &tag : paper.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(codeSpan(tag.simplified()));
    }
    if (!tags.isEmpty())
        details.append(tags.join(QLatin1Char(' ')));
    if (const QStringList numbers = headlineNumbers(paper); !numbers.isEmpty())
        details.append(escaped(numbers.join(QStringLiteral(", "))));
    if (const QStringList techniques = techniqueNames(paper); !techniques.isEmpty())
        details.append(escaped(techniques.join(QStringLiteral(", "))));
    if (!details.isEmpty())
        line += QStringLiteral("  ") + details.join(QStringLiteral(" \u00b7 ")) + QLatin1Char('\n');
    return line;
}

} // namespace lectern
