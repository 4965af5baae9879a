// Source highlighting: SourceHighlighter picks a definition for every format name and parser/exporter id,
// colours samples of each format with KDE Syntax Highlighting or the fallback (whichever the build has),
// follows a dark palette, and the fallback's own rules, colours and robustness.
#include "fallbackhighlighter.h"
#include "sourcehighlighter.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace lectern;
using Role = FallbackHighlighter::Role;

namespace {

#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
constexpr bool kBuiltWithKsh = true;
#else
constexpr bool kBuiltWithKsh = false;
#endif

const QString kBibtex = QStringLiteral("% a comment line\n"
                                       "@article{vaswani2017,\n"
                                       "  title = {Attention Is {All} You Need},\n"
                                       "  author = \"Vaswani, Ashish and Shazeer, Noam\",\n"
                                       "  abstract = {The dominant sequence transduction models\n"
                                       "    are based on complex recurrent networks.},\n"
                                       "  year = 2017,\n"
                                       "  month = jun,\n"
                                       "}\n"
                                       "@comment{ignored {nested} text}\n"
                                       "@string{acl = \"Association\"}\n");

const QString kJson = QStringLiteral("[\n"
                                     "  {\"title\": \"Attention\", \"year\": 2017,\n"
                                     "   \"open\": true, \"doi\": null, \"score\": -1.5e3}\n"
                                     "]\n");

const QString kCsv = QStringLiteral("title,authors,year\n"
                                    "\"Attention, all\",Vaswani,2017\n"
                                    "\"line one\n"
                                    "line two\",Smith,2020\n");

const QString kMarkdown = QStringLiteral("# Heading\n"
                                         "\n"
                                         "Some *emphasis*, **strong** and `code` and [link](https://x.org).\n"
                                         "- item\n"
                                         "> quoted\n"
                                         "```\n"
                                         "# not a heading\n"
                                         "```\n"
                                         "after\n");

const QString kRis = QStringLiteral("TY  - JOUR\n"
                                    "AU  - Doe, Jane\n"
                                    "TI  - A title\n"
                                    "ER  - \n");

const QString kMedline = QStringLiteral("PMID- 12345\n"
                                        "TI  - A title that goes on\n"
                                        "      continued here\n"
                                        "FAU - Doe, Jane\n");

const QString kXml = QStringLiteral("<?xml version=\"1.0\"?>\n"
                                    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                                    "  <!-- a note\n"
                                    "       over two lines -->\n"
                                    "  <entry>\n"
                                    "    <title>Attention &amp; more</title>\n"
                                    "  </entry>\n"
                                    "</feed>\n");

QPalette makePalette(const QColor &base, const QColor &text)
{
    QPalette palette(base, base);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

QPalette lightPalette()
{
    return makePalette(QColor(0xff, 0xff, 0xff), QColor(0x23, 0x26, 0x29));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1));
}

// The format the highlighter left at a document position; an invalid format when no rule covered it.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return QTextFormat().toCharFormat();
}

// Marked so that a reader sees it: bold, italic, underlined, or a colour other than plain text's.
bool standsOut(const QTextCharFormat &format, const QColor &normal)
{
    if (!format.isValid() || format.properties().isEmpty())
        return false;
    return format.fontWeight() > QFont::Normal || format.fontItalic() || format.fontUnderline()
           || (format.hasProperty(QTextFormat::ForegroundBrush) && format.foreground().color() != normal);
}

// A document as a view holds it: only with a layout does QTextDocument report edits (contentsChange), which is
// what makes highlighters colour text inserted after they were attached.
void giveLayout(QTextDocument &document)
{
    document.documentLayout();
}

int positionOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return -1;
    }
    return int(at);
}

