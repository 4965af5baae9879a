// Round trips through every export format: a library's papers exported, the file imported into a fresh
// library, and each field the format carries (the README's table) compared paper by paper. Run on our
// bibliographic fixtures and on the five seed listings.
#include "domain/paperkeys.h"
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "extract/extractor.h"
#include "import/importjob.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace lectern;

namespace {

using Field = std::function<QString(const Paper &)>;

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(" | "));
}

QString sortedTags(const Paper &p)
{
    QStringList tags = p.tags;
    tags.sort();
    return joined(tags);
}

QString namedAuthors(const Paper &p)
{
    QStringList authors = p.authors;
    if (!authors.isEmpty() && authors.last() == QLatin1String("others"))
        authors.removeLast();
    return joined(authors);
}

const std::map<QString, Field> &fields()
{
    static const std::map<QString, Field> all = {
        {QStringLiteral("title"), [](const Paper &p) { return p.title; }},
        {QStringLiteral("abstract"), [](const Paper &p) { return p.abstract; }},
        {QStringLiteral("authors"), [](const Paper &p) { return joined(p.authors); }},
        {QStringLiteral("named authors"), namedAuthors},
        {QStringLiteral("editors"), [](const Paper &p) { return joined(p.editors); }},
        {QStringLiteral("year"), [](const Paper &p) { return p.year ? QString::number(*p.year) : QString(); }},
        {QStringLiteral("venue"), [](const Paper &p) { return p.venue; }},
        {QStringLiteral("arxiv"), [](const Paper &p) { return p.arxivId; }},
        {QStringLiteral("doi"), [](const Paper &p) { return p.doi; }},
        {QStringLiteral("url"), [](const Paper &p) { return p.url; }},
        {QStringLiteral("type"), [](const Paper &p) { return p.type; }},
        {QStringLiteral("volume"), [](const Paper &p) { return p.volume; }},
        {QStringLiteral("issue"), [](const Paper &p) { return p.issue; }},
        {QStringLiteral("pages"), [](const Paper &p) { return p.pages; }},
        {QStringLiteral("publisher"), [](const Paper &p) { return p.publisher; }},
        {QStringLiteral("tags"), sortedTags},
        {QStringLiteral("key"), [](const Paper &p) { return p.citationKey; }},
        {QStringLiteral("comment"), [](const Paper &p) { return p.comment; }},
    };
    return all;
}

// What each format carries both ways: the README's table, checked here.
QStringList carried(const QString &format)
{
    static const QStringList bibliographic = {
        QStringLiteral("title"),  QStringLiteral("abstract"),  QStringLiteral("authors"), QStringLiteral("editors"),
        QStringLiteral("year"),   QStringLiteral("venue"),     QStringLiteral("arxiv"),   QStringLiteral("doi"),
        QStringLiteral("url"),    QStringLiteral("type"),      QStringLiteral("volume"),  QStringLiteral("issue"),
        QStringLiteral("pages"),  QStringLiteral("publisher"), QStringLiteral("tags"),    QStringLiteral("key"),
        QStringLiteral("comment")};
    if (format == QLatin1String("markdown")) {
        return {QStringLiteral("title"), QStringLiteral("named authors"), QStringLiteral("year"),
                QStringLiteral("venue"), QStringLiteral("arxiv"),         QStringLiteral("doi")};
    }
    if (format == QLatin1String("ris") || format == QLatin1String("csljson")) {
        QStringList list = bibliographic;
        list.removeAll(QStringLiteral("authors"));
        list.append(QStringLiteral("named authors")); // "and others" has no RIS or CSL-JSON form
        return list;
    }
    return bibliographic;
}

