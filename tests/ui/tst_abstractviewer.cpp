// The abstract viewer's Source tab: the raw record of each file a paper came from, under a caption
// "file — line N — format", coloured for its format, one record at a time when there are several. And the
// reader's part of the Abstract tab: status, rating, priority, coloured tag chips, and the note rendered from
// Markdown with any HTML in it shown as text.
#include "abstractviewer.h"
#include "extract/extractor.h"
#include "extract/taxonomy.h"
#include "import/formatregistry.h"
#include "import/importjob.h"
#include "sourcehighlighter.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTextList>

using namespace lectern;

namespace {

#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
constexpr bool kBuiltWithKsh = true;
#else
constexpr bool kBuiltWithKsh = false;
#endif

QString fixture(const char *name)
{
    return test::testDataPath(QStringLiteral("import/") + QLatin1String(name));
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette(base, base);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

QTextCharFormat formatAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position - block.position() >= range.start && position - block.position() < range.start + range.length)
            return range.format;
    }
    return {};
}

bool hasImage(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

// The format of the last character of the first occurrence of `text`.
QTextCharFormat formatOf(const QTextDocument *document, const QString &text)
{
    const QTextCursor found = document->find(text);
    return found.isNull() ? QTextCharFormat() : found.charFormat();
}

const QString kBibRecord = QStringLiteral("@article{vaswani2017,\n"
                                          "  title = {Attention Is All You Need},\n"
                                          "  year = 2017,\n"
                                          "}");

} // namespace

class TestAbstractViewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    PaperDetails load(const QString &title)
    {
        // As MainWindow loads a paper on its reader thread.
        Library library(m_path, Library::Access::Read);
        Statement find(library.db(), "SELECT id FROM paper WHERE title = ?");
        find.bind(1, title);
        if (!find.next())
            return {};
        const qint64 id = find.int64(0);
        PaperReader reader(library.db());
        PaperDetails details;
        details.paper = reader.load(id);
        details.tags = reader.tags(id);
        details.sources = reader.sources(id);
        for (const SourceRef &s : details.sources)
            details.rawRecords.append(reader.rawRecord(s.fileId, s.position));
        return details;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        Library library(m_path);
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        for (const char *name : {"pairs.txt", "abstracts.txt"}) {
            const ImportReport report = job.importFile(fixture(name));
            QVERIFY2(!report.failed, qPrintable(report.toText()));
        }
    }

    void rendersTheNoteAsMarkdown()
    {
        PaperDetails details;
        details.paper.id = 11;
        details.paper.title = QStringLiteral("Quantized Encoders");
        details.paper.abstract = QStringLiteral("We quantize encoders.");
        details.paper.note =
            QStringLiteral("## Ideas\n\nTry **int4** on the encoder.\n\n- first point\n- second point\n");
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(details);
        const QString note = viewer.noteText();
        QVERIFY2(note.contains(QStringLiteral("Ideas")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Try int4 on the encoder.")), qPrintable(note));
        QVERIFY(!note.contains(QStringLiteral("**")));
        QVERIFY(!note.contains(QStringLiteral("##")));
        // Below the abstract, under its own heading.
        const QString all = viewer.plainText();
        QVERIFY(all.indexOf(QStringLiteral("We quantize encoders.")) < all.indexOf(QStringLiteral("\nNote\n")));
        QVERIFY(all.endsWith(note));
        const QTextDocument *doc = viewer.browser()->document();
        QVERIFY(formatOf(doc, QStringLiteral("int4")).fontWeight() >= QFont::Bold);
        QVERIFY(formatOf(doc, QStringLiteral("encoder.")).fontWeight() < QFont::DemiBold);
        const QTextCursor item = doc->find(QStringLiteral("second point"));
        QVERIFY(item.block().textList());
        QCOMPARE(item.block().textList()->count(), 2);

        // Another paper without a note has no note section.
        details.paper.id = 12;
        details.paper.note = QStringLiteral("  \n");
        viewer.showPaper(details);
        QVERIFY(viewer.noteText().isEmpty());
        QVERIFY(!viewer.plainText().contains(QStringLiteral("\nNote\n")));
    }

    void htmlInANoteIsNeverInterpreted()
    {
        PaperDetails details;
        details.paper.id = 13;
        details.paper.title = QStringLiteral("Untrusted");
        details.paper.note =
            QStringLiteral("Look: <b>x</b> and <img src=\"file:///etc/hosts\"> <script>alert(1)</script>\n\n"
                           "![diagram](file:///tmp/diagram.png)");
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(details);
        const QString note = viewer.noteText();
        QVERIFY2(note.contains(QStringLiteral("<b>x</b>")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("<img src=\"file:///etc/hosts\">")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(note));
        QVERIFY(formatOf(viewer.browser()->document(), QStringLiteral("x</b>")).fontWeight() < QFont::DemiBold);
        // No image is loaded, not even a Markdown one: the note says where it points.
        QVERIFY(!hasImage(viewer.browser()->document()));
        QVERIFY2(note.contains(QStringLiteral("file:///tmp/diagram.png")), qPrintable(note));
    }

    void showsStatusRatingPriorityAndTags()
    {
        PaperDetails details;
        details.paper.id = 14;
        details.paper.title = QStringLiteral("Curated");
        details.paper.status = ReadingStatus::Reading;
        details.paper.rating = 3;
        details.paper.priority = Priority::High;
        details.tags = {QStringLiteral("Compression/Quantization"), QStringLiteral("to discuss")};
        details.tagColors = {{QStringLiteral("Compression/Quantization"), QStringLiteral("#b03030")}};
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.setPalette(paletteWithBase(Qt::white, Qt::black));
        viewer.showPaper(details);
        const QString text = viewer.plainText();
        QVERIFY2(text.contains(QStringLiteral("Reading")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("★★★☆☆")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("High priority")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tags:")), qPrintable(text));
        // Chips: the tag's own colour, with legible text on it; a tag without a colour gets a plain chip.
        const QTextDocument *doc = viewer.browser()->document();
        const QTextCharFormat coloured = formatOf(doc, QStringLiteral("Compression/Quantization"));
        QCOMPARE(coloured.background().color(), QColor(QStringLiteral("#b03030")));
        QCOMPARE(coloured.foreground().color(), QColor(Qt::white));
        const QTextCharFormat plain = formatOf(doc, QStringLiteral("to discuss"));
        QVERIFY(plain.hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(plain.background().color() != coloured.background().color());

        details.paper.status = ReadingStatus::Unread;
        details.paper.rating = 0;
        details.paper.priority = Priority::Low;
        details.tags.clear();
        viewer.showPaper(details);
        const QString unrated = viewer.plainText();
        QVERIFY(unrated.contains(QStringLiteral("Unread")));
        QVERIFY(unrated.contains(QStringLiteral("Not rated")));
        QVERIFY(!unrated.contains(QChar(0x2605)));
        QVERIFY(unrated.contains(QStringLiteral("Low priority")));
        QVERIFY(!unrated.contains(QStringLiteral("Tags:")));
    }

    void hasAbstractAndSourceTabs()
    {
        AbstractViewer viewer(Taxonomy::builtIn());
        QCOMPARE(viewer.count(), 2);
        QCOMPARE(viewer.tabText(0), QStringLiteral("Abstract"));
        QCOMPARE(viewer.tabText(1), QStringLiteral("Source"));
        QCOMPARE(viewer.sourceCount(), 0);
        QVERIFY(viewer.sourceView()->isReadOnly());
        QVERIFY(viewer.sourceView()->toPlainText().isEmpty());
        QCOMPARE(viewer.sourceView()->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    }

    void showsTheRawRecordOfAnImportedPaper()
    {
        const PaperDetails details = load(QStringLiteral("Token Merging for Fast Vision Transformers"));
        QCOMPARE(details.sources.size(), 1);
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(details);
        QCOMPARE(viewer.sourceCount(), 1);
        QCOMPARE(viewer.currentSource(), 0);
        const QString record = viewer.sourceView()->toPlainText();
        QCOMPARE(record, details.rawRecords.first());
        QVERIFY(record.startsWith(QStringLiteral("Token Merging for Fast Vision Transformers\n")));
        QVERIFY(record.contains(QStringLiteral("doubling throughput")));
        // file name — line — the parser's name
        const QString formatName = FormatRegistry::instance().byId(details.sources.first().format)->displayName();
        QCOMPARE(viewer.sourceCaption(), QStringLiteral("pairs.txt — line 3 — ") + formatName);
        auto *caption = viewer.findChild<QLabel *>(QStringLiteral("sourceCaption"));
        QVERIFY(caption);
        QCOMPARE(caption->text(), viewer.sourceCaption());
        QVERIFY(!caption->isHidden());
        QVERIFY(caption->toolTip().contains(QStringLiteral("pairs.txt")));
        // One record: no selector.
        QVERIFY(viewer.sourceSelector()->isHidden());
        // A listing's record is plain text.
        QCOMPARE(viewer.sourceHighlighter()->format(), details.sources.first().format);
        QVERIFY(viewer.sourceHighlighter()->definitionName().isEmpty());
    }

    void aPaperFromTwoFilesShowsEachRecord()
    {
        const PaperDetails details = load(QStringLiteral("Sparse Mixture of Experts at Scale"));
        QCOMPARE(details.sources.size(), 2);
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(details);
        QCOMPARE(viewer.sourceCount(), 2);
        QComboBox *selector = viewer.sourceSelector();
        QVERIFY(!selector->isHidden());
        QCOMPARE(selector->count(), 2);
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(selector->itemText(i).contains(QStringLiteral(" — line ")), qPrintable(selector->itemText(i)));
            files.append(selector->itemText(i).section(QStringLiteral(" — "), 0, 0));
        }
        files.sort();
        QCOMPARE(files, QStringList({QStringLiteral("abstracts.txt"), QStringLiteral("pairs.txt")}));
        QCOMPARE(viewer.sourceView()->toPlainText(), details.rawRecords.at(0));

        // Picking the other record in the selector shows it.
        selector->setFocus();
        QTest::keyClick(selector, Qt::Key_Down);
        QCOMPARE(viewer.currentSource(), 1);
        QCOMPARE(viewer.sourceView()->toPlainText(), details.rawRecords.at(1));
        QCOMPARE(viewer.sourceCaption(), selector->itemText(1));
        QVERIFY(details.rawRecords.at(0) != details.rawRecords.at(1));

        // Refreshing the same paper keeps the record the reader picked; another paper starts at its first.
        viewer.showPaper(details);
        QCOMPARE(viewer.currentSource(), 1);
        viewer.showPaper(load(QStringLiteral("Low-Rank Adapters Revisited")));
        QCOMPARE(viewer.currentSource(), 0);
    }

    void aBibtexRecordIsColoured()
    {
        PaperDetails details;
        details.paper.id = 4242;
        details.paper.title = QStringLiteral("Attention Is All You Need");
        details.sources = {SourceRef{7, QStringLiteral("/tmp/refs/library.bib"), QStringLiteral("bibtex"), 2, 14}};
        details.rawRecords = {kBibRecord};
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.setPalette(paletteWithBase(Qt::white, Qt::black));
        viewer.showPaper(details);
        QVERIFY(viewer.sourceCaption().startsWith(QStringLiteral("library.bib — line 14 — ")));
        SourceHighlighter *highlighter = viewer.sourceHighlighter();
        QCOMPARE(highlighter->definitionName(), QStringLiteral("BibTeX"));
        QCOMPARE(highlighter->usesKSyntaxHighlighting(), kBuiltWithKsh);
        const QTextDocument *document = viewer.sourceView()->document();
        QCOMPARE(document->toPlainText(), kBibRecord);
        const QTextCharFormat type = formatAt(document, 0);
        QVERIFY(type.fontWeight() > QFont::Normal || type.foreground().color() != highlighter->textColor());
        // The view's ground is the one the colours are chosen for.
        QCOMPARE(viewer.sourceView()->palette().color(QPalette::Base), highlighter->backgroundColor());

        // A dark palette turns the theme dark.
        const QColor light = type.foreground().color();
        viewer.setPalette(paletteWithBase(QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1)));
        QVERIFY(highlighter->isDark());
        QVERIFY(formatAt(document, 0).foreground().color() != light);
        QVERIFY(viewer.sourceView()->palette().color(QPalette::Base).lightness() < 128);

        // An RIS record: the fallback in every build.
        details.sources = {SourceRef{8, QStringLiteral("refs.ris"), QStringLiteral("ris"), 0, 1}};
        details.rawRecords = {QStringLiteral("TY  - JOUR\nTI  - Attention\nER  - ")};
        viewer.showPaper(details);
        QCOMPARE(highlighter->definitionName(), QStringLiteral("RIS"));
        QVERIFY(!highlighter->usesKSyntaxHighlighting());
        QVERIFY(formatAt(document, 0).fontWeight() > QFont::Normal);
    }

    void captionsShowFileNamesLiterally()
    {
        PaperDetails details;
        details.paper.id = 5;
        details.sources = {SourceRef{3, QStringLiteral("/data/100%2 sure %1.ris"), QStringLiteral("ris"), 4, 9}};
        details.rawRecords = {QStringLiteral("TY  - JOUR\nER  - ")};
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(details);
        QVERIFY2(viewer.sourceCaption().startsWith(QStringLiteral("100%2 sure %1.ris — line 9 — ")),
                 qPrintable(viewer.sourceCaption()));
        auto *caption = viewer.findChild<QLabel *>(QStringLiteral("sourceCaption"));
        QVERIFY2(caption->toolTip().contains(QStringLiteral("100%2 sure %1.ris, record 5")),
                 qPrintable(caption->toolTip()));
    }

    void aPaperWithoutRecordsSaysSo()
    {
        PaperDetails details;
        details.paper.id = 7;
        details.paper.title = QStringLiteral("Typed by hand");
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(load(QStringLiteral("Token Merging for Fast Vision Transformers")));
        QVERIFY(!viewer.sourceView()->toPlainText().isEmpty());
        viewer.showPaper(details);
        QCOMPARE(viewer.sourceCount(), 0);
        QCOMPARE(viewer.currentSource(), -1);
        QVERIFY(viewer.sourceView()->toPlainText().isEmpty());
        QVERIFY(viewer.sourceView()->placeholderText().contains(QStringLiteral("No import record")));
        QVERIFY(viewer.sourceSelector()->isHidden());
        QVERIFY(viewer.sourceCaption().isEmpty());
        QVERIFY(viewer.sourceHighlighter()->definitionName().isEmpty());
    }

    void clearEmptiesTheSourceTab()
    {
        AbstractViewer viewer(Taxonomy::builtIn());
        viewer.showPaper(load(QStringLiteral("Sparse Mixture of Experts at Scale")));
        QCOMPARE(viewer.sourceCount(), 2);
        viewer.clear();
        QCOMPARE(viewer.paperId(), 0);
        QCOMPARE(viewer.sourceCount(), 0);
        QVERIFY(viewer.sourceView()->toPlainText().isEmpty());
        QVERIFY(viewer.sourceSelector()->isHidden());
        QCOMPARE(viewer.sourceSelector()->count(), 0);
    }
};

QTEST_MAIN(TestAbstractViewer)
#include "tst_abstractviewer.moc"