// Every range a highlighter set lies inside its block.
bool rangesInsideBlocks(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start < 0 || range.length <= 0 || range.start + range.length > block.length())
                return false;
        }
    }
    return true;
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildDecidesTheLibrary() { QCOMPARE(SourceHighlighter::kSyntaxHighlightingAvailable(), kBuiltWithKsh); }

    void picksADefinitionForEachNameAndId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("definition");
        const QList<std::pair<const char *, const char *>> rows = {
            {"BibTeX", "BibTeX"},     {"bibtex", "BibTeX"},   {"biblatex", "BibTeX"},
            {"JSON", "JSON"},         {"csljson", "JSON"},    {"arxiv-jsonl", "JSON"},
            {"CSV", "CSV"},           {"csv", "CSV"},         {"Markdown", "Markdown"},
            {"markdown", "Markdown"}, {"RIS", "RIS"},         {"ris", "RIS"},
            {"MEDLINE", "MEDLINE"},   {"medline", "MEDLINE"}, {"XML", "XML"},
            {"arxiv-atom", "XML"},    {"daily-papers", ""},   {"title-abstract", ""},
            {"abstract-lines", ""},   {"arxiv-listing", ""},  {"", ""},
            {"klingon", ""},
        };
        for (const auto &[name, definition] : rows)
            QTest::newRow(*name ? name : "(empty)") << QString::fromLatin1(name) << QString::fromLatin1(definition);
    }

    void picksADefinitionForEachNameAndId()
    {
        QFETCH(QString, name);
        QFETCH(QString, definition);
        QCOMPARE(SourceHighlighter::definitionFor(name), definition);

        QTextDocument document(QStringLiteral("@article{x, title = {y}}\n{\"a\": 1}\nTY  - JOUR\n# h\n"));
        SourceHighlighter highlighter(&document);
        highlighter.setFormat(name);
        QCOMPARE(highlighter.format(), name);
        QCOMPARE(highlighter.definitionName(), definition);
        const bool kde = kBuiltWithKsh && !definition.isEmpty() && definition != QLatin1String("RIS")
                         && definition != QLatin1String("MEDLINE");
        QCOMPARE(highlighter.usesKSyntaxHighlighting(), kde);
        if (definition.isEmpty()) {
            // Plain text: nothing is coloured.
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
                QVERIFY(block.layout()->formats().isEmpty());
        }
    }

    void coloursEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::newRow("bibtex entry type") << QStringLiteral("bibtex") << kBibtex << QStringLiteral("@article");
        QTest::newRow("bibtex key") << QStringLiteral("bibtex") << kBibtex << QStringLiteral("vaswani2017");
        QTest::newRow("bibtex field") << QStringLiteral("bibtex") << kBibtex << QStringLiteral("author");
        QTest::newRow("biblatex entry type") << QStringLiteral("biblatex") << kBibtex << QStringLiteral("@article");
        QTest::newRow("json key") << QStringLiteral("csljson") << kJson << QStringLiteral("\"title\"");
        QTest::newRow("json number") << QStringLiteral("JSON") << kJson << QStringLiteral("2017");
        QTest::newRow("json literal") << QStringLiteral("arxiv-jsonl") << kJson << QStringLiteral("true");
        QTest::newRow("csv delimiter") << QStringLiteral("csv") << kCsv << QStringLiteral(",authors");
        QTest::newRow("csv second column") << QStringLiteral("csv") << kCsv << QStringLiteral("Vaswani");
        QTest::newRow("markdown heading") << QStringLiteral("markdown") << kMarkdown << QStringLiteral("# Heading");
        QTest::newRow("markdown code") << QStringLiteral("markdown") << kMarkdown << QStringLiteral("`code`");
        QTest::newRow("markdown emphasis") << QStringLiteral("Markdown") << kMarkdown << QStringLiteral("*emphasis*");
        QTest::newRow("ris type tag") << QStringLiteral("ris") << kRis << QStringLiteral("TY");
        QTest::newRow("ris tag") << QStringLiteral("RIS") << kRis << QStringLiteral("AU");
        QTest::newRow("medline tag") << QStringLiteral("medline") << kMedline << QStringLiteral("FAU");
        QTest::newRow("xml tag") << QStringLiteral("arxiv-atom") << kXml << QStringLiteral("entry");
        QTest::newRow("xml attribute") << QStringLiteral("XML") << kXml << QStringLiteral("xmlns");
    }

    void coloursEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QTextDocument document(text);
        SourceHighlighter highlighter(&document);
        highlighter.setPalette(lightPalette());
        highlighter.setFormat(format);
        const int at = positionOf(text, needle);
        QVERIFY(at >= 0);
        for (const int position : {at, at + int(needle.size()) - 1}) {
            const QTextCharFormat f = formatAt(document, position);
            QVERIFY2(standsOut(f, highlighter.textColor()), qPrintable(QStringLiteral("'%1' at %2 is not marked (%3)")
                                                                           .arg(needle)
                                                                           .arg(position)
                                                                           .arg(f.foreground().color().name())));
        }
        QVERIFY(rangesInsideBlocks(document));
    }

    void followsADarkPalette_data() { coloursEachFormat_data(); }

    void followsADarkPalette()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QTextDocument document(text);
        SourceHighlighter highlighter(&document);
        highlighter.setPalette(lightPalette());
        highlighter.setFormat(format);
        QVERIFY(!highlighter.isDark());
        const int at = positionOf(text, needle);
        const QColor light = formatAt(document, at).foreground().color();
        const QColor lightText = highlighter.textColor();

        highlighter.setPalette(darkPalette());
        QVERIFY(highlighter.isDark());
        const QColor dark = formatAt(document, at).foreground().color();
        QVERIFY2(light != dark, qPrintable(light.name()));
        QVERIFY(highlighter.textColor() != lightText);
        // The ground the colours are chosen for is dark too.
        QVERIFY(highlighter.backgroundColor().lightness() < 128);
        // Back to light: the first colours again.
        highlighter.setPalette(lightPalette());
        QCOMPARE(formatAt(document, at).foreground().color(), light);
    }

    void darkPaletteBeforeTheFormat()
    {
        // A highlighter made while the palette is dark starts with the dark theme.
        QTextDocument document(kBibtex);
        SourceHighlighter highlighter(&document);
        highlighter.setPalette(darkPalette());
        highlighter.setFormat(QStringLiteral("bibtex"));
        const QColor dark = formatAt(document, positionOf(kBibtex, QStringLiteral("@article"))).foreground().color();
        highlighter.setPalette(lightPalette());
        const QColor light = formatAt(document, positionOf(kBibtex, QStringLiteral("@article"))).foreground().color();
        QVERIFY(dark != light);
        QVERIFY(dark.lightness() > light.lightness());
    }

    void switchingFormatsClearsTheColours()
    {
        QTextDocument document(kBibtex);
        giveLayout(document);
        SourceHighlighter highlighter(&document);
        highlighter.setFormat(QStringLiteral("bibtex"));
        QVERIFY(!document.firstBlock().next().layout()->formats().isEmpty());
        highlighter.setFormat(QStringLiteral("daily-papers"));
        QVERIFY(highlighter.definitionName().isEmpty());
        QVERIFY(!highlighter.usesKSyntaxHighlighting());
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            QVERIFY(block.layout()->formats().isEmpty());
        // And colours again when a format returns; text set afterwards is coloured as it arrives.
        highlighter.setFormat(QStringLiteral("ris"));
        document.setPlainText(kRis);
        QVERIFY(standsOut(formatAt(document, 0), highlighter.textColor()));
    }

    void survivesTheDocumentsDeletion()
    {
        auto *document = new QTextDocument(kJson);
        SourceHighlighter highlighter(document);
        highlighter.setFormat(QStringLiteral("json"));
        delete document;
        highlighter.setFormat(QStringLiteral("bibtex"));
        highlighter.setPalette(darkPalette());
        QVERIFY(highlighter.definitionName().isEmpty());
    }

    // The fallback's own rules, in every build (RIS and MEDLINE always use it).
    void fallbackRoles_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("role"); // -1: unmarked
        auto row = [](const char *name, const char *definition, const QString &text, const char *needle, int occurrence,
                      int role) {
            QTest::newRow(name) << QString::fromLatin1(definition) << text << QString::fromUtf8(needle) << occurrence
                                << role;
        };
        const int none = -1;
        row("bib comment", "BibTeX", kBibtex, "% a comment", 0, int(Role::Comment));
        row("bib type", "BibTeX", kBibtex, "@article", 0, int(Role::Type));
        row("bib key", "BibTeX", kBibtex, "vaswani2017", 0, int(Role::Key));
        row("bib field", "BibTeX", kBibtex, "title", 0, int(Role::Field));
        row("bib braced value", "BibTeX", kBibtex, "Attention Is {All} You Need}", 0, int(Role::String));
        row("bib quoted value", "BibTeX", kBibtex, "\"Vaswani, Ashish", 0, int(Role::String));
        row("bib value across lines", "BibTeX", kBibtex, "are based on", 0, int(Role::String));
        row("bib field after a long value", "BibTeX", kBibtex, "year", 0, int(Role::Field));
        row("bib number", "BibTeX", kBibtex, "2017", 1, int(Role::Number));
        row("bib macro", "BibTeX", kBibtex, "jun", 0, int(Role::Keyword));
        row("bib equals", "BibTeX", kBibtex, "=", 0, int(Role::Punctuation));
        row("bib @comment", "BibTeX", kBibtex, "ignored {nested} text}", 0, int(Role::Comment));
        row("bib @string name", "BibTeX", kBibtex, "acl", 0, int(Role::Field));
        row("json key", "JSON", kJson, "\"title\"", 0, int(Role::Key));
        row("json string", "JSON", kJson, "\"Attention\"", 0, int(Role::String));
        row("json number", "JSON", kJson, "-1.5e3", 0, int(Role::Number));
        row("json true", "JSON", kJson, "true", 0, int(Role::Keyword));
        row("json null", "JSON", kJson, "null", 0, int(Role::Keyword));
        row("json brace", "JSON", kJson, "{", 0, int(Role::Punctuation));
        row("csv header", "CSV", kCsv, "authors", 0, int(Role::Type));
        row("csv first column", "CSV", kCsv, "\"Attention", 0, none);
        row("csv comma inside quotes", "CSV", kCsv, ", all", 0, none);
        row("csv second column", "CSV", kCsv, "Vaswani", 0, int(Role::Field));
        row("csv delimiter", "CSV", kCsv, ",", 3, int(Role::Punctuation));
        row("csv quoted cell across lines", "CSV", kCsv, "line two\"", 0, none);
        row("csv column after it", "CSV", kCsv, "Smith", 0, int(Role::Field));
        row("md heading", "Markdown", kMarkdown, "# Heading", 0, int(Role::Type));
        row("md emphasis", "Markdown", kMarkdown, "*emphasis*", 0, int(Role::Emphasis));
        row("md strong", "Markdown", kMarkdown, "**strong**", 0, int(Role::Strong));
        row("md code", "Markdown", kMarkdown, "`code`", 0, int(Role::Key));
        row("md link text", "Markdown", kMarkdown, "link", 0, int(Role::Link));
        row("md link target", "Markdown", kMarkdown, "https://x.org", 0, int(Role::String));
        row("md list marker", "Markdown", kMarkdown, "-", 0, int(Role::Keyword));
        row("md list item", "Markdown", kMarkdown, "item", 0, none);
        row("md quote", "Markdown", kMarkdown, "> quoted", 0, int(Role::Comment));
        row("md fenced code", "Markdown", kMarkdown, "# not a heading", 0, int(Role::Key));
        row("md after the fence", "Markdown", kMarkdown, "after", 0, none);
        row("ris type", "RIS", kRis, "TY", 0, int(Role::Type));
        row("ris type value", "RIS", kRis, "JOUR", 0, int(Role::Key));
        row("ris tag", "RIS", kRis, "AU", 0, int(Role::Keyword));
        row("ris separator", "RIS", kRis, "  - ", 0, int(Role::Punctuation));
        row("ris value", "RIS", kRis, "Doe, Jane", 0, none);
        row("ris end", "RIS", kRis, "ER", 0, int(Role::Type));
        row("medline pmid", "MEDLINE", kMedline, "PMID", 0, int(Role::Type));
        row("medline tag", "MEDLINE", kMedline, "FAU", 0, int(Role::Keyword));
        row("medline separator", "MEDLINE", kMedline, " - ", 1, int(Role::Punctuation));
        row("medline continuation", "MEDLINE", kMedline, "continued here", 0, none);
        row("xml declaration", "XML", kXml, "xml", 0, int(Role::Keyword));
        row("xml tag", "XML", kXml, "entry", 0, int(Role::Keyword));
        row("xml attribute", "XML", kXml, "xmlns", 0, int(Role::Field));
        row("xml attribute value", "XML", kXml, "\"http://www.w3.org/2005/Atom\"", 0, int(Role::String));
        row("xml comment across lines", "XML", kXml, "over two lines -->", 0, int(Role::Comment));
        row("xml entity", "XML", kXml, "&amp;", 0, int(Role::Number));
        row("xml text", "XML", kXml, "Attention", 0, none);
        row("xml closing tag", "XML", kXml, "</", 0, int(Role::Punctuation));
    }

    void fallbackRoles()
    {
        QFETCH(QString, definition);
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, occurrence);
        QFETCH(int, role);
        QTextDocument document(text);
        FallbackHighlighter highlighter(&document);
        highlighter.setPalette(lightPalette());
        highlighter.setLanguage(FallbackHighlighter::languageForName(definition));
        QVERIFY(highlighter.language() != FallbackHighlighter::Language::None);
        const int at = positionOf(text, needle, occurrence);
        QVERIFY2(at >= 0, qPrintable(needle));
        for (int position = at; position < at + needle.size(); ++position) {
            if (text[position].isSpace() && role != int(Role::Punctuation))
                continue; // spaces between tokens belong to whichever rule
            const QTextCharFormat f = formatAt(document, position);
            if (role < 0) {
                QVERIFY2(f.properties().isEmpty(),
                         qPrintable(QStringLiteral("'%1' is marked at %2").arg(needle, QString(text[position]))));
                continue;
            }
            const QTextCharFormat expected = highlighter.roleFormat(Role(role));
            QVERIFY2(f.foreground() == expected.foreground() && f.fontWeight() == expected.fontWeight()
                         && f.fontItalic() == expected.fontItalic(),
                     qPrintable(QStringLiteral("'%1' at '%2': %3, expected %4")
                                    .arg(needle, QString(text[position]), f.foreground().color().name(),
                                         expected.foreground().color().name())));
        }
        QVERIFY(rangesInsideBlocks(document));
    }

    void fallbackColoursAreLegible_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("breeze light") << QColor(0xff, 0xff, 0xff) << QColor(0x23, 0x26, 0x29);
        QTest::newRow("fusion light") << QColor(0xf0, 0xf0, 0xf0) << QColor(Qt::black);
        QTest::newRow("breeze dark") << QColor(0x23, 0x26, 0x29) << QColor(0xef, 0xf0, 0xf1);
        QTest::newRow("fusion dark") << QColor(0x2a, 0x2a, 0x2a) << QColor(Qt::white);
        QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
        QTest::newRow("sepia") << QColor(0xf4, 0xec, 0xd8) << QColor(0x43, 0x34, 0x22);
        QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80) << QColor(Qt::black);
    }

    void fallbackColoursAreLegible()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        FallbackHighlighter highlighter;
        highlighter.setPalette(makePalette(base, text));
        for (int role = 0; role < FallbackHighlighter::kRoleCount; ++role) {
            if (Role(role) == Role::Emphasis || Role(role) == Role::Strong)
                continue; // the palette's own text colour
            const QColor color = highlighter.roleFormat(Role(role)).foreground().color();
            QVERIFY2(FallbackHighlighter::contrast(color, base) >= 4.5,
                     qPrintable(QStringLiteral("role %1: %2 on %3 is %4:1")
                                    .arg(role)
                                    .arg(color.name(), base.name())
                                    .arg(FallbackHighlighter::contrast(color, base))));
        }
        QCOMPARE(FallbackHighlighter::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(FallbackHighlighter::contrast(base, base), 1.0);
    }

    void fallbackNeverBreaksOnHostileInput_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("sample");
        QTest::newRow("BibTeX") << QStringLiteral("BibTeX") << kBibtex;
        QTest::newRow("JSON") << QStringLiteral("JSON") << kJson;
        QTest::newRow("CSV") << QStringLiteral("CSV") << kCsv;
        QTest::newRow("Markdown") << QStringLiteral("Markdown") << kMarkdown;
        QTest::newRow("RIS") << QStringLiteral("RIS") << kRis;
        QTest::newRow("MEDLINE") << QStringLiteral("MEDLINE") << kMedline;
        QTest::newRow("XML") << QStringLiteral("XML") << kXml;
    }

    void fallbackNeverBreaksOnHostileInput()
    {
        QFETCH(QString, definition);
        QFETCH(QString, sample);
        QTextDocument document;
        giveLayout(document);
        FallbackHighlighter highlighter(&document);
        highlighter.setLanguage(FallbackHighlighter::languageForName(definition));
        // Counts the texts something was coloured in, so that the checks below are not vacuous.
        int colouredTexts = 0;
        auto highlight = [&](const QString &text) {
            document.setPlainText(text);
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                if (!block.layout()->formats().isEmpty()) {
                    ++colouredTexts;
                    break;
                }
            }
            return rangesInsideBlocks(document);
        };

        // Every truncation of the sample, and of all samples run together (other formats' shapes).
        const QString all = kBibtex + kJson + kCsv + kMarkdown + kRis + kMedline + kXml;
        for (const QString &text : {sample, all}) {
            for (qsizetype cut = 0; cut <= text.size(); cut += 3)
                QVERIFY(highlight(text.left(cut)));
        }
        // Random runs of the characters the rules react to.
        const QString alphabet = QStringLiteral("@{}()\"'\\%,;=#<>!?-/[]`*_~&: \t\nabcTYAU0123456789\u00e9\U0001F600");
        QRandomGenerator random(20240611);
        for (int round = 0; round < 200; ++round) {
            QString text;
            const int length = random.bounded(1, 400);
            for (int i = 0; i < length; ++i)
                text += alphabet[random.bounded(int(alphabet.size()))];
            QVERIFY2(highlight(text), qPrintable(text));
        }
        // Deep nesting and a very long line.
        QVERIFY(highlight(QString(5000, QLatin1Char('{')) + QStringLiteral("@a{k,t={") + QString(5000, u'}')));
        QVERIFY(highlight(QStringLiteral("\"a\\\",").repeated(20000)));
        QVERIFY(colouredTexts > 100);
    }
};

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