// What a field of `p` comes back as from `format`, where the README's table says it changes on the way: a
// paper of unknown type (from a listing) is written as the format's catch-all type; BibTeX has no @online; an
// arXiv paper without a link gets its abstract page as the link in RIS, which also has one type for conference
// papers and proceedings and one for chapters; CSL-JSON's "arXiv" publisher is
// Zotero's mark of a preprint, not a publisher.
QString expected(const QString &format, const QString &name, const Paper &p)
{
    const QString value = fields().at(name)(p);
    const bool bibliographic = format == QLatin1String("bibtex") || format == QLatin1String("biblatex")
                               || format == QLatin1String("ris") || format == QLatin1String("csljson");
    if (name == QLatin1String("type") && bibliographic) {
        if (value.isEmpty()) {
            return format == QLatin1String("biblatex") && p.venue.isEmpty()
                           && (!p.arxivId.isEmpty() || !p.url.isEmpty())
                       ? QStringLiteral("online")
                       : QStringLiteral("misc");
        }
        if (value == QLatin1String("online") && format == QLatin1String("bibtex"))
            return QStringLiteral("misc");
        // RIS has one tag for a conference paper and for a whole proceedings volume, and one for chapters.
        if (format == QLatin1String("ris") && value == QLatin1String("proceedings"))
            return QStringLiteral("inproceedings");
        if (format == QLatin1String("ris") && value == QLatin1String("inbook"))
            return QStringLiteral("incollection");
    }
    // BibTeX keywords are separated by commas and semicolons (JabRef, Zotero and biber read them so): a tag
    // holding either comes back as several.
    if (name == QLatin1String("tags") && (format == QLatin1String("bibtex") || format == QLatin1String("biblatex"))) {
        QStringList tags;
        for (const QString &tag : p.tags) {
            for (const QString &part : tag.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty() && !tags.contains(part.trimmed()))
                    tags.append(part.trimmed());
            }
        }
        tags.sort();
        return joined(tags);
    }
    if (name == QLatin1String("type") && format == QLatin1String("csljson") && value == QLatin1String("proceedings"))
        return QStringLiteral("misc"); // CSL has no type for a whole proceedings volume
    // Zotero puts a preprint's arXiv id into the note ("arXiv:2305.14314 [cs]"); the CSL-JSON reader takes such a
    // line as the paper's arXiv id, not as a comment.
    if (name == QLatin1String("comment") && format == QLatin1String("csljson") && !p.arxivId.isEmpty()) {
        QStringList lines = value.split(QLatin1Char('\n'));
        lines.removeIf([&p](const QString &line) {
            return line.trimmed().startsWith(QStringLiteral("arXiv:") + p.arxivId, Qt::CaseInsensitive);
        });
        return lines.join(QLatin1Char('\n'));
    }
    if (name == QLatin1String("url") && format == QLatin1String("ris") && value.isEmpty() && !p.arxivId.isEmpty())
        return QStringLiteral("https://arxiv.org/abs/") + p.arxivId;
    if (name == QLatin1String("publisher") && format == QLatin1String("csljson") && value == QLatin1String("arXiv")
        && !p.arxivId.isEmpty())
        return {};
    return value;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<Paper> papers(Library &library)
    {
        QList<Paper> result;
        PaperReader reader(library.db());
        Statement ids(library.db(), "SELECT id FROM paper ORDER BY id");
        while (ids.next())
            result.append(reader.load(ids.int64(0)));
        return result;
    }

    static void importAll(Library &library, const QStringList &files)
    {
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        for (const QString &file : files) {
            const ImportReport report = job.importFile(file);
            QVERIFY2(!report.failed, qPrintable(report.toText()));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("sources");
        const QDir fixtures(test::testDataPath(QStringLiteral("import")));
        QStringList bibliographic;
        for (const QString &name :
             fixtures.entryList({QStringLiteral("*.bib"), QStringLiteral("*.ris"), QStringLiteral("*.nbib"),
                                 QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.atom"),
                                 QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.md")},
                                QDir::Files, QDir::Name)) {
            if (!name.startsWith(QLatin1String("broken")) && !name.contains(QLatin1String("unfamiliar")))
                bibliographic.append(fixtures.filePath(name));
        }
        QStringList seeds;
        const QString shared = test::sharedDir();
        if (!shared.isEmpty()) {
            const QDir dir(shared + QStringLiteral("/seeds"));
            for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
                seeds.append(dir.filePath(name));
        }
        for (const QString &format : ExportRegistry::instance().ids()) {
            QTest::newRow(qPrintable(format + QStringLiteral(" fixtures"))) << format << bibliographic;
            QTest::newRow(qPrintable(format + QStringLiteral(" seeds"))) << format << seeds;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, sources);
        if (QString::fromLatin1(QTest::currentDataTag()).endsWith(QLatin1String(" seeds")))
            LECTERN_REQUIRE_SHARED_DIR();
        QVERIFY(!sources.isEmpty());

        Library original(QStringLiteral(":memory:"));
        importAll(original, sources);
        const QList<Paper> before = papers(original);
        QVERIFY(before.size() >= 5);

        const ExportFormat *writer = ExportRegistry::instance().byId(format);
        QVERIFY(writer);
        const QString path = m_dir.filePath(QStringLiteral("export.") + writer->fileSuffix());
        ExportJob job(original.db(), Taxonomy::builtIn());
        ExportScope everything;
        everything.order.descending = false;
        const ExportResult result = job.exportToFile(*writer, everything, {QStringLiteral("Round trip")}, path);
        QVERIFY2(!result.failed, qPrintable(result.error));
        QCOMPARE(result.papers, before.size());

        Library copy(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob importer(copy.db(), extractor);
        const ImportReport report = importer.importFile(path);
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QVERIFY2(report.messages.isEmpty(), qPrintable(report.toText()));
        const QList<Paper> after = papers(copy);
        QCOMPARE(after.size(), before.size());

        // Papers are matched by title key (every format carries the title), then compared field by field.
        QHash<QString, Paper> byTitle;
        for (const Paper &p : after)
            byTitle.insert(titleKey(p.title), p);
        const QStringList names = carried(format);
        int compared = 0;
        for (const Paper &p : before) {
            const auto it = byTitle.constFind(titleKey(p.title));
            QVERIFY2(it != byTitle.cend(), qPrintable(QStringLiteral("lost in %1: %2").arg(format, p.title)));
            for (const QString &name : names) {
                const Field &field = fields().at(name);
                QString was = field(p);
                const QString is = field(*it);
                was = expected(format, name, p);
                if (was != is) {
                    QFAIL(qPrintable(QStringLiteral("%1: %2 of \"%3\" was\n  %4\nand came back as\n  %5")
                                         .arg(format, name, p.title, was, is)));
                }
                ++compared;
            }
        }
        QVERIFY(compared > 0);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
